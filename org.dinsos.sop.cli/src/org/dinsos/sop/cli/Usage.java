package org.dinsos.sop.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.dinsos.sop.generator.DocumentSettings;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Turns the arguments of a command into files and settings, or into a usage error (exit code 2). */
final class Usage {

	private Usage() {
	}

	static List<Path> files(CommandSpec spec, List<Path> inputs, boolean recursive) {
		try {
			List<Path> files = SopFiles.expand(inputs, recursive);
			if (files.isEmpty()) {
				throw new ParameterException(spec.commandLine(), "Tidak ada berkas .sop di " + inputs + ".");
			}
			return files;
		} catch (IllegalArgumentException e) {
			throw new ParameterException(spec.commandLine(), e.getMessage());
		}
	}

	static DocumentSettings settings(CommandSpec spec, Supplier<DocumentSettings> settings) {
		try {
			return settings.get();
		} catch (IllegalArgumentException e) {
			throw new ParameterException(spec.commandLine(), e.getMessage());
		}
	}

	static BigDecimal workdayHours(CommandSpec spec, WorkdayOption option) {
		try {
			return option.hours();
		} catch (IllegalArgumentException e) {
			throw new ParameterException(spec.commandLine(), e.getMessage());
		}
	}

	/** A file a document may be written to: never an SOP source. */
	static Path target(CommandSpec spec, Path file) {
		if (file.getFileName().toString().endsWith(SopFiles.EXTENSION)) {
			throw new ParameterException(spec.commandLine(), "Tidak akan menulis ke berkas sumber .sop: " + file);
		}
		return file;
	}
}
