package org.dinsos.sop.tests.diagram;

import static org.dinsos.sop.tests.diagram.DiagramEditSupport.applied;
import static org.dinsos.sop.tests.diagram.DiagramEditSupport.assertSound;
import static org.dinsos.sop.tests.diagram.DiagramEditSupport.errors;
import static org.dinsos.sop.tests.diagram.DiagramEditSupport.inserted;
import static org.dinsos.sop.tests.diagram.DiagramEditSupport.lanes;
import static org.dinsos.sop.tests.diagram.DiagramEditSupport.removed;
import static org.dinsos.sop.tests.diagram.DiagramEditSupport.replaced;
import static org.dinsos.sop.tests.diagram.DiagramEditSupport.retargeted;
import static org.dinsos.sop.tests.diagram.DiagramEditSupport.rows;
import static org.dinsos.sop.tests.diagram.DiagramEditSupport.sop;
import static org.dinsos.sop.tests.diagram.DiagramEditSupport.swapped;
import static org.dinsos.sop.tests.diagram.DiagramEditSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dinsos.sop.SopStandaloneSetup;
import org.dinsos.sop.diagram.edit.DiagramEditor;
import org.dinsos.sop.diagram.edit.EditOperation.AddDecision;
import org.dinsos.sop.diagram.edit.EditOperation.AddLane;
import org.dinsos.sop.diagram.edit.EditOperation.AddStep;
import org.dinsos.sop.diagram.edit.EditOperation.Branch;
import org.dinsos.sop.diagram.edit.EditOperation.ConnectBranch;
import org.dinsos.sop.diagram.edit.EditOperation.DeleteLane;
import org.dinsos.sop.diagram.edit.EditOperation.DeleteStep;
import org.dinsos.sop.diagram.edit.EditOperation.EditKegiatan;
import org.dinsos.sop.diagram.edit.EditOperation.EditOutput;
import org.dinsos.sop.diagram.edit.EditOperation.EditWaktu;
import org.dinsos.sop.diagram.edit.EditOperation.MoveLane;
import org.dinsos.sop.diagram.edit.EditOperation.MoveStep;
import org.dinsos.sop.diagram.edit.EditOperation.MoveToLane;
import org.dinsos.sop.diagram.edit.EditOperation.Position;
import org.dinsos.sop.diagram.edit.EditOperation.RenameLane;
import org.dinsos.sop.diagram.edit.EditOperation;
import org.dinsos.sop.diagram.edit.EditResult;
import org.dinsos.sop.sop.Keputusan;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.tests.diagram.DiagramEditSupport.Row;
import org.dinsos.sop.tests.support.Sops;
import org.dinsos.sop.text.TextEdit;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Diagram gestures as text edits: each operation on each example gives a valid SOP with the intended
 * change, every other line as it was (comments included) and the canonical layout; what would break
 * the SOP is refused with its reason and no edits. The small SOPs below show each case as the text
 * before and the text after.
 */
class DiagramEditTest {

	private static final Path SNIPPET = Path.of("uji.sop");

	/** The operation turns the text before into exactly the text after, and the SOP stays sound. */
	private static void assertEdited(String before, EditOperation operation, String after) {
		String edited = applied(SNIPPET, before, operation);
		assertEquals(after, edited);
		assertSound(SNIPPET, Sops.parse(SNIPPET, before), edited, operation);
	}

	// --- Flow, comments and layout ---

	/** Comments on lines of their own, at the ends of lines, and a blank line between two steps. */
	private static final String SOP = """
			sop Uji "Uji" {
				unit "Dinas Sosial"
				nomor "1"
				tanggal pembuatan 2024-01-05
				disahkan oleh "Kepala Dinas"
				pelaksana {
					kadis "Kepala Dinas" // signs
					staf "Staf"
				}
				prosedur {
					// the order
					1 mulai kadis "Memerintahkan penyusunan"
						waktu 10 menit // at most

					// drafting, after a blank line
					2 staf "Menyusun draf"
						waktu 1 jam
						output "Draf" // the first draft
					3 keputusan kadis "Memeriksa draf"
						waktu 1 jam
						ya ke 4
						tidak ke 2
					4 selesai staf "Mengarsipkan"
						waktu 1 jam
				}
			}
			""";

