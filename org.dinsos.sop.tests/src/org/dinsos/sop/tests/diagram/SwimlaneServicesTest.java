package org.dinsos.sop.tests.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.dinsos.sop.SopStandaloneSetup;
import org.dinsos.sop.diagram.sirius.EditRefused;
import org.dinsos.sop.diagram.sirius.SwimlaneServices;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Proses;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

/**
 * The services behind the Sirius viewpoint's tools, run on a copy of the LAKIP example as Sirius would
 * run them: each changes the file by exactly the lines the gesture means (every other line, comments
 * included, stays byte-identical), reloads the model from it, or refuses with its reason and leaves the
 * file alone.
 */
class SwimlaneServicesTest {

	private static final XtextResourceSet EXAMPLES = Sops.loadExamples();

	/** Kegiatan of the LAKIP example, as the file writes them. */
	private static final String FORMAT = "\"Membuat format pengumpulan data dan informasi kinerja dari "
			+ "masing-masing bidang dan sekretariat\"";
	private static final String MENYAMPAIKAN = "\"Menyampaikan format pengumpulan data dan informasi kinerja kepada "
			+ "masing-masing bidang dan sekretariat\"";
	private static final String MENGHIMPUN = "\"Menghimpun format data dan informasi kinerja dari "
			+ "masing-masing bidang dan sekretariat\"";
	private static final String SURAT_PENGANTAR = "\"Membuat surat pengantar pengiriman sekaligus penomoran surat, "
			+ "kemudian diserahkan ke staf untuk dikirimkan ke BAPPEDA dan Inspektorat\"";
	private static final String ARSIP = "\"Mengantar surat, menggandakan dan mengarsipkan Dokumen LAKIP\"";

	private final SwimlaneServices services = new SwimlaneServices();

	@TempDir
	Path dir;

	private Path file;
	private XtextResource resource;
	private String text;

	@BeforeEach
	void copyLakip() throws IOException {
		file = Files.copy(Sops.example("lakip.sop"), dir.resolve("lakip.sop"));
		resource = Sops.resource(Sops.load(List.of(file), Map.of()), file);
		text = Sops.read(file);
	}

	@Test
	void eachLaneShowsItsStepsInRowOrder() {
		Sop sop = sop();
		assertEquals(List.of("1", "7", "9"), numbers(services.stepsOf(lane(sop, "kadis"))));
		assertEquals(List.of("2", "8"), numbers(services.stepsOf(lane(sop, "sekretaris"))));
		assertEquals(List.of("3", "4", "5", "6", "10"), numbers(services.stepsOf(lane(sop, "perencana"))));
		assertEquals(List.of("11"), numbers(services.stepsOf(lane(sop, "staf"))));
	}

	@Test
	void flowsAndLabelsReadAsTheFileWritesThem() {
		Sop sop = sop();
		assertEquals(List.of(step(sop, 7)), services.flowTargets((Proses) step(sop, 6)));
		assertEquals(List.of(), services.flowTargets((Proses) step(sop, 11)), "an end step leads nowhere");
		assertEquals("1. Memerintahkan penyusunan LAKIP", services.stepLabel(step(sop, 1)));
		assertEquals("4 hari", services.waktuText(step(sop, 5).getMutuBaku().getWaktu()));
		assertEquals("kadis \"Kepala Dinas\"", services.laneText(lane(sop, "kadis")));
		Sop kak = Sops.sop(EXAMPLES, "kak.sop");
		assertEquals("Dokumen KAK; Surat Pengantar", services.outputText(step(kak, 9).getMutuBaku()));
	}

