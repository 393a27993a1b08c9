package org.dinsos.sop.tests.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.dinsos.sop.formatting2.SopSourceFormatter;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One canonical layout: formatting is idempotent, keeps every comment, and the examples are already in it. */
class FormatterTest {

	private final SopSourceFormatter formatter = Sops.INJECTOR.getInstance(SopSourceFormatter.class);

	static Stream<Path> exampleFiles() {
		return Stream.concat(Sops.exampleFiles().stream(),
				Stream.of(Sops.EXAMPLES.resolve("invalid/kak.sop"), Sops.EXAMPLES.resolve("invalid/laporan-tahunan.sop")));
	}

	@ParameterizedTest
	@MethodSource("exampleFiles")
	void examplesAreInCanonicalLayoutAndFormattingIsIdempotent(Path file) {
		String text = Sops.read(file);
		XtextResource resource = Sops.parse(text);
		String once = formatter.format(resource);
		assertEquals(text, once, file.toString());
		assertEquals(once, formatter.format(Sops.parse(once)), file.toString());
	}

	@ParameterizedTest
	@MethodSource("exampleFiles")
	void formattingAScrambledExampleRestoresItAndKeepsEveryComment(Path file) {
		String text = Sops.read(file);
		List<String> comments = Sops.comments(Sops.parse(text));
		assertFalse(comments.isEmpty(), file + " has comments to keep");
		// Collapse the layout: every run of blanks and line breaks outside strings and // comments becomes one space.
		String scrambled = scramble(text);
		XtextResource resource = Sops.parse(scrambled);
		assertEquals(List.of(), resource.getErrors());
		String formatted = formatter.format(resource);
		assertEquals(comments, Sops.comments(Sops.parse(formatted)));
		assertEquals(formatted, formatter.format(Sops.parse(formatted)));
	}

	@Test
	void aBooksConventionsAndKeputusanGetTheCanonicalLayout() {
		String messy = """
				buku Uji "Uji" { gaya { sel kosong "-" daftar butir kolom kegiatan "Uraian Prosedur" kolom keterangan "Ket" }
				keputusan "Standar" { nomor "188/1/2024" ditetapkan di "Metro" tanggal 2024-01-15
				ditandatangani oleh "Kepala Dinas" nama "SRI AMANTO" pangkat "Pembina" nip "196804201993031009"
				menimbang { "bahwa a;" "bahwa b;" } mengingat { "Permenpan 35/2012;" } memutuskan { "Berlaku." "Dipantau." } } }
				""";
		assertEquals("""
				buku Uji "Uji" {
					gaya {
						sel kosong "-"
						daftar butir
						kolom kegiatan "Uraian Prosedur"
						kolom keterangan "Ket"
					}
					keputusan "Standar" {
						nomor "188/1/2024"
						ditetapkan di "Metro" tanggal 2024-01-15
						ditandatangani oleh "Kepala Dinas"
							nama "SRI AMANTO"
							pangkat "Pembina"
							nip "196804201993031009"
						menimbang {
							"bahwa a;"
							"bahwa b;"
						}
						mengingat {
							"Permenpan 35/2012;"
						}
						memutuskan {
							"Berlaku."
							"Dipantau."
						}
					}
				}
				""", formatter.format(Sops.parse(messy)));
	}

	@Test
	void anOlderBooksKeputusanKeepsItsNomorBesideTheTitle() {
		String old = """
				buku Uji "Uji" {
					keputusan "Keputusan Kepala Dinas tentang Uji" nomor "188/1/2024" tanggal 2024-01-15 {
						"KESATU: Berlaku."
					}
				}
				""";
		assertEquals(old, formatter.format(Sops.parse(old)));
	}