	@Test
	void aStepAddedAfterALineEndingInACommentGetsItsOwnLineAndTheBlankLineStays() {
		assertEdited(SOP, new AddStep(1, Position.AFTER, "staf", "Menyiapkan bahan", "30 menit"), """
			sop Uji "Uji" {
				unit "Dinas Sosial"
				nomor "1"
				tanggal pembuatan 2024-01-05
				disahkan oleh "Kepala Dinas"
				pelaksana {
					kadis "Kepala Dinas" // signs
					staf "Staf"
				}
				prosedur {
					// the order
					1 mulai kadis "Memerintahkan penyusunan"
						waktu 10 menit // at most
					2 staf "Menyiapkan bahan"
						waktu 30 menit

					// drafting, after a blank line
					3 staf "Menyusun draf"
						waktu 1 jam
						output "Draf" // the first draft
					4 keputusan kadis "Memeriksa draf"
						waktu 1 jam
						ya ke 5
						tidak ke 3
					5 selesai staf "Mengarsipkan"
						waktu 1 jam
				}
			}
			""");
	}

	@Test
	void aStepAddedBeforeABranchTargetReceivesTheBranch() {
		assertEdited(SOP, new AddStep(2, Position.BEFORE, "staf", "Menyiapkan bahan", "30 menit"), """
			sop Uji "Uji" {
				unit "Dinas Sosial"
				nomor "1"
				tanggal pembuatan 2024-01-05
				disahkan oleh "Kepala Dinas"
				pelaksana {
					kadis "Kepala Dinas" // signs
					staf "Staf"
				}
				prosedur {
					// the order
					1 mulai kadis "Memerintahkan penyusunan"
						waktu 10 menit // at most
					2 staf "Menyiapkan bahan"
						waktu 30 menit

					// drafting, after a blank line
					3 staf "Menyusun draf"
						waktu 1 jam
						output "Draf" // the first draft
					4 keputusan kadis "Memeriksa draf"
						waktu 1 jam
						ya ke 5
						tidak ke 2
					5 selesai staf "Mengarsipkan"
						waktu 1 jam
				}
			}
			""");
	}

	@Test
	void aStepAddedAfterADecisionTakesTheBranchThatWentToTheNextRow() {
		assertEdited(SOP, new AddStep(3, Position.AFTER, "kadis", "Menandatangani draf", "10 menit"), """
			sop Uji "Uji" {
				unit "Dinas Sosial"
				nomor "1"
				tanggal pembuatan 2024-01-05
				disahkan oleh "Kepala Dinas"
				pelaksana {
					kadis "Kepala Dinas" // signs
					staf "Staf"
				}
				prosedur {
					// the order
					1 mulai kadis "Memerintahkan penyusunan"
						waktu 10 menit // at most

					// drafting, after a blank line
					2 staf "Menyusun draf"
						waktu 1 jam
						output "Draf" // the first draft
					3 keputusan kadis "Memeriksa draf"
						waktu 1 jam
						ya ke 4
						tidak ke 2
					4 kadis "Menandatangani draf"
						waktu 10 menit
					5 selesai staf "Mengarsipkan"
						waktu 1 jam
				}
			}
			""");
	}

	@Test
	void anOutputAddedToALineEndingInACommentKeepsTheComment() {
		assertEdited(SOP, new EditOutput(1, List.of("Disposisi")), """
			sop Uji "Uji" {
				unit "Dinas Sosial"
				nomor "1"
				tanggal pembuatan 2024-01-05
				disahkan oleh "Kepala Dinas"
				pelaksana {
					kadis "Kepala Dinas" // signs
					staf "Staf"
				}
				prosedur {
					// the order
					1 mulai kadis "Memerintahkan penyusunan"
						waktu 10 menit // at most
						output "Disposisi"

					// drafting, after a blank line
					2 staf "Menyusun draf"
						waktu 1 jam
						output "Draf" // the first draft
					3 keputusan kadis "Memeriksa draf"
						waktu 1 jam
						ya ke 4
						tidak ke 2
					4 selesai staf "Mengarsipkan"
						waktu 1 jam
				}
			}
			""");
	}