	@Test
	void editingAStepsKegiatanWaktuAndOutputRewritesOnlyTheirLines() {
		Sop sop = edit(s -> services.editKegiatan(step(s, 2), "Menyiapkan format pengumpulan data kinerja"), List.of(
				"-\t\t2 sekretaris " + FORMAT,
				"+\t\t2 sekretaris \"Menyiapkan format pengumpulan data kinerja\""));
		assertEquals("Menyiapkan format pengumpulan data kinerja", step(sop, 2).getKegiatan(), "the model is read again");
		assertSame(resource, sop.eResource());
		edit(s -> services.editWaktu(step(s, 5).getMutuBaku().getWaktu(), "1,5 hari"),
				List.of("-\t\t\twaktu 4 hari", "+\t\t\twaktu 1,5 hari"));
		edit(s -> services.editOutput(step(s, 5).getMutuBaku(), "Draft LAKIP; Catatan evaluasi"),
				List.of("-\t\t\toutput \"Draft LAKIP\"", "+\t\t\toutput \"Draft LAKIP\", \"Catatan evaluasi\""));
		edit(s -> services.editOutput(step(s, 5).getMutuBaku(), " "),
				List.of("-\t\t\toutput \"Draft LAKIP\", \"Catatan evaluasi\""));
		refused(s -> services.editWaktu(step(s, 5).getMutuBaku().getWaktu(), "lama"),
				"Waktu 'lama' tidak terbaca; tulis jumlah dan satuannya, misalnya 2 jam atau 1,5 hari.");
	}

	@Test
	void droppingAStepIntoAnotherLaneMakesItThatPelaksanasStep() {
		Sop sop = edit(s -> services.moveToLane(step(s, 2), lane(s, "perencana")), List.of(
				"-\t\t2 sekretaris " + FORMAT,
				"+\t\t2 perencana " + FORMAT));
		assertEquals(List.of("2", "3", "4", "5", "6", "10"), numbers(services.stepsOf(lane(sop, "perencana"))));
	}

	@Test
	void reconnectingABranchPointsItAtTheNewStepUnlessAStepWouldBeCutOff() {
		edit(s -> services.connectTidak((Keputusan) step(s, 7), step(s, 5)),
				List.of("-\t\t\ttidak ke 6", "+\t\t\ttidak ke 5"));
		refused(s -> services.connectYa((Keputusan) step(s, 7), step(s, 9)), "Perubahan ditolak: Langkah 8 tidak pernah "
				+ "dicapai dari langkah pertama; sambungkan dengan 'lanjut ke' atau cabang sebuah keputusan, atau hapus langkah ini.");
	}

	@Test
	void movingAStepDownSwapsItWithTheRowBelowAndRenumbersBoth() {
		edit(s -> services.moveDown(step(s, 3)), List.of(
				"+\t\t3 perencana " + MENGHIMPUN,
				"+\t\t\tkelengkapan \"Format penyusunan LAKIP\"",
				"+\t\t\twaktu 3 jam",
				"+\t\t\toutput \"Format penyusunan LAKIP\"",
				"-\t\t3 perencana " + MENYAMPAIKAN,
				"+\t\t4 perencana " + MENYAMPAIKAN,
				"-\t\t4 perencana " + MENGHIMPUN,
				"-\t\t\tkelengkapan \"Format penyusunan LAKIP\"",
				"-\t\t\twaktu 3 jam",
				"-\t\t\toutput \"Format penyusunan LAKIP\""));
		refused(s -> services.moveDown(step(s, 11)), "Langkah 11 sudah di baris paling bawah.");
		refused(s -> services.moveUp(step(s, 1)), "Langkah 1 sudah di baris paling atas.");
	}

	@Test
	void aProcessAddedToALaneFollowsItsLastStepThatGoesOn() {
		edit(s -> services.addProcess(lane(s, "staf")), List.of(
				"-\t\t11 selesai staf " + ARSIP,
				"+\t\t11 staf \"Kegiatan baru\"",
				"+\t\t\twaktu 1 jam",
				"+\t\t12 selesai staf " + ARSIP));
		Sop sop = edit(s -> services.addProcess(lane(s, "sekretaris")), List.of(
				"-\t\t9 kadis \"Penandatanganan dokumen LAKIP oleh Kepala Dinas\"",
				"+\t\t9 sekretaris \"Kegiatan baru\"",
				"+\t\t\twaktu 1 jam",
				"+\t\t10 kadis \"Penandatanganan dokumen LAKIP oleh Kepala Dinas\"",
				"-\t\t10 perencana " + SURAT_PENGANTAR,
				"+\t\t11 perencana " + SURAT_PENGANTAR,
				"-\t\t11 staf \"Kegiatan baru\"",
				"+\t\t12 staf \"Kegiatan baru\"",
				"-\t\t12 selesai staf " + ARSIP,
				"+\t\t13 selesai staf " + ARSIP));
		assertEquals(List.of("2", "8", "9"), numbers(services.stepsOf(lane(sop, "sekretaris"))));
	}

