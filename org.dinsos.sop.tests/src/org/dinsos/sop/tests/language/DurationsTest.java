package org.dinsos.sop.tests.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.dinsos.sop.query.Durations;
import org.dinsos.sop.query.Flow;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;

/** The SOP's total waktu along its main path, the query the documents, hover and checklists show. */
class DurationsTest {

	private final XtextResourceSet examples = Sops.loadExamples();

	@Test
	void theMainPathTakesYaAtEveryDecision() {
		Sop lakip = Sops.sop(examples, "lakip.sop");
		assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"),
				Flow.mainPath(lakip).stream().map(Langkah::getName).collect(Collectors.toList()));
	}

	@Test
	void lakipTakesEightWorkingDaysAndAnHour() {
		Sop lakip = Sops.sop(examples, "lakip.sop");
		// 10 menit + 2 jam + 1 jam + 3 jam + 4 hari + 2 hari + 1 hari + 1 jam + 10 menit + 15 menit + 1 jam
		assertEquals(0, new BigDecimal("3665").compareTo(Durations.totalMinutes(lakip, Durations.STANDARD_WORKDAY_HOURS)));
		assertEquals(0, new BigDecimal("3875").compareTo(Durations.totalMinutes(lakip, new BigDecimal("8"))));
		assertEquals("8 hari 1 jam 5 menit", Durations.text(Durations.totalMinutes(lakip, Durations.STANDARD_WORKDAY_HOURS), Durations.STANDARD_WORKDAY_HOURS));
		assertEquals("8 hari 35 menit", Durations.text(Durations.totalMinutes(lakip, new BigDecimal("8")), new BigDecimal("8")));
	}

	@Test
	void aDurationReadsInWorkingDaysHoursAndMinutes() {
		assertEquals("0 menit", Durations.text(BigDecimal.ZERO, Durations.STANDARD_WORKDAY_HOURS));
		assertEquals("1 jam 30 menit", Durations.text(new BigDecimal("90"), Durations.STANDARD_WORKDAY_HOURS));
		assertEquals("1 hari", Durations.text(new BigDecimal("450"), Durations.STANDARD_WORKDAY_HOURS));
	}

	@Test
	void unitsConvertWithTheWorkingDayLength() {
		Sop sop = (Sop) Sops.root(Sops.parse("""
				sop Uji "Uji" {
					pelaksana {
						kadis "Kepala Dinas"
					}
					prosedur {
						1 mulai kadis "Memulai"
							waktu 1 minggu
						2 kadis "Menunggu"
							waktu 1 bulan
						3 selesai kadis "Menyelesaikan"
							waktu 2 Hari Kerja
					}
				}
				"""));
		// (5 + 22 + 2) working days of 7,5 hours
		assertEquals(0, new BigDecimal(29 * 450).compareTo(Durations.totalMinutes(sop, Durations.STANDARD_WORKDAY_HOURS)));
	}
}
