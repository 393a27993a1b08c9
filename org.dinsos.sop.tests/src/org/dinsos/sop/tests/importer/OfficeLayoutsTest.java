package org.dinsos.sop.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.dinsos.sop.importer.Importer.Draft;
import org.dinsos.sop.sop.Sop;
import org.dinsos.sop.tests.support.Imports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Word files in four other offices' layouts (made with LibreOffice, see resources/import/README.md) come
 * in with every step's kegiatan, lane, waktu and output, and the identity page's fields.
 */
class OfficeLayoutsTest {

	@TempDir
	Path folder;

	@Test
	void mergedIdentityCellsUraianProsedurPicturesAndAStepRunningOntoTheNextPage() {
		Sop sop = only("kantor-a.docx");
		assertEquals("""
				judul: pelayanan penerbitan akta kelahiran
				unit: dinas kependudukan dan pencatatan sipil | Jl. Merdeka No. 1 Telp. (0725) 41234 Kota Contoh
				nomor: 470/05/SOP/2023
				tanggal: 2023-01-02 | 2024-03-15 | 2024-04-01
				disahkan: Kepala Dinas Kependudukan dan Pencatatan Sipil | BUDI SANTOSO, S.Sos., M.Si | Pembina Tingkat I | 197001011995031002
				dasar hukum: [Undang-Undang Nomor 24 Tahun 2013 tentang Administrasi Kependudukan, Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil]
				kualifikasi: [Memahami tata cara pencatatan kelahiran, Mampu mengoperasikan SIAK]
				keterkaitan: [terkait SOP Pelayanan Kartu Keluarga]
				peralatan: [Komputer dan printer, Blangko akta kelahiran]
				peringatan: [Apabila SOP tidak dilaksanakan, penerbitan akta kelahiran terlambat.]
				pencatatan: [Register akta kelahiran disimpan secara elektronik dan manual.]
				pelaksana: [Pemohon, Petugas Loket, Kasi Kelahiran, Kadis]
				1 mulai Pemohon | Menyerahkan berkas permohonan akta kelahiran | [Formulir F-2.01, Kartu Keluarga] | 5 menit | [Berkas permohonan]
				2 keputusan Petugas Loket | Memeriksa kelengkapan berkas permohonan | [Berkas permohonan] | 15 menit | [Berkas lengkap] | ya 3 tidak 1
				3 proses Petugas Loket | Memasukkan data kelahiran ke SIAK | [Berkas lengkap] | 30 menit | [Draf akta kelahiran]
				4 proses Kasi Kelahiran | Memverifikasi draf akta kelahiran dan memberi paraf | [Draf akta kelahiran] | 1 jam | [Draf akta terverifikasi]
				5 proses Kadis | Menandatangani akta kelahiran | [Draf akta terverifikasi] | 1 hari | [Akta kelahiran]
				6 selesai Petugas Loket | Menyerahkan akta kelahiran kepada pemohon | [Akta kelahiran] | 10 menit | [Tanda terima]
				""", Imports.describe(sop));
	}

	@Test
	void oneHeaderRowMarksOfTheLaneInCapitalsAnExtraColumnAndNoKeterangan() {
		Sop sop = only("kantor-b.docx");
		assertEquals("""
				judul: pelayanan surat keterangan tidak mampu
				unit: kecamatan metro pusat | Jalan Jenderal Sudirman No. 9 Metro
				nomor: 100/12/KEC-MP/2024
				tanggal: 2024-01-10 | - | 2024-02-01
				disahkan: Camat Metro Pusat | DEWI LESTARI, S.STP | Penata Tingkat I | 198503152006042001
				dasar hukum: [Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah, Peraturan Walikota Metro Nomor 10 Tahun 2020 tentang Pelimpahan Kewenangan kepada Camat]
				kualifikasi: [Memahami administrasi kependudukan, Ramah dalam melayani]
				keterkaitan: []
				peralatan: [Komputer, Stempel kecamatan]
				peringatan: [Surat tidak diterbitkan bila persyaratan tidak lengkap.]
				pencatatan: [Buku register surat keterangan]
				pelaksana: [Pemohon, Petugas Pelayanan, Kasi Kesos, Camat]
				1 mulai Pemohon | Mengajukan permohonan SKTM dengan surat pengantar kelurahan | [Surat pengantar kelurahan] | 10 menit | [Berkas permohonan]
				2 proses Petugas Pelayanan | Meneliti berkas dan mengagendakan permohonan | [Berkas permohonan] | 30 menit | [Berkas teragenda]
				3 keputusan Kasi Kesos | Memeriksa kebenaran data pemohon | [Berkas teragenda] | 2 jam | [Berkas terverifikasi] | ya 4 tidak 2
				4 proses Camat | Menandatangani SKTM | [Konsep SKTM] | 1 hari kerja | [SKTM]
				5 selesai Pemohon | Menerima SKTM | [SKTM] | 5 menit | [SKTM diterima]
				""", Imports.describe(sop));
	}

