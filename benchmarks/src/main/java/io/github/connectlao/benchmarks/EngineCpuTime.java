package io.github.connectlao.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import io.github.connectlao.crvs.BirthRegistry;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Wall-clock and CPU time of the full workload ({@link Workloads#FULL}, as in {@link
 * RegistryBenchmark}): the hand-tuned floor, the engine on one core and the engine's parallel call,
 * interleaved round after round so that all three meet the same load. For a shared machine whose
 * load makes JMH's wall-clock comparison of one and two cores meaningless: the CPU time shows what
 * the parallel call costs in total (its overhead: parts, merge), and the ratio of CPU time to wall
 * time how many cores the process actually got. A complement to the JMH figure, not a replacement.
 *
 * <p>Run: {@code java -Xms4g -Xmx4g -cp benchmarks/target/benchmarks.jar
 * io.github.connectlao.benchmarks.EngineCpuTime 10000000 30}
 */
public final class EngineCpuTime {
  private EngineCpuTime() {}

  /**
   * @param args the number of registrations (default 10,000,000) and of measured rounds (default 30)
   */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    BirthRegistry registry = Workloads.registry(size);
    Workloads.Compact compact = new Workloads.Compact(registry);
    Workloads.Units units = new Workloads.Units(registry.gazetteer());
    long[] expected = Workloads.fullAnswer(registry.aggregate(Workloads.FULL).rolledUp(), units);
    if (!Arrays.equals(expected, Workloads.fullFloor(compact, units))
        || !Arrays.equals(
            expected,
            Workloads.fullAnswer(
                registry.aggregate(Workloads.FULL.parallel()).rolledUp(), units))) {
      throw new IllegalStateException("the floor, the engine and the parallel call disagree");
    }
    String[] names = {"floor (1 core)", "engine (1 core)", "engine parallel"};
    LongSupplier[] ops = {
      () -> Workloads.fullFloor(compact, units)[0],
      () -> System.identityHashCode(registry.aggregate(Workloads.FULL).rolledUp()),
      () -> System.identityHashCode(registry.aggregate(Workloads.FULL.parallel()).rolledUp()),
    };
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long sink = 0;
    for (int w = 0; w < 5; w++) {
      for (LongSupplier op : ops) {
        sink += op.getAsLong();
      }
    }
    long[][] wall = new long[ops.length][rounds];
    long[][] cpu = new long[ops.length][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int v = 0; v < ops.length; v++) {
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        sink += ops[v].getAsLong();
        wall[v][r] = System.nanoTime() - t0;
        cpu[v][r] = os.getProcessCpuTime() - c0;
      }
    }
    System.out.printf(
        "%,d registrations, %d rounds, %d processors; median (min) per operation:%n",
        size, rounds, Runtime.getRuntime().availableProcessors());
    for (int v = 0; v < ops.length; v++) {
      long[] w = wall[v].clone();
      long[] c = cpu[v].clone();
      Arrays.sort(w);
      Arrays.sort(c);
      System.out.printf(
          "  %-16s wall %7.1f ms (%7.1f)   process CPU %7.1f ms (%7.1f), mean %7.1f ms"
              + "   CPU/wall %.2f%n",
          names[v],
          w[rounds / 2] / 1e6,
          w[0] / 1e6,
          c[rounds / 2] / 1e6,
          c[0] / 1e6,
          Arrays.stream(c).sum() / 1e6 / rounds,
          Arrays.stream(cpu[v]).sum() / (double) Arrays.stream(wall[v]).sum());
    }
    System.out.println(sink == 42 ? "" : " ");
  }
}
