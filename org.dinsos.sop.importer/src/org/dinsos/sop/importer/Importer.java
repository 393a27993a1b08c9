package org.dinsos.sop.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dinsos.sop.formatting2.SopSourceFormatter;
import org.dinsos.sop.importer.docx.DocxReader;
import org.dinsos.sop.importer.text.OcrReader;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Reads existing SOPs (a Word document in the SOP AP layout, or the text an OCR made of a scan) into
 * drafts, and writes each draft as `.sop` text, formatted by the language's formatter and checked by
 * its validator, so that the problems the source has show as the analyst's to fix.
 */
public class Importer {

	/** The largest Word file read: an SOP booklet with pictures is a few megabytes. */
	public static final long MAX_DOCX_BYTES = 20L * 1024 * 1024;
	/** The largest text read: the OCR of a hundred SOPs is well under a megabyte. */
	public static final long MAX_TEXT_BYTES = 2L * 1024 * 1024;

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };

	/** One draft: the SOP read, its name and file, its formatted text and what the validator says of it. */
	public record Draft(DraftSop sop, String name, Path file, String text, List<Issue> issues) {
	}

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private SopSourceFormatter formatter;

	@Inject
	private IResourceValidator validator;

	@Inject
	private IGrammarAccess grammar;

	/** True for the files `sop import` reads: .docx and .txt. */
	public static boolean isSource(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".docx") || name.endsWith(".txt");
	}

	/** The SOPs of one file; refused with a reason the user can act on (the caller names the file). */
	public List<DraftSop> read(Path file) throws ImportException {
		String name = file.getFileName().toString();
		long size;
		try {
			size = Files.size(file);
		} catch (IOException e) {
			throw new ImportException("berkas tidak dapat dibaca", e);
		}
		boolean docx = name.toLowerCase(Locale.ROOT).endsWith(".docx");
		long limit = docx ? MAX_DOCX_BYTES : MAX_TEXT_BYTES;
		if (size > limit) {
			throw new ImportException("berkas terlalu besar (" + megabytes(size) + " MB; paling besar "
					+ megabytes(limit) + " MB untuk berkas " + (docx ? "Word" : "teks") + ")");
		}
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new ImportException("berkas tidak dapat dibaca", e);
		}
		List<DraftSop> sops = docx ? word(name, content) : OcrReader.read(text(content), name);
		if (sops.isEmpty()) {
			throw new ImportException("tidak ada SOP di dalamnya (tidak ditemukan tabel identitas dengan Nomor SOP"
					+ " dan Nama SOP, maupun tabel flowchart dengan kolom No, Kegiatan, Pelaksana dan Waktu)");
		}
		return sops;
	}

	private static List<DraftSop> word(String name, byte[] content) throws ImportException {
		if (content.length >= OLE2.length && Arrays.equals(Arrays.copyOf(content, OLE2.length), OLE2)) {
			throw new ImportException((encrypted(content)
					? "dokumen dilindungi kata sandi (terenkripsi); buka di Word, hapus kata sandinya, simpan, lalu impor lagi"
					: "bukan dokumen .docx melainkan format Word lama (.doc); simpan dulu sebagai .docx di Word atau LibreOffice"));
		}
		try (InputStream in = new ByteArrayInputStream(content); XWPFDocument doc = new XWPFDocument(in)) {
			return DocxReader.read(doc, name);
		} catch (IOException | RuntimeException e) {
			String reason = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")
					? "isinya terlalu besar setelah dibuka (seperti zip bomb); tidak dibaca"
					: "berkas rusak atau bukan dokumen Word (.docx)";
			throw new ImportException(reason, e);
		}
	}

	/** An encrypted .docx is an OLE2 container holding the package as "EncryptionInfo" and "EncryptedPackage". */
	private static boolean encrypted(byte[] content) {
		try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			return ole.getRoot().hasEntry("EncryptionInfo");
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	/** UTF-8, else Windows-1252 as older OCR tools write it. */
	private static String text(byte[] content) throws ImportException {
		try {
			String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
			if (text.indexOf('\0') >= 0) {
				throw new ImportException("bukan berkas teks (berisi data biner)");
			}
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		} catch (CharacterCodingException e) {
			return new String(content, Charset.forName("windows-1252"));
		}
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)).replace('.', ',');
	}

	/**
	 * The draft of an SOP as it will be written to {@code folder}: named from its title (a name in
	 * {@code taken} gets a number), formatted, and validated under the name of its file.
	 */
	public Draft draft(DraftSop sop, Path folder, Set<String> taken) {
		Set<String> keywords = GrammarUtil.getAllKeywords(grammar.getGrammar()).stream()
				.filter(keyword -> keyword.matches("\\w+")).collect(Collectors.toSet());
		DraftWriter writer = new DraftWriter(keywords);
		String name = writer.sopName(sop.judul, taken);
		taken.add(name);
		Path file = folder.resolve(DraftWriter.fileName(name)).toAbsolutePath().normalize();
		String written = writer.write(sop, name);
		XtextResource parsed = parse(file, written);
		if (parsed.getParseResult().hasSyntaxErrors()) {
			throw new IllegalStateException("Draf tidak terbaca oleh bahasa SOP: " + parsed.getParseResult().getSyntaxErrors());
		}
		String formatted = formatter.format(parsed);
		XtextResource resource = parse(file, formatted);
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		issues.sort((a, b) -> a.getLineNumber() != b.getLineNumber() ? Integer.compare(a.getLineNumber(), b.getLineNumber())
				: Integer.compare(a.getColumn(), b.getColumn()));
		return new Draft(sop, name, file, formatted, issues);
	}

	private XtextResource parse(Path file, String text) {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(file.toString()));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return resource;
	}
}
