package org.dinsos.sop.ui.tests;

import static org.dinsos.sop.ui.tests.Workbench.settle;
import static org.dinsos.sop.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dinsos.sop.diagram.design.Refusals;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Sop;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.transaction.TransactionalEditingDomain;
import org.eclipse.emf.workspace.IWorkspaceCommandStack;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gmf.runtime.diagram.ui.parts.IDiagramWorkbenchPart;
import org.eclipse.gmf.runtime.notation.View;
import org.eclipse.sirius.business.api.session.Session;
import org.eclipse.sirius.diagram.DDiagramElement;
import org.eclipse.sirius.diagram.DEdge;
import org.eclipse.sirius.diagram.DNode;
import org.eclipse.sirius.diagram.DNodeContainer;
import org.eclipse.sirius.diagram.DSemanticDiagram;
import org.eclipse.sirius.diagram.EdgeTarget;
import org.eclipse.sirius.diagram.description.tool.ContainerDropDescription;
import org.eclipse.sirius.diagram.description.tool.NodeCreationDescription;
import org.eclipse.sirius.diagram.description.tool.ReconnectEdgeDescription;
import org.eclipse.sirius.diagram.tools.api.command.DiagramCommandFactoryService;
import org.eclipse.sirius.diagram.tools.api.command.IDiagramCommandFactory;
import org.eclipse.sirius.diagram.ui.business.api.view.SiriusGMFHelper;
import org.eclipse.sirius.ui.business.api.dialect.DialectEditor;
import org.eclipse.sirius.viewpoint.description.tool.AbstractToolDescription;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.xtext.ui.editor.XtextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Sirius SOP Swimlane diagram of a copy of examples/lakip.sop, opened with the editor's "Buka diagram alir"
 * command: it reads like the printed flowchart, its tools change the editor's text exactly as the language server's
 * edit would (and Undo takes the change back byte for byte), a refused tool changes nothing and says why, typing
 * redraws it, and saving its session never writes the .sop.
 */
class DiagramTest {

	private IFile file;
	private XtextEditor editor;
	private DialectEditor diagramEditor;
	private String original;

	@BeforeEach
	void openEditorAndDiagram() throws Exception {
		file = Workbench.copyOfExample("lakip.sop");
		settle();
		original = Workbench.read(file);
		editor = Workbench.openEditor(file);
		diagramEditor = openDiagram();
	}

	@AfterEach
	void cleanUp() throws Exception {
		closeRefusals();
		Workbench.cleanUp();
	}

	@Test
	void theDiagramReadsLikeThePrintedFlowchart() throws Exception {
		Sop sop = sop();
		assertEquals(sop.getPelaksana(), lanes().stream().map(lane -> lane.getTarget()).toList(), "one lane per pelaksana, in order");
		assertEquals(sop.getLangkah().size(), steps().size(), "one node per step");
		for (DNode node : steps()) {
			Langkah step = (Langkah) node.getTarget();
			assertEquals(step.getPelaksana(), ((DDiagramElement) node.eContainer()).getTarget(), "step " + step.getName() + " in its lane");
		}
		List<String> branches = new ArrayList<>();
		for (Langkah step : sop.getLangkah()) {
			if (step instanceof Keputusan keputusan) {
				branches.add(step.getName() + " Ya " + keputusan.getYa().getName());
				branches.add(step.getName() + " Tidak " + keputusan.getTidak().getName());
			}
		}
		assertEquals(branches, edges("Ya", "Tidak"), "the Ya and Tidak exits as the text writes them");
		assertFalse(edges("Alur").isEmpty());
		assertGeometry();
		Workbench.screenshot("diagram");
	}

	@Test
	void movingAStepToAnotherLaneEditsTheTextAsTheLanguageServerWouldAndUndoInTheEditorTakesItBack() throws Exception {
		String expected = Workbench.edited(file, original, Operations.moveToLane(2, "perencana"));
		ContainerDropDescription tool = tool("moveToLane", ContainerDropDescription.class);
		execute(factory().buildDropInContainerCommandFromTool(lane("perencana"), step(2), tool));
		waitUntil("the move in the editor's text", () -> editor.getDocument().get().equals(expected));
		assertCommentsKept(expected);
		assertTrue(editor.isDirty(), "changed in the editor, not behind it");
		assertEquals(original, Workbench.read(file), "the file is written when the editor is saved");
		waitUntil("step 2 in the perencana lane", () -> laneOf(2).equals("perencana"));
		assertGeometry();

		editor.getAction(ITextEditorActionConstants.UNDO).run();
		assertEquals(original, editor.getDocument().get(), "Undo in the editor restores the text byte for byte");
		waitUntil("step 2 back in the sekretaris lane", () -> laneOf(2).equals("sekretaris"));
	}

