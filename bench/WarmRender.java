import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The time of one `sop generate --format html` of an SOP once the JVM is warm (bench/run.sh, with the JDK's
 * source launcher): the command runs in one process again and again, parsing, checking, laying out and
 * writing the document each time. Prints "median p95" in milliseconds of the runs after the warm-up.
 *
 *   java bench/WarmRender.java JAR FILE.sop [WARMUP RUNS]
 */
public class WarmRender {

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]).toAbsolutePath();
		String file = Path.of(args[1]).toAbsolutePath().toString();
		int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 30;
		int runs = args.length > 3 ? Integer.parseInt(args[3]) : 30;
		Path out = Files.createTempDirectory("sop-warm");
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, ClassLoader.getPlatformClassLoader())) {
			Method run = loader.loadClass("org.dinsos.sop.cli.SopCommand").getMethod("run", PrintWriter.class, PrintWriter.class,
					String[].class);
			List<Double> times = new ArrayList<>();
			for (int i = -warmup; i < runs; i++) {
				StringWriter log = new StringWriter();
				long start = System.nanoTime();
				int exit = (int) run.invoke(null, new PrintWriter(log), new PrintWriter(log),
						new String[] { "generate", "--format", "html", file, "-o", out.toString() });
				double ms = (System.nanoTime() - start) / 1e6;
				if (exit != 0) {
					throw new IllegalStateException("sop generate failed: " + log);
				}
				if (i >= 0) {
					times.add(ms);
				}
			}
			Collections.sort(times);
			System.out.printf(Locale.ROOT, "%.1f %.1f%n", times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1));
		} finally {
			try (var files = Files.walk(out)) {
				files.sorted(Collections.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}
}