	@Test
	void removingTheOutputsRemovesTheirLineWithItsComment() {
		assertEdited(SOP, new EditOutput(2, List.of()), """
			sop Uji "Uji" {
				unit "Dinas Sosial"
				nomor "1"
				tanggal pembuatan 2024-01-05
				disahkan oleh "Kepala Dinas"
				pelaksana {
					kadis "Kepala Dinas" // signs
					staf "Staf"
				}
				prosedur {
					// the order
					1 mulai kadis "Memerintahkan penyusunan"
						waktu 10 menit // at most

					// drafting, after a blank line
					2 staf "Menyusun draf"
						waktu 1 jam
					3 keputusan kadis "Memeriksa draf"
						waktu 1 jam
						ya ke 4
						tidak ke 2
					4 selesai staf "Mengarsipkan"
						waktu 1 jam
				}
			}
			""");
	}

	@Test
	void aLaneMovesWithItsComment() {
		assertEdited(SOP, new MoveLane("staf", 1), """
			sop Uji "Uji" {
				unit "Dinas Sosial"
				nomor "1"
				tanggal pembuatan 2024-01-05
				disahkan oleh "Kepala Dinas"
				pelaksana {
					staf "Staf"
					kadis "Kepala Dinas" // signs
				}
				prosedur {
					// the order
					1 mulai kadis "Memerintahkan penyusunan"
						waktu 10 menit // at most

					// drafting, after a blank line
					2 staf "Menyusun draf"
						waktu 1 jam
						output "Draf" // the first draft
					3 keputusan kadis "Memeriksa draf"
						waktu 1 jam
						ya ke 4
						tidak ke 2
					4 selesai staf "Mengarsipkan"
						waktu 1 jam
				}
			}
			""");
	}

	@Test
	void aDeletedStepTakesItsCommentsButNotTheOneEndingTheLineAboveNorTheBlankLine() {
		assertEdited("""
			sop Uji "Uji" {
				unit "Dinas Sosial"
				nomor "1"
				tanggal pembuatan 2024-01-05
				disahkan oleh "Kepala Dinas"
				pelaksana {
					kadis "Kepala Dinas" // signs
					staf "Staf"
				}
				prosedur {
					// the order
					1 mulai kadis "Memerintahkan penyusunan"
						waktu 10 menit // at most

					// drafting, after a blank line
					2 staf "Menyusun draf"
						waktu 1 jam
						output "Draf" // the first draft
					3 keputusan kadis "Memeriksa draf"
						waktu 1 jam
						ya ke 4
						tidak ke 1
					4 selesai staf "Mengarsipkan"
						waktu 1 jam
				}
			}
			""", new DeleteStep(2), """
			sop Uji "Uji" {
				unit "Dinas Sosial"
				nomor "1"
				tanggal pembuatan 2024-01-05
				disahkan oleh "Kepala Dinas"
				pelaksana {
					kadis "Kepala Dinas" // signs
					staf "Staf"
				}
				prosedur {
					// the order
					1 mulai kadis "Memerintahkan penyusunan"
						waktu 10 menit // at most

					2 keputusan kadis "Memeriksa draf"
						waktu 1 jam
						ya ke 3
						tidak ke 1
					3 selesai staf "Mengarsipkan"
						waktu 1 jam
				}
			}
			""");
	}

	@Test
	void renamingALaneRenamesItWhereverAStepNamesIt() {
		assertEdited(SOP, new RenameLane("staf", "pegawai", null), """
			sop Uji "Uji" {
				unit "Dinas Sosial"
				nomor "1"
				tanggal pembuatan 2024-01-05
				disahkan oleh "Kepala Dinas"
				pelaksana {
					kadis "Kepala Dinas" // signs
					pegawai "Staf"
				}
				prosedur {
					// the order
					1 mulai kadis "Memerintahkan penyusunan"
						waktu 10 menit // at most

					// drafting, after a blank line
					2 pegawai "Menyusun draf"
						waktu 1 jam
						output "Draf" // the first draft
					3 keputusan kadis "Memeriksa draf"
						waktu 1 jam
						ya ke 4
						tidak ke 2
					4 selesai pegawai "Mengarsipkan"
						waktu 1 jam
				}
			}
			""");
	}