	@Test
	void addingAStepEditsTheTextAsTheLanguageServerWouldAndUndoInTheDiagramTakesItBack() throws Exception {
		String expected = Workbench.edited(file, original, Operations.addStepBefore(11, "staf", "Kegiatan baru", "1 jam"));
		NodeCreationDescription tool = tool("addProcess", NodeCreationDescription.class);
		execute(factory().buildCreateNodeCommandFromTool(lane("staf"), tool));
		waitUntil("the new step in the editor's text", () -> editor.getDocument().get().equals(expected));
		assertCommentsKept(expected);
		waitUntil("12 steps in the diagram", () -> steps().size() == 12);
		assertGeometry();

		OperationHistoryFactory.getOperationHistory().undo(diagramUndoContext(), null, null);
		settle();
		assertEquals(original, editor.getDocument().get(), "Undo in the diagram restores the text byte for byte");
		waitUntil("11 steps in the diagram", () -> steps().size() == 11);
	}

	@Test
	void reconnectingTidakPointsTheBranchAndARefusedReconnectionOfYaChangesNothingAndSaysWhy() throws Exception {
		String expected = Workbench.edited(file, original, Operations.connectTidak(7, 5));
		execute(factory().buildReconnectEdgeCommandFromTool(tool("reconnectTidak", ReconnectEdgeDescription.class),
				edge("Tidak", 7), (EdgeTarget) step(6), step(5)));
		waitUntil("tidak ke 5 in the editor's text", () -> editor.getDocument().get().equals(expected));
		waitUntil("the Tidak edge at step 5", () -> edges("Tidak").equals(List.of("7 Tidak 5")));

		String before = editor.getDocument().get();
		List<String> edgesBefore = edges("Alur", "Ya", "Tidak");
		execute(factory().buildReconnectEdgeCommandFromTool(tool("reconnectYa", ReconnectEdgeDescription.class),
				edge("Ya", 7), (EdgeTarget) step(8), step(9)));
		waitUntil("the reason shown", () -> refusal() != null);
		assertTrue(refusal().contains("Langkah 8 tidak pernah dicapai dari langkah pertama"), refusal());
		settle();
		assertEquals(before, editor.getDocument().get(), "the text unchanged");
		assertEquals(edgesBefore, edges("Alur", "Ya", "Tidak"), "the diagram unchanged");
	}

	@Test
	void typingInTheEditorRedrawsTheDiagram() throws Exception {
		String text = editor.getDocument().get();
		int offset = text.indexOf("\t\t2 sekretaris ") + "\t\t2 ".length();
		editor.getDocument().replace(offset, "sekretaris".length(), "staf");
		waitUntil("step 2 in the staf lane", () -> laneOf(2).equals("staf"));
		int kegiatan = editor.getDocument().get().indexOf("\"Membuat Dokumen LAKIP\"");
		editor.getDocument().replace(kegiatan + 1, "Membuat".length(), "Menyusun");
		waitUntil("the new kegiatan on step 6", () -> step(6).getName().contains("Menyusun Dokumen LAKIP"));
		assertGeometry();
	}

	@Test
	void savingTheSessionLeavesTheSopBytesAsTheEditsMadeThem() throws Exception {
		// With the editor open: the tool's change is in the editor; the session's save writes no .sop.
		byte[] saved = Workbench.bytes(file);
		execute(factory().buildDropInContainerCommandFromTool(lane("perencana"), step(2),
				tool("moveToLane", ContainerDropDescription.class)));
		waitUntil("the move in the editor's text", () -> !editor.getDocument().get().equals(original));
		session().save(new NullProgressMonitor());
		settle();
		assertArrayEquals(saved, Workbench.bytes(file));

		// Without an editor: the tool writes the file through the workspace; the session's save leaves it as written.
		Workbench.page().closeEditor(editor, false);
		settle();
		String expected = Workbench.edited(file, original, Operations.moveToLane(3, "staf"));
		execute(factory().buildDropInContainerCommandFromTool(lane("staf"), step(3),
				tool("moveToLane", ContainerDropDescription.class)));
		waitUntil("the move in the file", () -> {
			try {
				return Workbench.read(file).equals(expected);
			} catch (Exception e) {
				return false;
			}
		});
		waitUntil("step 3 in the staf lane", () -> laneOf(3).equals("staf"));
		byte[] written = Workbench.bytes(file);
		session().save(new NullProgressMonitor());
		settle();
		assertArrayEquals(written, Workbench.bytes(file));
		OperationHistoryFactory.getOperationHistory().undo(diagramUndoContext(), null, null);
		settle();
		assertEquals(original, Workbench.read(file), "Undo in the diagram restores the file byte for byte");
	}

	// The diagram.

