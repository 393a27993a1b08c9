package org.dinsos.sop.validation;

import static org.dinsos.sop.sop.SopPackage.Literals.BUKU__ISI;
import static org.dinsos.sop.sop.SopPackage.Literals.DOKUMEN__NAME;
import static org.dinsos.sop.sop.SopPackage.Literals.JUDUL_KOLOM__KOLOM;
import static org.dinsos.sop.sop.SopPackage.Literals.KEPUTUSAN_KEPALA__DIKTUM;
import static org.dinsos.sop.sop.SopPackage.Literals.KEPUTUSAN_KEPALA__JUDUL;
import static org.dinsos.sop.sop.SopPackage.Literals.KEPUTUSAN_KEPALA__NOMOR;
import static org.dinsos.sop.sop.SopPackage.Literals.KEPUTUSAN_KEPALA__PARAGRAF;
import static org.dinsos.sop.sop.SopPackage.Literals.KEPUTUSAN_KEPALA__TANGGAL;
import static org.dinsos.sop.sop.SopPackage.Literals.KEPUTUSAN__TIDAK;
import static org.dinsos.sop.sop.SopPackage.Literals.KEPUTUSAN__YA;
import static org.dinsos.sop.sop.SopPackage.Literals.KETERKAITAN__SOP;
import static org.dinsos.sop.sop.SopPackage.Literals.LANGKAH__KEGIATAN;
import static org.dinsos.sop.sop.SopPackage.Literals.LANGKAH__NAME;
import static org.dinsos.sop.sop.SopPackage.Literals.MUTU_BAKU__OUTPUT;
import static org.dinsos.sop.sop.SopPackage.Literals.PELAKSANA__NAME;
import static org.dinsos.sop.sop.SopPackage.Literals.PENGESAHAN__NIP;
import static org.dinsos.sop.sop.SopPackage.Literals.PROSES__JENIS;
import static org.dinsos.sop.sop.SopPackage.Literals.PROSES__LANJUT;
import static org.dinsos.sop.sop.SopPackage.Literals.SOP__NOMOR;
import static org.dinsos.sop.sop.SopPackage.Literals.SOP__TANGGAL_EFEKTIF;
import static org.dinsos.sop.sop.SopPackage.Literals.SOP__TANGGAL_REVISI;
import static org.dinsos.sop.sop.SopPackage.Literals.UNIT__LOGO;
import static org.dinsos.sop.sop.SopPackage.Literals.WAKTU__JUMLAH;
import static org.dinsos.sop.sop.SopPackage.Literals.WAKTU__SATUAN;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.dinsos.sop.conversion.SopValueConverters;
import org.dinsos.sop.files.LogoFile;
import org.dinsos.sop.query.Durations;
import org.dinsos.sop.query.Flow;
import org.dinsos.sop.query.TimeUnit;
import org.dinsos.sop.query.Wording;
import org.dinsos.sop.resource.SopResourceDescriptionStrategy;
import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.Gaya;
import org.dinsos.sop.sop.JudulKolom;
import org.dinsos.sop.sop.KeputusanKepala;
import org.dinsos.sop.sop.KolomFlowchart;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Keterkaitan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.MutuBaku;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Pengesahan;
import org.dinsos.sop.sop.Proses;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.SopPackage;
import org.dinsos.sop.sop.Unit;
import org.dinsos.sop.sop.Waktu;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

/**
 * The rules of the SOP AP format beyond syntax and linking: one small check per rule, each reported
 * with its code from {@link SopIssueCodes} on the smallest piece of text that breaks it.
 */
public class SopValidator extends AbstractSopValidator {

	@Inject
	private ResourceDescriptionsProvider index;

	// --- Pelaksana ---

	// Each pelaksana is one column, declared once.
	@Check
	public void laneDeclaredOnce(Sop sop) {
		Set<String> seen = new HashSet<>();
		for (Pelaksana pelaksana : sop.getPelaksana()) {
			if (!seen.add(pelaksana.getName())) {
				error("Pelaksana '" + pelaksana.getName() + "' sudah dideklarasikan; hapus deklarasi kedua ini.",
						pelaksana, PELAKSANA__NAME, SopIssueCodes.PELAKSANA_GANDA);
			}
		}
	}

