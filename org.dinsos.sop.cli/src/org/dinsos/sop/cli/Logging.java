package org.dinsos.sop.cli;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * Every log line goes to stderr: stdout carries what a command prints, and for `sop lsp` nothing but LSP
 * messages. Xtext's log4j.properties (packed into sop.jar) sets a console appender that holds on to the
 * stdout of the moment it is read, so the root logger is set here instead, before anything logs, at the
 * level that file sets (where no such file is found, as inside Equinox, log4j would otherwise log everything).
 */
final class Logging {

	private static final String PATTERN = "%-5p %c{1} - %m%n";
	private static final String DEFAULT_INIT_OVERRIDE = "log4j.defaultInitOverride";

	private Logging() {
	}

	static void toStandardError() {
		// Reading that file goes through java.beans, whose start costs a command more than all its logging.
		if (System.getProperty(DEFAULT_INIT_OVERRIDE) == null) {
			System.setProperty(DEFAULT_INIT_OVERRIDE, "true");
		}
		Logger root = Logger.getRootLogger();
		root.removeAllAppenders();
		root.setLevel(Level.INFO);
		root.addAppender(new ConsoleAppender(new PatternLayout(PATTERN), ConsoleAppender.SYSTEM_ERR));
	}
}
