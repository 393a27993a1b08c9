import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inputs of the benchmark (bench/run.sh), run with the JDK's source launcher:
 *
 *   java bench/Generate.java booklet EXAMPLES N DIR   a folder of N SOPs (the five examples in turn, each
 *                                                     renamed and renumbered) and its buku.sop
 *   java bench/Generate.java large STEPS LANES FILE   one SOP of STEPS steps over LANES lanes, a decision every
 *                                                     tenth step going back one step when the answer is Tidak
 *   java bench/Generate.java plantuml SOP FILE        the SOP's swimlane flowchart in PlantUML's activity syntax
 *
 * The PlantUML text has the SOP's lanes, one activity per step in its lane, and each decision whose Tidak
 * branch goes back as a repeat loop around the steps it repeats: the same drawing PlantUML's peer makes.
 */
public class Generate {

	public static void main(String[] args) throws IOException {
		switch (args[0]) {
			case "booklet" -> booklet(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
			case "large" -> write(Path.of(args[3]), large(Integer.parseInt(args[1]), Integer.parseInt(args[2])));
			case "plantuml" -> write(Path.of(args[2]), plantUml(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8)));
			default -> throw new IllegalArgumentException("booklet, large or plantuml: " + args[0]);
		}
	}

	private static final Pattern HEADER = Pattern.compile("^sop (\\w+) \"([^\"]*)\"", Pattern.MULTILINE);
	private static final Pattern NOMOR = Pattern.compile("^\\tnomor \"([^\"]*)\"", Pattern.MULTILINE);

	private static void booklet(Path examples, int count, Path dir) throws IOException {
		List<Path> sources = new ArrayList<>();
		try (var files = Files.list(examples)) {
			files.filter(f -> f.toString().endsWith(".sop") && !f.getFileName().toString().equals("buku.sop")).sorted()
					.forEach(sources::add);
		}
		Files.createDirectories(dir);
		StringBuilder isi = new StringBuilder();
		for (int i = 1; i <= count; i++) {
			String text = Files.readString(sources.get((i - 1) % sources.size()), StandardCharsets.UTF_8);
			Matcher header = HEADER.matcher(text);
			header.find();
			String name = header.group(1) + String.format("%03d", i);
			text = header.replaceFirst("sop " + name + " \"" + Matcher.quoteReplacement(header.group(2)) + " " + i + "\"");
			Matcher nomor = NOMOR.matcher(text);
			nomor.find();
			text = nomor.replaceFirst("\tnomor \"" + nomor.group(1) + "/" + i + "\"");
			write(dir.resolve(name.toLowerCase() + ".sop"), text);
			isi.append("\t\t").append(name).append('\n');
		}
		write(dir.resolve("buku.sop"), """
				buku BukuBenchmark "Buku SOP Uji Kecepatan" {
					unit "Dinas Sosial Kota Metro"
					tahun 2024
					keputusan "Keputusan Kepala Dinas Sosial Kota Metro tentang Standar Operasional Prosedur" {
						"Menimbang: bahwa perlu menetapkan Standar Operasional Prosedur."
						"KESATU: Standar Operasional Prosedur sebagaimana tercantum dalam Lampiran."
					}
					isi {
				%s	}
				}
				""".formatted(isi));
	}