	/** A process that goes on with `lanjut ke` past the row below it. */
	private static final String LANJUT = """
			sop Uji "Uji" {
				unit "Dinas Sosial"
				nomor "1"
				tanggal pembuatan 2024-01-05
				disahkan oleh "Kepala Dinas"
				pelaksana {
					kadis "Kepala Dinas"
					staf "Staf"
				}
				prosedur {
					1 mulai kadis "Memerintahkan penyusunan"
						waktu 10 menit
					2 staf "Menyusun draf"
						waktu 1 jam
						lanjut ke 4
					3 staf "Memperbaiki draf"
						waktu 1 jam
					4 keputusan kadis "Memeriksa draf"
						waktu 1 jam
						ya ke 5
						tidak ke 3
					5 selesai staf "Mengarsipkan"
						waktu 1 jam
				}
			}
			""";

	@Test
	void aStepAddedAfterALanjutContinuesWhereItWent() {
		assertEdited(LANJUT, new AddStep(2, Position.AFTER, "staf", "Merapikan draf", "30 menit"), """
			sop Uji "Uji" {
				unit "Dinas Sosial"
				nomor "1"
				tanggal pembuatan 2024-01-05
				disahkan oleh "Kepala Dinas"
				pelaksana {
					kadis "Kepala Dinas"
					staf "Staf"
				}
				prosedur {
					1 mulai kadis "Memerintahkan penyusunan"
						waktu 10 menit
					2 staf "Menyusun draf"
						waktu 1 jam
						lanjut ke 3
					3 staf "Merapikan draf"
						waktu 30 menit
						lanjut ke 5
					4 staf "Memperbaiki draf"
						waktu 1 jam
					5 keputusan kadis "Memeriksa draf"
						waktu 1 jam
						ya ke 6
						tidak ke 4
					6 selesai staf "Mengarsipkan"
						waktu 1 jam
				}
			}
			""");
	}

	@Test
	void deletingAStepTellsTheRowAboveWhereTheFlowGoesOn() {
		assertEdited(LANJUT, new DeleteStep(2), """
			sop Uji "Uji" {
				unit "Dinas Sosial"
				nomor "1"
				tanggal pembuatan 2024-01-05
				disahkan oleh "Kepala Dinas"
				pelaksana {
					kadis "Kepala Dinas"
					staf "Staf"
				}
				prosedur {
					1 mulai kadis "Memerintahkan penyusunan"
						waktu 10 menit
						lanjut ke 3
					2 staf "Memperbaiki draf"
						waktu 1 jam
					3 keputusan kadis "Memeriksa draf"
						waktu 1 jam
						ya ke 4
						tidak ke 2
					4 selesai staf "Mengarsipkan"
						waktu 1 jam
				}
			}
			""");
	}

	/** Comments at the ends of a step's lines, a block comment above it and blank lines around it. */
	private static final String MESSY = """
			sop Uji "Uji" {
				unit "Dinas Sosial"
				nomor "1"
				tanggal pembuatan 2024-01-05
				disahkan oleh "Kepala Dinas"
				pelaksana {
					kadis "Kepala Dinas"
					staf "Staf"
				}
				prosedur {
					1 mulai kadis "Memerintahkan penyusunan"
						waktu 10 menit // at most

					/* the drafting,
					   in two steps */
					2 staf "Menyusun draf" // first
						waktu 1 jam // or two
						output "Draf" // the first draft

					3 staf "Merapikan draf"
						waktu 30 menit
					4 selesai staf "Mengarsipkan"
						waktu 1 jam
				}
			}
			""";