	@Test
	void aDecisionAddedAfterAStepChecksItsWork() {
		edit(s -> services.addDecision(lane(s, "kadis")), List.of(
				"+\t\t10 keputusan kadis \"Keputusan baru\"",
				"+\t\t\twaktu 1 jam",
				"+\t\t\tya ke 11",
				"+\t\t\ttidak ke 9",
				"-\t\t10 perencana " + SURAT_PENGANTAR,
				"+\t\t11 perencana " + SURAT_PENGANTAR,
				"-\t\t11 selesai staf " + ARSIP,
				"+\t\t12 selesai staf " + ARSIP));
		refused(s -> services.addDecisionAfter(step(s, 12)), "Sesudah langkah 12 alurnya berhenti; keputusan memerlukan "
				+ "langkah tujuan untuk cabang Ya.");
		refused(s -> services.addDecision(lane(s, "staf")), "Lajur Staf belum punya langkah yang dapat diikuti keputusan; "
				+ "tambahkan dulu langkah proses di lajur ini.");
	}

	@Test
	void deletingAStepTakesItsLinesAndRenumbersTheRowsBelow() {
		edit(s -> services.deleteStep(step(s, 10)), List.of(
				"-\t\t// Lane not legible; not the Staf (the letter is \"diserahkan ke staf\"): read as the Fungsional",
				"-\t\t// Perencana, who prepared the document.",
				"-\t\t10 perencana " + SURAT_PENGANTAR,
				"-\t\t\tkelengkapan \"Konsep surat pengantar\"",
				"-\t\t\twaktu 15 menit",
				"-\t\t\toutput \"Surat pengantar\"",
				"-\t\t11 selesai staf " + ARSIP,
				"+\t\t10 selesai staf " + ARSIP));
	}

	@Test
	void lanesAreAddedRenamedMovedAndDeletedInThePelaksanaBlock() {
		edit(services::addLane, List.of("+\t\tpelaksana1 \"Pelaksana baru\""));
		edit(s -> services.deleteLane(lane(s, "pelaksana1")), List.of("-\t\tpelaksana1 \"Pelaksana baru\""));
		assertEquals(Sops.read(Sops.example("lakip.sop")), Sops.read(file), "added and deleted: the file as it was");
		edit(s -> services.addLaneAfter(lane(s, "kadis")), List.of("+\t\tpelaksana1 \"Pelaksana baru\""));
		assertEquals(List.of("kadis", "pelaksana1", "sekretaris", "perencana", "staf"), laneNames(sop()));
		edit(s -> services.renameLane(lane(s, "staf"), "arsiparis \"Arsiparis\""), List.of(
				"-\t\tstaf \"Staf\"",
				"+\t\tarsiparis \"Arsiparis\"",
				"-\t\t11 selesai staf " + ARSIP,
				"+\t\t11 selesai arsiparis " + ARSIP));
		edit(s -> services.renameLane(lane(s, "arsiparis"), "Staf Arsip"),
				List.of("-\t\tarsiparis \"Arsiparis\"", "+\t\tarsiparis \"Staf Arsip\""));
		edit(s -> services.moveLaneLeft(lane(s, "perencana")),
				List.of("-\t\tsekretaris \"Sekretaris\"", "+\t\tsekretaris \"Sekretaris\""));
		assertEquals(List.of("kadis", "pelaksana1", "perencana", "sekretaris", "arsiparis"), laneNames(sop()));
		refused(s -> services.moveLaneLeft(lane(s, "kadis")), "Pelaksana Kepala Dinas sudah di kolom paling kiri.");
		refused(s -> services.moveLaneRight(lane(s, "arsiparis")), "Pelaksana Staf Arsip sudah di kolom paling kanan.");
		refused(s -> services.deleteLane(lane(s, "kadis")), "Pelaksana 'kadis' masih dipakai oleh langkah 1, 7, 9");
	}

