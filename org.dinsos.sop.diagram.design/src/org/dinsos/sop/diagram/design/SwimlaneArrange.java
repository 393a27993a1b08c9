package org.dinsos.sop.diagram.design;

import java.util.Iterator;
import java.util.Map;

import org.dinsos.sop.diagram.sirius.SwimlaneBounds;
import org.dinsos.sop.diagram.sirius.SwimlaneBounds.Rectangle;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.MutuBaku;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.Waktu;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.transaction.RollbackException;
import org.eclipse.emf.transaction.Transaction;
import org.eclipse.emf.transaction.TransactionalEditingDomain;
import org.eclipse.emf.transaction.impl.InternalTransactionalEditingDomain;
import org.eclipse.emf.transaction.util.TransactionUtil;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gmf.runtime.diagram.ui.editparts.DiagramRootEditPart;
import org.eclipse.gmf.runtime.diagram.ui.parts.IDiagramWorkbenchPart;
import org.eclipse.gmf.runtime.notation.Bounds;
import org.eclipse.gmf.runtime.notation.Diagram;
import org.eclipse.gmf.runtime.notation.Node;
import org.eclipse.sirius.business.api.session.Session;
import org.eclipse.sirius.diagram.DDiagramElement;
import org.eclipse.sirius.diagram.DNode;
import org.eclipse.sirius.diagram.DNodeContainer;
import org.eclipse.sirius.diagram.DSemanticDiagram;
import org.eclipse.sirius.ui.business.api.dialect.DialectEditor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Lays an SOP Swimlane diagram out as the printed flowchart ({@link SwimlaneBounds}): lanes side by side in
 * declared order, one row per step in number order, each step's symbol centred in its actor's lane; a step's waktu
 * on its right side, its output below it. Runs when a diagram opens and after the diagram followed a change of the
 * text; the positions are not a command on the diagram's undo stack, since they follow from the text.
 */
public final class SwimlaneArrange {

	/** The name of the viewpoint's diagram description in sop.odesign. */
	public static final String DESCRIPTION = "Swimlane";
	/** Room the pool takes for its title above the lanes. */
	static final int POOL_HEADER = 24;

	private SwimlaneArrange() {
	}

	/** Every open SOP Swimlane diagram of the session. */
	static void arrangeAll(Session session) {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					if (reference.getEditor(false) instanceof DialectEditor editor
							&& editor.getRepresentation() instanceof DSemanticDiagram diagram
							&& session.equals(Session.of(diagram).orElse(null))) {
						arrange(editor);
					}
				}
			}
		}
	}

	public static void arrange(DialectEditor editor) {
		if (!(editor instanceof IDiagramWorkbenchPart part) || !(editor.getRepresentation() instanceof DSemanticDiagram diagram)
				|| diagram.getDescription() == null || !DESCRIPTION.equals(diagram.getDescription().getName())
				|| !(diagram.getTarget() instanceof Sop sop) || part.getDiagram() == null) {
			return;
		}
		Diagram gmf = part.getDiagram();
		TransactionalEditingDomain domain = TransactionUtil.getEditingDomain(gmf);
		if (domain == null) {
			return;
		}
		SwimlaneBounds bounds = SwimlaneBounds.of(sop);
		unrecorded(domain, () -> place(gmf, bounds));
	}

	/**
	 * Zooms the diagram so that all its lanes fit the editor's width, never beyond 100%: the flowchart reads across
	 * at once and scrolls down only. Runs once the editor is laid out.
	 */
	public static void fitWidth(DialectEditor editor) {
		if (!(editor instanceof IDiagramWorkbenchPart part) || part.getDiagramGraphicalViewer() == null) {
			return;
		}
		Display.getCurrent().asyncExec(() -> {
			GraphicalViewer viewer = part.getDiagramGraphicalViewer();
			if (viewer.getControl() == null || viewer.getControl().isDisposed()
					|| !(viewer.getRootEditPart() instanceof DiagramRootEditPart root)) {
				return;
			}
			ZoomManager zoom = root.getZoomManager();
			zoom.setZoomAsText(ZoomManager.FIT_WIDTH);
			if (zoom.getZoom() > 1) {
				zoom.setZoom(1);
			}
		});
	}

	private static void place(Diagram gmf, SwimlaneBounds bounds) {
		double width = bounds.lanes().values().stream().mapToDouble(Rectangle::right).max().orElse(SwimlaneBounds.LANE_WIDTH);
		double height = bounds.lanes().values().stream().mapToDouble(Rectangle::bottom).max().orElse(0);
		for (Iterator<EObject> contents = gmf.eAllContents(); contents.hasNext();) {
			if (!(contents.next() instanceof Node node) || !(node.getElement() instanceof DDiagramElement element)
					|| !(node.getLayoutConstraint() instanceof Bounds shape)) {
				continue;
			}
			EObject target = element.getTarget();
			if (target instanceof Sop && element instanceof DNodeContainer) {
				set(shape, new Rectangle(0, 0, width + 2, height + POOL_HEADER + 2));
			} else if (target instanceof Pelaksana lane && bounds.lanes().containsKey(lane)) {
				set(shape, bounds.lanes().get(lane));
			} else if (target instanceof Langkah step && element instanceof DNode && bounds.steps().containsKey(step)) {
				set(shape, bounds.steps().get(step));
			} else if (target instanceof Waktu waktu && waktu.eContainer().eContainer() instanceof Langkah step
					&& bounds.steps().containsKey(step)) {
				Rectangle symbol = bounds.steps().get(step);
				set(shape, new Rectangle(symbol.width() - 1, symbol.height() / 2 - 1, 1, 1));
			} else if (target instanceof MutuBaku mutuBaku && mutuBaku.eContainer() instanceof Langkah step
					&& bounds.steps().containsKey(step)) {
				Rectangle symbol = bounds.steps().get(step);
				set(shape, new Rectangle(symbol.width() / 2, symbol.height() - 1, 1, 1));
			}
		}
	}

	private static void set(Bounds shape, Rectangle rectangle) {
		int x = (int) Math.round(rectangle.x());
		int y = (int) Math.round(rectangle.y());
		int w = (int) Math.round(rectangle.width());
		int h = (int) Math.round(rectangle.height());
		if (shape.getX() != x || shape.getY() != y || shape.getWidth() != w || shape.getHeight() != h) {
			shape.setX(x);
			shape.setY(y);
			shape.setWidth(w);
			shape.setHeight(h);
		}
	}

	/** A write transaction that is no command of the undo stack. */
	static void unrecorded(TransactionalEditingDomain domain, Runnable change) {
		try {
			Transaction transaction = ((InternalTransactionalEditingDomain) domain).startTransaction(false,
					Map.of(Transaction.OPTION_NO_UNDO, Boolean.TRUE));
			try {
				change.run();
				transaction.commit();
			} catch (RuntimeException e) {
				transaction.rollback();
				throw e;
			}
		} catch (InterruptedException | RollbackException e) {
			SopDesignPlugin plugin = SopDesignPlugin.getDefault();
			if (plugin != null) {
				plugin.getLog().error("Diagram SOP tidak dapat ditata", e);
			}
		}
	}
}
