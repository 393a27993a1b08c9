package org.dinsos.sop.diagram.layout;

/**
 * An off-page connector (segi lima): the flow leaves one page through the outgoing connector and comes
 * in on another through the incoming one with the same letter.
 */
public record Connector(char letter, boolean outgoing, int lane, double cx, double cy) {

	public static final double SIZE = 7;
}
