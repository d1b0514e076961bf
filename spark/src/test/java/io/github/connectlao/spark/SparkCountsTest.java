package io.github.connectlao.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.BirthRegistry;
import io.github.connectlao.crvs.RegistrationCounts;
import io.github.connectlao.crvs.RegistrationPolicy;
import io.github.connectlao.crvs.RegistryQuery;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.crvs.SyntheticRegistrations;
import io.github.connectlao.crvs.TimelinessBand;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkCountsTest {
  private static SparkSession spark;
  private static Gazetteer lao;
  private static List<BirthRegistration> births;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[1]")
            .appName("connect-lao-spark-counts-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "1")
            .getOrCreate();
    lao = Gazetteer.laoPdr();
    births = SyntheticRegistrations.generate(lao, 2_000, 5).collect(Collectors.toList());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static SparkCounts counts(RegistryQuery q) {
    RegistrationCounts c = BirthRegistry.of(lao, births.stream()).aggregate(q).rolledUp();
    return new SparkCounts(
        spark,
        c,
        births.size(),
        3,
        spark.emptyDataset(org.apache.spark.sql.Encoders.bean(RowProblem.class)));
  }

  @Test
  void accessorsAndToString() {
    SparkCounts s = counts(RegistryQuery.of(RegistrationPolicy.laoPdr()));
    assertThat(s.accepted()).isEqualTo(births.size());
    assertThat(s.refused()).isEqualTo(3);
    assertThat(s.problems().count()).isZero();
    assertThat(s.toString())
        .startsWith("SparkCounts[" + births.size() + " accepted, 3 refused, ")
        .endsWith(s.counts() + "]");
  }

  @Test
  void byLevelHasEveryCellOfEveryUnitWithoutYears() {
    SparkCounts s = counts(RegistryQuery.of(RegistrationPolicy.laoPdr()));
    List<CountRow> rows = s.byLevel(AdminLevel.PROVINCE).collectAsList();
    List<AdminUnit> provinces = lao.units(AdminLevel.PROVINCE);
    assertThat(rows)
        .hasSize(provinces.size() * Sex.values().length * TimelinessBand.values().length);
    assertThat(rows).allSatisfy(r -> assertThat(r.getYear()).isNull());
    assertThat(rows).allSatisfy(r -> assertThat(r.getLevel()).isEqualTo("PROVINCE"));
    Map<String, Long> perUnit =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    CountRow::getUnitCode, Collectors.summingLong(CountRow::getBirths)));
    for (AdminUnit p : provinces) {
      assertThat(perUnit.get(p.code())).as(p.code()).isEqualTo(s.counts().total(lao.index(p)));
    }
    assertThat(perUnit.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(births.size());
  }

  @Test
  void byLevelByYearCoversEveryYearAndAddsUpToEveryBirth() {
    SparkCounts s =
        counts(RegistryQuery.of(RegistrationPolicy.laoPdr()).per(RegistryQuery.Period.BIRTH_YEAR));
    RegistrationCounts c = s.counts();
    int years = c.lastYear().get() - c.firstYear().get() + 1;
    List<CountRow> rows = s.byLevel(AdminLevel.NATIONAL).collectAsList();
    assertThat(rows).hasSize(years * Sex.values().length * TimelinessBand.values().length);
    assertThat(rows.stream().map(CountRow::getYear).distinct().count()).isEqualTo(years);
    assertThat(rows.stream().mapToLong(CountRow::getBirths).sum()).isEqualTo(births.size());
    AdminUnit nation = lao.units(AdminLevel.NATIONAL).get(0);
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(r.getUnitCode()).isEqualTo(nation.code());
              assertThat(r.getUnitNameEnglish()).isEqualTo(nation.nameEnglish());
              assertThat(r.getUnitNameLao()).isEqualTo(nation.nameLao());
            });
  }
}
