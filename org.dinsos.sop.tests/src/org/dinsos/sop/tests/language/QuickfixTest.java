package org.dinsos.sop.tests.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dinsos.sop.quickfix.SopFixes;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Langkah;
import org.dinsos.sop.sop.Buku;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.tests.support.Sops;
import org.dinsos.sop.text.TextEdit;
import org.dinsos.sop.validation.SopIssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

/** Each quick fix applied to an SOP that needs it: the resulting text, and the problem gone. */
class QuickfixTest {

	/** Applies a fix to the element the problem is reported on, and checks the problem is gone afterwards. */
	private static String fix(String text, Function<Sop, EObject> problemAt, Function<EObject, List<TextEdit>> fix,
			String code) {
		XtextResource resource = Sops.parse(text);
		List<TextEdit> edits = fix.apply(problemAt.apply((Sop) Sops.root(resource)));
		String fixed = TextEdit.apply(text, edits);
		assertEquals(List.of(), Sops.diagnostics(fixed, code), fixed);
		return fixed;
	}

	@Test
	void renumberingFixesEveryStepNumberAndEveryBranchTarget() {
		String text = """
				sop Uji "Uji" {
					pelaksana {
						kadis "Kepala Dinas"
					}
					prosedur {
						1 mulai kadis "Memerintahkan"
						// the draft
						2 kadis "Menyusun"
						2 keputusan kadis "Memeriksa"
							ya ke 7
							tidak ke 2
						7 selesai kadis "Mengarsipkan"
					}
				}
				""";
		assertEquals("""
				sop Uji "Uji" {
					pelaksana {
						kadis "Kepala Dinas"
					}
					prosedur {
						1 mulai kadis "Memerintahkan"
						// the draft
						2 kadis "Menyusun"
						3 keputusan kadis "Memeriksa"
							ya ke 4
							tidak ke 2
						4 selesai kadis "Mengarsipkan"
					}
				}
				""", fix(text, sop -> sop.getLangkah().get(2), SopFixes::renumber, SopIssueCodes.NOMOR_LANGKAH_GANDA));
	}

	@Test
	void renumberingTheSeedsKakChangesOnlyTheStepNumbers() {
		String text = Sops.read(Sops.EXAMPLES.resolve("invalid/kak.sop"));
		String fixed = fix(text, sop -> sop.getLangkah().get(5), SopFixes::renumber, SopIssueCodes.NOMOR_LANGKAH_TERLEWAT);
		List<String> before = text.lines().toList();
		List<String> after = fixed.lines().toList();
		assertEquals(before.size(), after.size());
		List<String> changed = after.stream().filter(line -> !before.contains(line)).map(String::strip)
				.map(line -> line.substring(0, line.indexOf(' '))).collect(Collectors.toList());
		assertEquals(List.of("6", "7", "8", "9", "10"), changed);
	}

	@Test
	void anUnknownActorIsDeclaredAfterTheLastPelaksana() {
		String text = """
				sop Uji "Uji" {
					pelaksana {
						kadis "Kepala Dinas"
					}
					prosedur {
						1 mulai kabid "Memerintahkan"
					}
				}
				""";
		String fixed = fix(text, sop -> sop.getLangkah().get(0), e -> SopFixes.declareLane((Langkah) e),
				SopIssueCodes.PELAKSANA_TIDAK_DIKENAL);
		assertEquals(text.replace("\t\tkadis \"Kepala Dinas\"\n", "\t\tkadis \"Kepala Dinas\"\n\t\tkabid \"Kabid\"\n"), fixed);
	}

	@Test
	void anUnknownActorGetsAPelaksanaBlockWhenThereIsNone() {
		String text = """
				sop Uji "Uji" {
					prosedur {
						1 mulai kabid "Memerintahkan"
					}
				}
				""";
		String fixed = fix(text, sop -> sop.getLangkah().get(0), e -> SopFixes.declareLane((Langkah) e),
				SopIssueCodes.PELAKSANA_TIDAK_DIKENAL);
		assertEquals("""
				sop Uji "Uji" {
					pelaksana {
						kabid "Kabid"
					}
					prosedur {
						1 mulai kabid "Memerintahkan"
					}
				}
				""", fixed);
	}

	@Test
	void anUnusedPelaksanaIsRemovedWithItsLine() {
		String text = """
				sop Uji "Uji" {
					pelaksana {
						kadis "Kepala Dinas"
						// nobody does anything as staf
						staf "Staf"
					}
					prosedur {
						1 mulai kadis "Memerintahkan"
					}
				}
				""";
		String fixed = fix(text, sop -> sop.getPelaksana().get(1), e -> SopFixes.removeLane((org.dinsos.sop.sop.Pelaksana) e),
				SopIssueCodes.PELAKSANA_TIDAK_DIPAKAI);
		assertEquals(text.replace("\t\tstaf \"Staf\"\n", ""), fixed);
	}

	private static final String WAKTU = """
			sop Uji "Uji" {
				pelaksana {
					kadis "Kepala Dinas"
				}
				prosedur {
					1 mulai kadis "Memerintahkan"
						waktu 90 mnt
				}
			}
			""";

