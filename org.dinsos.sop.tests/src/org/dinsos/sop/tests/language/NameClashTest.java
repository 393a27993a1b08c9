package org.dinsos.sop.tests.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.dinsos.sop.tests.cli.SopCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names that must be unique: an SOP's name in its workspace, an SOP in the isi of a booklet. */
class NameClashTest {

	@TempDir
	Path dir;

	@Test
	void twoSopsWithTheSameNameAreBothErrorsNamingTheOtherFile() {
		Path lakip = SopCli.write(dir.resolve("keuangan/lakip.sop"), SopCli.sop("Lakip", "800/1/2024", ""));
		Path copy = SopCli.write(dir.resolve("arsip/lakip-lama.sop"), SopCli.sop("Lakip", "800/2/2024", ""));

		SopCli check = SopCli.run("check", "-r", dir.toString());

		assertEquals(List.of(
				copy + ":1:5: error: SOP bernama 'Lakip' juga ada di ../keuangan/lakip.sop; setiap SOP di satu ruang kerja perlu nama sendiri. [sop.nama-sop.ganda]",
				lakip + ":1:5: error: SOP bernama 'Lakip' juga ada di ../arsip/lakip-lama.sop; setiap SOP di satu ruang kerja perlu nama sendiri. [sop.nama-sop.ganda]",
				"2 berkas diperiksa: 2 kesalahan, 0 peringatan, 0 info."), check.out());
	}

	@Test
	void sopsWithDifferentNamesDoNotClash() {
		SopCli.write(dir.resolve("a.sop"), SopCli.sop("A", "800/1/2024", ""));
		SopCli.write(dir.resolve("b.sop"), SopCli.sop("B", "800/2/2024", ""));

		assertEquals(List.of("2 berkas diperiksa: 0 kesalahan, 0 peringatan, 0 info."), SopCli.run("check", dir.toString()).out());
	}

	@Test
	void aBookletListingAnSopTwiceIsAnErrorAtTheSecondMention() {
		SopCli.write(dir.resolve("a.sop"), SopCli.sop("A", "800/1/2024", ""));
		SopCli.write(dir.resolve("b.sop"), SopCli.sop("B", "800/2/2024", ""));
		Path buku = SopCli.write(dir.resolve("buku.sop"), """
				buku Buku "Buku SOP" {
					isi {
						A
						B
						A
					}
				}
				""");

		SopCli check = SopCli.run("check", dir.toString());

		assertEquals(List.of(buku + ":5:3: error: SOP 'A' sudah disebut di isi buku ini; hapus sebutan kedua ini. [sop.buku.sop-ganda]"),
				check.out().stream().filter(line -> line.startsWith(buku.toString())).toList());
		assertEquals(1, check.exitCode());
	}
}