	// A declared pelaksana that does no step is an empty column in the flowchart.
	@Check
	public void laneUsed(Sop sop) {
		Set<Pelaksana> used = sop.getLangkah().stream().map(Langkah::getPelaksana).collect(Collectors.toSet());
		for (Pelaksana pelaksana : sop.getPelaksana()) {
			if (!used.contains(pelaksana)) {
				addIssue("Pelaksana '" + pelaksana.getName() + "' tidak melakukan satu langkah pun; kolomnya akan kosong. "
						+ "Hapus pelaksana ini atau tugaskan sebuah langkah kepadanya.",
						pelaksana, PELAKSANA__NAME, SopIssueCodes.PELAKSANA_TIDAK_DIPAKAI, pelaksana.getName());
			}
		}
	}

	// Every step's symbol is drawn in the column of the pelaksana who does it.
	@Check
	public void stepHasActor(Langkah langkah) {
		if (langkah.getPelaksana() == null) {
			error("Langkah " + langkah.getName() + " belum punya pelaksana; tulis nama pelaksana sebelum kegiatannya.",
					langkah, LANGKAH__NAME, SopIssueCodes.LANGKAH_TANPA_PELAKSANA);
		}
	}

	// --- Step numbers and flow ---

	// The No column runs 1..n in the order of the rows.
	@Check
	public void stepsNumberedInOrder(Sop sop) {
		Map<Integer, Langkah> seen = new HashMap<>();
		int previous = 0;
		for (Langkah langkah : sop.getLangkah()) {
			if (tooLarge(langkah)) {
				continue;
			}
			int nomor = Integer.parseInt(langkah.getName());
			int expected = previous + 1;
			Langkah earlier = seen.putIfAbsent(nomor, langkah);
			if (earlier != null) {
				error("Nomor langkah " + nomor + " sudah dipakai langkah sebelumnya; langkah ini seharusnya nomor "
						+ expected + ". Nomori ulang langkah 1 sampai " + sop.getLangkah().size() + ".",
						langkah, LANGKAH__NAME, SopIssueCodes.NOMOR_LANGKAH_GANDA);
				previous = expected;
			} else if (nomor > expected) {
				String skipped = nomor == expected + 1 ? "nomor " + expected : "nomor " + expected + " sampai " + (nomor - 1);
				error("Setelah langkah " + (expected - 1) + " seharusnya langkah " + expected + ", bukan " + nomor + " ("
						+ skipped + " terlewat). Nomori ulang langkah 1 sampai " + sop.getLangkah().size() + ".",
						langkah, LANGKAH__NAME, SopIssueCodes.NOMOR_LANGKAH_TERLEWAT);
				previous = nomor;
			} else if (nomor < expected) {
				error("Langkah " + nomor + " berada setelah langkah " + previous + "; nomor harus naik satu per satu. "
						+ "Nomori ulang langkah 1 sampai " + sop.getLangkah().size() + ".",
						langkah, LANGKAH__NAME, SopIssueCodes.NOMOR_LANGKAH_TIDAK_URUT);
			} else {
				previous = nomor;
			}
		}
	}

	// The No column runs 1..n: a number no SOP reaches is a typing slip, reported as written.
	@Check
	public void stepNumberNotTooLarge(Langkah langkah) {
		if (tooLarge(langkah)) {
			error("Nomor langkah " + langkah.getName() + " terlalu besar; nomor langkah berjalan 1 sampai jumlah langkah ("
					+ ((Sop) langkah.eContainer()).getLangkah().size() + ").", langkah, LANGKAH__NAME,
					SopIssueCodes.NOMOR_LANGKAH_TERLALU_BESAR);
		}
	}

	/** A number the parser read (digits only) that does not fit an int. */
	private static boolean tooLarge(Langkah langkah) {
		String digits = langkah.getName() == null ? "" : langkah.getName().replaceFirst("^0+(?=.)", "");
		return digits.length() > 10 || digits.length() == 10 && digits.compareTo(String.valueOf(Integer.MAX_VALUE)) > 0;
	}

	// The flowchart starts with a terminator on its first step, and only there.
	@Check
	public void startsWithMulai(Sop sop) {
		List<Langkah> langkah = sop.getLangkah();
		for (int i = 0; i < langkah.size(); i++) {
			if (i == 0 && !Flow.isStart(langkah.get(0))) {
				error("Langkah pertama adalah awal alur; tandai dengan 'mulai' (simbol kapsul): "
						+ langkah.get(0).getName() + " mulai ...", langkah.get(0), LANGKAH__NAME, SopIssueCodes.AWAL_BUKAN_MULAI);
			} else if (i > 0 && Flow.isStart(langkah.get(i))) {
				error("Hanya langkah pertama yang boleh 'mulai'; hapus 'mulai' dari langkah " + langkah.get(i).getName() + ".",
						langkah.get(i), PROSES__JENIS, SopIssueCodes.MULAI_DI_TENGAH);
			}
		}
	}

