package org.dinsos.sop.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.dinsos.sop.SopStandaloneSetup;
import org.dinsos.sop.generator.Fonts;
import org.dinsos.sop.ide.SopIdeSetup;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** The `sop` command: checks and formats SOP files from a terminal or a build, and serves editors over LSP. */
@Command(name = "sop", synopsisHeading = "Penggunaan: ", commandListHeading = "Perintah:%n",
		description = "Meja kerja SOP AP (Permenpan-RB 35/2012): memeriksa, merapikan dan mencetak berkas .sop, dan server bahasa untuk editor.",
		footerHeading = "%nContoh:%n",
		footer = { "  sop check examples", "  sop format --check examples/lakip.sop", "  sop generate examples -o dokumen",
				"  sop booklet examples -o buku-sop.pdf", "  sop import sop-lama.docx -o draf", "  sop run examples/lakip.sop --operator Budi", "  sop check --help" })
public class SopCommand implements Runnable {

	private static final Map<String, Class<?>> COMMANDS = commands(CheckCommand.class, FormatCommand.class, GenerateCommand.class,
			BookletCommand.class, ImportCommand.class, RunCommand.class, LspCommand.class);

	/** The commands that measure text in the bundled faces, which load meanwhile the language is set up. */
	private static final Set<String> PRINTING = Set.of("generate", "booklet");

	@Mixin
	private HelpOptions helpOptions;

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "Sebutkan perintah: check, format, generate, booklet, import, run atau lsp (lihat sop --help).");
	}

	public static void main(String[] args) {
		// POI logs through the Log4j API, which has no provider in the jar: its start-up complaint is only noise here.
		System.setProperty("log4j2.statusLoggerLevel", "OFF");
		// Guice's generated constructor glue and its binding stack traces cost a command's start more than they
		// ever save: the language's objects are few and built once.
		setIfAbsent("guice_bytecode_gen_option", "DISABLED");
		setIfAbsent("guice_include_stack_traces", "OFF");
		System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
	}

	private static void setIfAbsent(String property, String value) {
		if (System.getProperty(property) == null) {
			System.setProperty(property, value);
		}
	}

	/** Runs one command line; returns the exit code: 0 fine, 1 problems found, 2 bad usage. */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		return run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out, err, args);
	}

	/** The same, with what `sop run` reads from the operator coming from {@code in}. */
	public static int run(BufferedReader in, PrintWriter out, PrintWriter err, String... args) {
		Logging.toStandardError();
		// `sop lsp` needs the language server's services; every other command only the language's, which start sooner.
		boolean server = args.length > 0 && "lsp".equals(args[0]);
		if (args.length > 0 && PRINTING.contains(args[0])) {
			Fonts.loadInBackground();
		}
		CommandLine commandLine = new CommandLine(SopCommand.class, new GuiceFactory(server ? Language.server() : Language.runtime()));
		// Each command is built with its services: a run builds only the one it names (all of them for the overview).
		COMMANDS.forEach((name, command) -> {
			if (args.length == 0 || !COMMANDS.containsKey(args[0]) || name.equals(args[0])) {
				commandLine.addSubcommand(name, command);
			}
		});
		CommandLine run = commandLine.getSubcommands().get("run");
		if (run != null) {
			((RunCommand) run.getCommand()).readFrom(in);
		}
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
			line.getErr().println("sop: " + (exception instanceof IOException io ? SopFiles.writeFailure(io) : exception.getMessage()));
			return 1;
		});
		int exitCode = commandLine.execute(args);
		out.flush();
		err.flush();
		return exitCode;
	}

	private static Map<String, Class<?>> commands(Class<?>... commands) {
		Map<String, Class<?>> byName = new LinkedHashMap<>();
		for (Class<?> command : commands) {
			byName.put(command.getAnnotation(Command.class).name(), command);
		}
		return byName;
	}

	/** Lets commands receive the language's services by injection. */
	private record GuiceFactory(Injector injector) implements CommandLine.IFactory {
		@Override
		public <K> K create(Class<K> type) throws Exception {
			try {
				return injector.getInstance(type);
			} catch (ConfigurationException e) {
				return CommandLine.defaultFactory().create(type);
			}
		}
	}

	/** One injector of each kind per process: building one costs most of a command's start. */
	static final class Language {
		private static volatile Injector runtime;
		private static volatile Injector server;

		static Injector runtime() {
			if (runtime == null) {
				synchronized (Language.class) {
					if (runtime == null) {
						runtime = new SopStandaloneSetup().createInjectorAndDoEMFRegistration();
					}
				}
			}
			return runtime;
		}

		static Injector server() {
			if (server == null) {
				synchronized (Language.class) {
					if (server == null) {
						server = new SopIdeSetup().createInjectorAndDoEMFRegistration();
					}
				}
			}
			return server;
		}
	}
}
