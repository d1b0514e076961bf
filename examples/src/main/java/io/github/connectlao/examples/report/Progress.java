package io.github.connectlao.examples.report;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Shows progress for steps that take more than a second: after one second the step's name is
 * printed, then a dot every second, then the time it took. Quick steps print nothing.
 */
public final class Progress implements AutoCloseable {
  private final PrintStream err;
  private final java.util.Set<String> warned = new java.util.HashSet<>();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "report-progress");
            t.setDaemon(true);
            t.setUncaughtExceptionHandler(
                (thread, e) -> {}); // progress is cosmetic: never a stack trace
            return t;
          });

  /**
   * Creates the progress display.
   *
   * @param err where progress goes (standard error, so the summary stays clean)
   */
  public Progress(PrintStream err) {
    this.err = err;
  }

  /**
   * Runs a step, showing progress if it takes more than a second.
   *
   * @param name what the step does, e.g. "generating synthetic registrations"
   * @param step the work
   * @param <T> the result type
   * @return the step's result
   * @throws Exception whatever the step throws
   */
  public <T> T step(String name, Callable<T> step) throws Exception {
    long start = System.nanoTime();
    AtomicBoolean shown = new AtomicBoolean();
    ScheduledFuture<?> ticker =
        timer.scheduleAtFixedRate(
            () -> {
              try {
                synchronized (err) {
                  err.print(shown.getAndSet(true) ? "." : "… " + name + " ");
                  err.flush();
                }
              } catch (
                  Throwable e) { // out of memory while printing a dot: the main thread reports it
                shown.set(true);
              }
            },
            1,
            1,
            TimeUnit.SECONDS);
    try {
      return step.call();
    } finally {
      ticker.cancel(false);
      synchronized (err) {
        if (shown.get()) {
          err.printf(java.util.Locale.ROOT, " done in %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
      }
    }
  }

  /**
   * Prints a one-line warning (e.g. rows of an input file that were refused).
   *
   * @param message the warning
   */
  public void warn(String message) {
    synchronized (err) {
      if (warned.add(
          message)) { // the same warning twice (e.g. a file read by two sections) is shown once
        err.println("warning: " + message);
      }
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