	// The flowchart ends with a terminator: at least one step is `selesai`.
	@Check
	public void hasSelesai(Sop sop) {
		if (!sop.getLangkah().isEmpty() && sop.getLangkah().stream().noneMatch(Flow::isEnd)) {
			Langkah last = sop.getLangkah().get(sop.getLangkah().size() - 1);
			error("Alur tidak punya akhir; tandai langkah terakhir dengan 'selesai' (simbol kapsul): " + last.getName()
					+ " selesai ...", last, LANGKAH__NAME, SopIssueCodes.TANPA_SELESAI);
		}
	}

	// An end terminator has no arrow leaving it.
	@Check
	public void selesaiHasNoSuccessor(Proses proses) {
		if (Flow.isEnd(proses) && proses.getLanjut() != null) {
			error("Langkah " + proses.getName() + " adalah akhir alur ('selesai') dan tidak boleh punya 'lanjut ke'; "
					+ "hapus 'lanjut ke' atau 'selesai'.", proses, PROSES__LANJUT, SopIssueCodes.SELESAI_ADA_LANJUTAN);
		}
	}

	// The flow runs top to bottom; only a decision's branch goes back up.
	@Check
	public void lanjutGoesForward(Proses proses) {
		Langkah target = proses.getLanjut();
		if (target != null && !target.eIsProxy()) {
			if (Flow.rowOf(target) <= Flow.rowOf(proses)) {
				error("Langkah " + proses.getName() + " kembali ke langkah " + target.getName()
						+ " tanpa keputusan; alur hanya boleh naik lewat cabang Ya/Tidak sebuah keputusan.",
						proses, PROSES__LANJUT, SopIssueCodes.MUNDUR_TANPA_KEPUTUSAN);
			}
		}
	}

	// A decision has exactly two exits, Ya and Tidak, each to another step.
	@Check
	public void keputusanHasTwoBranches(Keputusan keputusan) {
		if (keputusan.getYa() == null) {
			error("Keputusan " + keputusan.getName() + " belum punya cabang Ya; tambahkan 'ya ke <nomor langkah>'.",
					keputusan, LANGKAH__NAME, SopIssueCodes.KEPUTUSAN_TANPA_YA);
		} else if (keputusan.getYa() == keputusan) {
			error("Cabang Ya keputusan " + keputusan.getName() + " kembali ke dirinya sendiri; arahkan ke langkah lain.",
					keputusan, KEPUTUSAN__YA, SopIssueCodes.KEPUTUSAN_KE_DIRI_SENDIRI);
		}
		if (keputusan.getTidak() == null) {
			error("Keputusan " + keputusan.getName() + " belum punya cabang Tidak; tambahkan 'tidak ke <nomor langkah>'.",
					keputusan, LANGKAH__NAME, SopIssueCodes.KEPUTUSAN_TANPA_TIDAK);
		} else if (keputusan.getTidak() == keputusan) {
			error("Cabang Tidak keputusan " + keputusan.getName() + " kembali ke dirinya sendiri; arahkan ke langkah lain.",
					keputusan, KEPUTUSAN__TIDAK, SopIssueCodes.KEPUTUSAN_KE_DIRI_SENDIRI);
		}
	}

	// Every step is reached from the start, and from every step an end is reached.
	@Check(CheckType.NORMAL)
	public void flowConnected(Sop sop) {
		if (sop.getLangkah().isEmpty()) {
			return;
		}
		Set<Langkah> reached = Flow.reachableFromStart(sop);
		Set<Langkah> ending = Flow.reachingAnEnd(sop);
		boolean hasEnd = sop.getLangkah().stream().anyMatch(Flow::isEnd);
		for (Langkah langkah : sop.getLangkah()) {
			if (!reached.contains(langkah)) {
				error("Langkah " + langkah.getName() + " tidak pernah dicapai dari langkah pertama; "
						+ "sambungkan dengan 'lanjut ke' atau cabang sebuah keputusan, atau hapus langkah ini.",
						langkah, LANGKAH__NAME, SopIssueCodes.TIDAK_TERJANGKAU);
			} else if (hasEnd && !ending.contains(langkah)) {
				error("Dari langkah " + langkah.getName() + " alur tidak pernah sampai ke langkah 'selesai' "
						+ "(jalan buntu atau putaran tanpa jalan keluar).", langkah, LANGKAH__NAME, SopIssueCodes.BUNTU);
			}
		}
	}

