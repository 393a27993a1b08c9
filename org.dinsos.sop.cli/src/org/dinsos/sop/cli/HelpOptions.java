package org.dinsos.sop.cli;

import picocli.CommandLine.Option;

/** The --help option of every command, described in the users' language. */
public class HelpOptions {

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Tampilkan bantuan ini lalu keluar.")
	private boolean help;
}