	@Test
	void aMessySnippetGetsTheCanonicalLayout() {
		String messy = """
				sop   Uji "Uji coba"{unit "Dinas Sosial Kota Metro" alamat "Jl. Ahmad Yani No. 73"
				nomor "800/1/D-5/03/2024"   tanggal pembuatan 2024-01-05
				disahkan oleh "Kepala Dinas" nama "SRI AMANTO" nip "196804201993031009"
				dasar hukum { "UU 1" "UU 2" }
				pelaksana { kadis "Kepala Dinas" staf "Staf" }


				prosedur { 1 mulai kadis "Memerintahkan" kelengkapan "Disposisi" , "Surat" waktu 1,5 jam output "Disposisi"
				// the decision
				2 keputusan kadis "Memeriksa" waktu 10 menit ya ke 3 tidak ke 1
				3 selesai staf "Mengarsipkan" waktu 2 hari kerja keterangan "Arsip" } }
				""";
		String expected = """
				sop Uji "Uji coba" {
					unit "Dinas Sosial Kota Metro"
						alamat "Jl. Ahmad Yani No. 73"
					nomor "800/1/D-5/03/2024"
					tanggal pembuatan 2024-01-05
					disahkan oleh "Kepala Dinas"
						nama "SRI AMANTO"
						nip "196804201993031009"
					dasar hukum {
						"UU 1"
						"UU 2"
					}
					pelaksana {
						kadis "Kepala Dinas"
						staf "Staf"
					}

					prosedur {
						1 mulai kadis "Memerintahkan"
							kelengkapan "Disposisi", "Surat"
							waktu 1,5 jam
							output "Disposisi"
						// the decision
						2 keputusan kadis "Memeriksa"
							waktu 10 menit
							ya ke 3
							tidak ke 1
						3 selesai staf "Mengarsipkan"
							waktu 2 hari kerja
							keterangan "Arsip"
					}
				}
				""";
		assertEquals(expected, formatter.format(Sops.parse(messy)));
	}

	@Test
	void aCommentIsKeptAsWrittenEvenWithoutASpaceAfterTheSlashes() {
		String messy = """
				//catatan tanpa spasi
				sop Uji "Uji" {
				//   dengan tiga spasi
				unit "Dinas Sosial"
				}
				""";
		assertEquals("""
				//catatan tanpa spasi
				sop Uji "Uji" {
					//   dengan tiga spasi
					unit "Dinas Sosial"
				}
				""", formatter.format(Sops.parse(messy)));
	}

	@Test
	void lineEndsOfWindowsAndOldMacsBecomeUnixOnesAtTheFirstFormatting() {
		String windows = "// catatan\r\nsop Uji \"Uji\" {\r\n// di dalam\r\nunit \"Dinas Sosial\"\r\n}\r\n";
		// A lone CR right after a // comment does not parse: the comment's own line end is CR LF or LF.
		String oldMac = "\r// catatan\nsop Uji \"Uji\" {\r// di dalam\nunit \"Dinas Sosial\"\r}\r";
		String unix = """
				// catatan
				sop Uji "Uji" {
					// di dalam
					unit "Dinas Sosial"
				}
				""";
		assertEquals(unix, formatter.format(Sops.parse(windows)));
		assertEquals(unix, formatter.format(Sops.parse(oldMac)));
	}

	@Test
	void aFileWithSyntaxErrorsIsNotFormatted() {
		XtextResource broken = Sops.parse("sop Uji \"Uji\" { nomor }");
		assertThrows(RuntimeException.class, () -> formatter.format(broken));
	}

	/** The same tokens on as few lines as the comments allow. */
	private static String scramble(String text) {
		StringBuilder out = new StringBuilder();
		boolean inString = false;
		boolean inLineComment = false;
		boolean pendingSpace = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (inLineComment) {
				out.append(c);
				inLineComment = c != '\n';
				continue;
			}
			if (!inString && Character.isWhitespace(c)) {
				pendingSpace = true;
				continue;
			}
			if (pendingSpace) {
				out.append(' ');
				pendingSpace = false;
			}
			if (!inString && c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
				inLineComment = true;
			} else if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
				inString = !inString;
			}
			out.append(c);
		}
		return out.toString();
	}
}