	private DialectEditor openDiagram() throws Exception {
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		Object opened = handlers.executeCommand("org.dinsos.sop.diagram.open", null);
		if (!(opened instanceof DialectEditor)) {
			// Say why: the same steps as the command, without its error dialog.
			opened = org.dinsos.sop.diagram.design.SopDiagrams.open(file, new NullProgressMonitor());
			assertTrue(false, "the command gave " + opened + " for the active editor " + Workbench.page().getActiveEditor());
		}
		// steps() and sop() read the diagram of the editor in diagramEditor: set it before waiting for the steps.
		DialectEditor dialect = (DialectEditor) opened;
		diagramEditor = dialect;
		try {
			waitUntil("every step drawn", () -> steps().size() == sop().getLangkah().size()
					&& steps().stream().allMatch(node -> figure(node) != null));
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + "; " + drawing(), e);
		}
		settle();
		return dialect;
	}

	/** What the diagram editor shows of the steps Sirius has: their notation views, edit parts and figures. */
	private String drawing() {
		List<DNode> nodes = steps();
		long views = nodes.stream().filter(node -> SiriusGMFHelper.getGmfView(node) != null).count();
		long drawn = nodes.stream().filter(node -> figure(node) != null).count();
		org.eclipse.gmf.runtime.notation.Diagram shown = ((IDiagramWorkbenchPart) diagramEditor).getDiagram();
		org.eclipse.gmf.runtime.notation.Diagram gmf = SiriusGMFHelper.getGmfDiagram(diagram());
		var part = ((IDiagramWorkbenchPart) diagramEditor).getDiagramEditPart();
		return nodes.size() + " step nodes of " + sop().getLangkah().size() + " steps, " + views + " with a notation view, "
				+ drawn + " drawn; the editor shows " + (shown == gmf ? "the" : "another") + " notation diagram ("
				+ (shown == null ? "none" : shown.getChildren().size() + " views, element " + shown.getElement())
				+ ", the diagram's has " + (gmf == null ? "none" : gmf.getChildren().size() + " views") + "); its edit part "
				+ (part == null ? "missing" : (part.isActive() ? "active" : "inactive") + " with " + part.getChildren().size()
						+ " children, viewer contents " + (part.getViewer() == null ? "none" : part.getViewer().getContents() == part ? "it" : "other"));
	}

	private DSemanticDiagram diagram() {
		return (DSemanticDiagram) (diagramEditor != null ? diagramEditor.getRepresentation() : null);
	}

	private Sop sop() {
		return (Sop) diagram().getTarget();
	}

	private Session session() {
		return Session.of(diagram()).orElseThrow();
	}

	private List<DNodeContainer> lanes() {
		return diagram().getDiagramElements().stream().filter(DNodeContainer.class::isInstance).map(DNodeContainer.class::cast)
				.filter(container -> container.getTarget() instanceof Pelaksana).toList();
	}

	private DNodeContainer lane(String id) {
		return lanes().stream().filter(lane -> id.equals(((Pelaksana) lane.getTarget()).getName())).findFirst().orElseThrow();
	}

	private List<DNode> steps() {
		if (diagramEditor == null) {
			return List.of();
		}
		return diagram().getDiagramElements().stream().filter(DNode.class::isInstance).map(DNode.class::cast)
				.filter(node -> node.getTarget() instanceof Langkah && !(node.eContainer() instanceof DNode)).toList();
	}

	private DNode step(int number) {
		return steps().stream().filter(node -> String.valueOf(number).equals(((Langkah) node.getTarget()).getName()))
				.findFirst().orElseThrow(() -> new AssertionError("no node for step " + number));
	}

	private String laneOf(int number) {
		DNode node = steps().stream().filter(n -> String.valueOf(number).equals(((Langkah) n.getTarget()).getName()))
				.findFirst().orElse(null);
		return node != null && node.eContainer() instanceof DNodeContainer lane && lane.getTarget() instanceof Pelaksana p
				? p.getName() : "";
	}

	/** "7 Ya 8": the edges of the given mappings, as source, mapping and target step numbers. */
	private List<String> edges(String... mappings) {
		List<String> names = Arrays.asList(mappings);
		return diagram().getDiagramElements().stream().filter(DEdge.class::isInstance).map(DEdge.class::cast)
				.filter(edge -> names.contains(mappingName(edge)))
				.map(edge -> number(edge.getSourceNode()) + " " + mappingName(edge) + " "
						+ number(edge.getTargetNode()))
				.sorted(java.util.Comparator.comparingInt((String s) -> Integer.parseInt(s.split(" ")[0]))
						.thenComparing(s -> s.split(" ")[1].equals("Ya") ? 0 : 1))
				.collect(Collectors.toList());
	}

	private DEdge edge(String mapping, int source) {
		return diagram().getDiagramElements().stream().filter(DEdge.class::isInstance).map(DEdge.class::cast)
				.filter(edge -> mapping.equals(mappingName(edge))
						&& number(edge.getSourceNode()).equals(String.valueOf(source)))
				.findFirst().orElseThrow();
	}

	private static String mappingName(DEdge edge) {
		return edge.getActualMapping() instanceof org.eclipse.sirius.viewpoint.description.IdentifiedElement mapping
				? mapping.getName() : "";
	}

	private static String number(EdgeTarget end) {
		return ((Langkah) ((DDiagramElement) end).getTarget()).getName();
	}

	private <T extends AbstractToolDescription> T tool(String name, Class<T> type) {
		List<Object> tools = new ArrayList<>();
		diagram().getDescription().getDefaultLayer().getToolSections().forEach(section -> tools.addAll(section.getOwnedTools()));
		return tools.stream().filter(type::isInstance).map(type::cast).filter(tool -> name.equals(tool.getName()))
				.findFirst().orElseThrow(() -> new AssertionError("no tool " + name));
	}

	private IDiagramCommandFactory factory() {
		return DiagramCommandFactoryService.getInstance().getNewProvider().getCommandFactory(domain());
	}

	private TransactionalEditingDomain domain() {
		return session().getTransactionalEditingDomain();
	}

	private IUndoContext diagramUndoContext() {
		return ((IWorkspaceCommandStack) domain().getCommandStack()).getDefaultUndoContext();
	}

	/** Runs a tool's command as the diagram editor runs a gesture's, then lets the text and the diagram follow. */
	private void execute(Command command) {
		assertTrue(command.canExecute(), "the tool applies");
		domain().getCommandStack().execute(command);
		settle();
	}

	// Geometry of the drawn figures.

	private IFigure figure(DDiagramElement element) {
		if (!(diagramEditor instanceof IDiagramWorkbenchPart part) || part.getDiagramGraphicalViewer() == null) {
			return null;
		}
		View view = SiriusGMFHelper.getGmfView(element);
		Object editPart = view == null ? null : part.getDiagramGraphicalViewer().getEditPartRegistry().get(view);
		return editPart instanceof GraphicalEditPart graphical ? graphical.getFigure() : null;
	}

	private Rectangle bounds(DDiagramElement element) {
		IFigure figure = figure(element);
		assertNotNull(figure, "a figure for " + element.getName());
		Rectangle bounds = figure.getBounds().getCopy();
		figure.translateToAbsolute(bounds);
		return bounds;
	}

	/** Each step's node below the previous one's, inside its lane; no two nodes overlap. */
	private void assertGeometry() {
		settle();
		Map<String, Rectangle> laneBounds = lanes().stream()
				.collect(Collectors.toMap(lane -> ((Pelaksana) lane.getTarget()).getName(), this::bounds));
		List<DNode> nodes = new ArrayList<>(steps());
		nodes.sort(java.util.Comparator.comparingInt(node -> Integer.parseInt(((Langkah) node.getTarget()).getName())));
		Rectangle previous = null;
		List<Rectangle> all = new ArrayList<>();
		for (DNode node : nodes) {
			Langkah step = (Langkah) node.getTarget();
			Rectangle box = bounds(node);
			if (previous != null) {
				assertTrue(box.y >= previous.bottom(), "step " + step.getName() + " " + box + " below the previous " + previous);
			}
			Rectangle lane = laneBounds.get(step.getPelaksana().getName());
			assertTrue(lane.contains(box), "step " + step.getName() + " " + box + " inside its lane " + lane);
			for (Rectangle other : all) {
				assertFalse(other.intersects(box), "step " + step.getName() + " " + box + " overlaps " + other);
			}
			all.add(box);
			previous = box;
		}
	}

	// The comments of the text, and the refusal dialog.

	private void assertCommentsKept(String text) {
		for (String line : original.split("\n")) {
			if (line.strip().startsWith("//")) {
				assertTrue(text.contains(line), "comment kept: " + line);
			}
		}
	}

	/** The message of the open "Perubahan ditolak" dialog, or null. */
	private static String refusal() {
		for (Shell shell : Workbench.display().getShells()) {
			if (!shell.isDisposed() && Refusals.TITLE.equals(shell.getText())) {
				return texts(shell);
			}
		}
		return null;
	}

	private static String texts(Composite composite) {
		StringBuilder texts = new StringBuilder();
		for (Control child : composite.getChildren()) {
			if (child instanceof Label label) {
				texts.append(label.getText()).append('\n');
			} else if (child instanceof Composite inner) {
				texts.append(texts(inner));
			}
		}
		return texts.toString();
	}

	private static void closeRefusals() {
		for (Shell shell : Workbench.display().getShells()) {
			if (!shell.isDisposed() && Refusals.TITLE.equals(shell.getText())) {
				shell.close();
			}
		}
	}
}
