package org.dinsos.sop.tests.documents;

import static org.dinsos.sop.generator.Markup.mm;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Lengths in SVG and CSS: a dot, at most two decimals, nothing a reader would call noise. */
class MarkupTest {

	@Test
	void lengthsHaveAtMostTwoDecimalsAndNoTrailingZeros() {
		assertEquals("12", mm(12));
		assertEquals("12.5", mm(12.5));
		assertEquals("12.05", mm(12.049));
		assertEquals("0.07", mm(0.0749));
		assertEquals("297", mm(296.999));
		assertEquals("-3.25", mm(-3.25));
		assertEquals("0", mm(-0.001));
	}
}
