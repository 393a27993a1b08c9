package org.dinsos.sop.tests.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dinsos.sop.tests.support.Sops;
import org.dinsos.sop.validation.SopIssueCodes;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the SOP AP format the validator enforces: the smallest SOP that breaks it, with the
 * exact diagnostic (severity, line:column+length, message), and one that satisfies it.
 */
class ValidatorTest {

	private static void expect(String sop, String code, String... diagnostics) {
		assertEquals(List.of(diagnostics), Sops.diagnostics(sop, code));
	}

	// --- Pelaksana ---

	@Test
	void anActorMustBeADeclaredPelaksana() {
		String sop = """
				sop Uji "Uji" {
					pelaksana {
						kadis "Kepala Dinas"
					}
					prosedur {
						1 mulai kabid "Memerintahkan"
					}
				}
				""";
		expect(sop, SopIssueCodes.PELAKSANA_TIDAK_DIKENAL,
				"error 6:11+5 Pelaksana 'kabid' belum dideklarasikan; tambahkan di bagian pelaksana, misalnya: kabid \"Nama Jabatan\".");
		expect(sop.replace("kabid", "kadis"), SopIssueCodes.PELAKSANA_TIDAK_DIKENAL);
	}

	@Test
	void aPelaksanaIsDeclaredOnce() {
		String sop = """
				sop Uji "Uji" {
					pelaksana {
						kadis "Kepala Dinas"
						kadis "Kepala Dinas Sosial"
					}
				}
				""";
		expect(sop, SopIssueCodes.PELAKSANA_GANDA,
				"error 4:3+5 Pelaksana 'kadis' sudah dideklarasikan; hapus deklarasi kedua ini.");
		expect(sop.replace("kadis \"Kepala Dinas Sosial\"", "staf \"Staf\""), SopIssueCodes.PELAKSANA_GANDA);
	}

	@Test
	void aDeclaredPelaksanaDoesSomeStep() {
		String sop = """
				sop Uji "Uji" {
					pelaksana {
						kadis "Kepala Dinas"
						staf "Staf"
					}
					prosedur {
						1 mulai kadis "Memerintahkan"
					}
				}
				""";
		expect(sop, SopIssueCodes.PELAKSANA_TIDAK_DIPAKAI,
				"warning 4:3+4 Pelaksana 'staf' tidak melakukan satu langkah pun; kolomnya akan kosong. Hapus pelaksana ini atau tugaskan sebuah langkah kepadanya.");
		expect(sop.replace("\t\tstaf \"Staf\"\n", ""), SopIssueCodes.PELAKSANA_TIDAK_DIPAKAI);
	}

	@Test
	void everyStepHasAnActor() {
		String sop = """
				sop Uji "Uji" {
					pelaksana {
						kadis "Kepala Dinas"
					}
					prosedur {
						1 mulai "Memerintahkan"
					}
				}
				""";
		expect(sop, SopIssueCodes.LANGKAH_TANPA_PELAKSANA,
				"error 6:3+1 Langkah 1 belum punya pelaksana; tulis nama pelaksana sebelum kegiatannya.");
		expect(sop.replace("mulai \"", "mulai kadis \""), SopIssueCodes.LANGKAH_TANPA_PELAKSANA);
	}

	// --- Step numbers ---

	private static final String STEPS = """
			sop Uji "Uji" {
				pelaksana {
					kadis "Kepala Dinas"
				}
				prosedur {
					1 mulai kadis "Memerintahkan"
					%s kadis "Memeriksa"
					%s kadis "Menyetujui"
					%s selesai kadis "Mengarsipkan"
				}
			}
			""";

	@Test
	void stepNumbersRunOneToN() {
		String numbered = STEPS.formatted(2, 3, 4);
		expect(numbered, SopIssueCodes.NOMOR_LANGKAH_GANDA);
		expect(numbered, SopIssueCodes.NOMOR_LANGKAH_TERLEWAT);
		expect(numbered, SopIssueCodes.NOMOR_LANGKAH_TIDAK_URUT);
	}

