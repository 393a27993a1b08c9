package org.dinsos.sop.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The files a command reads: .sop files and folders, optionally with their subfolders. */
public class InputFiles {

	@Parameters(arity = "1..*", paramLabel = "BERKAS|FOLDER", description = "Berkas .sop atau folder berisi berkas .sop.")
	private List<Path> inputs;

	@Option(names = { "-r", "--recursive" }, description = "Ikut membaca subfolder.")
	private boolean recursive;

	@Spec(Spec.Target.MIXEE)
	private CommandSpec spec;

	/** The .sop files, or a usage error (exit code 2) when there are none. */
	List<Path> files() {
		return Usage.files(spec, inputs, recursive);
	}
}
