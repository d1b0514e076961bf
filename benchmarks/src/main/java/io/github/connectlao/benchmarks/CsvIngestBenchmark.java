package io.github.connectlao.benchmarks;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistry;
import io.github.connectlao.crvs.RegistryImport;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.csv.CsvColumn;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.CsvRow;
import io.github.connectlao.csv.RowError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * CSV ingest of synthetic registrations into a registry, one core: the registry's byte-level
 * parser ({@link BirthRegistry#readCsv(Path, Gazetteer)}) against the project's Jackson-based
 * {@link CsvReader} mapping each row into the same registry columns. Both validate the same rules
 * and report bad rows; the setup checks both give the registry of the generator.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CsvIngest -f 1 -wi 2 -i 3}
 * (after building as in {@link RegistryBenchmark}). Rows per second = size / time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:ActiveProcessorCount=1"})
public class CsvIngestBenchmark {
  static final CsvColumn ID = CsvColumn.of("id");
  static final CsvColumn SEX = CsvColumn.of("sex");
  static final CsvColumn DOB = CsvColumn.of("date_of_birth");
  static final CsvColumn PLACE = CsvColumn.of("place_of_birth");
  static final CsvColumn FACILITY = CsvColumn.of("in_health_facility");
  static final CsvColumn NOTICE = CsvColumn.of("birth_notice_date");
  static final CsvColumn REG = CsvColumn.of("registration_date");
  static final CsvColumn OFFICE = CsvColumn.of("registration_office");
  static final CsvColumn CERT = CsvColumn.of("certificate_issued");
  static final CsvColumn DEATH = CsvColumn.of("date_of_death");
  static final List<CsvColumn> ALL = List.of(ID, SEX, DOB, PLACE, FACILITY, NOTICE, REG, OFFICE, CERT, DEATH);

  /** A CSV file of synthetic registrations. */
  @State(Scope.Benchmark)
  public static class CsvFile {
    /** Registrations (rows). */
    @Param({"1000000"})
    public int size;
    /** The file. */
    public Path file;

    /** Writes the file and checks both readers. */
    @Setup
    public void setup() throws IOException {
      file = Files.createTempFile("registrations-", ".csv");
      Workloads.writeCsv(size, file);
      long[] expected = Workloads.answer(Workloads.registry(size).aggregate(Workloads.POLICY).rolledUp());
      RegistryImport bytes = BirthRegistry.readCsv(file, Workloads.gazetteer());
      RegistryImport jackson = readWithJackson(file, Workloads.gazetteer());
      if (!bytes.isClean() || !jackson.isClean()) {
        throw new IllegalStateException("the synthetic CSV has bad rows");
      }
      Workloads.check("ingest, bytes", expected, Workloads.answer(bytes.registry().aggregate(Workloads.POLICY).rolledUp()));
      Workloads.check("ingest, jackson", expected,
          Workloads.answer(jackson.registry().aggregate(Workloads.POLICY).rolledUp()));
      System.out.printf("%n[csv] %d rows, %d bytes%n", size, Files.size(file));
    }

    /** Deletes the file. */
    @TearDown
    public void tearDown() throws IOException {
      Files.deleteIfExists(file);
    }
  }

  /**
   * Reads registrations with the Jackson-based {@link CsvReader}, with the same validation as the
   * registry's parser, into the same columns.
   *
   * @param file the file
   * @param g the gazetteer
   * @return the registry and the row errors
   */
  public static RegistryImport readWithJackson(Path file, Gazetteer g) {
    BirthRegistry.Builder b = BirthRegistry.builder(g);
    List<RowError> errors = new ArrayList<>();
    try (CsvReader csv = CsvReader.open(file)) {
      Map<String, Integer> index = csv.bind(ALL, List.of(ID, SEX, DOB, PLACE));
      for (Optional<CsvRow> next = csv.next(index); next.isPresent(); next = csv.next(index)) {
        CsvRow row = next.get();
        try {
          row.require(ID);
          Sex sex = Sex.parse(row.require(SEX));
          LocalDate dob = date(row, DOB).orElseThrow(() -> new InvalidValueException("date_of_birth", "", "is required"));
          String code = row.require(PLACE);
          int place = g.indexOf(code);
          if (place < 0) {
            throw new InvalidValueException("place_of_birth", code, "is not a unit of the gazetteer");
          }
          Optional<Boolean> facility = bool(row, FACILITY);
          Optional<LocalDate> reg = date(row, REG);
          Optional<LocalDate> notice = date(row, NOTICE);
          Optional<LocalDate> death = date(row, DEATH);
          for (Optional<LocalDate> d : List.of(reg, notice, death)) {
            if (d.isPresent() && d.get().isBefore(dob)) {
              throw new InvalidValueException("date", d.get(), "is before the date_of_birth " + dob);
            }
          }
          boolean cert = bool(row, CERT).orElse(false);
          if (reg.isEmpty() && (row.get(OFFICE).isPresent() || cert)) {
            throw new InvalidValueException("registration_office", "", "is given for a birth that is not registered");
          }
          b.addColumns(place, sex, dob.toEpochDay(), reg.map(r -> (int) ChronoUnit.DAYS.between(dob, r)).orElse(-1),
              facility, cert);
        } catch (InvalidValueException e) {
          errors.add(new RowError(row.line(), e.field(), e.value(), e.reason()));
        }
      }
    }
    return new RegistryImport(b.build(), errors);
  }

  private static Optional<LocalDate> date(CsvRow row, CsvColumn c) {
    Optional<String> v = row.get(c);
    try {
      return v.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(c.name(), v.get(), "is not a date (yyyy-mm-dd)");
    }
  }

  private static Optional<Boolean> bool(CsvRow row, CsvColumn c) {
    Optional<String> v = row.get(c);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    switch (v.get().toLowerCase(java.util.Locale.ROOT)) {
      case "true":
        return Optional.of(true);
      case "false":
        return Optional.of(false);
      default:
        throw new InvalidValueException(c.name(), v.get(), "is not true, false or blank");
    }
  }

  /**
   * @param f the file
   * @return the registry, read by the byte-level parser
   */
  @Benchmark
  public RegistryImport ingestBytes(CsvFile f) {
    return BirthRegistry.readCsv(f.file, Workloads.gazetteer());
  }

  /**
   * @param f the file
   * @return the registry, read by the Jackson-based reader
   */
  @Benchmark
  public RegistryImport ingestJackson(CsvFile f) {
    return readWithJackson(f.file, Workloads.gazetteer());
  }
}
