package org.dinsos.sop.generator;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The work of a booklet spread over every core. */
public final class Parallel {

	private Parallel() {
	}

	/** Handed each result of {@link #inOrder}, with its task's index. */
	@FunctionalInterface
	public interface Taker<T> {
		void take(int index, T result) throws IOException;
	}

	/** One thread per core. */
	public static int cores() {
		return Runtime.getRuntime().availableProcessors();
	}

	/** One thread per core, as many as the heap has room for when each thread needs `memory` bytes; at least one. */
	public static int threads(long memory) {
		return (int) Math.max(1, Math.min(cores(), Runtime.getRuntime().maxMemory() / memory));
	}

	/** Threads named for what they do; none keeps the program running. */
	public static ExecutorService pool(String name, int threads) {
		return Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Runs the tasks on the pool of `threads`, at most two per thread ahead of the one taken, and hands their
	 * results to `taker` in the tasks' order, on the calling thread: results wait in memory a few at a time,
	 * however many tasks there are.
	 */
	public static <T> void inOrder(ExecutorService pool, int threads, List<Callable<T>> tasks, Taker<T> taker)
			throws IOException {
		int ahead = 2 * threads;
		Deque<Future<T>> running = new ArrayDeque<>();
		try {
			int next = 0;
			for (int i = 0; i < tasks.size(); i++) {
				while (next < tasks.size() && running.size() < ahead) {
					running.add(pool.submit(tasks.get(next++)));
				}
				taker.take(i, result(running.poll()));
			}
		} finally {
			running.forEach(task -> task.cancel(true));
		}
	}

	/** A task's result, its failure thrown as the task threw it. */
	public static <T> T result(Future<T> task) throws IOException {
		try {
			return task.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		}
	}
}
