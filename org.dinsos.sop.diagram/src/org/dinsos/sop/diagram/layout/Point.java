package org.dinsos.sop.diagram.layout;

/** A point of a page's flowchart area, in millimetres from its top-left corner. */
public record Point(double x, double y) {
}
