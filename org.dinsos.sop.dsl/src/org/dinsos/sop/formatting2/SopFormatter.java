package org.dinsos.sop.formatting2;

import static org.dinsos.sop.sop.SopPackage.Literals.BUKU__ISI;
import static org.dinsos.sop.sop.SopPackage.Literals.KEPUTUSAN_KEPALA__DIKTUM;
import static org.dinsos.sop.sop.SopPackage.Literals.KEPUTUSAN_KEPALA__MENGINGAT;
import static org.dinsos.sop.sop.SopPackage.Literals.KEPUTUSAN_KEPALA__MENIMBANG;
import static org.dinsos.sop.sop.SopPackage.Literals.KEPUTUSAN_KEPALA__PARAGRAF;
import static org.dinsos.sop.sop.SopPackage.Literals.SOP__DASAR_HUKUM;
import static org.dinsos.sop.sop.SopPackage.Literals.SOP__KUALIFIKASI;
import static org.dinsos.sop.sop.SopPackage.Literals.SOP__PENCATATAN;
import static org.dinsos.sop.sop.SopPackage.Literals.SOP__PERALATAN;
import static org.dinsos.sop.sop.SopPackage.Literals.SOP__PERINGATAN;

import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.Gaya;
import org.dinsos.sop.sop.KeputusanKepala;
import org.dinsos.sop.sop.Keterkaitan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.MutuBaku;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Pengesahan;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.Unit;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.xbase.lib.Pair;

/**
 * The canonical layout of an SOP: one field per line, blocks indented by one tab, a step's Mutu Baku
 * and branches on continuation lines under the step. One blank line an author left between two lines
 * is kept; comments stay where they are.
 */
public class SopFormatter extends AbstractJavaFormatter {

	protected void format(Sop sop, IFormattableDocument doc) {
		spaceEverything(sop, doc);
		blocks(sop, doc);
		doc.prepend(sop.getUnit(), this::line);
		doc.prepend(sop.getPengesahan(), this::line);
		for (ISemanticRegion keyword : regionFor(sop).keywords("nomor", "tanggal", "dasar", "kualifikasi",
				"keterkaitan", "peralatan", "peringatan", "pencatatan", "pelaksana", "prosedur")) {
			if (!"kualifikasi".equals(keyword.getPreviousSemanticRegion().getText())) {
				doc.prepend(keyword, this::line);
			}
		}
		for (ISemanticRegion item : regionFor(sop).features(SOP__DASAR_HUKUM, SOP__KUALIFIKASI, SOP__PERALATAN,
				SOP__PERINGATAN, SOP__PENCATATAN)) {
			doc.prepend(item, this::line);
		}
		sop.getKeterkaitan().forEach(doc::format);
		sop.getPelaksana().forEach(doc::format);
		sop.getLangkah().forEach(doc::format);
		doc.format(sop.getUnit());
		doc.format(sop.getPengesahan());
	}

	protected void format(Buku buku, IFormattableDocument doc) {
		spaceEverything(buku, doc);
		blocks(buku, doc);
		doc.prepend(buku.getUnit(), this::line);
		doc.prepend(buku.getGaya(), this::line);
		doc.prepend(buku.getKeputusan(), this::line);
		for (ISemanticRegion keyword : regionFor(buku).keywords("tahun", "kertas", "isi")) {
			doc.prepend(keyword, this::line);
		}
		for (ISemanticRegion sop : regionFor(buku).features(BUKU__ISI)) {
			doc.prepend(sop, this::line);
		}
		doc.format(buku.getUnit());
		doc.format(buku.getGaya());
		doc.format(buku.getKeputusan());
	}

	protected void format(Gaya gaya, IFormattableDocument doc) {
		for (ISemanticRegion keyword : regionFor(gaya).keywords("sel", "daftar")) {
			doc.prepend(keyword, this::line);
		}
		gaya.getKolom().forEach(kolom -> doc.prepend(kolom, this::line));
	}

	protected void format(Unit unit, IFormattableDocument doc) {
		continuationLines(unit, regionFor(unit).keywords("alamat", "logo"), doc);
	}

	protected void format(Pengesahan pengesahan, IFormattableDocument doc) {
		continuationLines(pengesahan, regionFor(pengesahan).keywords("nama", "pangkat", "nip"), doc);
	}