	// --- Waktu ---

	// Mutu Baku: every step states a time greater than zero.
	@Check
	public void stepHasWaktu(Langkah langkah) {
		Waktu waktu = langkah.getMutuBaku().getWaktu();
		if (waktu == null) {
			addIssue("Langkah " + langkah.getName() + " belum punya waktu Mutu Baku; tambahkan misalnya 'waktu 1 jam'.",
					langkah, LANGKAH__NAME, SopIssueCodes.WAKTU_KOSONG);
		} else if (waktu.getJumlah().signum() <= 0) {
			error("Waktu harus lebih dari nol.", waktu, WAKTU__JUMLAH, SopIssueCodes.WAKTU_NOL);
		}
	}

	// Mutu Baku: time is written in menit, jam, hari, hari kerja, minggu or bulan.
	@Check
	public void satuanKnown(Waktu waktu) {
		if (TimeUnit.parse(waktu.getSatuan()).isEmpty()) {
			Optional<TimeUnit> saran = TimeUnit.suggest(waktu.getSatuan());
			String known = "menit, jam, hari, hari kerja, minggu atau bulan";
			if (saran.isPresent()) {
				error("Satuan waktu '" + waktu.getSatuan() + "' tidak dikenal; maksudnya '" + saran.get().word() + "'? "
						+ "Gunakan " + known + ".", waktu, WAKTU__SATUAN, SopIssueCodes.SATUAN_TIDAK_DIKENAL,
						saran.get().word());
			} else {
				error("Satuan waktu '" + waktu.getSatuan() + "' tidak dikenal; gunakan " + known + ".", waktu,
						WAKTU__SATUAN, SopIssueCodes.SATUAN_TIDAK_DIKENAL);
			}
		}
	}

	// Mutu Baku: a time reads best in the largest unit that keeps it whole or half.
	@Check
	public void satuanReadable(Waktu waktu) {
		Durations.inLargerUnit(waktu, Durations.STANDARD_WORKDAY_HOURS).ifPresent(better -> {
			String text = SopValueConverters.decimal(better.getJumlah()) + " " + better.getSatuan();
			addIssue(SopValueConverters.decimal(waktu.getJumlah()) + " " + waktu.getSatuan() + " lebih mudah dibaca sebagai "
					+ text + ".", waktu, WAKTU__JUMLAH, SopIssueCodes.SATUAN_LEBIH_BESAR, text);
		});
	}

	// --- Identity and links ---

	// Identity: unit, nomor, nama, tanggal pembuatan and disahkan oleh are required.
	@Check
	public void identityComplete(Sop sop) {
		requireField(sop, sop.getUnit() != null, Wording.UNIT, "unit \"Dinas ...\" alamat \"...\"");
		requireField(sop, sop.getNomor() != null && !sop.getNomor().isBlank(), Wording.NOMOR_SOP, "nomor \"800/1/...\"");
		requireField(sop, sop.getTanggalPembuatan() != null, Wording.TANGGAL_PEMBUATAN, "tanggal pembuatan 2024-01-05");
		requireField(sop, sop.getPengesahan() != null, Wording.DISAHKAN_OLEH, "disahkan oleh \"Kepala ...\" nama \"...\" nip \"...\"");
		requireField(sop, !sop.getJudul().isBlank(), Wording.NAMA_SOP, "sop " + sop.getName() + " \"Nama SOP\" {");
	}

	private void requireField(Sop sop, boolean present, String field, String example) {
		if (!present) {
			addIssue("Identitas SOP belum lengkap: " + field + " belum diisi; tambahkan " + example + ".", sop,
					DOKUMEN__NAME, SopIssueCodes.IDENTITAS_KOSONG, field);
		}
	}

	// Identity: an SOP is revised and takes effect on or after the day it is made.
	@Check
	public void datesNotBeforePembuatan(Sop sop) {
		if (sop.getTanggalPembuatan() != null) {
			checkNotBefore(sop, sop.getTanggalRevisi(), SOP__TANGGAL_REVISI, "revisi");
			checkNotBefore(sop, sop.getTanggalEfektif(), SOP__TANGGAL_EFEKTIF, "efektif");
		}
	}