	@Test
	void aCommentAtTheEndOfAChangedLineStays() {
		assertEdited(MESSY, new EditWaktu(2, "2 jam"), """
			sop Uji "Uji" {
				unit "Dinas Sosial"
				nomor "1"
				tanggal pembuatan 2024-01-05
				disahkan oleh "Kepala Dinas"
				pelaksana {
					kadis "Kepala Dinas"
					staf "Staf"
				}
				prosedur {
					1 mulai kadis "Memerintahkan penyusunan"
						waktu 10 menit // at most

					/* the drafting,
					   in two steps */
					2 staf "Menyusun draf" // first
						waktu 2 jam // or two
						output "Draf" // the first draft

					3 staf "Merapikan draf"
						waktu 30 menit
					4 selesai staf "Mengarsipkan"
						waktu 1 jam
				}
			}
			""");
		assertEdited(MESSY, new EditOutput(2, List.of("Draf akhir")), """
			sop Uji "Uji" {
				unit "Dinas Sosial"
				nomor "1"
				tanggal pembuatan 2024-01-05
				disahkan oleh "Kepala Dinas"
				pelaksana {
					kadis "Kepala Dinas"
					staf "Staf"
				}
				prosedur {
					1 mulai kadis "Memerintahkan penyusunan"
						waktu 10 menit // at most

					/* the drafting,
					   in two steps */
					2 staf "Menyusun draf" // first
						waktu 1 jam // or two
						output "Draf akhir" // the first draft

					3 staf "Merapikan draf"
						waktu 30 menit
					4 selesai staf "Mengarsipkan"
						waktu 1 jam
				}
			}
			""");
	}

	@Test
	void aStepMovedUpPassesTheBlankLineAndBlockCommentAboveTheStepThere() {
		assertEdited(MESSY, new MoveStep(3, 2), """
			sop Uji "Uji" {
				unit "Dinas Sosial"
				nomor "1"
				tanggal pembuatan 2024-01-05
				disahkan oleh "Kepala Dinas"
				pelaksana {
					kadis "Kepala Dinas"
					staf "Staf"
				}
				prosedur {
					1 mulai kadis "Memerintahkan penyusunan"
						waktu 10 menit // at most
					2 staf "Merapikan draf"
						waktu 30 menit

					/* the drafting,
					   in two steps */
					3 staf "Menyusun draf" // first
						waktu 1 jam // or two
						output "Draf" // the first draft

					4 selesai staf "Mengarsipkan"
						waktu 1 jam
				}
			}
			""");
	}

	@Test
	void aStepDeletedBetweenTwoBlankLinesLeavesOneOfThem() {
		assertEquals("""
			sop Uji "Uji" {
				unit "Dinas Sosial"
				nomor "1"
				tanggal pembuatan 2024-01-05
				disahkan oleh "Kepala Dinas"
				pelaksana {
					kadis "Kepala Dinas"
					staf "Staf"
				}
				prosedur {
					1 mulai kadis "Memerintahkan penyusunan"
						waktu 10 menit // at most

					2 staf "Merapikan draf"
						waktu 30 menit
					3 selesai staf "Mengarsipkan"
						waktu 1 jam
				}
			}
			""", applied(SNIPPET, MESSY, new DeleteStep(2)));
	}

	// --- Refusals ---

	/** The operation is refused with the message, with no edits, and the resource is left as it was. */
	private static void assertRefused(String text, EditOperation operation, String message) {
		XtextResource resource = Sops.parse(SNIPPET, text);
		List<Row> rows = Sops.root(resource) instanceof Sop sop ? rows(sop) : List.of();
		EditResult result = Sops.EDITOR.apply(resource, operation);
		assertEquals(message, result.refusal());
		assertEquals(List.of(), result.edits());
		assertEquals(text, text(resource));
		assertEquals(rows, Sops.root(resource) instanceof Sop sop ? rows(sop) : List.of());
	}

	@Test
	void aStepThatIsNotThereIsNamed() {
		assertRefused(SOP, new DeleteStep(9), "Langkah 9 tidak ada");
		assertRefused(SOP, new MoveStep(2, 7), "Langkah 7 tidak ada");
		assertRefused(SOP, new MoveToLane(2, "kabid"), "Pelaksana 'kabid' tidak ada");
	}

	@Test
	void aLaneInUseIsNotDeleted() {
		assertRefused(SOP, new DeleteLane("staf"), "Pelaksana 'staf' masih dipakai oleh langkah 2, 4");
	}