	/**
	 * Inside the decree's block each field and each part on its own line, each consideration and diktum on a
	 * line of its own; the nomor and tanggal an older booklet wrote before the block stay beside the title.
	 */
	protected void format(KeputusanKepala keputusan, IFormattableDocument doc) {
		ISemanticRegion open = regionFor(keputusan).keyword("{");
		if (open == null) {
			return;
		}
		for (ISemanticRegion keyword : regionFor(keputusan).keywords("nomor", "ditetapkan", "menimbang", "mengingat",
				"memutuskan")) {
			if (keyword.getOffset() > open.getOffset()) {
				doc.prepend(keyword, this::line);
			}
		}
		for (ISemanticRegion item : regionFor(keputusan).features(KEPUTUSAN_KEPALA__MENIMBANG, KEPUTUSAN_KEPALA__MENGINGAT,
				KEPUTUSAN_KEPALA__DIKTUM, KEPUTUSAN_KEPALA__PARAGRAF)) {
			doc.prepend(item, this::line);
		}
		doc.prepend(keputusan.getPenandatangan(), this::line);
		doc.format(keputusan.getPenandatangan());
	}

	protected void format(Keterkaitan keterkaitan, IFormattableDocument doc) {
		doc.prepend(keterkaitan, this::line);
	}

	protected void format(Pelaksana pelaksana, IFormattableDocument doc) {
		doc.prepend(pelaksana, this::line);
	}

	protected void format(Langkah langkah, IFormattableDocument doc) {
		doc.prepend(langkah, this::line);
		continuationLines(langkah, regionFor(langkah).keywords("keterangan", "lanjut", "ya", "tidak"), doc);
		doc.format(langkah.getMutuBaku());
	}

	protected void format(MutuBaku mutuBaku, IFormattableDocument doc) {
		for (ISemanticRegion keyword : regionFor(mutuBaku).keywords("kelengkapan", "waktu", "output")) {
			doc.prepend(keyword, this::newLine);
		}
		for (ISemanticRegion comma : regionFor(mutuBaku).keywords(",")) {
			doc.prepend(comma, this::noSpace);
		}
	}

	/** A // comment is indented with the line it precedes, wherever the author put it. */
	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		if (comment.getGrammarElement() instanceof AbstractRule rule && "SL_COMMENT".equals(rule.getName())) {
			return new LineComment(comment);
		}
		return super.createCommentReplacer(comment);
	}

	/**
	 * A // comment keeps its text exactly as the author wrote it ("//catatan" as much as "// catatan"): the
	 * formatter moves lines, it never rewrites what they say.
	 */
	private record LineComment(IComment comment) implements ITextReplacer {

		@Override
		public ITextSegment getRegion() {
			return comment;
		}

		@Override
		public ITextReplacerContext createReplacements(ITextReplacerContext context) {
			return context;
		}
	}

	/** Everything not given a line of its own is separated by one space; the file starts at its first character. */
	private void spaceEverything(EObject root, IFormattableDocument doc) {
		for (ISemanticRegion region : allSemanticRegions(root)) {
			doc.surround(region, format -> {
				format.lowPriority();
				format.oneSpace();
			});
		}
		doc.prepend(root, this::noSpace);
		doc.set(regionForEObject(root).getNextHiddenRegion(), this::newLine);
	}

	/** The body of every { } starts on its own line, one tab deeper. */
	private void blocks(EObject owner, IFormattableDocument doc) {
		for (Pair<ISemanticRegion, ISemanticRegion> braces : allRegionsFor(owner).keywordPairs("{", "}")) {
			doc.interior(braces, this::indent);
			doc.prepend(braces.getValue(), this::newLine);
		}
	}

	/** A field that continues the line above it goes on its own line, one tab deeper than its owner. */
	private void continuationLines(EObject owner, Iterable<ISemanticRegion> keywords, IFormattableDocument doc) {
		for (ISemanticRegion keyword : keywords) {
			doc.prepend(keyword, this::newLine);
		}
		IEObjectRegion region = regionForEObject(owner);
		IHiddenRegion afterFirst = region.getPreviousHiddenRegion().getNextSemanticRegion().getNextHiddenRegion();
		if (afterFirst != region.getNextHiddenRegion()) {
			doc.set(afterFirst, region.getNextHiddenRegion(), this::indent);
		}
	}

	/** A new line, keeping at most one blank line the author left before it. */
	private void line(IHiddenRegionFormatter format) {
		format.setNewLines(1, 1, 2);
	}
}
