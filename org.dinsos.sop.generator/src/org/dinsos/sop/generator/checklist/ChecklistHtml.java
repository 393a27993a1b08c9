package org.dinsos.sop.generator.checklist;

import static org.dinsos.sop.generator.Markup.escape;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The checklist as one self-contained HTML page an operator runs the SOP with, in a browser, on a phone or
 * a desk: the current step to tick and answer, a timer against its Mutu Baku, notes, the run's history kept
 * across reloads and exported as CSV or JSON. The script and style sheet beside this class are inlined and
 * the checklist is embedded as JSON, so the file needs nothing else; the script builds every element that
 * shows SOP text with textContent, so markup in an SOP stays text.
 */
public final class ChecklistHtml {

	private static final String SCRIPT = resource("checklist.js");
	private static final String STYLE = resource("checklist.css");

	private ChecklistHtml() {
	}

	public static String write(Checklist checklist) {
		Checklist.Identity sop = checklist.sop();
		return """
				<!DOCTYPE html>
				<html lang="id">
				<head>
				<meta charset="UTF-8"/>
				<meta name="viewport" content="width=device-width, initial-scale=1"/>
				<title>Checklist SOP: %s</title>
				<style>
				%s</style>
				</head>
				<body>
				<header class="kepala">
				<p class="unit">%s</p>
				<h1>%s</h1>
				<p class="identitas">Nomor SOP %s · waktu baku %s</p>
				</header>
				<main>
				<section id="pengaturan" class="panel layar">
				<div class="pengaturan-isi">
				<label class="isian">Nama operator <input id="operator" type="text" autocomplete="name" placeholder="Nama Anda"/></label>
				<label class="isian">Langkah saya <select id="saya"><option value="">Semua pelaksana</option></select></label>
				</div>
				<p id="penyimpanan" class="catatan-kecil" hidden="">Browser ini tidak mengizinkan penyimpanan: kemajuan hilang bila halaman dimuat ulang.</p>
				</section>
				<section id="kartu" class="panel kartu layar" aria-live="polite"></section>
				<section id="ikhtisar" class="panel">
				<h2>Langkah prosedur</h2>
				<p id="jumlah" class="catatan-kecil"></p>
				<ol id="daftar" class="daftar"></ol>
				</section>
				<section id="riwayat" class="panel">
				<h2>Riwayat run</h2>
				<p id="ringkasan" class="catatan-kecil"></p>
				<div class="gulir">
				<table class="log">
				<thead><tr><th>No</th><th>Langkah</th><th>Kegiatan</th><th>Pelaksana</th><th>Operator</th><th>Mulai</th><th>Selesai</th><th>Lama / baku</th><th>Jawaban</th><th>Catatan</th></tr></thead>
				<tbody id="log"></tbody>
				</table>
				</div>
				</section>
				<section id="ekspor" class="panel layar">
				<div class="tombol">
				<button type="button" id="unduh-csv">Unduh log (CSV)</button>
				<button type="button" id="unduh-json">Unduh log (JSON)</button>
				<button type="button" id="cetak">Cetak</button>
				<button type="button" id="ulang">Mulai ulang</button>
				</div>
				<div id="konfirmasi-ulang" class="konfirmasi" hidden="">
				<p>Mulai ulang? Riwayat run ini dihapus; unduh dulu lognya bila masih diperlukan.</p>
				<div class="tombol">
				<button type="button" id="ulang-ya" class="tidak">Ya, hapus dan mulai ulang</button>
				<button type="button" id="ulang-batal">Batal</button>
				</div>
				</div>
				</section>
				</main>
				<noscript><p>Checklist ini memerlukan JavaScript.</p></noscript>
				<script type="application/json" id="checklist">
				%s</script>
				<script>
				%s</script>
				</body>
				</html>
				""".formatted(escape(sop.judul()), STYLE, escape(orEmpty(sop.unit())), escape(sop.judul()),
				escape(sop.nomor() == null ? "-" : sop.nomor()), escape(sop.waktuTotal()), ChecklistJson.write(checklist),
				SCRIPT);
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	private static String resource(String name) {
		try (InputStream in = ChecklistHtml.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Berkas bawaan checklist tidak ditemukan: " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
