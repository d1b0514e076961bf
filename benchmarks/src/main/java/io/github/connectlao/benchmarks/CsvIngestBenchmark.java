package io.github.connectlao.benchmarks;

import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.BirthRegistrationCsv;
import io.github.connectlao.crvs.BirthRegistry;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CSV ingest of synthetic registrations, one core: the one registration pipeline (byte-level
 * tokenizer, shared row checker, {@code RegistrationRules}) with its two sinks, straight into
 * registry columns ({@link BirthRegistry#readCsv(Path, io.github.connectlao.admin.Gazetteer)}) and
 * into {@link BirthRegistration} objects ({@link BirthRegistrationCsv#read}). The setup checks that
 * both accept every row and that the registry gives the generator's answer.
 *
 * <p>The file is what {@link BirthRegistry#writeCsv} writes: ISO dates, M/F/U, P-codes, CRLF line
 * ends, about 75 bytes per row. Run: {@code java -jar benchmarks/target/benchmarks.jar CsvIngest -f 1
 * -wi 2 -i 3} (after building as in {@link RegistryBenchmark}). Rows per second = size / time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:ActiveProcessorCount=1"})
public class CsvIngestBenchmark {
  /** A CSV file of synthetic registrations. */
  @State(Scope.Benchmark)
  public static class CsvFile {
    /** Registrations (rows). */
    @Param({"1000000"})
    public int size;

    /** The file. */
    public Path file;

    /** Writes the file and checks both sinks. */
    @Setup
    public void setup() throws IOException {
      file = Files.createTempFile("registrations-", ".csv");
      Workloads.writeCsv(size, file);
      long[] expected =
          Workloads.answer(Workloads.registry(size).aggregate(Workloads.POLICY).rolledUp());
      ImportResult<BirthRegistry> columns = BirthRegistry.readCsv(file, Workloads.gazetteer());
      ImportResult<List<BirthRegistration>> objects = readObjects(file);
      if (!columns.isClean() || !objects.isClean() || objects.accepted().size() != size) {
        throw new IllegalStateException(
            "the synthetic CSV has bad rows: "
                + columns.errors().subList(0, Math.min(3, columns.errors().size())));
      }
      Workloads.check(
          "ingest, columns",
          expected,
          Workloads.answer(columns.accepted().aggregate(Workloads.POLICY).rolledUp()));
      System.out.printf("%n[csv] %d rows, %d bytes%n", size, Files.size(file));
    }

    /** Deletes the file. */
    @TearDown
    public void tearDown() throws IOException {
      Files.deleteIfExists(file);
    }
  }

  /**
   * @param file the file
   * @return the registrations as objects and the row errors
   */
  public static ImportResult<List<BirthRegistration>> readObjects(Path file) {
    try (CsvReader csv = CsvReader.open(file)) {
      return BirthRegistrationCsv.read(
          csv, Workloads.gazetteer(), LocalDate.now(), OnBadRow.COLLECT);
    }
  }

  /**
   * @param f the file
   * @return the registry, read straight into columns
   */
  @Benchmark
  public ImportResult<BirthRegistry> ingestColumns(CsvFile f) {
    return BirthRegistry.readCsv(f.file, Workloads.gazetteer());
  }

  /**
   * @param f the file
   * @return the registrations as objects
   */
  @Benchmark
  public ImportResult<List<BirthRegistration>> ingestObjects(CsvFile f) {
    return readObjects(f.file);
  }
}
