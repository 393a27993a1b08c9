package org.dinsos.sop.cli;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * Every log line goes to stderr: stdout carries what a command prints, and for `sop lsp` nothing but LSP
 * messages. Xtext's log4j.properties (packed into sop.jar) sets a console appender that holds on to the
 * stdout of the moment it is read, so the root logger is set again before anything logs, at the level that
 * file sets (where no such file is found, as inside Equinox, log4j would otherwise log everything).
 */
final class Logging {

	private static final String PATTERN = "%-5p %c{1} - %m%n";

	private Logging() {
	}

	static void toStandardError() {
		Logger root = Logger.getRootLogger();
		root.removeAllAppenders();
		root.setLevel(Level.INFO);
		root.addAppender(new ConsoleAppender(new PatternLayout(PATTERN), ConsoleAppender.SYSTEM_ERR));
	}
}
