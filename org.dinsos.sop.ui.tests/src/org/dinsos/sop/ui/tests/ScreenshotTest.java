package org.dinsos.sop.ui.tests;

import static org.dinsos.sop.ui.tests.Workbench.settle;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainerElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gmf.runtime.diagram.ui.editparts.DiagramRootEditPart;
import org.eclipse.gmf.runtime.diagram.ui.parts.IDiagramWorkbenchPart;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.xtext.ui.editor.XtextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The screenshot of the README (docs/images/eclipse.png): the SOP editor and the SOP Swimlane diagram of lakip.sop
 * side by side, the diagram zoomed to show the whole flowchart. Written to target/screenshots/eclipse.png.
 */
class ScreenshotTest {


	@AfterEach
	void cleanUp() throws Exception {
		Workbench.cleanUp();
	}

	@Test
	void editorAndDiagramSideBySide() throws Exception {
		IFile file = Workbench.copyOfExample("lakip.sop");
		settle();
		var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(Workbench.display().getBounds());
		XtextEditor editor = Workbench.openEditor(file);
		// The views leave the whole window to the editor and the diagram.
		for (IViewReference view : Workbench.page().getViewReferences()) {
			Workbench.page().hideView(view);
		}
		Workbench.page().activate(editor);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		IEditorPart diagram = (IEditorPart) handlers.executeCommand("org.dinsos.sop.diagram.open", null);
		settle();
		sideBySide(editor, diagram);
		settle();
		wholeFlowchart(diagram);
		settle();
		editor.selectAndReveal(editor.getDocument().get().indexOf("\t\t7 keputusan"), 0);
		settle();
		Path png = Workbench.screenshot("eclipse");
		assertTrue(Files.size(png) > 10_000, "a screenshot with something on it");
	}

	/** The diagram zoomed as the user's "Zoom: Page" does, so that the whole flowchart shows. */
	private static void wholeFlowchart(IEditorPart diagram) {
		GraphicalViewer viewer = ((IDiagramWorkbenchPart) diagram).getDiagramGraphicalViewer();
		((DiagramRootEditPart) viewer.getRootEditPart()).getZoomManager().setZoomAsText(ZoomManager.FIT_ALL);
	}

	/** Moves the diagram's part into a stack of its own, right of the text editor's. */
	private static void sideBySide(IEditorPart text, IEditorPart diagram) {
		MPart diagramPart = diagram.getSite().getService(MPart.class);
		MPart textPart = text.getSite().getService(MPart.class);
		EModelService models = diagram.getSite().getService(EModelService.class);
		MElementContainer<MUIElement> textStack = textPart.getParent();
		if (diagramPart.getParent() != textStack) {
			return;
		}
		MPartStack stack = models.createModelElement(MPartStack.class);
		stack.getTags().addAll(((MUIElement) textStack).getTags());
		textStack.getChildren().remove(diagramPart);
		stack.getChildren().add(diagramPart);
		stack.setSelectedElement(diagramPart);
		models.insert(stack, (MPartSashContainerElement) textStack, EModelService.RIGHT_OF, 0.55f);
		textStack.setSelectedElement(textPart);
	}
}
