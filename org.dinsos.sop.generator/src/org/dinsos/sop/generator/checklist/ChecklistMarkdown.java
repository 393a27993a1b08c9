package org.dinsos.sop.generator.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dinsos.sop.conversion.SopValueConverters;
import org.dinsos.sop.generator.checklist.Checklist.Lane;
import org.dinsos.sop.generator.checklist.Checklist.Step;

/** The checklist as a GitHub task list, for an office wiki: one box to tick per step. */
public final class ChecklistMarkdown {

	private ChecklistMarkdown() {
	}

	public static String write(Checklist checklist) {
		Map<String, String> labels = checklist.pelaksana().stream()
				.collect(Collectors.toMap(Lane::id, Lane::label, (a, b) -> a));
		return """
				# Checklist SOP: %s

				| | |
				|---|---|
				| Nomor SOP | %s |
				| Unit | %s |
				| Waktu baku (jalur utama) | %s, 1 hari = %s jam |
				| Pelaksana | %s |

				## Langkah

				%s
				""".formatted(text(checklist.sop().judul()), text(checklist.sop().nomor()), text(checklist.sop().unit()),
				text(checklist.sop().waktuTotal()), SopValueConverters.decimal(checklist.sop().jamKerjaPerHari()),
				checklist.pelaksana().stream().map(lane -> text(lane.label())).collect(Collectors.joining(", ")),
				checklist.langkah().stream().map(step -> step(step, labels)).collect(Collectors.joining("\n")));
	}

	private static String step(Step step, Map<String, String> labels) {
		return """
				- [ ] **%d. %s**%s
				%s""".formatted(step.nomor(), text(step.kegiatan()), kind(step),
				details(step, labels).stream().map(line -> "  - " + line + "\n").collect(Collectors.joining()));
	}

	private static String kind(Step step) {
		return switch (step.jenis()) {
			case "mulai" -> " (mulai)";
			case "selesai" -> " (selesai)";
			case "keputusan" -> " (keputusan)";
			default -> "";
		};
	}

	private static List<String> details(Step step, Map<String, String> labels) {
		List<String> lines = new ArrayList<>();
		if (step.pelaksana() != null) {
			lines.add("Pelaksana: " + text(labels.getOrDefault(step.pelaksana(), step.pelaksana())));
		}
		if (step.waktu() != null) {
			lines.add("Waktu: " + text(SopValueConverters.decimal(step.waktu().jumlah()) + " " + step.waktu().satuan()));
		}
		addList(lines, "Kelengkapan", step.kelengkapan());
		addList(lines, "Output", step.output());
		if (step.keterangan() != null) {
			lines.add("Keterangan: " + text(step.keterangan()));
		}
		if (step.ya() != null || step.tidak() != null) {
			lines.add("Ya: ke langkah %s; Tidak: ke langkah %s".formatted(target(step.ya()), target(step.tidak())));
		} else if (step.berikutnya() != null) {
			lines.add("Berikutnya: langkah " + step.berikutnya());
		} else if ("selesai".equals(step.jenis())) {
			lines.add("Prosedur selesai");
		}
		return lines;
	}

	private static void addList(List<String> lines, String label, List<String> items) {
		if (!items.isEmpty()) {
			lines.add(label + ": " + items.stream().map(ChecklistMarkdown::text).collect(Collectors.joining("; ")));
		}
	}

	private static String target(Integer nomor) {
		return nomor == null ? "-" : nomor.toString();
	}

	/** SOP text as inline Markdown: markup and emphasis characters stay literal, line breaks become spaces. */
	static String text(String value) {
		if (value == null) {
			return "-";
		}
		StringBuilder out = new StringBuilder(value.length());
		for (char c : value.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '\\', '`', '*', '_', '[', ']', '|', '#', '~', '!' -> out.append('\\').append(c);
				case '\n', '\r' -> out.append(' ');
				default -> out.append(c);
			}
		}
		return out.toString();
	}
}
