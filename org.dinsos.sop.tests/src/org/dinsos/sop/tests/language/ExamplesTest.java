package org.dinsos.sop.tests.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dinsos.sop.conversion.SopValueConverters;
import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Pelaksana;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.UkuranKertas;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The five seed SOPs, transcribed in examples/, read back exactly as the scans have them. */
class ExamplesTest {

	private static XtextResourceSet examples;

	@BeforeAll
	static void load() {
		examples = Sops.loadExamples();
	}

	static Stream<Path> exampleFiles() {
		return Sops.exampleFiles().stream();
	}

	@ParameterizedTest
	@MethodSource("exampleFiles")
	void everyExampleParsesAndLinksWithoutError(Path file) {
		List<Issue> errors = Sops.validate(Sops.resource(examples, file)).stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR).collect(Collectors.toList());
		assertEquals(List.of(), errors, file.getFileName().toString());
	}

	/** What each scan says: file, nomor, lanes in column order, steps, decisions (step: ya, tidak), last dasar hukum. */
	static Stream<Arguments> seeds() {
		return Stream.of(
				Arguments.of("lakip.sop", "800/16/D-5/03/2024", List.of("kadis", "sekretaris", "perencana", "staf"), 11,
						Map.of("7", List.of("8", "6")),
						"Peraturan Walikota Kota Metro Nomor 5 Tahun 2018 tentang Petunjuk Teknis Pelaporan Atas Kinerja Perangkat Daerah Kota Metro"),
				Arguments.of("renja.sop", "800/17/D-5/03/2024", List.of("kadis", "sekretaris", "kabid", "perencana", "staf"), 8,
						Map.of(),
						"Peraturan Daerah Tentang Rencana Pembangunan Jangka Menengah Daerah Kota Metro Tahun 2021 - 2026"),
				Arguments.of("laporan-tahunan.sop", "800/18/D-5/03/2024", List.of("kadis", "sekretaris", "perencana", "staf"), 12,
						Map.of("7", List.of("8", "6")),
						"Peraturan Daerah Kota Metro No. 7 Tahun … tentang Rencana Pembangunan Jangka Menengah Daerah …"),
				Arguments.of("pengukuran-kinerja.sop", "800/19/D-5/03/2024", List.of("kadis", "sekretaris", "perencana", "arsiparis"), 14,
						Map.of("9", List.of("10", "8")),
						"Peraturan Walikota Kota Metro Nomor 5 tahun 2018 tentang petunjuk teknis pelaporan atas kinerja perangkat daerah kota metro"),
				Arguments.of("kak.sop", "800/20/D-5/03/2024", List.of("kadis", "sekretaris", "perencana", "staf"), 10,
						Map.of(),
						"Peraturan Menteri Dalam Negeri Nomor 90 Tahun 2019 tentang Klasifikasi, Kodefikasi, dan Nomenklatur Perencanaan Pembangunan dan Keuangan Daerah"));
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void exampleHoldsTheSeedsContent(String file, String nomor, List<String> lanes, int steps,
			Map<String, List<String>> decisions, String lastDasarHukum) {
		Sop sop = Sops.sop(examples, file);
		assertEquals(nomor, sop.getNomor());
		assertEquals("Dinas Sosial Kota Metro", sop.getUnit().getNama());
		assertEquals(LocalDate.of(2024, 1, 5), SopValueConverters.toLocalDate(sop.getTanggalPembuatan()));
		assertNull(sop.getTanggalRevisi());
		assertNull(sop.getTanggalEfektif());
		assertTrue(sop.getPengesahan().getNama().startsWith("SRI AMANTO, S.H., M.H"));
		assertEquals("196804201993031009", sop.getPengesahan().getNip());
		assertEquals(lanes, sop.getPelaksana().stream().map(Pelaksana::getName).collect(Collectors.toList()));
		assertEquals(steps, sop.getLangkah().size());
		assertEquals(lastDasarHukum, sop.getDasarHukum().get(sop.getDasarHukum().size() - 1));

		Map<String, List<String>> actualDecisions = sop.getLangkah().stream().filter(Keputusan.class::isInstance)
				.map(Keputusan.class::cast)
				.collect(Collectors.toMap(Langkah::getName, k -> List.of(k.getYa().getName(), k.getTidak().getName())));
		assertEquals(decisions, actualDecisions);

		for (Langkah langkah : sop.getLangkah()) {
			String step = file + " langkah " + langkah.getName();
			assertNotNull(langkah.getPelaksana(), step);
			assertFalse(langkah.getPelaksana().eIsProxy(), step);
			assertFalse(langkah.getKegiatan().isBlank(), step);
			assertNotNull(langkah.getMutuBaku().getWaktu(), step);
		}
	}

	@Test
	void stepsRunOneToNInTheCorrectedExamples() {
		for (Path file : Sops.exampleFiles()) {
			if (Sops.resource(examples, file).getContents().get(0) instanceof Sop sop) {
				for (int i = 0; i < sop.getLangkah().size(); i++) {
					assertEquals(String.valueOf(i + 1), sop.getLangkah().get(i).getName(), file.toString());
				}
			}
		}
	}

	@Test
	void theBookletBindsTheFiveSopsInOrder() {
		Buku buku = Sops.booklet(examples);
		assertEquals(List.of("Lakip", "Renja", "LaporanTahunan", "PengukuranKinerja", "Kak"),
				buku.getIsi().stream().map(Sop::getName).collect(Collectors.toList()));
		assertEquals(2024, buku.getTahun());
		assertEquals(UkuranKertas.F4, buku.getKertas());
		assertEquals(3, buku.getKeputusan().getDiktum().size());
		assertEquals("Keputusan ini mulai berlaku pada tanggal ditetapkan.", buku.getKeputusan().getDiktum().get(2));
	}

	@Test
	void theInvalidCopiesKeepTheSeedsNumberingAsWritten() {
		XtextResourceSet invalid = Sops.load(List.of(Sops.EXAMPLES.resolve("invalid/kak.sop"),
				Sops.EXAMPLES.resolve("invalid/laporan-tahunan.sop")), Map.of());
		Sop kak = (Sop) Sops.resource(invalid, Sops.EXAMPLES.resolve("invalid/kak.sop")).getContents().get(0);
		assertEquals(List.of("1", "2", "3", "4", "5", "8", "9", "10", "11", "12"),
				kak.getLangkah().stream().map(Langkah::getName).collect(Collectors.toList()));
		Sop tahunan = (Sop) Sops.resource(invalid, Sops.EXAMPLES.resolve("invalid/laporan-tahunan.sop")).getContents().get(0);
		assertEquals(List.of("1", "2", "3", "4", "5", "5", "7", "8", "9", "10", "11", "12"),
				tahunan.getLangkah().stream().map(Langkah::getName).collect(Collectors.toList()));
	}
}
