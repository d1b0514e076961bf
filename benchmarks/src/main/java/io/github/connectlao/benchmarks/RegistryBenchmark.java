package io.github.connectlao.benchmarks;

import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.BirthRegistry;
import io.github.connectlao.crvs.RegistrationCounts;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The counting engine against Java streams over record objects and loops over primitive arrays,
 * on synthetic registrations (see {@link Workloads}).
 *
 * <p>The reference comparison is {@code full*} at 10 million: timeliness × sex for the nation,
 * every province and every district plus the children registered, alive and under 5 and under 18
 * on a reference date, rolled up ({@link Workloads#FULL}); {@code fullFloor} is the hand-tuned
 * single-thread loop over the registry's own columns; {@code PeerBenchmark.fullDuck} runs the same
 * workload as one DuckDB {@code GROUPING SETS} query. Run them in one JMH run:
 *
 * <pre>
 * mvn -B -ntp -q -Ppeers -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar 'RegistryBenchmark.full|PeerBenchmark.fullDuck' -f 1 -wi 3 -i 5
 * </pre>
 *
 * <p>Workloads: {@code rollup*} counts every unit × sex × timeliness and rolls the counts up to
 * every level; {@code completeness*} counts births and registered births per province × year of
 * birth; {@code build*} builds the registry from record objects. Each state's setup runs every
 * approach once and checks its answer against the registry's before anything is timed.
 *
 * <p>Run (with the peers, DuckDB and Tablesaw):
 *
 * <pre>
 * mvn -B -ntp -q -Ppeers -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -i 3 -rf json -rff benchmarks/results.json
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class RegistryBenchmark {

  /** The registry and its copy as plain arrays. */
  @State(Scope.Benchmark)
  public static class RegistryData {
    /** Registrations. */
    @Param({"1000000", "10000000"})
    public int size;

    /** The registry. */
    public BirthRegistry registry;

    /** The same columns as plain arrays, for the floor. */
    public Workloads.Columns columns;

    /** Builds the data and checks the floor's answers against the registry's. */
    @Setup
    public void setup() {
      registry = Workloads.registry(size);
      columns = new Workloads.Columns(registry);
      long[] expected = Workloads.answer(registry.aggregate(Workloads.POLICY).rolledUp());
      Workloads.check(
          "rollup, parallel",
          expected,
          Workloads.answer(registry.aggregateParallel(Workloads.POLICY).rolledUp()));
      Workloads.check("rollup, plain loop", expected, Workloads.rollupFloor(columns));
      Workloads.check(
          "completeness, floor",
          Workloads.completenessRegistry(registry),
          Workloads.completenessFloor(columns));
      System.out.printf(
          "%n[registry] %d registrations, %d units, %.1f bytes per registration (%d bytes)%n",
          registry.size(),
          registry.gazetteer().size(),
          registry.bytesPerRegistration(),
          registry.memoryBytes());
    }
  }

  /** The same registrations as record objects. */
  @State(Scope.Benchmark)
  public static class ObjectData {
    /** Registrations. */
    @Param({"1000000", "10000000"})
    public int size;

    /** The records. */
    public List<BirthRegistration> records;

    /** Unit code to province code. */
    public Map<String, String> provinceOf;

    /** Builds the records and checks the streams' answers against the registry's. */
    @Setup
    public void setup() {
      records = Workloads.records(size);
      provinceOf = Workloads.provinceOf(Workloads.gazetteer());
      BirthRegistry registry = Workloads.registry(size);
      Workloads.check(
          "rollup, streams",
          Workloads.answer(registry.aggregate(Workloads.POLICY).rolledUp()),
          Workloads.answer(
              Workloads.rollupStreams(records, Workloads.gazetteer()), Workloads.gazetteer()));
      Workloads.check(
          "completeness, streams",
          Workloads.completenessRegistry(registry),
          Workloads.completenessAnswer(
              Workloads.completenessStreams(records, provinceOf), Workloads.gazetteer()));
      Workloads.check(
          "build",
          Workloads.answer(registry.aggregate(Workloads.POLICY).rolledUp()),
          Workloads.answer(
              BirthRegistry.of(Workloads.gazetteer(), records.stream())
                  .aggregate(Workloads.POLICY)
                  .rolledUp()));
    }
  }

  /** The full workload's data: the registry and its compact columns. */
  @State(Scope.Benchmark)
  public static class FullData {
    /** Registrations. */
    @Param({"10000000"})
    public int size;

    /** The registry. */
    public BirthRegistry registry;

    /** The registry's columns, for the floor. */
    public Workloads.Compact compact;

    /** Nation, provinces and districts. */
    public Workloads.Units units;

    /** Builds the data and checks the floor's and the parallel call's answers against the engine's. */
    @Setup
    public void setup() {
      registry = Workloads.registry(size);
      compact = new Workloads.Compact(registry);
      units = new Workloads.Units(registry.gazetteer());
      long[] expected = Workloads.fullAnswer(registry.aggregate(Workloads.FULL).rolledUp(), units);
      Workloads.check(
          "full, parallel",
          expected,
          Workloads.fullAnswer(registry.aggregate(Workloads.FULL.parallel()).rolledUp(), units));
      Workloads.check("full, floor", expected, Workloads.fullFloor(compact, units));
      System.out.printf(
          "%n[full] %d registrations, %d units (%d counted slots), %.1f bytes per registration%n",
          registry.size(),
          registry.gazetteer().size(),
          units.slots,
          registry.bytesPerRegistration());
    }
  }

  /** The same rows as record objects, for streams. */
  @State(Scope.Benchmark)
  public static class FullRecords {
    /** Registrations. */
    @Param({"10000000"})
    public int size;

    /** The records. */
    public List<BirthRegistration> records;

    /**
     * Builds the records and checks the streams' answer against the engine's.
     *
     * @param d the registry of the same rows
     */
    @Setup
    public void setup(FullData d) {
      records = Workloads.records(size);
      Workloads.check(
          "full, streams",
          Workloads.fullAnswer(d.registry.aggregate(Workloads.FULL).rolledUp(), d.units),
          Workloads.fullStreams(records, d.registry.gazetteer(), d.units));
    }
  }

  /**
   * @param d the data
   * @return the full workload with the engine, one core
   */
  @Benchmark
  public RegistrationCounts fullEngine(FullData d) {
    return d.registry.aggregate(Workloads.FULL).rolledUp();
  }

  /**
   * @param d the data
   * @return the full workload with the engine, every core
   */
  @Benchmark
  public RegistrationCounts fullEngineParallel(FullData d) {
    return d.registry.aggregate(Workloads.FULL.parallel()).rolledUp();
  }

  /**
   * @param d the data
   * @return the full workload, hand-tuned single-thread loop (the floor)
   */
  @Benchmark
  public long[] fullFloor(FullData d) {
    return Workloads.fullFloor(d.compact, d.units);
  }

  /**
   * @param d the data
   * @return the full workload with streams {@code groupingBy} over records
   */
  @Benchmark
  public long[] fullStreams(FullData d, FullRecords r) {
    return Workloads.fullStreams(r.records, d.registry.gazetteer(), d.units);
  }

  /**
   * @param d the data
   * @return every level by sex and timeliness, with the registry, one core
   */
  @Benchmark
  public RegistrationCounts rollupRegistry(RegistryData d) {
    return d.registry.aggregate(Workloads.POLICY).rolledUp();
  }

  /**
   * @param d the data
   * @return every level by sex and timeliness, with the registry, all cores
   */
  @Benchmark
  public RegistrationCounts rollupRegistryParallel(RegistryData d) {
    return d.registry.aggregateParallel(Workloads.POLICY).rolledUp();
  }

  /**
   * @param d the data
   * @return every level by sex and timeliness, a plain branchy loop over int columns (not the floor: see fullFloor)
   */
  @Benchmark
  public long[] rollupFloor(RegistryData d) {
    return Workloads.rollupFloor(d.columns);
  }

  /**
   * @param d the data
   * @return every level by sex and timeliness, streams over records
   */
  @Benchmark
  public Map<Workloads.Key, Long> rollupStreams(ObjectData d) {
    return Workloads.rollupStreams(d.records, Workloads.gazetteer());
  }

  /**
   * @param d the data
   * @return births and registered births per province × year, with the registry
   */
  @Benchmark
  public long[] completenessRegistry(RegistryData d) {
    return Workloads.completenessRegistry(d.registry);
  }

  /**
   * @param d the data
   * @return births and registered births per province × year, raw loop
   */
  @Benchmark
  public long[] completenessFloor(RegistryData d) {
    return Workloads.completenessFloor(d.columns);
  }

  /**
   * @param d the data
   * @return births and registered births per province × year, streams over records
   */
  @Benchmark
  public Map<String, Map<Integer, Map<Boolean, Long>>> completenessStreams(ObjectData d) {
    return Workloads.completenessStreams(d.records, d.provinceOf);
  }

  /**
   * @param d the data
   * @return the registry built from record objects
   */
  @Benchmark
  public BirthRegistry buildRegistry(ObjectData d) {
    return BirthRegistry.of(Workloads.gazetteer(), d.records.stream());
  }
}
