package org.dinsos.sop.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dinsos.sop.conversion.SopValueConverters;
import org.dinsos.sop.generator.checklist.Checklist.Lane;
import org.dinsos.sop.generator.checklist.Checklist.Step;
import org.dinsos.sop.generator.checklist.Checklist;
import org.dinsos.sop.generator.checklist.RunLog.Entry;
import org.dinsos.sop.generator.checklist.RunLog.Header;
import org.dinsos.sop.generator.checklist.RunLog.LastRun;
import org.dinsos.sop.generator.checklist.RunLog;
import org.dinsos.sop.sop.Sop;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `sop run`: an operator runs an SOP step by step in the terminal. Every step done is appended to the run
 * log at once, so a run that is stopped or killed goes on from its log at the step that was not done.
 */
@Command(name = "run", synopsisHeading = "Penggunaan: ",
		description = "Menjalankan SOP langkah demi langkah di terminal: langkah saat ini, pelaksananya, kelengkapan, "
				+ "output dan waktu baku; jawaban Ya/Tidak di keputusan menentukan langkah berikutnya. Setiap langkah "
				+ "yang selesai langsung dicatat di log (JSON Lines); run yang terhenti dilanjutkan dari lognya.",
		footerHeading = "%nContoh:%n",
		footer = { "  sop run examples/lakip.sop --operator Budi", "  sop run examples/lakip.sop --log lakip-januari.jsonl", "",
				"Di setiap langkah: Enter bila selesai (boleh didahului catatan). Di keputusan: y atau t, boleh diikuti "
						+ "catatan (\"t dokumen belum lengkap\"). q menghentikan run; jalankan perintah yang sama untuk melanjutkan.",
				"", "Kode keluar: 0 run selesai, 1 SOP memiliki kesalahan, 2 perintah salah, 3 run dihentikan sebelum selesai." })
public class RunCommand implements Callable<Integer> {

	/** Exit code of a run stopped before its end step: the log holds what was done. */
	static final int STOPPED = 3;

	@Parameters(paramLabel = "BERKAS", description = "Berkas .sop yang dijalankan.")
	private Path input;

	@Option(names = "--operator", paramLabel = "NAMA", description = "Nama operator di log (bawaan: operator run yang dilanjutkan, atau nama pengguna).")
	private String operator;

	@Option(names = "--log", paramLabel = "BERKAS", description = "Berkas log run (bawaan: <nama SOP>.run.jsonl di folder kerja).")
	private Path logFile;

	@Mixin
	private WorkdayOption workdayHours;

	@Mixin
	private HelpOptions helpOptions;

	@Spec
	private CommandSpec spec;

	@Inject
	private SopFiles sopFiles;

	@Inject
	private DiagnosticPrinter diagnostics;

	private BufferedReader terminal;

	private PrintWriter out;

	/** Where the operator's answers come from: stdin, or a test's script. */
	void readFrom(BufferedReader reader) {
		terminal = reader;
	}

	@Override
	public Integer call() throws IOException {
		if (logFile != null) {
			try {
				new RunLog(logFile).requireRegularFile();
			} catch (IllegalArgumentException special) {
				throw new ParameterException(spec.commandLine(), special.getMessage());
			}
		}
		Path file = Usage.files(spec, List.of(input), false).get(0);
		BigDecimal jam = Usage.workdayHours(spec, workdayHours);
		out = spec.commandLine().getOut();
		XtextResource resource = withNeighbours(file);
		if (!(resource.getContents().get(0) instanceof Sop sop)) {
			throw new ParameterException(spec.commandLine(), "Bukan berkas SOP: " + SopFiles.display(file));
		}
		if (!diagnostics.printErrors(resource, out)) {
			out.println(SopFiles.display(file) + ": run tidak dimulai, perbaiki dulu kesalahannya");
			return 1;
		}
		Checklist checklist = Checklist.of(sop, jam);
		if (checklist.mulai() == null) {
			out.println(SopFiles.display(file) + ": SOP tidak memiliki langkah");
			return 1;
		}
		RunLog log = new RunLog(logFile != null ? logFile : Path.of(sop.getName() + ".run.jsonl"));
		return new Run(checklist, log, jam).go();
	}

