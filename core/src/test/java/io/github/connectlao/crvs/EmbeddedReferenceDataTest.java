package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.Confidence;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Sweeps the embedded CRVS reference figures and population table: every row sourced and consistent. */
class EmbeddedReferenceDataTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();

  @Test
  void registeredBirthsByYearAndSexAsPublished() {
    assertThat(CrvsReferenceFigures.registeredBirths(2015, Optional.empty()).orElseThrow().value())
        .isEqualTo(82_128);
    assertThat(
            CrvsReferenceFigures.registeredBirths(2018, Optional.of(Sex.FEMALE))
                .orElseThrow()
                .value())
        .isEqualTo(35_408);
    assertThat(CrvsReferenceFigures.registeredBirths(2019, Optional.empty())).isEmpty();
    for (int year = 2015; year <= 2018; year++) {
      double total =
          CrvsReferenceFigures.registeredBirths(year, Optional.empty()).orElseThrow().value();
      double male =
          CrvsReferenceFigures.registeredBirths(year, Optional.of(Sex.MALE)).orElseThrow().value();
      double female =
          CrvsReferenceFigures.registeredBirths(year, Optional.of(Sex.FEMALE))
              .orElseThrow()
              .value();
      assertThat(male + female).as("year %d", year).isEqualTo(total);
    }
    assertThat(
            CrvsReferenceFigures.registeredBirths(2016, Optional.empty())
                .orElseThrow()
                .source()
                .confidence())
        .isEqualTo(Confidence.VERIFIED);
  }

  @Test
  void everyRowHasASource() {
    assertThat(CrvsReferenceFigures.values())
        .hasSize(54)
        .allSatisfy(
            v -> {
              assertThat(v.source().citation()).isNotBlank().contains("crvs_reference.csv");
              assertThat(v.year()).isBetween(2000, 2024);
            });
    PopulationTable t = PopulationTable.laoPdr();
    assertThat(t.populations()).allSatisfy(p -> assertThat(p.source().citation()).isNotBlank());
    assertThat(t.birthRates())
        .allSatisfy(r -> assertThat(r.source().citation()).contains("2024-02-21"));
  }

  @Test
  void crudeBirthRatesOfThe2024WorldBankFileForEveryYear2000To2021() {
    PopulationTable t = PopulationTable.laoPdr();
    assertThat(
            IntStream.rangeClosed(2000, 2021)
                .filter(y -> t.crudeBirthRate(LAO.nation(), y, Optional.empty()).isPresent())
                .count())
        .isEqualTo(22);
    assertThat(t.crudeBirthRate(LAO.nation(), 2015, Optional.empty()).orElseThrow().perThousand())
        .isEqualTo(24.445);
    assertThat(t.crudeBirthRate(LAO.nation(), 2021, Optional.empty()).orElseThrow().perThousand())
        .isEqualTo(21.973);
    assertThat(t.crudeBirthRate(LAO.nation(), 2022, Optional.empty())).isEmpty();
  }

  @Test
  void populationOfTheNationAndEveryProvince() {
    PopulationTable t = PopulationTable.laoPdr();
    assertThat(
            t.population(LAO.nation(), 2015, Optional.empty(), AgeGroup.ALL).orElseThrow().count())
        .isEqualTo(6_492_228);
    assertThat(
            t.population(LAO.nation(), 2015, Optional.of(Sex.FEMALE), AgeGroup.ALL)
                .orElseThrow()
                .count())
        .isEqualTo(3_237_458);
    assertThat(
            t.population(LAO.nation(), 2020, Optional.empty(), AgeGroup.ALL).orElseThrow().count())
        .isEqualTo(7_231_206);
    assertThat(
            t.population(LAO.nation(), 2020, Optional.empty(), AgeGroup.under(18))
                .orElseThrow()
                .count())
        .isEqualTo(2_713_210);
    assertThat(
            t.population(LAO.nation(), 2021, Optional.empty(), AgeGroup.ALL).orElseThrow().count())
        .isEqualTo(7_337_714);
    assertThat(
            t.population(LAO.unit("LA03"), 2020, Optional.empty(), AgeGroup.ALL)
                .orElseThrow()
                .count())
        .isEqualTo(199_090);
    long sum = 0;
    for (AdminUnit p : LAO.units(AdminLevel.PROVINCE)) {
      sum += t.population(p, 2020, Optional.empty(), AgeGroup.ALL).orElseThrow().count();
      assertThat(t.population(p, 2020, Optional.empty(), AgeGroup.under(18)))
          .as(p.code())
          .isPresent();
      assertThat(t.population(p, 2021, Optional.empty(), AgeGroup.ALL)).as(p.code()).isPresent();
      // no per-province 2015 figure: the only source found is CC BY-SA (Wikipedia)
      assertThat(t.population(p, 2015, Optional.empty(), AgeGroup.ALL)).as(p.code()).isEmpty();
    }
    assertThat(sum - 7_231_206).as("rounding in the source").isEqualTo(12);
    assertThat(
            t.population(LAO.nation(), 2020, Optional.empty(), AgeGroup.under(18))
                .orElseThrow()
                .source()
                .confidence())
        .isEqualTo(Confidence.DERIVED);
  }
}
