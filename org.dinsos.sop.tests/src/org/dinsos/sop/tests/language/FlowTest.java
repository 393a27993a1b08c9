package org.dinsos.sop.tests.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.dinsos.sop.query.Flow;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

/**
 * The flow queries that hover, code lens, the diagram and the documents share. The language server answers
 * read requests in parallel on one SOP, and EMF's adapter lists are not thread-safe: a query that added an
 * adapter of its own to the SOP made two requests at once fail now and then with a
 * ConcurrentModificationException.
 */
class FlowTest {

	@Test
	void aQueryLeavesTheAdaptersOfTheSopAsItFoundThem() {
		XtextResource resource = Sops.parse(Sops.read(Sops.example("lakip.sop")));
		EcoreUtil2.resolveAll(resource);
		Sop sop = (Sop) Sops.root(resource);
		List<Adapter> before = new ArrayList<>(sop.eAdapters());

		Flow.mainPath(sop);
		Flow.reachableFromStart(sop);
		Flow.reachingAnEnd(sop);
		sop.getLangkah().forEach(Flow::next);

		assertEquals(before, sop.eAdapters());
	}

	@Test
	void theRowOfAStepFollowsTheStepsBeingMoved() {
		Sop sop = (Sop) Sops.root(Sops.parse(Sops.read(Sops.example("lakip.sop"))));
		Langkah first = sop.getLangkah().get(0);
		Langkah sixth = sop.getLangkah().get(5);
		assertEquals(5, Flow.rowOf(sixth));

		sop.getLangkah().move(0, sixth);

		assertEquals(0, Flow.rowOf(sixth));
		assertEquals(1, Flow.rowOf(first));
		assertEquals(first, Flow.next(sixth).get(0));
	}
}