	@Test
	void anEditThatBreaksTheFlowIsRefusedWithTheValidatorsMessage() {
		assertRefused(SOP, new ConnectBranch(3, Branch.YA, 3),
				"Perubahan ditolak: Cabang Ya keputusan 3 kembali ke dirinya sendiri; arahkan ke langkah lain.");
		assertRefused(SOP, new MoveStep(2, 1), "Perubahan ditolak: Langkah pertama adalah awal alur; tandai dengan "
				+ "'mulai' (simbol kapsul): 1 mulai ...");
		assertRefused(SOP, new AddStep(4, Position.AFTER, "staf", "Menyimpan arsip", "1 jam"), "Perubahan ditolak: "
				+ "Langkah 5 tidak pernah dicapai dari langkah pertama; sambungkan dengan 'lanjut ke' atau cabang sebuah "
				+ "keputusan, atau hapus langkah ini.");
		assertRefused(SOP, new EditWaktu(2, "2 jem"), "Perubahan ditolak: Satuan waktu 'jem' tidak dikenal; maksudnya "
				+ "'jam'? Gunakan menit, jam, hari, hari kerja, minggu atau bulan.");
	}

	@Test
	void theEndOfTheFlowIsNotDeletedWhileABranchGoesThere() {
		assertRefused(SOP, new DeleteStep(4), "Langkah 4 masih dituju oleh langkah 3 dan tidak punya langkah sesudahnya; "
				+ "arahkan dulu ke langkah lain.");
	}

	@Test
	void onlyADecisionHasBranches() {
		assertRefused(SOP, new ConnectBranch(2, Branch.YA, 4),
				"Langkah 2 bukan keputusan; hanya keputusan yang punya cabang Ya dan Tidak.");
	}

	@Test
	void aNewLaneNeedsAFreeIdAndAnExistingColumn() {
		assertRefused(SOP, new AddLane("staf", "Staf Lain", 1), "Pelaksana 'staf' sudah ada.");
		assertRefused(SOP, new AddLane("kepala bidang", "Kepala Bidang", 1), "Nama pelaksana 'kepala bidang' tidak bisa "
				+ "dipakai; tulis satu kata dari huruf, angka atau _, diawali huruf, misalnya kabid.");
		assertRefused(SOP, new AddLane("kabid", "Kepala Bidang", 4), "Kolom 4 tidak ada; pilih kolom 1 sampai 3.");
		assertRefused(SOP, new AddLane("kabid", " ", 1), "Nama kolom belum diisi.");
	}

	@Test
	void aStepNeedsItsTextAndAReadableWaktu() {
		assertRefused(SOP, new EditKegiatan(2, " "), "Kegiatan belum diisi.");
		assertRefused(SOP, new EditWaktu(2, "sebentar"),
				"Waktu 'sebentar' tidak terbaca; tulis jumlah dan satuannya, misalnya 2 jam atau 1,5 hari.");
		assertRefused(SOP, new AddStep(2, null, "staf", "Menyiapkan bahan", "1 jam"), "Posisi belum diisi.");
	}

	@Test
	void onlyAnSopThatParsesIsEdited() {
		assertRefused(SOP.replace("ya ke 4", "ya 4"), new DeleteStep(2),
				"Teks SOP ini masih salah tulis; perbaiki dulu kesalahan sintaksnya.");
		assertRefused("buku Buku \"Buku SOP\" { }\n", new DeleteStep(1),
				"Berkas ini bukan SOP; diagram hanya dapat mengubah SOP.");
	}

	@Test
	void errorsThatWereThereBeforeDoNotBlockAnEdit() {
		Path file = Sops.EXAMPLES.resolve("invalid/kak.sop");
		String text = Sops.read(file);
		assertFalse(errors(Sops.parse(file, text)).isEmpty());
		String after = applied(file, text, new MoveToLane(2, "kadis"));
		assertEquals(errors(Sops.parse(file, text)), errors(Sops.parse(file, after)));
		assertEquals("kadis", sop(Sops.parse(file, after)).getLangkah().get(1).getPelaksana().getName());
	}

