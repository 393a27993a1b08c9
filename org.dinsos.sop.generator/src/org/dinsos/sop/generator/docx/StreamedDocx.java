package org.dinsos.sop.generator.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.dinsos.sop.generator.ScratchFile;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlip;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A Word document written to a stream one part at a time, so that memory does not grow with its length. The
 * first part is a whole POI document: its package gives what every document has (content types, styles,
 * settings, the footer, relationships) and the start of `word/document.xml`. Each later part is a small POI
 * document of its own, made with the same styles; its body is written into `word/document.xml` and the
 * document dropped. Its pictures come along: a picture not yet in the package becomes a media part of it
 * (waiting in a {@link ScratchFile}, since the package's entries follow one another and `word/document.xml`
 * is still being written), one already there is referred to again, and every drawing gets an id of its own.
 * Only pictures are carried over: sections, fields and styles of a later part are those of the first.
 */
final class StreamedDocx implements Closeable {

	private static final String DOCUMENT = "word/document.xml";
	private static final String RELATIONSHIPS = "word/_rels/document.xml.rels";
	private static final String IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
	private static final String DRAWING_NAMESPACES = "declare namespace a='http://schemas.openxmlformats.org/drawingml/2006/main' "
			+ "declare namespace wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing' ";
	private static final Pattern NAMESPACE = Pattern.compile("xmlns:(\\w+)=\"([^\"]*)\"");
	private static final Pattern RELATIONSHIP_NUMBER = Pattern.compile("Id=\"rId(\\d+)\"");
	private static final Pattern MEDIA_NUMBER = Pattern.compile("media/image(\\d+)\\.");
	private static final Pattern EXTENSION = Pattern.compile("<Default [^>]*Extension=\"(\\w+)\"");

	/** A picture of a later part: its relationship, its name in the package, and where its bytes wait. */
	private record Media(String relationship, String name, long position, int length) {
	}

	private final ZipOutputStream zip;
	private final Writer document;
	private final String documentEnd;
	private final String relationships;
	/** The first part's entries that follow `word/document.xml`, written once it is complete. */
	private final Map<String, byte[]> rest;
	private final Set<String> extensions;
	private final XmlOptions options;
	private final ScratchFile pictures;
	private final Map<String, String> relationshipOfPicture = new HashMap<>();
	private final List<Media> media = new ArrayList<>();
	private int nextRelationship;
	private int nextImage;
	private int nextDrawing = 1;