	private void checkNotBefore(Sop sop, Date date, EStructuralFeature feature, String name) {
		if (date != null && date.before(sop.getTanggalPembuatan())) {
			addIssue("Tanggal " + name + " (" + SopValueConverters.toLocalDate(date) + ") tidak boleh sebelum tanggal pembuatan ("
					+ SopValueConverters.toLocalDate(sop.getTanggalPembuatan()) + ").", sop, feature,
					SopIssueCodes.TANGGAL_SEBELUM_PEMBUATAN);
		}
	}

	// Identity: the NIP is 18 digits: birth date (8), appointment month (6), sex (1), sequence (3).
	@Check
	public void nipValid(Pengesahan pengesahan) {
		if (pengesahan.getNip() != null) {
			Nip.problem(pengesahan.getNip()).ifPresent(problem -> addIssue("NIP '" + pengesahan.getNip() + "' tidak valid: "
					+ problem, pengesahan, PENGESAHAN__NIP, SopIssueCodes.NIP_TIDAK_VALID));
		}
	}

	// Identity: the nomor SOP is unique in the workspace.
	@Check(CheckType.NORMAL)
	public void nomorUnique(Sop sop) {
		if (sop.getNomor() == null || sop.getNomor().isBlank()) {
			return;
		}
		IResourceDescriptions descriptions = index.getResourceDescriptions(sop.eResource());
		URIConverter uris = sop.eResource().getResourceSet().getURIConverter();
		URI own = uris.normalize(sop.eResource().getURI());
		for (IEObjectDescription other : descriptions.getExportedObjectsByType(SopPackage.Literals.SOP)) {
			boolean self = other.getEObjectOrProxy() == sop || uris.normalize(other.getEObjectURI().trimFragment()).equals(own);
			if (!self && sop.getNomor().equals(other.getUserData(SopResourceDescriptionStrategy.NOMOR))) {
				addIssue("Nomor SOP '" + sop.getNomor() + "' sudah dipakai SOP " + other.getName() + " ("
						+ other.getEObjectURI().trimFragment().lastSegment() + "); setiap SOP perlu nomor sendiri.",
						sop, SOP__NOMOR, SopIssueCodes.NOMOR_SOP_GANDA);
				return;
			}
		}
	}

	// A workspace names each SOP once: keterkaitan and booklets find an SOP by its name.
	@Check(CheckType.NORMAL)
	public void sopNameUnique(Sop sop) {
		if (sop.getName() == null) {
			return;
		}
		IResourceDescriptions descriptions = index.getResourceDescriptions(sop.eResource());
		URIConverter uris = sop.eResource().getResourceSet().getURIConverter();
		URI own = uris.normalize(sop.eResource().getURI());
		for (IEObjectDescription other : descriptions.getExportedObjects(SopPackage.Literals.SOP,
				QualifiedName.create(sop.getName()), false)) {
			URI otherFile = uris.normalize(other.getEObjectURI().trimFragment());
			if (other.getEObjectOrProxy() != sop && !otherFile.equals(own)) {
				error("SOP bernama '" + sop.getName() + "' juga ada di " + relative(own, otherFile)
						+ "; setiap SOP di satu ruang kerja perlu nama sendiri.", sop, DOKUMEN__NAME, SopIssueCodes.NAMA_SOP_GANDA);
				return;
			}
		}
	}

	/** Another file as seen from the folder of this one: "renja.sop", "../lama/renja.sop". */
	private static String relative(URI own, URI other) {
		if (own.isFile() && other.isFile()) {
			Path folder = Path.of(own.toFileString()).toAbsolutePath().getParent();
			return folder.relativize(Path.of(other.toFileString()).toAbsolutePath()).toString();
		}
		return other.lastSegment();
	}

	// A booklet binds each SOP once.
	@Check
	public void bookletListsEachSopOnce(Buku buku) {
		Set<String> listed = new HashSet<>();
		List<INode> mentions = NodeModelUtils.findNodesForFeature(buku, BUKU__ISI);
		for (int i = 0; i < mentions.size(); i++) {
			String name = NodeModelUtils.getTokenText(mentions.get(i));
			if (!listed.add(name)) {
				error("SOP '" + name + "' sudah disebut di isi buku ini; hapus sebutan kedua ini.", buku, BUKU__ISI, i,
						SopIssueCodes.BUKU_SOP_GANDA);
			}
		}
	}

