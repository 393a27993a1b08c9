package org.dinsos.sop.ide.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Turns the file arguments of a command into files, or into a usage error (exit code 2). */
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
}