	@Test
	void aStepNumberUsedTwiceIsReportedOnTheSecondUse() {
		expect(STEPS.formatted(2, 2, 4), SopIssueCodes.NOMOR_LANGKAH_GANDA,
				"error 8:3+1 Nomor langkah 2 sudah dipakai langkah sebelumnya; langkah ini seharusnya nomor 3. Nomori ulang langkah 1 sampai 4.");
		expect(STEPS.formatted(2, 2, 4), SopIssueCodes.NOMOR_LANGKAH_TERLEWAT);
	}

	@Test
	void skippedStepNumbersAreReportedOnTheFirstNumberAfterTheGap() {
		expect(STEPS.formatted(5, 6, 7), SopIssueCodes.NOMOR_LANGKAH_TERLEWAT,
				"error 7:3+1 Setelah langkah 1 seharusnya langkah 2, bukan 5 (nomor 2 sampai 4 terlewat). Nomori ulang langkah 1 sampai 4.");
	}

	@Test
	void aStepNumberSmallerThanTheOneBeforeIsOutOfOrder() {
		expect(STEPS.formatted(3, 2, 4), SopIssueCodes.NOMOR_LANGKAH_TIDAK_URUT,
				"error 8:3+1 Langkah 2 berada setelah langkah 3; nomor harus naik satu per satu. Nomori ulang langkah 1 sampai 4.");
	}

	// --- Terminators and flow ---

	private static final String FLOW = """
			sop Uji "Uji" {
				pelaksana {
					kadis "Kepala Dinas"
				}
				prosedur {
					1 mulai kadis "Memerintahkan"
					2 kadis "Memeriksa"
					3 selesai kadis "Mengarsipkan"
				}
			}
			""";

	@Test
	void theFirstStepIsTheStart() {
		expect(FLOW.replace("1 mulai", "1"), SopIssueCodes.AWAL_BUKAN_MULAI,
				"error 6:3+1 Langkah pertama adalah awal alur; tandai dengan 'mulai' (simbol kapsul): 1 mulai ...");
		expect(FLOW, SopIssueCodes.AWAL_BUKAN_MULAI);
	}

	@Test
	void onlyTheFirstStepIsTheStart() {
		expect(FLOW.replace("2 kadis", "2 mulai kadis"), SopIssueCodes.MULAI_DI_TENGAH,
				"error 7:5+5 Hanya langkah pertama yang boleh 'mulai'; hapus 'mulai' dari langkah 2.");
		expect(FLOW, SopIssueCodes.MULAI_DI_TENGAH);
	}

	@Test
	void someStepEndsTheFlow() {
		expect(FLOW.replace("3 selesai", "3"), SopIssueCodes.TANPA_SELESAI,
				"error 8:3+1 Alur tidak punya akhir; tandai langkah terakhir dengan 'selesai' (simbol kapsul): 3 selesai ...");
		expect(FLOW, SopIssueCodes.TANPA_SELESAI);
	}

	@Test
	void anEndStepHasNoSuccessor() {
		String withEarlyEnd = FLOW.replace("2 kadis \"Memeriksa\"", "2 selesai kadis \"Memeriksa\" lanjut ke 3");
		expect(withEarlyEnd, SopIssueCodes.SELESAI_ADA_LANJUTAN,
				"error 7:41+1 Langkah 2 adalah akhir alur ('selesai') dan tidak boleh punya 'lanjut ke'; hapus 'lanjut ke' atau 'selesai'.");
		expect(FLOW.replace("2 kadis \"Memeriksa\"", "2 kadis \"Memeriksa\" lanjut ke 3"), SopIssueCodes.SELESAI_ADA_LANJUTAN);
	}

	@Test
	void onlyADecisionGoesBackUp() {
		String backwards = FLOW.replace("2 kadis \"Memeriksa\"", "2 kadis \"Memeriksa\" lanjut ke 1");
		expect(backwards, SopIssueCodes.MUNDUR_TANPA_KEPUTUSAN,
				"error 7:33+1 Langkah 2 kembali ke langkah 1 tanpa keputusan; alur hanya boleh naik lewat cabang Ya/Tidak sebuah keputusan.");
		expect(FLOW.replace("2 kadis \"Memeriksa\"", "2 keputusan kadis \"Memeriksa\" ya ke 3 tidak ke 1"),
				SopIssueCodes.MUNDUR_TANPA_KEPUTUSAN);
	}

