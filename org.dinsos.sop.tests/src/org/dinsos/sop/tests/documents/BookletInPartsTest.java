package org.dinsos.sop.tests.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.html.BookletHtml;
import org.dinsos.sop.generator.html.Styles;
import org.dinsos.sop.generator.model.Conventions;
import org.dinsos.sop.generator.pdf.BookletPages;
import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.UkuranKertas;
import org.dinsos.sop.tests.support.Sops;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The HTML booklet written part by part (each SOP and form made, written and dropped, the body waiting in a
 * scratch file until the font can be cut to its characters) is byte for byte the booklet made as one string.
 */
class BookletInPartsTest {

	private static final Buku BUKU = Sops.booklet(Sops.loadExamples());

	@ParameterizedTest
	@EnumSource(UkuranKertas.class)
	void htmlWrittenPartByPartIsTheBookletMadeInOnePiece(UkuranKertas paper) throws IOException {
		DocumentSettings settings = DocumentSettings.standard().withKertas(paper).withConventions(Conventions.of(BUKU.getGaya()));
		BookletPages pages = BookletPages.of(BUKU, settings);
		ByteArrayOutputStream written = new ByteArrayOutputStream();

		BookletHtml.write(BUKU, settings, pages, written);

		assertEquals(BookletHtml.document(BUKU, settings, Styles.Fonts.EMBEDDED, pages), written.toString(StandardCharsets.UTF_8));
	}
}