	@Test
	void anUnknownUnitIsReplacedByTheSuggestion() {
		String fixed = fix(WAKTU, sop -> sop.getLangkah().get(0).getMutuBaku().getWaktu(),
				e -> SopFixes.replaceUnit((org.dinsos.sop.sop.Waktu) e), SopIssueCodes.SATUAN_TIDAK_DIKENAL);
		assertEquals(WAKTU.replace("90 mnt", "90 menit"), fixed);
	}

	@Test
	void anAmountIsConvertedToTheSuggestedUnit() {
		String text = WAKTU.replace("90 mnt", "90 menit");
		String fixed = fix(text, sop -> sop.getLangkah().get(0).getMutuBaku().getWaktu(),
				e -> SopFixes.useLargerUnit((org.dinsos.sop.sop.Waktu) e), SopIssueCodes.SATUAN_LEBIH_BESAR);
		assertEquals(text.replace("90 menit", "1,5 jam"), fixed);
	}

	private static final String DECISION = """
			sop Uji "Uji" {
				pelaksana {
					kadis "Kepala Dinas"
				}
				prosedur {
					1 mulai kadis "Memerintahkan"
					2 keputusan kadis "Memeriksa"
						waktu 1 jam
						ya ke 3
						tidak ke 1
					3 selesai kadis "Mengarsipkan"
				}
			}
			""";

	@Test
	void aMissingYaExitLeadsToTheNextRowAndComesBeforeTidak() {
		String text = DECISION.replace("\t\t\tya ke 3\n", "");
		String fixed = fix(text, sop -> sop.getLangkah().get(1), e -> SopFixes.addBranch((Keputusan) e, true),
				SopIssueCodes.KEPUTUSAN_TANPA_YA);
		assertEquals(DECISION, fixed);
	}

	@Test
	void aMissingTidakExitLeadsBackToTheRowAbove() {
		String text = DECISION.replace("\t\t\ttidak ke 1\n", "");
		String fixed = fix(text, sop -> sop.getLangkah().get(1), e -> SopFixes.addBranch((Keputusan) e, false),
				SopIssueCodes.KEPUTUSAN_TANPA_TIDAK);
		assertEquals(DECISION, fixed);
	}

	@Test
	void diktumRunTogetherAreSplitOneTextPerDiktum() {
		String buku = """
				buku Uji "Uji" {
					keputusan "Uji" {
						memutuskan {
							"Berlaku bagi pegawai. KETIGA: Keputusan ini mulai berlaku pada tanggal ditetapkan."
						}
						"KESATU: Berlaku. KEDUA : Dipantau."
					}
				}
				""";
		XtextResource resource = Sops.parse(buku);
		String fixed = TextEdit.apply(buku, SopFixes.splitDiktum(((Buku) Sops.root(resource)).getKeputusan()));
		assertEquals("""
				buku Uji "Uji" {
					keputusan "Uji" {
						memutuskan {
							"Berlaku bagi pegawai."
							"Keputusan ini mulai berlaku pada tanggal ditetapkan."
						}
						"KESATU: Berlaku."
						"KEDUA : Dipantau."
					}
				}
				""", fixed);
		assertEquals(List.of(), Sops.diagnostics(fixed, SopIssueCodes.DIKTUM_BERGABUNG));
	}

	@Test
	void theLanguageServerOffersAFixForEveryFixableProblem() {
		IQuickFixProvider provider = Sops.INJECTOR.getInstance(IQuickFixProvider.class);
		List<String> codes = List.of(SopIssueCodes.NOMOR_LANGKAH_GANDA, SopIssueCodes.NOMOR_LANGKAH_TERLEWAT,
				SopIssueCodes.NOMOR_LANGKAH_TIDAK_URUT, SopIssueCodes.PELAKSANA_TIDAK_DIKENAL,
				SopIssueCodes.PELAKSANA_TIDAK_DIPAKAI, SopIssueCodes.SATUAN_TIDAK_DIKENAL, SopIssueCodes.SATUAN_LEBIH_BESAR,
				SopIssueCodes.KEPUTUSAN_TANPA_YA, SopIssueCodes.KEPUTUSAN_TANPA_TIDAK, SopIssueCodes.DIKTUM_BERGABUNG);
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setResource(Sops.parse(DECISION));
		List<String> labels = codes.stream().map(code -> {
			Diagnostic diagnostic = new Diagnostic();
			diagnostic.setCode(code);
			diagnostic.setMessage(code);
			diagnostic.setSeverity(DiagnosticSeverity.Error);
			return provider.getResolutions(options, diagnostic).stream()
					.map(DiagnosticResolution::getLabel).collect(Collectors.joining());
		}).collect(Collectors.toList());
		assertEquals(List.of("Nomori ulang semua langkah 1..n", "Nomori ulang semua langkah 1..n",
				"Nomori ulang semua langkah 1..n", "Tambahkan pelaksana ini ke bagian pelaksana",
				"Hapus pelaksana yang tidak dipakai", "Ganti dengan satuan yang dikenal",
				"Tulis dalam satuan yang lebih besar", "Tambahkan cabang Ya", "Tambahkan cabang Tidak",
				"Pisahkan setiap diktum menjadi teks sendiri"), labels);
	}
}