	private StreamedDocx(XWPFDocument first, OutputStream out) throws IOException {
		numberDrawings(first.getDocument().getBody());
		ByteArrayOutputStream written = new ByteArrayOutputStream();
		first.write(written);
		Map<String, byte[]> entries = entries(written.toByteArray());
		String whole = new String(entries.get(DOCUMENT), StandardCharsets.UTF_8);
		// The body's own section, its last element: what the later parts go before.
		int end = whole.lastIndexOf("<w:sectPr");
		documentEnd = whole.substring(end);
		relationships = new String(entries.get(RELATIONSHIPS), StandardCharsets.UTF_8);
		extensions = all(EXTENSION, new String(entries.get("[Content_Types].xml"), StandardCharsets.UTF_8)).stream()
				.map(match -> match.group(1)).collect(Collectors.toSet());
		nextRelationship = max(RELATIONSHIP_NUMBER, relationships) + 1;
		nextImage = max(MEDIA_NUMBER, relationships) + 1;
		options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
		options.setSaveOuter();
		options.setSaveImplicitNamespaces(all(NAMESPACE, whole.substring(0, whole.indexOf('>', whole.indexOf("<w:document"))))
				.stream().collect(Collectors.toMap(match -> match.group(1), match -> match.group(2))));
		for (XWPFPictureData picture : first.getAllPictures()) {
			relationshipOfPicture.put(digest(picture.getData()), first.getRelationId(picture));
		}
		zip = new ZipOutputStream(new FilterOutputStream(out) {
			@Override
			public void write(byte[] b, int offset, int length) throws IOException {
				out.write(b, offset, length);
			}

			@Override
			public void close() throws IOException {
				out.flush();
			}
		});
		rest = new LinkedHashMap<>();
		boolean after = false;
		for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
			if (after) {
				rest.put(entry.getKey(), entry.getValue());
			} else if (entry.getKey().equals(DOCUMENT)) {
				after = true;
			} else {
				entry(entry.getKey(), entry.getValue());
			}
		}
		zip.putNextEntry(new ZipEntry(DOCUMENT));
		document = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
		document.write(whole, 0, end);
		pictures = ScratchFile.create();
	}

	/**
	 * The document whose first part is `first`, complete, written to `out`; {@link #finish} ends it, and closing
	 * it lets go of the pictures waiting.
	 */
	static StreamedDocx start(XWPFDocument first, OutputStream out) throws IOException {
		return new StreamedDocx(first, out);
	}

	/** Writes the part's body after what is written; the part may be closed then. */
	void append(XWPFDocument part) throws IOException {
		Map<String, String> renamed = new HashMap<>();
		for (XWPFPictureData picture : part.getAllPictures()) {
			renamed.put(part.getRelationId(picture), relationship(picture));
		}
		XmlObject body = part.getDocument().getBody();
		for (XmlObject blip : body.selectPath(DRAWING_NAMESPACES + ".//a:blip")) {
			((CTBlip) blip).setEmbed(renamed.get(((CTBlip) blip).getEmbed()));
		}
		numberDrawings(body);
		try (XmlCursor cursor = body.newCursor()) {
			for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
				XmlObject element = cursor.getObject();
				if (!(element instanceof CTSectPr)) {
					document.write(element.xmlText(options));
				}
			}
		}
	}

	/** Ends `word/document.xml`, then writes the relationships, the first part's other entries and the pictures. */
	void finish() throws IOException {
		document.write(documentEnd);
		document.flush();
		zip.closeEntry();
		String added = media.stream().map(picture -> "<Relationship Id=\"%s\" Target=\"%s\" Type=\"%s\"/>"
				.formatted(picture.relationship(), picture.name(), IMAGE)).collect(Collectors.joining());
		int close = relationships.lastIndexOf("</Relationships>");
		entry(RELATIONSHIPS, (relationships.substring(0, close) + added + relationships.substring(close)).getBytes(StandardCharsets.UTF_8));
		for (Map.Entry<String, byte[]> entry : rest.entrySet()) {
			if (!entry.getKey().equals(RELATIONSHIPS)) {
				entry(entry.getKey(), entry.getValue());
			}
		}
		for (Media picture : media) {
			zip.putNextEntry(new ZipEntry("word/" + picture.name()));
			pictures.copy(picture.position(), picture.length(), zip);
			zip.closeEntry();
		}
		zip.close();
	}

	@Override
	public void close() throws IOException {
		pictures.close();
	}

	/** The relationship of a part's picture in the whole document: the one of the same picture already written, or a new one. */
	private String relationship(XWPFPictureData picture) throws IOException {
		byte[] data = picture.getData();
		String digest = digest(data);
		String known = relationshipOfPicture.get(digest);
		if (known != null) {
			return known;
		}
		String extension = picture.suggestFileExtension();
		if (!extensions.contains(extension)) {
			throw new IllegalStateException("The first part declares no content type for pictures of type " + extension);
		}
		String id = "rId" + nextRelationship++;
		media.add(new Media(id, "media/image" + nextImage++ + "." + extension, pictures.append(data), data.length));
		relationshipOfPicture.put(digest, id);
		return id;
	}

	/** Gives each drawing the next id: Word may refuse a document where two drawings share one. */
	private void numberDrawings(XmlObject body) {
		for (XmlObject properties : body.selectPath(DRAWING_NAMESPACES + ".//wp:docPr")) {
			((CTNonVisualDrawingProps) properties).setId(nextDrawing++);
		}
	}

	private void entry(String name, byte[] bytes) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(bytes);
		zip.closeEntry();
	}

	/** The entries of a package, in their order. */
	private static Map<String, byte[]> entries(byte[] bytes) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private static List<MatchResult> all(Pattern pattern, String text) {
		return pattern.matcher(text).results().toList();
	}

	private static int max(Pattern numbered, String text) {
		return all(numbered, text).stream().mapToInt(match -> Integer.parseInt(match.group(1))).max().orElse(0);
	}

	private static String digest(byte[] data) {
		try {
			return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(data));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
