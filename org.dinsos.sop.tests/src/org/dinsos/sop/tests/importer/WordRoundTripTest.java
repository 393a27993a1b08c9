package org.dinsos.sop.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dinsos.sop.generator.DocumentFormat;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.Documents;
import org.dinsos.sop.generator.ProgressListener;
import org.dinsos.sop.generator.docx.SopDocx;
import org.dinsos.sop.importer.Importer.Draft;
import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.UkuranKertas;
import org.dinsos.sop.tests.support.Imports;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every example, written to Word by the generator as it is now, imported again: the same identity, lists,
 * lanes, steps, branches and waktu (the SOP's title and unit, printed in capitals, compared in lower case).
 */
class WordRoundTripTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(UkuranKertas.class)
	void everyExampleComesBackFromItsWordDocument(UkuranKertas kertas) throws IOException {
		XtextResourceSet examples = Sops.loadExamples();
		DocumentSettings settings = DocumentSettings.standard().withKertas(kertas);
		for (Path file : Sops.sopExampleFiles()) {
			Sop sop = Sops.sop(examples, file.getFileName().toString());
			Path docx = folder.resolve(file.getFileName().toString().replace(".sop", ".docx"));
			try (OutputStream out = Files.newOutputStream(docx)) {
				SopDocx.write(sop, settings, out);
			}
			List<Draft> drafts = Imports.drafts(docx, folder.resolve("draf"));
			assertEquals(1, drafts.size(), docx.toString());
			assertEquals(Imports.describe(sop), Imports.describe(Imports.model(drafts.get(0))), file + " " + kertas);
		}
	}

	@ParameterizedTest
	@EnumSource(UkuranKertas.class)
	void theWordBookletGivesBackEverySopInOrder(UkuranKertas kertas) throws IOException {
		XtextResourceSet examples = Sops.loadExamples();
		Buku buku = Sops.booklet(examples);
		Path docx = folder.resolve("buku.docx");
		try (OutputStream out = Files.newOutputStream(docx)) {
			Documents.booklet(buku, DocumentFormat.DOCX, DocumentSettings.standard().withKertas(kertas), out, ProgressListener.NONE);
		}
		List<Draft> drafts = Imports.drafts(docx, folder.resolve("draf"));
		assertEquals(buku.getIsi().size(), drafts.size());
		for (int i = 0; i < drafts.size(); i++) {
			assertEquals(Imports.describe(buku.getIsi().get(i)), Imports.describe(Imports.model(drafts.get(i))),
					buku.getIsi().get(i).getName() + " " + kertas);
		}
	}
}