	private static final String DECISION = """
			sop Uji "Uji" {
				pelaksana {
					kadis "Kepala Dinas"
				}
				prosedur {
					1 mulai kadis "Memerintahkan"
					2 keputusan kadis "Memeriksa"
						ya ke 3
						tidak ke 1
					3 selesai kadis "Mengarsipkan"
				}
			}
			""";

	@Test
	void aDecisionHasAYaExit() {
		expect(DECISION.replace("\t\t\tya ke 3\n", ""), SopIssueCodes.KEPUTUSAN_TANPA_YA,
				"error 7:3+1 Keputusan 2 belum punya cabang Ya; tambahkan 'ya ke <nomor langkah>'.");
		expect(DECISION, SopIssueCodes.KEPUTUSAN_TANPA_YA);
	}

	@Test
	void aDecisionHasATidakExit() {
		expect(DECISION.replace("\t\t\ttidak ke 1\n", ""), SopIssueCodes.KEPUTUSAN_TANPA_TIDAK,
				"error 7:3+1 Keputusan 2 belum punya cabang Tidak; tambahkan 'tidak ke <nomor langkah>'.");
		expect(DECISION, SopIssueCodes.KEPUTUSAN_TANPA_TIDAK);
	}

	@Test
	void aDecisionDoesNotBranchToItself() {
		expect(DECISION.replace("tidak ke 1", "tidak ke 2"), SopIssueCodes.KEPUTUSAN_KE_DIRI_SENDIRI,
				"error 9:13+1 Cabang Tidak keputusan 2 kembali ke dirinya sendiri; arahkan ke langkah lain.");
		expect(DECISION, SopIssueCodes.KEPUTUSAN_KE_DIRI_SENDIRI);
	}

	@Test
	void aBranchTargetIsAStepOfTheSop() {
		expect(DECISION.replace("tidak ke 1", "tidak ke 9"), SopIssueCodes.LANGKAH_TIDAK_ADA,
				"error 9:13+1 Langkah nomor 9 tidak ada di prosedur ini.");
		expect(DECISION, SopIssueCodes.LANGKAH_TIDAK_ADA);
	}

	@Test
	void everyStepIsReachedFromTheStart() {
		String skipping = DECISION.replace("ya ke 3", "ya ke 4").replace("\t\t3 selesai kadis \"Mengarsipkan\"\n",
				"\t\t3 kadis \"Mencatat\"\n\t\t4 selesai kadis \"Mengarsipkan\"\n");
		expect(skipping, SopIssueCodes.TIDAK_TERJANGKAU,
				"error 10:3+1 Langkah 3 tidak pernah dicapai dari langkah pertama; sambungkan dengan 'lanjut ke' atau cabang sebuah keputusan, atau hapus langkah ini.");
		expect(DECISION, SopIssueCodes.TIDAK_TERJANGKAU);
	}

	@Test
	void fromEveryStepAnEndIsReached() {
		String loop = DECISION.replace("ya ke 3", "ya ke 1");
		expect(loop, SopIssueCodes.BUNTU,
				"error 6:3+1 Dari langkah 1 alur tidak pernah sampai ke langkah 'selesai' (jalan buntu atau putaran tanpa jalan keluar).",
				"error 7:3+1 Dari langkah 2 alur tidak pernah sampai ke langkah 'selesai' (jalan buntu atau putaran tanpa jalan keluar).");
		expect(DECISION, SopIssueCodes.BUNTU);
	}

	// --- Waktu ---

	private static final String WAKTU = """
			sop Uji "Uji" {
				pelaksana {
					kadis "Kepala Dinas"
				}
				prosedur {
					1 mulai kadis "Memerintahkan"
						waktu 10 menit
					2 selesai kadis "Mengarsipkan"
						waktu 2 Hari Kerja
				}
			}
			""";

