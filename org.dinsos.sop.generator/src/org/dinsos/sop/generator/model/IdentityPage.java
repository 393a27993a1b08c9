package org.dinsos.sop.generator.model;

import java.util.List;
import java.util.Locale;

import org.dinsos.sop.generator.Dates;
import org.dinsos.sop.query.Wording;
import org.dinsos.sop.sop.JenisKeterkaitan;
import org.dinsos.sop.sop.Keterkaitan;
import org.dinsos.sop.sop.Pengesahan;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.Unit;

/**
 * What the identity page (Bagian Identitas) of an SOP says, in reading order: the letterhead, the
 * fields beside it, the signing official, and the six headed lists below. Every format prints this.
 */
public record IdentityPage(String unit, String alamat, List<Field> fields, Signature disahkan, String judul,
		List<Section> sections) {

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

	public static IdentityPage of(Sop sop) {
		Unit unit = sop.getUnit();
		return new IdentityPage(unit == null ? "" : unit.getNama().toUpperCase(Locale.ROOT),
				unit == null ? "" : text(unit.getAlamat()),
				List.of(new Field(Wording.NOMOR_SOP, text(sop.getNomor())),
						new Field(Wording.TANGGAL_PEMBUATAN, Dates.text(sop.getTanggalPembuatan())),
						new Field(Wording.TANGGAL_REVISI, Dates.text(sop.getTanggalRevisi())),
						new Field(Wording.TANGGAL_EFEKTIF, Dates.text(sop.getTanggalEfektif()))),
				Signature.of(sop.getPengesahan()), sop.getJudul().toUpperCase(Locale.ROOT),
				List.of(new Section(Wording.DASAR_HUKUM, sop.getDasarHukum()),
						new Section(Wording.KUALIFIKASI_PELAKSANA, sop.getKualifikasi()),
						new Section(Wording.KETERKAITAN, keterkaitan(sop.getKeterkaitan())),
						new Section(Wording.PERALATAN, sop.getPeralatan()),
						new Section(Wording.PERINGATAN, sop.getPeringatan()),
						new Section(Wording.PENCATATAN, sop.getPencatatan())));
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
