package io.github.connectlao.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.DateRange;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.BirthRegistry;
import io.github.connectlao.crvs.BirthStatistics;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.crvs.RegistrationCounts;
import io.github.connectlao.crvs.RegistrationPolicy;
import io.github.connectlao.crvs.RegistrationRate;
import io.github.connectlao.crvs.RegistryQuery;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.crvs.SyntheticRegistrations;
import io.github.connectlao.crvs.TimelinessBand;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spark in local mode on 2 cores gives the numbers of the single-machine engine, cell by cell, on
 * the same synthetic data; completeness and coverage computed from its counts equal the library's;
 * a bad record is reported, not dropped.
 */
class SparkRegistrationsTest {
  private static final LocalDate REFERENCE = SyntheticRegistrations.OBSERVED;
  private static final Recipe<Gazetteer> LAO = Gazetteer::laoPdr;
  private static final Recipe<RegistryQuery> BY_YEAR_WITH_COVERAGE =
      () ->
          RegistryQuery.of(RegistrationPolicy.laoPdr())
              .per(RegistryQuery.Period.BIRTH_YEAR)
              .coverageUnder(LocalDate.of(2024, 6, 30), 5, 18);
  private static SparkSession spark;
  private static List<BirthRegistration> births;
  private static Dataset<RegistrationRow> rows;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("connect-lao-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
    births =
        SyntheticRegistrations.generate(Gazetteer.laoPdr(), 20_000, 7).collect(Collectors.toList());
    List<RegistrationRow> list = new ArrayList<>();
    long line = 1;
    for (BirthRegistration r : births) {
      list.add(row(++line, r));
    }
    rows = spark.createDataset(list, Encoders.bean(RegistrationRow.class)).repartition(6);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static RegistrationRow row(long line, BirthRegistration r) {
    RegistrationRow x = new RegistrationRow();
    x.setLine(line);
    x.setId(r.id());
    x.setSex(r.sex().name());
    x.setDateOfBirth(r.dateOfBirth());
    x.setPlaceOfBirth(r.placeOfBirthCode());
    x.setInHealthFacility(r.inHealthFacility().orElse(null));
    x.setBirthNoticeDate(r.birthNoticeDate().orElse(null));
    x.setRegistrationDate(r.registrationDate().orElse(null));
    x.setRegistrationOffice(r.registrationOfficeCode().orElse(null));
    x.setCertificateIssued(r.certificateIssued());
    x.setDateOfDeath(r.dateOfDeath().orElse(null));
    return x;
  }

  private static RegistrationCounts singleMachine() {
    BirthRegistry registry = BirthRegistry.of(Gazetteer.laoPdr(), births.stream());
    return registry.aggregate(BY_YEAR_WITH_COVERAGE.make()).rolledUp();
  }

  @Test
  void sparkCountsEqualTheSingleMachineCountsCellByCell() {
    SparkCounts result =
        SparkRegistrations.counting(LAO)
            .query(BY_YEAR_WITH_COVERAGE)
            .referenceDate(REFERENCE)
            .count(rows);
    assertThat(result.accepted()).isEqualTo(births.size());
    assertThat(result.refused()).isZero();
    RegistrationCounts expected = singleMachine();
    assertThat(result.counts()).isEqualTo(expected);
    assertThat(result.counts().toArray()).isEqualTo(expected.toArray());
  }

  @Test
  void eachLevelAsADatasetHoldsTheEngineCounts() {
    SparkCounts result =
        SparkRegistrations.counting(LAO)
            .query(BY_YEAR_WITH_COVERAGE)
            .referenceDate(REFERENCE)
            .count(rows);
    RegistrationCounts expected = singleMachine();
    Gazetteer g = Gazetteer.laoPdr();
    List<CountRow> provinces = result.byLevel(AdminLevel.PROVINCE).collectAsList();
    int years = expected.lastYear().get() - expected.firstYear().get() + 1;
    assertThat(provinces)
        .hasSize(18 * years * Sex.values().length * TimelinessBand.values().length);
    long total = 0;
    for (CountRow c : provinces) {
      long n =
          expected.count(
              g.indexOf(c.getUnitCode()),
              Optional.of(c.getYear()),
              Optional.of(Sex.valueOf(c.getSex())),
              Optional.empty(),
              TimelinessBand.valueOf(c.getBand()));
      assertThat(c.getBirths())
          .as(c.getUnitCode() + " " + c.getYear() + " " + c.getSex() + " " + c.getBand())
          .isEqualTo(n);
      total += c.getBirths();
    }
    assertThat(total).isEqualTo(births.size());
  }

  @Test
  void completenessAndCoverageFromSparkEqualTheLibrarys() {
    SparkCounts result =
        SparkRegistrations.counting(LAO)
            .query(BY_YEAR_WITH_COVERAGE)
            .referenceDate(REFERENCE)
            .count(rows);
    Gazetteer g = Gazetteer.laoPdr();
    BirthStatistics library = BirthStatistics.of(g, births, RegistrationPolicy.laoPdr());
    PopulationTable table = PopulationTable.census2015WithCensusBirthRate();
    LocalDate onDate = LocalDate.of(2024, 6, 30);
    for (String code : List.of("LA", "LA05", "LA13")) {
      AdminUnit unit = g.unit(code);
      int i = g.index(unit);
      long registered2015 = result.counts().birthsAndRegistered(i, 2015)[1];
      DateRange year2015 = DateRange.ofYear(2015);
      RegistrationRate fromSpark =
          RegistrationRate.completeness(
              unit,
              year2015,
              Optional.empty(),
              registered2015,
              RegistrationRate.Basis.OCCURRENCE,
              table,
              "completeness");
      RegistrationRate fromLibrary = library.completeness(unit, year2015, Optional.empty(), table);
      assertThat(fromSpark.numerator()).isEqualTo(fromLibrary.numerator());
      assertThat(fromSpark.value()).isEqualTo(fromLibrary.value());
      for (int age : new int[] {5, 18}) {
        long covered = result.counts().coverageCount(i, age, Optional.empty(), Optional.empty());
        RegistrationRate sparkCoverage =
            RegistrationRate.coverage(unit, onDate, age, Optional.empty(), covered, table);
        RegistrationRate libraryCoverage =
            library.coverage(unit, onDate, age, Optional.empty(), table);
        assertThat(sparkCoverage.numerator()).isEqualTo(libraryCoverage.numerator()).isPositive();
        assertThat(sparkCoverage.value()).isEqualTo(libraryCoverage.value());
      }
    }
  }

  @Test
  void badRecordsAreReportedNotDropped() {
    List<RegistrationRow> list = new ArrayList<>();
    for (int k = 0; k < 50; k++) {
      list.add(row(k + 2, births.get(k)));
    }
    RegistrationRow unknownPlace = row(100, births.get(60));
    unknownPlace.setPlaceOfBirth("LA99");
    RegistrationRow beforeBirth = row(101, births.get(61));
    beforeBirth.setRegistrationDate(births.get(61).dateOfBirth().minusDays(3));
    RegistrationRow duplicate = row(102, births.get(3));
    RegistrationRow noSex = row(103, births.get(62));
    noSex.setSex(null);
    list.add(unknownPlace);
    list.add(beforeBirth);
    list.add(duplicate);
    list.add(noSex);
    Dataset<RegistrationRow> mixed =
        spark.createDataset(list, Encoders.bean(RegistrationRow.class)).repartition(3);
    SparkCounts result = SparkRegistrations.counting(LAO).referenceDate(REFERENCE).count(mixed);
    assertThat(result.accepted()).isEqualTo(50);
    assertThat(result.refused()).isEqualTo(4);
    assertThat(result.counts().total(0)).isEqualTo(50);
    List<RowProblem> problems = result.problems().collectAsList();
    assertThat(problems)
        .extracting(RowProblem::getLine)
        .containsExactlyInAnyOrder(100L, 101L, 102L, 103L);
    RowProblem dup = problems.stream().filter(p -> p.getLine() == 102L).findFirst().orElseThrow();
    assertThat(dup.getReason()).contains("line 5");
    assertThat(problems)
        .allSatisfy(p -> assertThat(p.getValue()).doesNotContain(births.get(3).id()));
  }

  @Test
  void theTypedAggregatorGivesTheSameCounts() {
    RegistrationAggregator aggregator =
        new RegistrationAggregator(LAO, BY_YEAR_WITH_COVERAGE, REFERENCE);
    RegistrationCounts viaAggregator =
        rows.select(aggregator.toColumn()).as(aggregator.outputEncoder()).first();
    assertThat(viaAggregator).isEqualTo(singleMachine());
  }
}