	@Test
	void everyStepHasAWaktu() {
		expect(WAKTU.replace("\t\t\twaktu 10 menit\n", ""), SopIssueCodes.WAKTU_KOSONG,
				"error 6:3+1 Langkah 1 belum punya waktu Mutu Baku; tambahkan misalnya 'waktu 1 jam'.");
		expect(WAKTU, SopIssueCodes.WAKTU_KOSONG);
	}

	@Test
	void aWaktuIsMoreThanNothing() {
		expect(WAKTU.replace("waktu 10 menit", "waktu 0 menit"), SopIssueCodes.WAKTU_NOL,
				"error 7:10+1 Waktu harus lebih dari nol.");
		expect(WAKTU, SopIssueCodes.WAKTU_NOL);
	}

	@Test
	void anUnknownUnitGetsTheNearestKnownOne() {
		expect(WAKTU.replace("10 menit", "10 mnt"), SopIssueCodes.SATUAN_TIDAK_DIKENAL,
				"error 7:13+3 Satuan waktu 'mnt' tidak dikenal; maksudnya 'menit'? Gunakan menit, jam, hari, hari kerja, minggu atau bulan.");
		expect(WAKTU.replace("10 menit", "10 detik"), SopIssueCodes.SATUAN_TIDAK_DIKENAL,
				"error 7:13+5 Satuan waktu 'detik' tidak dikenal; gunakan menit, jam, hari, hari kerja, minggu atau bulan.");
		expect(WAKTU, SopIssueCodes.SATUAN_TIDAK_DIKENAL);
	}

	@Test
	void aLongTimeReadsBetterInALargerUnit() {
		expect(WAKTU.replace("10 menit", "90 menit"), SopIssueCodes.SATUAN_LEBIH_BESAR,
				"info 7:10+2 90 menit lebih mudah dibaca sebagai 1,5 jam.");
		expect(WAKTU.replace("10 menit", "15 jam"), SopIssueCodes.SATUAN_LEBIH_BESAR,
				"info 7:10+2 15 jam lebih mudah dibaca sebagai 2 hari.");
		expect(WAKTU.replace("10 menit", "100 menit"), SopIssueCodes.SATUAN_LEBIH_BESAR);
		expect(WAKTU, SopIssueCodes.SATUAN_LEBIH_BESAR);
	}

	// --- Identity and links ---

	private static final String IDENTITAS = """
			sop Uji "Uji" {
				unit "Dinas Sosial Kota Metro"
				nomor "800/1/D-5/03/2024"
				tanggal pembuatan 2024-01-05
				tanggal revisi 2024-02-01
				tanggal efektif 2024-03-01
				disahkan oleh "Kepala Dinas Sosial Kota Metro"
					nama "SRI AMANTO, S.H., M.H"
					nip "196804201993031009"
			}
			""";

	@Test
	void theIdentityFieldsArePresent() {
		String bare = "sop Uji \"Uji\" {\n}\n";
		expect(bare, SopIssueCodes.IDENTITAS_KOSONG,
				"error 1:5+3 Identitas SOP belum lengkap: Unit belum diisi; tambahkan unit \"Dinas ...\" alamat \"...\".",
				"error 1:5+3 Identitas SOP belum lengkap: Nomor SOP belum diisi; tambahkan nomor \"800/1/...\".",
				"error 1:5+3 Identitas SOP belum lengkap: Tanggal Pembuatan belum diisi; tambahkan tanggal pembuatan 2024-01-05.",
				"error 1:5+3 Identitas SOP belum lengkap: Disahkan oleh belum diisi; tambahkan disahkan oleh \"Kepala ...\" nama \"...\" nip \"...\".");
		expect(bare.replace("\"Uji\"", "\"\""), SopIssueCodes.IDENTITAS_KOSONG,
				"error 1:5+3 Identitas SOP belum lengkap: Unit belum diisi; tambahkan unit \"Dinas ...\" alamat \"...\".",
				"error 1:5+3 Identitas SOP belum lengkap: Nomor SOP belum diisi; tambahkan nomor \"800/1/...\".",
				"error 1:5+3 Identitas SOP belum lengkap: Tanggal Pembuatan belum diisi; tambahkan tanggal pembuatan 2024-01-05.",
				"error 1:5+3 Identitas SOP belum lengkap: Disahkan oleh belum diisi; tambahkan disahkan oleh \"Kepala ...\" nama \"...\" nip \"...\".",
				"error 1:5+3 Identitas SOP belum lengkap: Nama SOP belum diisi; tambahkan sop Uji \"Nama SOP\" {.");
		expect(IDENTITAS, SopIssueCodes.IDENTITAS_KOSONG);
	}

