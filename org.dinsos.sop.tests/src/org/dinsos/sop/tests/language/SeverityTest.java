package org.dinsos.sop.tests.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dinsos.sop.ide.server.SopSettings;
import org.dinsos.sop.tests.cli.SopCli;
import org.dinsos.sop.tests.support.Sops;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * An office chooses how loud a configurable rule is: in a sop.properties beside its SOPs (or in a folder
 * above), read by `sop check` and the language server, and in the editor's setting sop.tingkatMasalah.
 */
class SeverityTest {

	/** Valid but for its second kegiatan, which does not start with an active verb (an info by default). */
	private static final String SOP = """
			sop Uji "Uji coba" {
				unit "Dinas Sosial Kota Metro"
				nomor "800/1/D-5/03/2024"
				tanggal pembuatan 2024-01-05
				disahkan oleh "Kepala Dinas Sosial Kota Metro"
					nama "SRI AMANTO, S.H., M.H"
					nip "196804201993031009"
				pelaksana {
					kadis "Kepala Dinas"
				}
				prosedur {
					1 mulai kadis "Memerintahkan penyusunan laporan"
						waktu 10 menit
					2 selesai kadis "Laporan ditandatangani"
						waktu 5 menit
				}
			}
			""";

	private static final String KEGIATAN_INFO = "uji.sop:14:19: info: Kegiatan sebaiknya diawali kata kerja aktif tanpa "
			+ "subjek (misalnya 'Memeriksa ...'), bukan 'Laporan'. [sop.kegiatan.bukan-kata-kerja]";

	@TempDir
	Path dir;

	@AfterEach
	void clientSettingsBackToDefault() {
		Sops.INJECTOR.getInstance(SopSettings.class).update(JsonParser.parseString("{}"));
	}

	@Test
	void withoutSopPropertiesARuleHasItsDefaultSeverity() throws IOException {
		Path file = Files.writeString(dir.resolve("uji.sop"), SOP);
		assertEquals(List.of(KEGIATAN_INFO), check(file));
	}

	@Test
	void sopPropertiesBesideTheSopSilencesARule() throws IOException {
		Path file = Files.writeString(dir.resolve("uji.sop"), SOP);
		Files.writeString(dir.resolve("sop.properties"), "sop.kegiatan.bukan-kata-kerja = ignore\n");
		assertEquals(List.of(), check(file));
	}

	@Test
	void sopPropertiesInAFolderAboveRaisesARule() throws IOException {
		Path unit = Files.createDirectories(dir.resolve("sekretariat"));
		Path file = Files.writeString(unit.resolve("uji.sop"), SOP);
		Files.writeString(dir.resolve("sop.properties"), "# Kebijakan kantor\nsop.kegiatan.bukan-kata-kerja=warning\n");
		assertEquals(List.of(KEGIATAN_INFO.replace(" info: ", " warning: ").replace("uji.sop", "sekretariat/uji.sop")),
				check(file));
	}

	@Test
	void aRuleTheDocumentsNeedStaysAnErrorWhateverTheFileSays() throws IOException {
		Path file = Files.writeString(dir.resolve("uji.sop"), SOP.replace("2 selesai", "3 selesai"));
		Files.writeString(dir.resolve("sop.properties"), """
				sop.nomor-langkah.terlewat = ignore
				sop.kegiatan.bukan-kata-kerja = bisu
				""");
		List<String> lines = check(file);
		assertEquals(2, lines.size(), lines.toString());
		assertEquals("uji.sop:14:3: error: Setelah langkah 1 seharusnya langkah 2, bukan 3 (nomor 2 terlewat). "
				+ "Nomori ulang langkah 1 sampai 2. [sop.nomor-langkah.terlewat]", lines.get(0));
		assertEquals(KEGIATAN_INFO, lines.get(1));
	}

	@Test
	void theEditorSettingOverridesTheFile() throws IOException {
		Path file = Files.writeString(dir.resolve("uji.sop"), SOP);
		Files.writeString(dir.resolve("sop.properties"), "sop.kegiatan.bukan-kata-kerja = ignore\n");
		Sops.INJECTOR.getInstance(SopSettings.class).update(JsonParser.parseString(
				"{\"sop\": {\"tingkatMasalah\": {\"sop.kegiatan.bukan-kata-kerja\": \"error\"}}}"));
		XtextResource resource = Sops.parse(file, SOP);
		assertEquals(List.of("14:19 ERROR sop.kegiatan.bukan-kata-kerja"), Sops.validate(resource).stream()
				.map(issue -> issue.getLineNumber() + ":" + issue.getColumn() + " " + issue.getSeverity() + " "
						+ issue.getCode())
				.toList());
	}

	/** The lines `sop check` prints for the file, without its summary line, from the temporary folder on. */
	private List<String> check(Path file) {
		String folder = dir.getFileName().toString();
		return SopCli.run("check", file.toString()).out().stream().filter(line -> line.contains("[sop."))
				.map(line -> line.substring(line.indexOf(folder) + folder.length() + 1)).toList();
	}
}
