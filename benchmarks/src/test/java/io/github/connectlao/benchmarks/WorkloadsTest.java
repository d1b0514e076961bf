package io.github.connectlao.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.crvs.BirthRegistry;
import io.github.connectlao.csv.ImportResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every (non-peer) benchmark workload once on tiny data, so the benchmarks cannot rot. */
class WorkloadsTest {
  static final int TINY = 3000;

  @Test
  void everyRegistryBenchmarkRunsAndAgreesWithTheRegistry() {
    RegistryBenchmark.RegistryData r = new RegistryBenchmark.RegistryData();
    r.size = TINY;
    r.setup(); // checks the floor and the parallel rollup against the registry
    RegistryBenchmark.ObjectData o = new RegistryBenchmark.ObjectData();
    o.size = TINY;
    o.setup(); // checks the streams and the build against the registry
    RegistryBenchmark b = new RegistryBenchmark();
    long[] expected = Workloads.answer(b.rollupRegistry(r));
    assertThat(expected[0 * 12]).isPositive();
    assertThat(java.util.stream.LongStream.of(java.util.Arrays.copyOf(expected, 12)).sum())
        .isEqualTo(TINY);
    assertThat(Workloads.answer(b.rollupRegistryParallel(r))).isEqualTo(expected);
    assertThat(b.rollupFloor(r)).isEqualTo(expected);
    assertThat(Workloads.answer(b.rollupStreams(o), Workloads.gazetteer())).isEqualTo(expected);
    long[] completeness = b.completenessRegistry(r);
    assertThat(
            java.util.stream.IntStream.range(0, completeness.length / 2)
                .mapToLong(i -> completeness[2 * i])
                .sum())
        .isEqualTo(TINY);
    assertThat(b.completenessFloor(r)).isEqualTo(completeness);
    assertThat(Workloads.completenessAnswer(b.completenessStreams(o), Workloads.gazetteer()))
        .isEqualTo(completeness);
    BirthRegistry built = b.buildRegistry(o);
    assertThat(built.size()).isEqualTo(TINY);
    assertThat(built.bytesPerRegistration()).isEqualTo(13.0);
  }

  @Test
  void theFullWorkloadAgreesAcrossEngineFloorAndStreams() {
    RegistryBenchmark.FullData d = new RegistryBenchmark.FullData();
    d.size = TINY;
    d.setup(); // checks the floor and the parallel call against the engine
    RegistryBenchmark.FullRecords rec = new RegistryBenchmark.FullRecords();
    rec.size = TINY;
    rec.setup(d); // checks streams against the engine
    RegistryBenchmark b = new RegistryBenchmark();
    long[] engine = Workloads.fullAnswer(b.fullEngine(d), d.units);
    assertThat(b.fullFloor(d)).isEqualTo(engine);
    assertThat(b.fullStreams(d, rec)).isEqualTo(engine);
    assertThat(Workloads.fullAnswer(b.fullEngineParallel(d), d.units)).isEqualTo(engine);
    long nation = 0;
    long under18 = 0;
    long under5 = 0;
    for (int sex = 0; sex < 3; sex++) {
      for (int t = 0; t < 4; t++) {
        nation += engine[sex * Workloads.FULL_CELLS + t];
      }
      under5 += engine[sex * Workloads.FULL_CELLS + 4];
      under18 += engine[sex * Workloads.FULL_CELLS + 5];
    }
    assertThat(nation).isEqualTo(TINY);
    assertThat(under5).isPositive().isLessThan(under18);
    assertThat(under18).isLessThan(TINY);
  }

  @Test
  void bothCsvSinksRunAndAgree(@TempDir Path dir) throws Exception {
    CsvIngestBenchmark.CsvFile f = new CsvIngestBenchmark.CsvFile();
    f.size = TINY;
    f.setup(); // checks both sinks against the generator
    CsvIngestBenchmark b = new CsvIngestBenchmark();
    ImportResult<BirthRegistry> columns = b.ingestColumns(f);
    assertThat(columns.accepted().size()).isEqualTo(TINY);
    assertThat(b.ingestObjects(f).accepted()).hasSize(TINY);
    f.tearDown();
    // and both report the same bad rows
    Path bad = dir.resolve("bad.csv");
    java.nio.file.Files.writeString(
        bad,
        "id,sex,date_of_birth,place_of_birth,in_health_facility,birth_notice_date,"
            + "registration_date,registration_office,certificate_issued,date_of_death\n"
            + "A,M,2020-01-01,LA01,,,,,,\nB,M,2020-01-01,NOWHERE,,,,,,\nC,F,2020-01-01,LA01,,,2019-01-01,,,\n");
    ImportResult<BirthRegistry> viaColumns = BirthRegistry.readCsv(bad, Workloads.gazetteer());
    var viaObjects = CsvIngestBenchmark.readObjects(bad);
    assertThat(viaColumns.accepted().size()).isEqualTo(1);
    assertThat(viaObjects.accepted()).hasSize(1);
    assertThat(viaColumns.errors()).extracting(e -> e.line()).containsExactly(3L, 4L);
    assertThat(viaObjects.errors()).isEqualTo(viaColumns.errors());
  }
}