	// --- The booklet's Keputusan and conventions ---

	// A booklet's Keputusan is signable: nomor, place and date, the signing official, Menimbang, Mengingat, diktum.
	@Check
	public void keputusanSignable(KeputusanKepala keputusan) {
		List<String> missing = new ArrayList<>();
		if (keputusan.getNomor() == null || keputusan.getNomor().isBlank()) {
			missing.add("nomor");
		}
		if (keputusan.getTempat() == null || keputusan.getTempat().isBlank()) {
			missing.add(Wording.TEMPAT_PENETAPAN);
		}
		if (keputusan.getTanggal() == null) {
			missing.add(Wording.TANGGAL_PENETAPAN);
		}
		Pengesahan penandatangan = keputusan.getPenandatangan();
		if (penandatangan == null) {
			missing.add(Wording.PENANDATANGAN + " (jabatan, nama, pangkat, NIP)");
		} else {
			List<String> fields = new ArrayList<>();
			addIfBlank(fields, penandatangan.getNama(), Wording.NAMA);
			addIfBlank(fields, penandatangan.getPangkat(), Wording.PANGKAT);
			addIfBlank(fields, penandatangan.getNip(), Wording.NIP);
			if (!fields.isEmpty()) {
				missing.add(joined(fields) + " " + Wording.PENANDATANGAN);
			}
		}
		if (keputusan.getMenimbang().isEmpty()) {
			missing.add("menimbang");
		}
		if (keputusan.getMengingat().isEmpty()) {
			missing.add("mengingat");
		}
		if (keputusan.getDiktum().isEmpty()) {
			missing.add("diktum (memutuskan)");
		}
		if (!missing.isEmpty()) {
			addIssue("Keputusan belum lengkap untuk ditandatangani: belum ada " + joined(missing) + ". Tulis di dalam { } "
					+ "keputusan, misalnya: nomor \"800/1/D-5/2024\", ditetapkan di \"Metro\" tanggal 2024-01-02, "
					+ "ditandatangani oleh \"Kepala Dinas\" nama \"...\" pangkat \"...\" nip \"...\", menimbang { }, "
					+ "mengingat { }, memutuskan { }.", keputusan, KEPUTUSAN_KEPALA__JUDUL, SopIssueCodes.KEPUTUSAN_BELUM_LENGKAP);
		}
	}

	private static void addIfBlank(List<String> missing, String value, String name) {
		if (value == null || value.isBlank()) {
			missing.add(name);
		}
	}