	@Test
	void theCallersResourceIsNotTouched() {
		XtextResource resource = Sops.parse(SNIPPET, SOP);
		List<Row> rows = rows(sop(resource));
		EditResult result = Sops.EDITOR.apply(resource, new AddStep(1, Position.AFTER, "staf", "Menyiapkan bahan", "1 jam"));
		assertFalse(result.isRefused());
		assertEquals(SOP, text(resource));
		assertEquals(rows, rows(sop(resource)));
	}

	@Test
	void theRuntimeInjectorServesTheEditorToo() {
		DiagramEditor editor = new SopStandaloneSetup().createInjector().getInstance(DiagramEditor.class);
		EditResult result = editor.apply(Sops.parse(SNIPPET, SOP), new MoveToLane(2, "kadis"));
		assertEquals("""
			sop Uji "Uji" {
				unit "Dinas Sosial"
				nomor "1"
				tanggal pembuatan 2024-01-05
				disahkan oleh "Kepala Dinas"
				pelaksana {
					kadis "Kepala Dinas" // signs
					staf "Staf"
				}
				prosedur {
					// the order
					1 mulai kadis "Memerintahkan penyusunan"
						waktu 10 menit // at most

					// drafting, after a blank line
					2 kadis "Menyusun draf"
						waktu 1 jam
						output "Draf" // the first draft
					3 keputusan kadis "Memeriksa draf"
						waktu 1 jam
						ya ke 4
						tidak ke 2
					4 selesai staf "Mengarsipkan"
						waktu 1 jam
				}
			}
			""", TextEdit.apply(SOP, result.edits()));
	}

	// --- Every operation on every example ---

	private static final String NEW_KEGIATAN = "Memeriksa kelengkapan berkas";

	private static final List<String> OPERATIONS = List.of("add step after", "add step before", "add decision",
			"delete step", "move step up", "move step down", "move to lane", "connect branch", "add lane",
			"rename lane", "move lane", "delete lane", "edit kegiatan", "edit waktu", "edit output");

	static Stream<Arguments> examplesAndOperations() {
		return Sops.sopExampleFiles().stream()
				.flatMap(file -> OPERATIONS.stream().map(operation -> Arguments.of(file.getFileName().toString(), operation)));
	}

	/** An operation and the rows and lanes it should leave. */
	private record Expectation(EditOperation operation, List<Row> rows, List<String> lanes) {
	}

	@ParameterizedTest(name = "{1} on {0}")
	@MethodSource("examplesAndOperations")
	void everyOperationMakesItsChangeAndKeepsTheRestOfTheFile(String fileName, String operation) {
		Path file = Sops.example(fileName);
		String text = prepared(file, operation);
		Expectation expected = expectation(operation, sop(Sops.parse(file, text)));

		String after = applied(file, text, expected.operation());

		Sop changed = sop(assertSound(file, Sops.parse(file, text), after, expected.operation()));
		assertEquals(expected.rows(), rows(changed));
		assertEquals(expected.lanes(), lanes(changed));
	}

	/** The example, with a decision to connect when it has none, and with a lane nobody uses to delete. */
	private static String prepared(Path file, String operation) {
		String text = Sops.read(file);
		Sop sop = sop(Sops.parse(file, text));
		if (operation.equals("connect branch") && sop.getLangkah().stream().noneMatch(Keputusan.class::isInstance)) {
			return applied(file, text, new AddDecision(2, Position.AFTER, lane(sop, 2), NEW_KEGIATAN, "1 jam", 3, 2));
		}
		if (operation.equals("delete lane")) {
			return applied(file, text, new AddLane("bendahara", "Bendahara", 2));
		}
		return text;
	}