	@Test
	void datesAreCalendarDates() {
		expect(IDENTITAS.replace("2024-02-01", "2024-02-30"), SopIssueCodes.TANGGAL_TIDAK_VALID,
				"error 5:17+10 Tanggal '2024-02-30' tidak ada di kalender; tulis tahun-bulan-hari, misalnya 2024-01-05.");
		expect(IDENTITAS, SopIssueCodes.TANGGAL_TIDAK_VALID);
	}

	@Test
	void revisionAndEffectiveDatesAreNotBeforeTheMakingDate() {
		expect(IDENTITAS.replace("2024-03-01", "2023-12-31"), SopIssueCodes.TANGGAL_SEBELUM_PEMBUATAN,
				"error 6:18+10 Tanggal efektif (2023-12-31) tidak boleh sebelum tanggal pembuatan (2024-01-05).");
		expect(IDENTITAS.replace("2024-02-01", "2024-01-04"), SopIssueCodes.TANGGAL_SEBELUM_PEMBUATAN,
				"error 5:17+10 Tanggal revisi (2024-01-04) tidak boleh sebelum tanggal pembuatan (2024-01-05).");
		expect(IDENTITAS, SopIssueCodes.TANGGAL_SEBELUM_PEMBUATAN);
	}

	@Test
	void aNipIsEighteenDigitsWithAPlausibleBirthDateAndAppointment() {
		expect(IDENTITAS.replace("196804201993031009", "19680420 199303 1 009"), SopIssueCodes.NIP_TIDAK_VALID,
				"error 9:7+23 NIP '19680420 199303 1 009' tidak valid: NIP terdiri dari 18 angka tanpa spasi atau titik, misalnya 196804201993031009.");
		expect(IDENTITAS.replace("196804201993031009", "196813201993031009"), SopIssueCodes.NIP_TIDAK_VALID,
				"error 9:7+20 NIP '196813201993031009' tidak valid: 8 angka pertama harus tanggal lahir (tahun, bulan, tanggal), tetapi 19681320 bukan tanggal.");
		expect(IDENTITAS.replace("196804201993031009", "196804201980031009"), SopIssueCodes.NIP_TIDAK_VALID,
				"error 9:7+20 NIP '196804201980031009' tidak valid: pengangkatan 1980-03 (angka ke-9 sampai ke-14) tidak cocok dengan tanggal lahir 1968-04-20.");
		expect(IDENTITAS.replace("196804201993031009", "196804201993131009"), SopIssueCodes.NIP_TIDAK_VALID,
				"error 9:7+20 NIP '196804201993131009' tidak valid: angka ke-9 sampai ke-14 adalah tahun dan bulan pengangkatan, tetapi bulan 13 tidak ada.");
		expect(IDENTITAS.replace("196804201993031009", "196804201993033009"), SopIssueCodes.NIP_TIDAK_VALID,
				"error 9:7+20 NIP '196804201993033009' tidak valid: angka ke-15 menunjukkan jenis kelamin dan harus 1 atau 2, bukan 3.");
		expect(IDENTITAS, SopIssueCodes.NIP_TIDAK_VALID);
	}

