package org.dinsos.sop.ide.diagram;

import java.util.List;

import org.eclipse.lsp4j.Range;

/**
 * The swimlane diagram of one SOP in Sprotty's JSON model, as the VS Code webview renders it: element
 * `type`, `id`, `children`, `position`, `size`, `routingPoints`, `edgePlacement` and a marker's `issues` are
 * Sprotty's names; the other fields are the SOP's own, for the webview and the extension (Sprotty keeps
 * unknown fields on its elements). Coordinates are in pixels of the diagram.
 */
public final class DiagramModel {

	private DiagramModel() {
	}

	/** What the root holds: lanes first, so that steps and arrows are drawn over them. */
	public sealed interface Element permits Lane, Step, Arrow, Label, Marker {
	}

	/** The root, `sop:<name>`, with the revision of its text (the document version). */
	public record Graph(String type, String id, int revision, List<Element> children) {
	}

	/** A swimlane, one pelaksana's column with its label on top; `range` is its declaration in the text. */
	public record Lane(String type, String id, String pelaksana, String label, Point position, Size size, Range range,
			List<Element> children) implements Element {
	}

	/**
	 * A step, typed by its symbol (`node:terminator`, `node:proses`, `node:keputusan`), with its kegiatan as
	 * written and broken into the `lines` drawn in the symbol, its waktu as written and its outputs; `range`
	 * is the step in the text.
	 */
	public record Step(String type, String id, String nomor, String jenis, String pelaksana, String kegiatan,
			List<String> lines, String waktu, List<String> output, Point position, Size size,
			Range range, List<Element> children) implements Element {
	}

	/** An arrow of the flow; `cabang` is ya or tidak for a decision's exits, and they carry a label. */
	public record Arrow(String type, String id, String sourceId, String targetId, String cabang,
			List<Point> routingPoints, List<Element> children) implements Element {
	}

	public record Label(String type, String id, String text, EdgePlacement edgePlacement) implements Element {
	}

	/** Where a label sits along its arrow: `position` 0 at the source to 1 at the target. */
	public record EdgePlacement(double position, String side, boolean rotate, double offset) {
	}

	/** The problems of a step or a lane, each with Sprotty's severity: error, warning or info. */
	public record Marker(String type, String id, List<Issue> issues) implements Element {
	}

	public record Issue(String severity, String message) {
	}

	public record Point(double x, double y) {
	}

	public record Size(double width, double height) {
	}
}