	/** "a", "a dan b", "a, b dan c". */
	private static String joined(List<String> items) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " dan " + items.get(items.size() - 1);
	}

	// A Keputusan's diktum are each their own part: no text holds a second diktum's heading ("... KETIGA: ...").
	@Check
	public void diktumSeparate(KeputusanKepala keputusan) {
		reportJoinedDiktum(keputusan, keputusan.getDiktum(), KEPUTUSAN_KEPALA__DIKTUM);
		reportJoinedDiktum(keputusan, keputusan.getParagraf(), KEPUTUSAN_KEPALA__PARAGRAF);
	}

	private void reportJoinedDiktum(KeputusanKepala keputusan, List<String> texts, EAttribute feature) {
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i);
			List<int[]> headings = Wording.diktumHeadings(text);
			for (int[] heading : headings) {
				if (heading[0] > 0) {
					String name = text.substring(heading[0], heading[1]).replaceAll("\\s*:$", "").toUpperCase(Locale.ROOT);
					addIssue("Diktum " + name + " tergabung dalam teks sebelumnya; tulis setiap diktum sebagai teks sendiri.",
							keputusan, feature, i, SopIssueCodes.DIKTUM_BERGABUNG);
					break;
				}
			}
		}
	}

	// A Keputusan states its nomor and its date once, before its block or inside it.
	@Check
	public void keputusanFieldsOnce(KeputusanKepala keputusan) {
		onlyOnce(keputusan, KEPUTUSAN_KEPALA__NOMOR, "Nomor");
		onlyOnce(keputusan, KEPUTUSAN_KEPALA__TANGGAL, "Tanggal");
	}

	private void onlyOnce(KeputusanKepala keputusan, EAttribute feature, String name) {
		if (NodeModelUtils.findNodesForFeature(keputusan, feature).size() > 1) {
			error(name + " keputusan ditulis dua kali; hanya yang terakhir yang dipakai. Hapus salah satunya.", keputusan,
					feature, 1, SopIssueCodes.KEPUTUSAN_DITULIS_DUA_KALI);
		}
	}

	// A booklet's conventions give each column of the flowchart one caption.
	@Check
	public void columnCaptionOnce(Gaya gaya) {
		Set<KolomFlowchart> seen = EnumSet.noneOf(KolomFlowchart.class);
		for (JudulKolom kolom : gaya.getKolom()) {
			if (!seen.add(kolom.getKolom())) {
				error("Judul kolom " + kolom.getKolom().getLiteral() + " sudah ditulis; hapus yang kedua ini.", kolom,
						JUDUL_KOLOM__KOLOM, SopIssueCodes.KOLOM_GANDA);
			}
		}
	}

	// Identity: the unit's logo is a PNG or JPEG picture; a path in the text is relative to the file's folder.
	@Check(CheckType.NORMAL)
	public void logoIsPicture(Unit unit) {
		URI file = unit.eResource() == null ? null : unit.eResource().getURI();
		if (unit.getLogo() == null || file == null || !file.isFile()) {
			return;
		}
		Optional<String> problem;
		try {
			problem = LogoFile.problem(Path.of(file.toFileString()).toAbsolutePath().getParent().resolve(unit.getLogo()));
		} catch (InvalidPathException e) {
			problem = Optional.of("nama berkas tidak sah");
		}
		problem.ifPresent(reason -> error("Logo '" + unit.getLogo() + "' tidak dapat dipakai: " + reason + ".", unit,
				UNIT__LOGO, SopIssueCodes.LOGO_TIDAK_VALID));
	}

	// Keterkaitan: an SOP is not related to itself.
	@Check
	public void keterkaitanToAnotherSop(Keterkaitan keterkaitan) {
		if (keterkaitan.getSop() != null && keterkaitan.getSop() == keterkaitan.eContainer()) {
			addIssue("SOP tidak dapat terkait dengan dirinya sendiri; sebut SOP lain.", keterkaitan, KETERKAITAN__SOP,
					SopIssueCodes.KETERKAITAN_DIRI_SENDIRI);
		}
	}

	// Mutu Baku continuity: a step's output is what the next step needs.
	@Check(CheckType.NORMAL)
	public void outputUsedByNextStep(Langkah langkah) {
		MutuBaku mutu = langkah.getMutuBaku();
		List<Langkah> next = Flow.next(langkah);
		if (mutu.getOutput().isEmpty() || next.isEmpty()) {
			return;
		}
		boolean used = next.stream().flatMap(n -> n.getMutuBaku().getKelengkapan().stream())
				.anyMatch(kelengkapan -> mutu.getOutput().stream().anyMatch(output -> mentions(kelengkapan, output)));
		if (!used) {
			String nomor = next.stream().map(Langkah::getName).collect(Collectors.joining(" dan "));
			addIssue("Output langkah " + langkah.getName() + " tidak disebut dalam kelengkapan langkah " + nomor
					+ " berikutnya; periksa kesinambungan Mutu Baku.", mutu, MUTU_BAKU__OUTPUT, 0,
					SopIssueCodes.OUTPUT_TIDAK_DIPAKAI);
		}
	}

	private static boolean mentions(String kelengkapan, String output) {
		String a = kelengkapan.toLowerCase(Locale.ROOT).strip();
		String b = output.toLowerCase(Locale.ROOT).strip();
		return a.contains(b) || b.contains(a);
	}

	private static final Pattern ACTIVE_VERB = Pattern.compile("^(me|ber)\\p{L}{3,}.*", Pattern.CASE_INSENSITIVE);

	// Kegiatan is an active verb phrase without a subject ("Memerintahkan penyusunan LAKIP").
	@Check
	public void kegiatanStartsWithVerb(Langkah langkah) {
		if (!ACTIVE_VERB.matcher(langkah.getKegiatan().strip()).matches()) {
			String first = langkah.getKegiatan().strip().split("\\s+")[0];
			addIssue("Kegiatan sebaiknya diawali kata kerja aktif tanpa subjek (misalnya 'Memeriksa ...'), bukan '" + first
					+ "'.", langkah, LANGKAH__KEGIATAN, SopIssueCodes.KEGIATAN_BUKAN_KATA_KERJA);
		}
	}
}
