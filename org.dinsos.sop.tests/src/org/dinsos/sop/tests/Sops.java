package org.dinsos.sop.tests;

/**
 * The shared fixtures under their old name, for DiagramEditTest and DiagramEditRandomTest only, which
 * are being rewritten in org.dinsos.sop.tests.diagram; delete this bridge when they import
 * org.dinsos.sop.tests.support.Sops.
 */
public final class Sops extends org.dinsos.sop.tests.support.Sops {

	private Sops() {
	}
}