	private static String large(int steps, int lanes) {
		String[] names = { "kadis", "sekretaris", "kabid", "perencana", "bendahara", "staf", "kasubag", "analis" };
		StringBuilder text = new StringBuilder("""
				sop Besar "Pelayanan Besar untuk Uji Kecepatan" {
					unit "Dinas Sosial Kota Metro"
					nomor "800/99/D-5/03/2024"
					tanggal pembuatan 2024-01-05
					disahkan oleh "Kepala Dinas Sosial Kota Metro"
					pelaksana {
				""");
		for (int i = 0; i < lanes; i++) {
			text.append("\t\t").append(names[i]).append(" \"").append(Character.toUpperCase(names[i].charAt(0)))
					.append(names[i].substring(1)).append("\"\n");
		}
		text.append("\t}\n\tprosedur {\n");
		for (int n = 1; n <= steps; n++) {
			String lane = names[n % lanes];
			String jenis = n == 1 ? "mulai " : n == steps ? "selesai " : n % 10 == 0 ? "keputusan " : "";
			text.append("\t\t").append(n).append(' ').append(jenis).append(lane).append(" \"Memeriksa berkas ").append(n).append("\"\n")
					.append("\t\t\tkelengkapan \"Berkas ").append(n - 1).append("\"\n")
					.append("\t\t\twaktu 10 menit\n")
					.append("\t\t\toutput \"Berkas ").append(n).append("\"\n");
			if (n % 10 == 0 && n != steps) {
				text.append("\t\t\tya ke ").append(n + 1).append("\n\t\t\ttidak ke ").append(n - 1).append('\n');
			}
		}
		return text.append("\t}\n}\n").toString();
	}

	private static final Pattern LANE = Pattern.compile("^\\t\\t(\\w+) \"([^\"]*)\"", Pattern.MULTILINE);
	private static final Pattern STEP = Pattern.compile("^\\t\\t(\\d+) (?:(mulai|keputusan|selesai) )?(\\w+) \"([^\"]*)\"", Pattern.MULTILINE);
	private static final Pattern TIDAK = Pattern.compile("^\\t\\t\\ttidak ke (\\d+)", Pattern.MULTILINE);

	private record Step(int number, String kind, String lane, String kegiatan, int tidak) {
	}

	private static String plantUml(String sop) {
		String pelaksana = sop.substring(sop.indexOf("\tpelaksana {"), sop.indexOf("\t}", sop.indexOf("\tpelaksana {")));
		Map<String, String> lanes = new java.util.LinkedHashMap<>();
		Matcher lane = LANE.matcher(pelaksana);
		while (lane.find()) {
			lanes.put(lane.group(1), lane.group(2));
		}
		List<Step> steps = new ArrayList<>();
		Matcher step = STEP.matcher(sop);
		while (step.find()) {
			int end = sop.indexOf("\n\t\t" + (Integer.parseInt(step.group(1)) + 1) + " ", step.end());
			Matcher tidak = TIDAK.matcher(sop.substring(step.end(), end < 0 ? sop.length() : end));
			steps.add(new Step(Integer.parseInt(step.group(1)), step.group(2), step.group(3), step.group(4),
					tidak.find() ? Integer.parseInt(tidak.group(1)) : 0));
		}
		// A loop opens at the step a later decision's Tidak goes back to.
		Map<Integer, Integer> opens = new TreeMap<>();
		for (Step s : steps) {
			if ("keputusan".equals(s.kind()) && s.tidak() > 0 && s.tidak() < s.number()) {
				opens.merge(s.tidak(), 1, Integer::sum);
			}
		}
		StringBuilder uml = new StringBuilder("@startuml\n");
		for (String name : lanes.values()) {
			uml.append('|').append(name).append("|\n");
		}
		for (Step s : steps) {
			uml.append('|').append(lanes.get(s.lane())).append("|\n");
			if (s.number() == 1) {
				uml.append("start\n");
			}
			uml.append("repeat\n".repeat(opens.getOrDefault(s.number(), 0)));
			if ("keputusan".equals(s.kind()) && s.tidak() > 0 && s.tidak() < s.number()) {
				uml.append("repeat while (").append(s.kegiatan()).append("?) is (Tidak) not (Ya)\n");
			} else {
				uml.append(':').append(s.kegiatan()).append(";\n");
			}
			if ("selesai".equals(s.kind())) {
				uml.append("stop\n");
			}
		}
		return uml.append("@enduml\n").toString();
	}

	private static void write(Path file, String text) throws IOException {
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}
}
