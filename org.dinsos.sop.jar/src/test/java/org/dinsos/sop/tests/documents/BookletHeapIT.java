package org.dinsos.sop.tests.documents;

import static org.dinsos.sop.tests.documents.FolderContents.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.dinsos.sop.tests.documents.BookOfCopies.Copy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A booklet of many SOPs, as Word and as HTML, made by sop.jar with a quarter of the heap `./sop` gives a
 * booklet: each SOP and form is made, written and dropped, so the booklet needs no more memory for more SOPs.
 * The result holds every SOP, every entry of the daftar isi and every picture it refers to.
 */
class BookletHeapIT {

	private static final Path JAR = Path.of(System.getProperty("sop.jar", "target/sop.jar")).toAbsolutePath();
	private static final String HEAP = "-Xmx64m";
	private static final int COPIES = 12;
	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	@TempDir
	static Path dir;
	private static Path book;
	private static List<Copy> sops;

	@BeforeAll
	static void bookOfCopies() throws IOException {
		book = Files.createDirectory(dir.resolve("buku"));
		sops = BookOfCopies.write(book, COPIES);
	}

	@Test
	void wordBookletOfManySopsHoldsEverySop() throws Exception {
		Map<String, byte[]> entries = unzip(booklet("buku.docx"));
		Document document = xml(entries.get("word/document.xml"));

		List<String> titles = sops.stream().map(sop -> sop.title().toUpperCase(Locale.ROOT)).toList();
		Set<String> known = new HashSet<>(titles);
		assertEquals(titles, headings(document).stream().filter(known::contains).toList());
		long marks = elements(document, W, "instrText").stream().filter(field -> field.getTextContent().startsWith(" TC ")).count();
		assertEquals(3 * sops.size() + 1, marks, "an entry of the daftar isi at each SOP, the appendix and each form");
		List<String> sections = elements(document, W, "pgSz").stream().map(size -> size.getAttributeNS(W, "orient")).toList();
		assertEquals(List.of("landscape", "portrait", "landscape"), sections, "the Keputusan on portrait pages of its own");

		Map<String, String> relationships = new HashMap<>();
		for (Element relationship : elements(xml(entries.get("word/_rels/document.xml.rels")), "*", "Relationship")) {
			relationships.put(relationship.getAttribute("Id"), relationship.getAttribute("Target"));
		}
		List<Element> pictures = elements(document, "*", "blip");
		assertTrue(pictures.size() > sops.size() * 5, "the flowcharts' pictures: " + pictures.size());
		for (Element picture : pictures) {
			String target = relationships.get(picture.getAttributeNS(R, "embed"));
			assertTrue(target != null && entries.containsKey("word/" + target), () -> "the picture of " + picture.getAttributeNS(R, "embed"));
		}
		List<String> ids = elements(document, "*", "docPr").stream().map(drawing -> drawing.getAttribute("id")).toList();
		assertEquals(ids.size(), new HashSet<>(ids).size(), "every drawing has an id of its own");
	}

	@Test
	void htmlBookletOfManySopsHoldsEverySop() throws Exception {
		Document page = xml(Files.readAllBytes(booklet("buku.html")));

		List<String> anchors = elements(page, "*", "section").stream().map(section -> section.getAttribute("id"))
				.filter(id -> id.startsWith("sop-")).toList();
		assertEquals(sops.stream().map(sop -> "sop-" + sop.name()).toList(), anchors);
		List<Element> entries = elements(page, "*", "tr").stream().filter(row -> List.of(row.getAttribute("class").split(" ")).contains("isi")).toList();
		assertEquals(3 * sops.size() + 1, entries.size(), "each SOP, the appendix and each form in the daftar isi");
		Set<String> ids = new HashSet<>();
		elements(page, "*", "*").forEach(element -> ids.add(element.getAttribute("id")));
		for (Element entry : entries) {
			String link = ((Element) entry.getElementsByTagNameNS("*", "a").item(0)).getAttribute("href");
			assertTrue(ids.contains(link.substring(1)), link);
		}
		assertEquals(3, elements(page, "*", "style").get(0).getTextContent().split("@font-face").length - 1,
				"the three faces of the font, once");
	}

	/** Runs `sop booklet` with the small heap and the options `./sop` gives a booklet; the file written. */
	private static Path booklet(String name) throws Exception {
		Path output = dir.resolve(name);
		Path log = dir.resolve(name + ".log");
		Process process = new ProcessBuilder("java", HEAP, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString(),
				"booklet", book.toString(), "-o", output.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the booklet was not done in 5 minutes");
		assertEquals(0, process.exitValue(), () -> read(log));
		return output;
	}

	private static Map<String, byte[]> unzip(Path file) throws IOException {
		Map<String, byte[]> entries = new HashMap<>();
		try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		return entries;
	}

	private static Document xml(byte[] bytes) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
	}

	private static List<Element> elements(Document document, String namespace, String name) {
		NodeList nodes = document.getElementsByTagNameNS(namespace, name);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	/** The text of each paragraph styled "heading 1", in order (a field's instruction is not text). */
	private static List<String> headings(Document document) {
		List<String> headings = new ArrayList<>();
		for (Element style : elements(document, W, "pStyle")) {
			if (style.getAttributeNS(W, "val").equals("Heading1")) {
				Node paragraph = style.getParentNode().getParentNode();
				StringBuilder text = new StringBuilder();
				NodeList runs = ((Element) paragraph).getElementsByTagNameNS(W, "t");
				for (int i = 0; i < runs.getLength(); i++) {
					text.append(runs.item(i).getTextContent());
				}
				headings.add(text.toString());
			}
		}
		return headings;
	}
}
