package org.dinsos.sop.generator.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;

import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.Parallel;
import org.dinsos.sop.generator.html.BookletHtml;
import org.dinsos.sop.generator.html.BookletHtml.Part;
import org.dinsos.sop.sop.Buku;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The page each part of the buku SOP starts on, as the PDF booklet prints it: the parts laid out in the
 * PDF's batches (nothing drawn), on every core, their pages counted; then the front (cover to guide),
 * whose daftar isi gives those pages, laid out again until its own length agrees with the numbers it
 * shows. The HTML and the Word booklet print these numbers in their daftar isi: their parts take the
 * PDF's pages.
 */
public final class BookletPages implements ToIntFunction<String> {

	private final Map<String, Integer> firstPages;
	private final int total;

	private BookletPages(Map<String, Integer> firstPages, int total) {
		this.firstPages = firstPages;
		this.total = total;
	}

	public static BookletPages of(Buku buku, DocumentSettings settings) throws IOException {
		// Parts are laid out at once on several threads, which read the model: every link is resolved before.
		EcoreUtil.resolveAll(buku.eResource().getResourceSet());
		List<Part> parts = BookletHtml.body(buku, settings);
		ExecutorService pool = Parallel.pool("booklet-pages", Parallel.cores());
		try {
			Future<Integer> draftFront = pool.submit(() -> PdfRenderer.pageCount(BookletHtml.front(buku, settings, anchor -> 0)));
			// Laid out in the batches the PDF prints them in, so that each part takes the pages it takes there.
			List<List<Part>> batches = BookletPdf.batches(parts);
			List<Future<List<Integer>>> counts = new ArrayList<>();
			for (List<Part> batch : batches) {
				counts.add(pool.submit(() -> PdfRenderer.pageCounts(BookletPdf.xhtml(batch))));
			}
			Map<String, Integer> bodyPages = new HashMap<>();
			int body = 0;
			for (int i = 0; i < batches.size(); i++) {
				List<Integer> pages = Parallel.result(counts.get(i));
				for (int j = 0; j < pages.size(); j++) {
					bodyPages.put(batches.get(i).get(j).anchor(), body);
					body += pages.get(j);
				}
			}
			int assumed;
			int front = Parallel.result(draftFront);
			do {
				assumed = front;
				front = PdfRenderer.pageCount(BookletHtml.front(buku, settings, numbered(bodyPages, assumed)::get));
			} while (front != assumed);
			return new BookletPages(numbered(bodyPages, front), front + body);
		} finally {
			pool.shutdownNow();
		}
	}

	/** The first page of each part once the front's pages are before them, counted from 1 at the cover. */
	private static Map<String, Integer> numbered(Map<String, Integer> bodyPages, int frontPages) {
		Map<String, Integer> pages = new HashMap<>();
		bodyPages.forEach((anchor, page) -> pages.put(anchor, frontPages + page + 1));
		return pages;
	}

	/** The page, counted from 1 at the cover, that the part of this anchor starts on. */
	@Override
	public int applyAsInt(String anchor) {
		Integer page = firstPages.get(anchor);
		if (page == null) {
			throw new IllegalArgumentException("No part of the booklet has the anchor " + anchor);
		}
		return page;
	}

	/** The booklet's pages, cover to the last form. */
	public int total() {
		return total;
	}
}