	/** The file with the other .sop files of its folder, so that its links to them resolve. */
	private XtextResource withNeighbours(Path file) {
		List<Path> files = new ArrayList<>(SopFiles.expand(List.of(file.getParent()), false));
		files.remove(file);
		files.add(0, file);
		return sopFiles.load(files).get(0);
	}

	/** One run through the checklist, new or resumed from the log. */
	private final class Run {
		private final Checklist checklist;
		private final RunLog log;
		private final BigDecimal jam;
		private final Map<Integer, Step> steps;
		private final Map<String, String> lanes;
		private final List<Entry> done = new ArrayList<>();

		Run(Checklist checklist, RunLog log, BigDecimal jam) {
			this.checklist = checklist;
			this.log = log;
			this.jam = jam;
			this.steps = checklist.langkah().stream().collect(Collectors.toMap(Step::nomor, Function.identity()));
			this.lanes = checklist.pelaksana().stream().collect(Collectors.toMap(Lane::id, Lane::label, (a, b) -> a));
		}

		int go() throws IOException {
			Integer current = start();
			while (current != null) {
				Step step = steps.get(current);
				Optional<Entry> entry = perform(step);
				if (entry.isEmpty()) {
					out.printf("%nRun dihentikan di langkah %d. Jalankan perintah yang sama untuk melanjutkan (log: %s).%n",
							step.nomor(), log.file());
					return STOPPED;
				}
				log.append(entry.get());
				done.add(entry.get());
				current = entry.get().berikutnya();
			}
			summary();
			return 0;
		}

		/** The step to begin with: where an interrupted run in the log stopped, else the first one. */
		private Integer start() {
			Optional<LastRun> last = log.lastRun();
			String nama = checklist.sop().nama();
			if (last.isPresent() && !last.get().header().sop().equals(nama)) {
				throw new IllegalArgumentException("Log %s berisi run SOP %s, bukan %s; pakai --log dengan berkas lain."
						.formatted(log.file(), last.get().header().sop(), nama));
			}
			Optional<Integer> resumeAt = last.flatMap(LastRun::resumeAt);
			if (resumeAt.isPresent() && steps.containsKey(resumeAt.get())) {
				done.addAll(last.get().entries());
				operator = operator != null ? operator : last.get().header().operator();
				introduce();
				out.printf("Melanjutkan run ke-%d dari %s: %d langkah sudah selesai, lanjut di langkah %d.%n",
						last.get().header().run(), log.file(), done.size(), resumeAt.get());
				return resumeAt.get();
			}
			operator = operator != null ? operator : System.getProperty("user.name", "operator");
			int run = last.map(l -> l.header().run() + 1).orElse(1);
			log.append(new Header(run, nama, checklist.sop().judul(), checklist.sop().nomor(), operator, Instant.now().toString()));
			introduce();
			out.printf("Run ke-%d dimulai; setiap langkah yang selesai dicatat di %s.%n", run, log.file());
			return checklist.mulai();
		}

		private void introduce() {
			out.printf("""
					SOP %s%s
					%d langkah, waktu baku (jalur utama) %s. Operator: %s.
					""", checklist.sop().judul(), checklist.sop().nomor() == null ? "" : " (" + checklist.sop().nomor() + ")",
					checklist.langkah().size(), checklist.sop().waktuTotal(), operator);
		}

		/** Shows the step, times it, and reads how it ended; empty when the operator stops the run. */
		private Optional<Entry> perform(Step step) throws IOException {
			out.printf("%n%s%n", card(step));
			Instant start = Instant.now();
			boolean decision = step.ya() != null || step.tidak() != null;
			while (true) {
				out.print(decision ? "Jawaban y/t (boleh diikuti catatan), q berhenti > "
						: step.berikutnya() == null ? "Enter bila selesai (boleh didahului catatan), q berhenti > "
								: "Enter bila selesai, lanjut ke langkah %d (boleh didahului catatan), q berhenti > ".formatted(step.berikutnya()));
				out.flush();
				String line = terminal.readLine();
				if (line == null || line.strip().equalsIgnoreCase("q")) {
					return Optional.empty();
				}
				Optional<Answer> answer = decision ? Answer.decision(line.strip()) : Optional.of(new Answer(null, line.strip()));
				if (answer.isEmpty()) {
					out.println("Jawab y (ya) atau t (tidak), boleh diikuti catatan.");
					continue;
				}
				return Optional.of(entry(step, start, Instant.now(), answer.get()));
			}
		}