	@Test
	void aNomorSopIsUniqueInTheWorkspace() {
		XtextResourceSet workspace = Sops.INJECTOR.getInstance(XtextResourceSet.class);
		Resource first = Sops.load(workspace, "a.sop", IDENTITAS);
		Resource second = Sops.load(workspace, "b.sop", IDENTITAS.replace("sop Uji", "sop Lain"));
		assertEquals(List.of("error 3:8+19 Nomor SOP '800/1/D-5/03/2024' sudah dipakai SOP Lain (b.sop); setiap SOP perlu nomor sendiri."),
				Sops.diagnostics(first, SopIssueCodes.NOMOR_SOP_GANDA));
		assertEquals(List.of("error 3:8+19 Nomor SOP '800/1/D-5/03/2024' sudah dipakai SOP Uji (a.sop); setiap SOP perlu nomor sendiri."),
				Sops.diagnostics(second, SopIssueCodes.NOMOR_SOP_GANDA));
		Resource renumbered = Sops.load(Sops.INJECTOR.getInstance(XtextResourceSet.class), "c.sop", IDENTITAS);
		assertEquals(List.of(), Sops.diagnostics(renumbered, SopIssueCodes.NOMOR_SOP_GANDA));
	}

	@Test
	void aRelatedSopExistsAndIsAnotherSop() {
		String sop = """
				sop Uji "Uji" {
					keterkaitan {
						sop Uji
						prasyarat sop Pengarsipan
						"SOP Alur Surat Masuk"
					}
				}
				""";
		expect(sop, SopIssueCodes.KETERKAITAN_DIRI_SENDIRI,
				"error 3:7+3 SOP tidak dapat terkait dengan dirinya sendiri; sebut SOP lain.");
		expect(sop, SopIssueCodes.SOP_TIDAK_DITEMUKAN,
				"error 4:17+11 SOP 'Pengarsipan' tidak ditemukan di antara berkas yang dibuka; periksa namanya, atau tulis judulnya dalam tanda kutip bila SOP itu di luar ruang kerja ini.");
	}

	// --- Mutu Baku continuity and wording ---

	@Test
	void aStepsOutputIsWhatTheNextStepNeeds() {
		String sop = """
				sop Uji "Uji" {
					pelaksana {
						kadis "Kepala Dinas"
					}
					prosedur {
						1 mulai kadis "Memerintahkan"
							output "Disposisi surat"
						2 selesai kadis "Mengarsipkan"
							kelengkapan "Dokumen LAKIP"
					}
				}
				""";
		expect(sop, SopIssueCodes.OUTPUT_TIDAK_DIPAKAI,
				"info 7:11+17 Output langkah 1 tidak disebut dalam kelengkapan langkah 2 berikutnya; periksa kesinambungan Mutu Baku.");
		expect(sop.replace("\"Dokumen LAKIP\"", "\"Disposisi Surat\", \"Dokumen LAKIP\""), SopIssueCodes.OUTPUT_TIDAK_DIPAKAI);
	}

	@Test
	void aKegiatanStartsWithAnActiveVerb() {
		String sop = """
				sop Uji "Uji" {
					pelaksana {
						kadis "Kepala Dinas"
					}
					prosedur {
						1 mulai kadis "Penandatanganan dokumen"
					}
				}
				""";
		expect(sop, SopIssueCodes.KEGIATAN_BUKAN_KATA_KERJA,
				"info 6:17+25 Kegiatan sebaiknya diawali kata kerja aktif tanpa subjek (misalnya 'Memeriksa ...'), bukan 'Penandatanganan'.");
		expect(sop.replace("Penandatanganan dokumen", "Menandatangani dokumen"), SopIssueCodes.KEGIATAN_BUKAN_KATA_KERJA);
	}

	// --- The booklet's Keputusan and conventions ---

	private static final String SIGNABLE = """
			buku Uji "Uji" {
				keputusan "Standar Operasional Prosedur" {
					nomor "188.4/07/D-5/2024"
					ditetapkan di "Metro" tanggal 2024-01-15
					ditandatangani oleh "Kepala Dinas Sosial Kota Metro"
						nama "SRI AMANTO, S.H., M.H."
						pangkat "Pembina Utama Muda"
						nip "196804201993031009"
					menimbang {
						"bahwa perlu menetapkan SOP;"
					}
					mengingat {
						"Peraturan Menteri PAN-RB Nomor 35 Tahun 2012;"
					}
					memutuskan {
						"SOP berlaku di lingkungan Dinas."
						"Keputusan ini mulai berlaku pada tanggal ditetapkan."
					}
				}
			}
			""";

