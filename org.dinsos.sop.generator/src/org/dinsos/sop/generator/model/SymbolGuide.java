package org.dinsos.sop.generator.model;

import java.util.List;

/** The booklet's one-page guide to reading an SOP AP flowchart: its five symbols and what each means. */
public final class SymbolGuide {

	public static final String JUDUL = "CARA MEMBACA FLOWCHART SOP AP";
	public static final String PENGANTAR = "Setiap SOP terdiri atas halaman identitas dan flowchart. Setiap baris flowchart adalah satu langkah: "
			+ "simbolnya berada di kolom pelaksana yang mengerjakannya, dan kolom Mutu Baku memuat kelengkapan, waktu, "
			+ "dan output langkah itu. Alur dibaca dari atas ke bawah.";
	public static final List<String> KOLOM = List.of("Simbol", "Nama", "Arti");

	/** The symbols of the regulation, in its order. */
	public enum Simbol {
		TERMINATOR("Terminator (kapsul)", "Awal (mulai) dan akhir (selesai) prosedur."),
		PROSES("Proses (persegi panjang)", "Satu kegiatan, dikerjakan oleh pelaksana di kolom tempat simbol berada."),
		KEPUTUSAN("Keputusan (belah ketupat)",
				"Pemeriksaan dengan dua jalan keluar: Ya ke langkah berikutnya, Tidak biasanya kembali ke langkah sebelumnya."),
		ANAK_PANAH("Anak panah", "Arah alur dari satu langkah ke langkah berikutnya."),
		PENGHUBUNG("Penghubung antar halaman (segi lima)", "Alur berlanjut di halaman lain, pada penghubung dengan huruf yang sama.");

		private final String nama;
		private final String arti;

		Simbol(String nama, String arti) {
			this.nama = nama;
			this.arti = arti;
		}

		public String nama() {
			return nama;
		}

		public String arti() {
			return arti;
		}
	}

	private SymbolGuide() {
	}
}
