package org.dinsos.sop.generator.html;

/** The one-page guide of a booklet: the five symbols of an SOP AP flowchart and what each means. */
final class Guide {

	private Guide() {
	}

	static String page() {
		return """
				<section class="panduan">
				<h1>CARA MEMBACA FLOWCHART SOP AP</h1>
				<p>Setiap baris tabel adalah satu langkah. Simbol langkah digambar pada kolom pelaksana yang melakukannya; \
				kolom Mutu Baku menyebut kelengkapan, waktu dan output setiap langkah. Alur dibaca dari atas ke bawah.</p>
				<table class="panduan">
				<tr><th>Simbol</th><th>Nama</th><th>Arti</th></tr>
				<tr><td class="simbol">%s</td><td>Terminator (kapsul)</td><td>Awal dan akhir prosedur.</td></tr>
				<tr><td class="simbol">%s</td><td>Proses</td><td>Satu kegiatan yang dilakukan pelaksana.</td></tr>
				<tr><td class="simbol">%s</td><td>Keputusan</td><td>Pemeriksaan dengan dua jalan keluar: Ya dan Tidak.</td></tr>
				<tr><td class="simbol">%s</td><td>Anak panah</td><td>Arah alur dari satu langkah ke langkah berikutnya.</td></tr>
				<tr><td class="simbol">%s</td><td>Penghubung antar halaman</td><td>Alur berlanjut di halaman lain, pada penghubung dengan huruf yang sama.</td></tr>
				</table>
				</section>""".formatted(
				svg("<rect x=\"2\" y=\"3\" width=\"26\" height=\"8\" rx=\"4\" ry=\"4\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"0.35\"/>"),
				svg("<rect x=\"2\" y=\"2.5\" width=\"26\" height=\"9\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"0.35\"/>"),
				svg("<polygon points=\"15,1 28,7 15,13 2,7\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"0.35\"/>"),
				svg("<line x1=\"3\" y1=\"7\" x2=\"25\" y2=\"7\" stroke=\"#000\" stroke-width=\"0.3\"/>"
						+ "<polygon points=\"27,7 24,5.5 24,8.5\" fill=\"#000\"/>"),
				svg("<polygon points=\"11,2 19,2 19,9 15,12 11,9\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"0.35\"/>"
						+ "<text x=\"15\" y=\"7.8\" text-anchor=\"middle\" font-size=\"3.5\">A</text>"));
	}

	private static String svg(String content) {
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"30mm\" height=\"14mm\" viewBox=\"0 0 30 14\">" + content + "</svg>";
	}
}
