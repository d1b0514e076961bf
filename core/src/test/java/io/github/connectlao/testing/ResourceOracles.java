package io.github.connectlao.testing;

import java.lang.management.ManagementFactory;

/**
 * Oracles for bounded time and memory that do not depend on the machine's speed: the time of a
 * pathological input is compared with the time of an ordinary input of the same size measured in
 * the same run (a ratio, not a duration), and memory is the number of bytes the current thread
 * allocates (deterministic for a given input, and an upper bound of what it can retain).
 *
 * <pre>{@code
 * double ratio = ResourceOracles.timeRatio(() -> normalise(pathological), () -> normalise(ordinary));
 * assertThat(ratio).isLessThan(20);   // linear: same order as ordinary text, whatever the machine
 * assertThat(ResourceOracles.allocatedBytes(() -> read(input))).isLessThan(64L << 20);
 * }</pre>
 */
public final class ResourceOracles {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private ResourceOracles() {}

  /**
   * The best (smallest) time of {@code pathological} divided by the best time of {@code ordinary},
   * over interleaved rounds after a warm-up, so that JIT compilation, a GC pause or another
   * process on the machine does not decide the outcome.
   *
   * @param pathological the input whose cost is in question
   * @param ordinary an input of the same size known to be handled in linear time
   * @return the ratio of the best times (1 means as fast)
   */
  public static double timeRatio(Runnable pathological, Runnable ordinary) {
    return timeRatio(pathological, ordinary, 5);
  }

  /**
   * As {@link #timeRatio(Runnable, Runnable)} with a number of rounds.
   *
   * @param pathological the input whose cost is in question
   * @param ordinary an input of the same size
   * @param rounds measured rounds of each (after one warm-up round of each)
   * @return the ratio of the best times
   */
  public static double timeRatio(Runnable pathological, Runnable ordinary, int rounds) {
    ordinary.run();
    pathological.run();
    long bestP = Long.MAX_VALUE;
    long bestO = Long.MAX_VALUE;
    for (int i = 0; i < rounds; i++) {
      bestO = Math.min(bestO, time(ordinary));
      bestP = Math.min(bestP, time(pathological));
    }
    return (double) Math.max(bestP, 1) / Math.max(bestO, 1);
  }

  private static long time(Runnable r) {
    long t0 = System.nanoTime();
    r.run();
    return System.nanoTime() - t0;
  }

  /**
   * The bytes the current thread allocates while running an action (garbage included: an upper
   * bound of the heap the action can hold).
   *
   * @param action the action
   * @return bytes allocated
   */
  public static long allocatedBytes(Runnable action) {
    long before = THREADS.getCurrentThreadAllocatedBytes();
    action.run();
    return THREADS.getCurrentThreadAllocatedBytes() - before;
  }
}
