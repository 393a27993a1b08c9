package org.dinsos.sop.generator;

/** Told as a long document is made, part by part: how many parts are done, of how many. */
@FunctionalInterface
public interface ProgressListener {

	ProgressListener NONE = (done, total) -> {
	};

	void advanced(int done, int total);
}