	private static Expectation expectation(String operation, Sop sop) {
		List<Row> rows = rows(sop);
		List<String> lanes = new ArrayList<>(lanes(sop));
		String kegiatan2 = rows.get(1).kegiatan();
		String kegiatan3 = rows.get(2).kegiatan();
		return switch (operation) {
		case "add step after" -> new Expectation(new AddStep(2, Position.AFTER, lane(sop, 2), NEW_KEGIATAN, "30 menit"),
				inserted(rows, 2, Row.proses(lane(sop, 2), NEW_KEGIATAN, "30 menit")), lanes);
		case "add step before" -> new Expectation(new AddStep(3, Position.BEFORE, lane(sop, 3), NEW_KEGIATAN, "30 menit"),
				inserted(retargeted(rows, kegiatan3, NEW_KEGIATAN), 2, Row.proses(lane(sop, 3), NEW_KEGIATAN, "30 menit")),
				lanes);
		case "add decision" -> new Expectation(new AddDecision(2, Position.AFTER, lane(sop, 2), NEW_KEGIATAN, "1 jam", 3, 2),
				inserted(rows, 2, Row.keputusan(lane(sop, 2), NEW_KEGIATAN, "1 jam", kegiatan3, kegiatan2)), lanes);
		case "delete step" -> new Expectation(new DeleteStep(3), removed(rows, 2), lanes);
		case "move step up" -> new Expectation(new MoveStep(4, 3), swapped(rows, 2, 3), lanes);
		case "move step down" -> new Expectation(new MoveStep(2, 3), swapped(rows, 1, 2), lanes);
		case "move to lane" -> new Expectation(new MoveToLane(3, lane(sop, 1)),
				replaced(rows, 2, rows.get(2).withPelaksana(lane(sop, 1))), lanes);
		case "connect branch" -> {
			int decision = rows.indexOf(rows.stream().filter(row -> row.jenis().equals("keputusan")).findFirst().orElseThrow());
			yield new Expectation(new ConnectBranch(decision + 1, Branch.TIDAK, decision - 1),
					replaced(rows, decision, rows.get(decision).withTidak(rows.get(decision - 2).kegiatan())), lanes);
		}
		case "add lane" -> {
			lanes.add(1, "bendahara Bendahara");
			yield new Expectation(new AddLane("bendahara", "Bendahara", 2), rows, lanes);
		}
		case "rename lane" -> {
			String old = lane(sop, 2);
			lanes.replaceAll(lane -> lane.startsWith(old + " ") ? "petugas Petugas Lapangan" : lane);
			yield new Expectation(new RenameLane(old, "petugas", "Petugas Lapangan"), rows.stream()
					.map(row -> row.pelaksana().equals(old) ? row.withPelaksana("petugas") : row).collect(Collectors.toList()),
					lanes);
		}
		case "move lane" -> {
			String last = lanes.remove(lanes.size() - 1);
			lanes.add(0, last);
			yield new Expectation(new MoveLane(last.substring(0, last.indexOf(' ')), 1), rows, lanes);
		}
		case "delete lane" -> {
			lanes.remove("bendahara Bendahara");
			yield new Expectation(new DeleteLane("bendahara"), rows, lanes);
		}
		case "edit kegiatan" -> new Expectation(new EditKegiatan(2, "Menyusun format \"baru\""),
				replaced(retargeted(rows, kegiatan2, "Menyusun format \"baru\""), 1,
						rows.get(1).withKegiatan("Menyusun format \"baru\"")), lanes);
		case "edit waktu" -> new Expectation(new EditWaktu(2, "3 jam"), replaced(rows, 1, rows.get(1).withWaktu("3 jam")),
				lanes);
		case "edit output" -> new Expectation(new EditOutput(2, List.of("Format A", "Format B")),
				replaced(rows, 1, rows.get(1).withOutput(List.of("Format A", "Format B"))), lanes);
		default -> throw new IllegalArgumentException(operation);
		};
	}

	private static String lane(Sop sop, int nomor) {
		return sop.getLangkah().get(nomor - 1).getPelaksana().getName();
	}

	@ParameterizedTest
	@MethodSource("sopExamples")
	void addingAndDeletingALaneGivesTheFileBackByteForByte(Path file) {
		String text = Sops.read(file);
		String withLane = applied(file, text, new AddLane("bendahara", "Bendahara", 3));
		assertEquals(text, applied(file, withLane, new DeleteLane("bendahara")));
	}

	static Stream<Path> sopExamples() {
		return Sops.sopExampleFiles().stream();
	}
}
