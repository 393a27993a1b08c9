package org.dinsos.sop.tests.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.dinsos.sop.generator.DocumentFormat;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.Documents;
import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.tests.support.ReadBack;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A booklet's `gaya` prints its SOPs as the office does, in PDF, HTML and Word: its captions of the
 * flowchart's columns, "-" in every empty cell and field, bullets for lists. Without it the SOPs print as the
 * regulation shows them.
 */
class ConventionsTest {

	private static final String SOP = """
			sop Uji "Uji Gaya" {
				unit "Dinas Sosial Kota Metro"
				nomor "800/1/2024"
				tanggal pembuatan 2024-01-05
				pelaksana {
					kadis "Kepala Dinas"
				}
				prosedur {
					1 mulai kadis "Memerintahkan penyusunan"
						kelengkapan "Disposisi", "Surat"
						waktu 10 menit
					2 selesai kadis "Mengarsipkan dokumen"
						waktu 1 jam
				}
			}
			""";

	private static final String GAYA = """
				gaya {
					sel kosong "-"
					daftar butir
					kolom kegiatan "Uraian Prosedur"
					kolom keterangan "Ket"
				}
			""";

	private static Buku booklet(String gaya) {
		XtextResourceSet resources = Sops.INJECTOR.getInstance(XtextResourceSet.class);
		Sops.load(resources, "uji.sop", SOP);
		return (Buku) Sops.root(Sops.load(resources, "buku.sop", """
				buku Buku "Buku Uji" {
				%s	isi {
						Uji
					}
				}
				""".formatted(gaya)));
	}

	@Test
	void theHtmlBookletUsesTheOfficesCaptionsEmptyMarkAndBullets() {
		Document office = html(booklet(GAYA));
		assertEquals(List.of("No", "Uraian Prosedur", "Pelaksana", "Mutu Baku", "Ket", "Kepala Dinas", "Kelengkapan", "Waktu",
				"Output"), headers(office));
		Element first = ReadBack.byAttribute(office, "data-langkah", "1").get(0);
		assertEquals(List.of("1", "Memerintahkan penyusunan", "", "\u2022 Disposisi\u2022 Surat", "10 menit", "-", "-"),
				cells(first));
		assertEquals(List.of("-", "-"), List.of(field(office, "Tanggal Revisi"), field(office, "Tanggal Efektif")));
	}

	@Test
	void withoutConventionsTheSopsPrintAsTheRegulationShows() {
		Document standard = html(booklet(""));
		assertEquals(List.of("No", "Kegiatan", "Pelaksana", "Mutu Baku", "Keterangan", "Kepala Dinas", "Kelengkapan", "Waktu",
				"Output"), headers(standard));
		Element first = ReadBack.byAttribute(standard, "data-langkah", "1").get(0);
		assertEquals(List.of("1", "Memerintahkan penyusunan", "", "1. Disposisi2. Surat", "10 menit", "", ""), cells(first));
	}

	@Test
	void theWordAndPdfBookletsUseThemToo() {
		Buku buku = booklet(GAYA);
		XWPFDocument doc = ReadBack.docx(Documents.booklet(buku, DocumentFormat.DOCX, DocumentSettings.standard()));
		XWPFTable flowchart = doc.getTables().stream().filter(table -> table.getRow(0).getCell(0).getText().equals("No"))
				.findFirst().orElseThrow();
		assertEquals(List.of("No", "Uraian Prosedur", "Pelaksana", "Mutu Baku", "Ket"), ReadBack.texts(flowchart.getRow(0)));
		assertEquals(List.of("1", "Memerintahkan penyusunan", "", "\u2022 Disposisi\n\u2022 Surat", "10 menit", "-", "-"),
				ReadBack.texts(flowchart.getRow(2)));
		String pdf = String.join(" ", ReadBack.pdfPages(Documents.booklet(buku, DocumentFormat.PDF, DocumentSettings.standard())));
		assertTrue(pdf.contains("No Uraian Prosedur Pelaksana Mutu Baku Ket"), pdf);
		assertTrue(pdf.contains("\u2022 Disposisi \u2022 Surat 10 menit - -"), pdf);
	}

	private static Document html(Buku buku) {
		return ReadBack.xml(new String(Documents.booklet(buku, DocumentFormat.HTML, DocumentSettings.standard()),
				StandardCharsets.UTF_8));
	}

	/** The value beside a label of the identity page. */
	private static String field(Document document, String label) {
		NodeList labels = document.getElementsByTagName("th");
		return IntStream.range(0, labels.getLength()).mapToObj(i -> (Element) labels.item(i))
				.filter(th -> th.getTextContent().equals(label)).map(th -> th.getNextSibling().getTextContent()).findFirst()
				.orElseThrow();
	}

	/** The captions of the first flowchart table. */
	private static List<String> headers(Document document) {
		NodeList captions = ReadBack.byClass(document, "alur").get(0).getElementsByTagName("th");
		return IntStream.range(0, captions.getLength()).mapToObj(i -> ReadBack.fold(captions.item(i).getTextContent())).toList();
	}

	/** The texts of a flowchart row's cells, the drawing's cell left empty. */
	private static List<String> cells(Element row) {
		NodeList cells = row.getElementsByTagName("td");
		return IntStream.range(0, cells.getLength())
				.mapToObj(i -> ((Element) cells.item(i)).getAttribute("class").equals("bagan") ? ""
						: ReadBack.fold(cells.item(i).getTextContent()))
				.toList();
	}
}
