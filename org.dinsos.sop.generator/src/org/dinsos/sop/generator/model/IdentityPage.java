package org.dinsos.sop.generator.model;

import java.util.List;
import java.util.Locale;

import org.dinsos.sop.generator.Dates;
import org.dinsos.sop.generator.DocumentSettings;
import org.dinsos.sop.generator.FlowchartTable;
import org.dinsos.sop.generator.TextMeasure;
import org.dinsos.sop.query.Wording;
import org.dinsos.sop.sop.JenisKeterkaitan;
import org.dinsos.sop.sop.Keterkaitan;
import org.dinsos.sop.sop.Pengesahan;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.Unit;

/**
 * What the identity page (Bagian Identitas) of an SOP says, in reading order: the letterhead, the
 * fields beside it, the signing official, and the six headed lists below, with the office's conventions for
 * empty fields and lists. Every format prints this.
 */
public record IdentityPage(String unit, String alamat, List<Field> fields, Signature disahkan, String judul,
		List<Section> sections, Conventions conventions) {

	/** A label and its value, one row beside the letterhead. */
	public record Field(String label, String value) {
	}

	/** A headed list of the lower part of the page; no item prints as the empty mark of the conventions. */
	public record Section(String label, List<String> items) {
	}

	/** The official who signs: jabatan, then after the room to sign nama, pangkat and "NIP. ...". */
	public record Signature(String jabatan, String nama, String pangkat, String nip) {

		static Signature of(Pengesahan pengesahan) {
			return pengesahan == null ? null
					: new Signature(pengesahan.getJabatan(), text(pengesahan.getNama()), text(pengesahan.getPangkat()),
							pengesahan.getNip() == null ? "" : "NIP. " + pengesahan.getNip());
		}
	}

	public static IdentityPage of(Sop sop, Conventions conventions) {
		Unit unit = sop.getUnit();
		return new IdentityPage(unit == null ? "" : unit.getNama().toUpperCase(Locale.ROOT),
				unit == null ? "" : text(unit.getAlamat()),
				List.of(new Field(Wording.NOMOR_SOP, conventions.cell(text(sop.getNomor()))),
						new Field(Wording.TANGGAL_PEMBUATAN, conventions.cell(Dates.text(sop.getTanggalPembuatan()))),
						new Field(Wording.TANGGAL_REVISI, conventions.cell(Dates.text(sop.getTanggalRevisi()))),
						new Field(Wording.TANGGAL_EFEKTIF, conventions.cell(Dates.text(sop.getTanggalEfektif())))),
				Signature.of(sop.getPengesahan()), sop.getJudul().toUpperCase(Locale.ROOT),
				List.of(new Section(Wording.DASAR_HUKUM, sop.getDasarHukum()),
						new Section(Wording.KUALIFIKASI_PELAKSANA, sop.getKualifikasi()),
						new Section(Wording.KETERKAITAN, keterkaitan(sop.getKeterkaitan())),
						new Section(Wording.PERALATAN, sop.getPeralatan()),
						new Section(Wording.PERINGATAN, sop.getPeringatan()),
						new Section(Wording.PENCATATAN, sop.getPencatatan())),
				conventions);
	}

	/** The type sizes the lists may take, largest first: the largest with which the page holds them all. */
	private static final List<Double> LIST_PT = List.of(9.0, 8.0, 7.5, 7.0, 6.5);
	/** Line height of the lists, as a share of the type size. */
	public static final double LIST_LINE_HEIGHT = 1.2;
	/** The letterhead table above the lists, with the room to sign, and the gap below it. */
	private static final double HEAD_MM = 86;
	/** The bottom margin, where the page number stands. */
	private static final double FOOTER_MM = 14;
	/** Left indent of a numbered item. */
	private static final double INDENT_MM = 5;

	/**
	 * The type size of the six lists: 9 pt, or smaller when the page would not hold them, so that the
	 * identity page stays one page (a list longer than even the smallest size allows runs over).
	 */
	public double listPt(DocumentSettings settings) {
		double room = settings.pageHeight() - FlowchartTable.MARGIN - FOOTER_MM - HEAD_MM;
		double column = (settings.pageWidth() - 2 * FlowchartTable.MARGIN) / 2 - 2 * FlowchartTable.PADDING - INDENT_MM;
		for (double pt : LIST_PT) {
			if (listsHeight(column, pt) <= room) {
				return pt;
			}
		}
		return LIST_PT.get(LIST_PT.size() - 1);
	}

	/** The height of the three rows of headings and their lists, two lists side by side. */
	private double listsHeight(double column, double pt) {
		double line = pt * LIST_LINE_HEIGHT * 25.4 / 72;
		double height = 0;
		for (int i = 0; i < sections.size(); i += 2) {
			int lines = Math.max(Math.max(1, lines(sections.get(i).items(), column, pt)),
					lines(sections.get(i + 1).items(), column, pt));
			height += line + lines * line + 4 * FlowchartTable.PADDING;
		}
		return height;
	}

	private static int lines(List<String> items, double column, double pt) {
		return items.stream().mapToInt(item -> TextMeasure.lines(item, column, pt).size()).sum();
	}

	/** The label of the signature's row. */
	public static String disahkanLabel() {
		return Wording.DISAHKAN_OLEH;
	}

	/** The label of the SOP's name's row. */
	public static String judulLabel() {
		return Wording.NAMA_SOP;
	}

	/** A related SOP by its title ("SOP Penyusunan Renja"), with its kind when a prerequisite or a follow-up. */
	static List<String> keterkaitan(List<Keterkaitan> links) {
		return links.stream().map(link -> {
			String title = link.getSop() != null && link.getSop().getJudul() != null ? "SOP " + link.getSop().getJudul()
					: text(link.getJudul());
			return link.getJenis() == JenisKeterkaitan.TERKAIT ? title : title + " (" + link.getJenis().getLiteral() + ")";
		}).toList();
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
