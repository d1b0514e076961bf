package io.github.connectlao.benchmarks;

import io.github.connectlao.crvs.BirthRegistry;
import io.github.connectlao.csv.ImportResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time of the registry's CSV ingest, for a shared machine whose load makes wall-clock
 * figures meaningless: the thread's own CPU time (what one dedicated core would take) over ten
 * reads of the {@link CsvIngestBenchmark} file, after five warm-up reads. A complement to the JMH
 * figure, not a replacement.
 *
 * <p>Run: {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar
 * io.github.connectlao.benchmarks.CsvIngestCpuTime 1000000}
 */
public final class CsvIngestCpuTime {
  private CsvIngestCpuTime() {}

  /**
   * @param args the number of rows (default 1,000,000)
   * @throws Exception when the file cannot be written
   */
  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path file = Files.createTempFile("registrations-", ".csv");
    try {
      Workloads.writeCsv(size, file);
      ThreadMXBean bean = ManagementFactory.getThreadMXBean();
      long sink = 0;
      for (int i = 0; i < 5; i++) {
        sink += BirthRegistry.readCsv(file, Workloads.gazetteer()).accepted().size();
      }
      double best = Double.MAX_VALUE;
      double total = 0;
      for (int i = 0; i < 10; i++) {
        long t0 = bean.getCurrentThreadCpuTime();
        ImportResult<BirthRegistry> r = BirthRegistry.readCsv(file, Workloads.gazetteer());
        long t1 = bean.getCurrentThreadCpuTime();
        sink += r.accepted().size() + r.errors().size();
        double s = (t1 - t0) / 1e9;
        best = Math.min(best, s);
        total += s;
      }
      System.out.printf(
          "%d rows, %d bytes: CPU time per read best %.3f s, mean %.3f s; %.2f M rows per CPU second"
              + " (best), %.2f (mean) [%d]%n",
          size,
          Files.size(file),
          best,
          total / 10,
          size / best / 1e6,
          size / (total / 10) / 1e6,
          sink);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