	@Test
	void aResourceOfTheRuntimeLanguageWithoutTheLanguageServerIsEditedThroughItsOwnInjector() throws IOException {
		// In Eclipse, Sirius works on the resource the Xtext UI's injector made, not on the language server's.
		Injector runtime = new SopStandaloneSetup().createInjector();
		XtextResource own = runtime.getInstance(XtextResource.class);
		own.setURI(URI.createFileURI(file.toString()));
		runtime.getInstance(XtextResourceSet.class).getResources().add(own);
		own.load(Map.of());
		resource = own;
		edit(s -> services.moveToLane(step(s, 2), lane(s, "perencana")),
				List.of("-\t\t2 sekretaris " + FORMAT, "+\t\t2 perencana " + FORMAT));
	}

	@Test
	void aFileChangedOnDiskSinceTheModelWasReadIsNeverOverwritten() throws IOException {
		String changed = text + "// ditambahkan di editor teks\n";
		Files.writeString(file, changed, StandardCharsets.UTF_8);
		EditRefused refusal = assertThrows(EditRefused.class, () -> services.editKegiatan(step(sop(), 2), "Menyiapkan"));
		assertEquals("Berkas lakip.sop sudah berubah sejak diagram ini dibuka; muat ulang diagramnya lalu ulangi "
				+ "perubahannya.", refusal.getMessage());
		assertEquals(changed, Sops.read(file));
	}

	@Test
	void elementsWithoutTextOfTheirOwnRefuseDeletion() {
		refused(s -> services.refuseDeletion(step(s, 5).getMutuBaku()), "Bagian diagram ini tidak dapat dihapus: hapus "
				+ "langkah atau pelaksananya, pindahkan ujung garis cabangnya, atau ubah teks SOP-nya langsung.");
	}

	/**
	 * Runs a service on the current model and checks the file against the text before: exactly the
	 * lines given went out ("-") and came in ("+"), in file order. Returns the model read again.
	 */
	private Sop edit(Function<Sop, Sop> service, List<String> changedLines) {
		Sop changed = service.apply(sop());
		String after = Sops.read(file);
		assertEquals(changedLines, Sops.lineDiff(text.lines().toList(), after.lines().toList()));
		assertSame(changed, sop());
		text = after;
		return changed;
	}

	/** Runs a service that must refuse, with this message, and leave every byte of the file as it was. */
	private void refused(Function<Sop, Sop> service, String message) {
		byte[] before = text.getBytes(StandardCharsets.UTF_8);
		EditRefused refusal = assertThrows(EditRefused.class, () -> service.apply(sop()));
		assertEquals(message, refusal.getMessage());
		assertArrayEquals(before, Sops.read(file).getBytes(StandardCharsets.UTF_8));
	}

	private Sop sop() {
		return (Sop) resource.getContents().get(0);
	}

	private static Langkah step(Sop sop, int nomor) {
		return sop.getLangkah().stream().filter(langkah -> langkah.getName().equals(String.valueOf(nomor))).findFirst()
				.orElseThrow();
	}

	private static Pelaksana lane(Sop sop, String name) {
		return sop.getPelaksana().stream().filter(lane -> lane.getName().equals(name)).findFirst().orElseThrow();
	}

	private static List<String> numbers(List<Langkah> steps) {
		return steps.stream().map(Langkah::getName).toList();
	}

	private static List<String> laneNames(Sop sop) {
		return sop.getPelaksana().stream().map(Pelaksana::getName).toList();
	}
}
