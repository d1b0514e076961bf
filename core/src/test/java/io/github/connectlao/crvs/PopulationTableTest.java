package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.Confidence;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PopulationTableTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final PopulationTable CENSUS = PopulationTable.census2015();

  @Test
  void bundledCensusHoldsTheNationOnlyNoShareAlikeProvinceFigures() {
    for (AdminUnit p : LAO.units(AdminLevel.PROVINCE)) {
      assertThat(CENSUS.population(p, 2015, Optional.empty(), AgeGroup.ALL)).as(p.code()).isEmpty();
    }
    assertThat(
            CENSUS
                .population(LAO.nation(), 2015, Optional.empty(), AgeGroup.ALL)
                .orElseThrow()
                .count())
        .isEqualTo(6_492_228L);
    assertThat(
            CENSUS
                .population(LAO.nation(), 2015, Optional.of(Sex.FEMALE), AgeGroup.ALL)
                .orElseThrow()
                .count())
        .isEqualTo(3_237_458L);
    assertThat(
            CENSUS
                .population(LAO.nation(), 2015, Optional.of(Sex.MALE), AgeGroup.ALL)
                .orElseThrow()
                .source()
                .confidence())
        .isEqualTo(Confidence.DERIVED);
  }

  @Test
  void lookupsNeverFallBackToAnotherYearGroupOrUnit() {
    AdminUnit namtha = LAO.unit("LA03");
    assertThat(CENSUS.population(namtha, 2016, Optional.empty(), AgeGroup.ALL)).isEmpty();
    assertThat(CENSUS.population(namtha, 2014, Optional.empty(), AgeGroup.ALL)).isEmpty();
    assertThat(CENSUS.population(namtha, 2015, Optional.of(Sex.FEMALE), AgeGroup.ALL)).isEmpty();
    assertThat(CENSUS.population(namtha, 2015, Optional.empty(), AgeGroup.under(5))).isEmpty();
    assertThat(CENSUS.crudeBirthRate(LAO.nation(), 2017, Optional.empty())).isEmpty();
    assertThat(CENSUS.crudeBirthRate(namtha, 2015, Optional.empty())).isEmpty();
  }

  @Test
  void birthRatesAreTheSourcedOnesAndInheritanceIsExplicit() {
    assertThat(
            CENSUS.crudeBirthRate(LAO.nation(), 2015, Optional.empty()).orElseThrow().perThousand())
        .isEqualTo(24.317);
    assertThat(
            CENSUS
                .crudeBirthRate(LAO.nation(), 2010, Optional.empty())
                .orElseThrow()
                .source()
                .confidence())
        .isEqualTo(Confidence.VERIFIED);
    assertThat(
            PopulationTable.census2015WithCensusBirthRate()
                .crudeBirthRate(LAO.nation(), 2015, Optional.empty())
                .orElseThrow()
                .perThousand())
        .isEqualTo(28.0);
    PopulationTable.BirthRate inherited =
        CENSUS
            .inheritingBirthRateFrom("LA")
            .crudeBirthRate(LAO.unit("LA03"), 2016, Optional.empty())
            .orElseThrow();
    assertThat(inherited.perThousand()).isEqualTo(23.85);
    assertThat(inherited.source().confidence()).isEqualTo(Confidence.DERIVED);
    assertThat(inherited.source().citation()).contains("applied to LA03 by explicit option");
  }

  @Test
  void unitsMatchByAnyIdentifier() {
    PopulationTable t =
        PopulationTable.builder()
            .population(
                "LA-LM",
                2024,
                Optional.empty(),
                AgeGroup.under(5),
                20_000,
                io.github.connectlao.Source.synthetic("test"))
            .build();
    assertThat(t.population(LAO.unit("LA03"), 2024, Optional.empty(), AgeGroup.under(5)))
        .isPresent();
  }
}