	@Test
	void anOlderBooksKeputusanSaysWhatItLacksToBeSigned() {
		String buku = """
				buku Uji "Uji" {
					keputusan "Keputusan Kepala Dinas tentang Uji" nomor "188/1/2024" {
						"KESATU: Berlaku."
					}
				}
				""";
		expect(buku, SopIssueCodes.KEPUTUSAN_BELUM_LENGKAP, "warning 2:12+36 Keputusan belum lengkap untuk ditandatangani: "
				+ "belum ada tempat penetapan, tanggal penetapan, penandatangan (jabatan, nama, pangkat, NIP), menimbang, "
				+ "mengingat dan diktum (memutuskan). Tulis di dalam { } keputusan, misalnya: nomor \"800/1/D-5/2024\", "
				+ "ditetapkan di \"Metro\" tanggal 2024-01-02, ditandatangani oleh \"Kepala Dinas\" nama \"...\" pangkat \"...\" "
				+ "nip \"...\", menimbang { }, mengingat { }, memutuskan { }.");
		expect(SIGNABLE, SopIssueCodes.KEPUTUSAN_BELUM_LENGKAP);
		assertEquals(List.of(), Sops.validate(Sops.parse(SIGNABLE)).stream().map(issue -> issue.getMessage()).toList());
	}

	@Test
	void aSignersMissingNamaPangkatAndNipAreNamed() {
		expect(SIGNABLE.replaceAll("\t\t\t(nama|pangkat|nip) .*\n", ""), SopIssueCodes.KEPUTUSAN_BELUM_LENGKAP,
				"warning 2:12+30 Keputusan belum lengkap untuk ditandatangani: belum ada nama, pangkat dan NIP penandatangan. "
						+ "Tulis di dalam { } keputusan, misalnya: nomor \"800/1/D-5/2024\", ditetapkan di \"Metro\" tanggal "
						+ "2024-01-02, ditandatangani oleh \"Kepala Dinas\" nama \"...\" pangkat \"...\" nip \"...\", menimbang { }, "
						+ "mengingat { }, memutuskan { }.");
	}

	@Test
	void theSignersNipFollowsTheNipRule() {
		expect(SIGNABLE.replace("196804201993031009", "19680420199303100"), SopIssueCodes.NIP_TIDAK_VALID,
				"error 8:8+19 NIP '19680420199303100' tidak valid: NIP terdiri dari 18 angka tanpa spasi atau titik, "
						+ "misalnya 196804201993031009.");
	}

	@Test
	void eachDiktumIsItsOwnText() {
		String joined = SIGNABLE.replace("\"SOP berlaku di lingkungan Dinas.\"\n\t\t\t\"Keputusan",
				"\"SOP berlaku di lingkungan Dinas. KEDUA: Keputusan");
		expect(joined, SopIssueCodes.DIKTUM_BERGABUNG,
				"warning 16:4+94 Diktum KEDUA tergabung dalam teks sebelumnya; tulis setiap diktum sebagai teks sendiri.");
		expect(SIGNABLE, SopIssueCodes.DIKTUM_BERGABUNG);
	}

	@Test
	void aKeputusansNomorIsWrittenOnce() {
		expect(SIGNABLE.replace("keputusan \"Standar Operasional Prosedur\"", "keputusan \"Standar Operasional Prosedur\" nomor \"1\""),
				SopIssueCodes.KEPUTUSAN_DITULIS_DUA_KALI,
				"error 3:9+19 Nomor keputusan ditulis dua kali; hanya yang terakhir yang dipakai. Hapus salah satunya.");
	}

	@Test
	void aColumnHasOneCaption() {
		String buku = """
				buku Uji "Uji" {
					gaya {
						kolom kegiatan "Uraian Prosedur"
						kolom keterangan "Ket"
						kolom kegiatan "Kegiatan"
					}
				}
				""";
		expect(buku, SopIssueCodes.KOLOM_GANDA, "error 5:9+8 Judul kolom kegiatan sudah ditulis; hapus yang kedua ini.");
		expect(buku.replace("\t\tkolom kegiatan \"Kegiatan\"\n", ""), SopIssueCodes.KOLOM_GANDA);
	}
}
