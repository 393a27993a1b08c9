package org.dinsos.sop.tests.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.List;

import org.dinsos.sop.sop.JenisKeterkaitan;
import org.dinsos.sop.sop.JenisProses;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Proses;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.sop.Waktu;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

/** The language's reading of a step: kinds, Mutu Baku values, branches and stable element names. */
class LanguageTest {

	private static final String SOP = """
			sop Uji "Uji coba" {
				keterkaitan {
					prasyarat "SOP Alur Surat Masuk"
				}
				pelaksana {
					kadis "Kepala Dinas"
					staf "Staf"
				}
				prosedur {
					1 mulai kadis "Memerintahkan"
						kelengkapan "Disposisi", "Surat"
						waktu 1,5 jam
					2 keputusan kadis "Memeriksa"
						waktu 10 Menit
						ya ke 3
						tidak ke 1
					3 selesai staf "Mengarsipkan"
						waktu 2 hari kerja
				}
			}
			""";

	@Test
	void aStepReadsAsItsKindActorAndMutuBaku() {
		Sop sop = (Sop) Sops.root(Sops.parse(SOP));
		Proses first = (Proses) sop.getLangkah().get(0);
		assertEquals(JenisProses.MULAI, first.getJenis());
		assertEquals("kadis", first.getPelaksana().getName());
		assertEquals(List.of("Disposisi", "Surat"), first.getMutuBaku().getKelengkapan());
		assertWaktu("1.5", "jam", first.getMutuBaku().getWaktu());
		assertWaktu("10", "Menit", sop.getLangkah().get(1).getMutuBaku().getWaktu());
		assertWaktu("2", "hari kerja", sop.getLangkah().get(2).getMutuBaku().getWaktu());
		assertEquals(JenisProses.SELESAI, ((Proses) sop.getLangkah().get(2)).getJenis());
		assertEquals(JenisKeterkaitan.PRASYARAT, sop.getKeterkaitan().get(0).getJenis());
	}

	@Test
	void aDecisionBranchesToTheStepsItNames() {
		Sop sop = (Sop) Sops.root(Sops.parse(SOP));
		Keputusan decision = (Keputusan) sop.getLangkah().get(1);
		assertSame(sop.getLangkah().get(2), decision.getYa());
		assertSame(sop.getLangkah().get(0), decision.getTidak());
	}

	@Test
	void stepsAndPelaksanaAreAddressedByNameNotPosition() {
		XtextResource resource = Sops.parse(SOP);
		Sop sop = (Sop) Sops.root(resource);
		assertEquals("langkah:2", resource.getURIFragment(sop.getLangkah().get(1)));
		assertEquals("pelaksana:staf", resource.getURIFragment(sop.getPelaksana().get(1)));
		assertSame(sop.getLangkah().get(2), resource.getEObject("langkah:3"));
		assertSame(sop.getPelaksana().get(0), resource.getEObject("pelaksana:kadis"));
	}

	private static void assertWaktu(String jumlah, String satuan, Waktu waktu) {
		assertEquals(new BigDecimal(jumlah), waktu.getJumlah());
		assertEquals(satuan, waktu.getSatuan());
	}
}