	@Test
	void aRowOfColumnNumbersAbbreviatedLanesAndATableGoingOnWithoutItsHeader() {
		Sop sop = only("kantor-c.docx");
		assertEquals("""
				judul: pengelolaan surat masuk
				unit: badan kepegawaian daerah | Jl. Pemuda No. 20 Telp. 0725 555
				nomor: 800/07/BKD/2022
				tanggal: 2022-10-03 | - | -
				disahkan: Kepala Badan Kepegawaian Daerah | Drs. AHMAD YANI, M.M. | Pembina Utama Muda | 196505051990031005
				dasar hukum: [Peraturan Kepala ANRI Nomor 2 Tahun 2014 tentang Pedoman Tata Naskah Dinas]
				kualifikasi: [Memahami tata naskah dinas]
				keterkaitan: [lanjutan SOP Pengarsipan]
				peralatan: [Buku agenda, Lembar disposisi]
				peringatan: [Surat yang tidak diagendakan dapat hilang.]
				pencatatan: [Buku agenda surat masuk]
				pelaksana: [Kaban, Sekban, JFU Arsip]
				1 mulai JFU Arsip | Menerima dan mencatat surat masuk di buku agenda | [Surat masuk] | 10 menit | [Surat teragenda]
				2 proses JFU Arsip | Menyampaikan surat kepada Sekretaris Badan | [Surat teragenda] | 15 menit | [Surat teragenda]
				3 proses Sekban | Menelaah surat dan meneruskan kepada Kepala Badan | [Surat teragenda, lembar disposisi] | 1 jam | [Telaahan surat]
				4 keputusan Kaban | Memberi disposisi | [Telaahan surat] | 1 hari | [Lembar disposisi] | ya 5 tidak 3
				5 selesai JFU Arsip | Mengarsipkan surat dan disposisi | [Lembar disposisi] | 2 jam | [Arsip surat]
				""", Imports.describe(sop));
	}

	@Test
	void drawingShapesTheDecisionsTargetInItsTextAndAMark() {
		Sop sop = only("kantor-d.docx");
		assertEquals("""
				judul: penerbitan berita di laman resmi
				unit: -
				nomor: 045/02/DISKOMINFO/2024
				tanggal: 2024-02-12 | - | -
				disahkan: Kepala Dinas Komunikasi dan Informatika | RINA WATI, S.Kom., M.T. | Pembina | 198001012005012003
				dasar hukum: []
				kualifikasi: []
				keterkaitan: []
				peralatan: []
				peringatan: []
				pencatatan: []
				pelaksana: [Reporter, Redaktur, Admin Web]
				1 mulai Reporter | Menulis naskah berita | [Bahan liputan] | 2 jam | [Naskah berita]
				2 keputusan Redaktur | Menyunting naskah berita | [Naskah berita] | 30 menit | [Naskah tersunting] | ya 3 tidak 1
				3 proses Admin Web | Mengunggah berita ke laman | [Naskah tersunting] | 15 menit | [Berita terbit]
				4 proses Redaktur | Melaporkan berita terbit | [Berita terbit] | 5 menit | [Laporan]
				""", Imports.describe(sop));
	}

	private Sop only(String fixture) {
		List<Draft> drafts = Imports.drafts(Imports.DATA.resolve(fixture), folder);
		assertEquals(1, drafts.size());
		return Imports.model(drafts.get(0));
	}
}