		private String card(Step step) {
			List<String> lines = new ArrayList<>();
			lines.add("Langkah %d dari %d%s · %s%s".formatted(step.nomor(), checklist.langkah().size(),
					step.jenis().equals("proses") ? "" : " (" + step.jenis() + ")",
					step.pelaksana() == null ? "tanpa pelaksana" : lanes.getOrDefault(step.pelaksana(), step.pelaksana()),
					step.waktu() == null ? "" : " · waktu baku " + SopValueConverters.decimal(step.waktu().jumlah()) + " " + step.waktu().satuan()));
			lines.add("  " + step.kegiatan());
			step.kelengkapan().forEach(item -> lines.add("  [ ] Kelengkapan: " + item));
			step.output().forEach(item -> lines.add("  [ ] Output: " + item));
			if (step.keterangan() != null) {
				lines.add("  Keterangan: " + step.keterangan());
			}
			if (step.ya() != null || step.tidak() != null) {
				lines.add("  Ya: ke langkah %s · Tidak: ke langkah %s".formatted(step.ya(), step.tidak()));
			}
			return String.join("\n", lines);
		}

		private Entry entry(Step step, Instant start, Instant end, Answer answer) {
			BigDecimal menit = BigDecimal.valueOf(Duration.between(start, end).toMillis())
					.divide(BigDecimal.valueOf(60_000), 1, RoundingMode.HALF_UP);
			BigDecimal baku = step.waktu() == null ? null : step.waktu().menit();
			Integer next = answer.jawaban() == null ? step.berikutnya()
					: answer.jawaban().equals("ya") ? step.ya() : step.tidak();
			return new Entry(step.nomor(), step.kegiatan(), step.pelaksana(), operator, start.toString(), end.toString(),
					menit, baku, baku != null && menit.compareTo(baku) > 0, answer.jawaban(),
					answer.catatan().isEmpty() ? null : answer.catatan(), next);
		}

		/** Actual time against the Mutu Baku, step by step. */
		private void summary() {
			out.printf("%nRun selesai. Ringkasan waktu nyata dibanding waktu baku:%n");
			out.printf("%-4s %-42s %12s %12s  %s%n", "No", "Kegiatan", "Nyata", "Baku", "Status");
			BigDecimal actual = BigDecimal.ZERO;
			long over = done.stream().filter(Entry::melebihi).count();
			for (Entry entry : done) {
				actual = actual.add(entry.menit());
				String kegiatan = entry.kegiatan() + (entry.jawaban() == null ? "" : " (" + entry.jawaban() + ")");
				out.printf("%-4d %-42s %12s %12s  %s%n", entry.langkah(), shorten(kegiatan, 42),
						SopValueConverters.decimal(entry.menit()) + " menit",
						entry.menitBaku() == null ? "-" : SopValueConverters.decimal(entry.menitBaku()) + " menit",
						entry.menitBaku() == null ? "tanpa waktu baku" : entry.melebihi() ? "MELEBIHI" : "sesuai");
			}
			out.printf("%d langkah dijalankan, %d melebihi waktu baku. Waktu nyata %s; waktu baku jalur utama %s.%n",
					done.size(), over, SopValueConverters.decimal(actual) + " menit", checklist.sop().waktuTotal());
		}
	}

	/** How a step ended: the answer at a decision ("ya"/"tidak"), and the operator's note. */
	private record Answer(String jawaban, String catatan) {

		static Optional<Answer> decision(String line) {
			String[] words = line.split("\\s+", 2);
			String note = words.length > 1 ? words[1].strip() : "";
			return switch (words[0].toLowerCase(Locale.ROOT)) {
				case "y", "ya" -> Optional.of(new Answer("ya", note));
				case "t", "tidak" -> Optional.of(new Answer("tidak", note));
				default -> Optional.empty();
			};
		}
	}

	private static String shorten(String text, int width) {
		return text.length() <= width ? text : text.substring(0, width - 1) + "…";
	}
}
