package io.github.connectlao.benchmarks;

import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.BirthRegistry;
import java.util.List;

/**
 * Measures the heap held per registration by the registry and by a list of record objects, from
 * the used heap before and after building each (after full collections), and the registry's own
 * count of its column bytes.
 *
 * <p>Run: {@code java -Xmx6g -cp benchmarks/target/benchmarks.jar
 * io.github.connectlao.benchmarks.MemoryReport 10000000}
 */
public final class MemoryReport {
  private MemoryReport() {}

  /**
   * @param args the number of registrations (default 1,000,000)
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Workloads.gazetteer();
    long base = used();
    BirthRegistry registry = Workloads.registry(n);
    long withRegistry = used();
    System.out.printf(
        "registry: %d registrations, columns %d bytes = %.2f B/registration; heap %.2f B/registration%n",
        n,
        registry.memoryBytes(),
        registry.bytesPerRegistration(),
        (withRegistry - base) / (double) n);
    registry = null;
    base = used();
    List<BirthRegistration> records = Workloads.records(n);
    long withRecords = used();
    System.out.printf(
        "records:  %d BirthRegistration objects in a list: heap %.2f B/registration%n",
        records.size(), (withRecords - base) / (double) n);
  }

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
