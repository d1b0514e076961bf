package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PopulationCsvTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();

  @Test
  void ageGroupsRoundTrip() {
    for (AgeGroup g :
        List.of(
            AgeGroup.ALL,
            AgeGroup.under(5),
            AgeGroup.under(18),
            AgeGroup.of(15, Integer.MAX_VALUE),
            AgeGroup.of(5, 10))) {
      assertThat(AgeGroup.parse(g.toString())).isEqualTo(g);
    }
    assertThat(AgeGroup.under(18).toString()).isEqualTo("0-17");
    assertThatThrownBy(() -> AgeGroup.parse("five"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("ageGroup")
        .hasMessageContaining("five");
  }

  @Test
  void readsGoodRowsAndReportsEveryBadOne() {
    String csv =
        "unit_code,year,sex,age_group,population,crude_birth_rate,source,confidence\n"
            + "LA03,2024,both,0-4,21000,,Provincial estimate,unverified\n" // 2
            + "LA03,2024,both,5-9,20000,,Provincial estimate,\n" // 3
            + "LA03,2024,both,10-14,19000,,Provincial estimate,\n" // 4
            + "LA03,2024,both,15-17,10000,,Provincial estimate,\n" // 5
            + "LA03,2024,both,all,200000,25.5,Provincial estimate,secondary\n" // 6
            + "LA03,2024,X,all,1,,bad sex,\n" // 7
            + "LA03,20x4,both,all,1,,bad year,\n" // 8
            + "LA03,2024,both,0-4,22000,,duplicate,\n" // 9
            + "LA03,2024,female,0-4,,12,rate for an age group,\n" // 10
            + "LA03,2024,male,all,,,nothing,\n"; // 11
    ImportResult<PopulationTable> r = PopulationTable.readCsv(new StringReader(csv), "test.csv");
    assertThat(r.errors()).extracting(RowError::line).containsExactly(7L, 8L, 9L, 10L, 11L);
    assertThat(r.errors())
        .extracting(RowError::column)
        .containsExactly("sex", "year", "population", "age_group", "population");
    PopulationTable t = r.accepted();
    assertThat(
            t.population(LAO.unit("LA03"), 2024, Optional.empty(), AgeGroup.under(5))
                .orElseThrow()
                .count())
        .isEqualTo(21_000);
    PopulationTable.BirthRate rate =
        t.crudeBirthRate(LAO.unit("LA03"), 2024, Optional.empty()).orElseThrow();
    assertThat(rate.perThousand()).isEqualTo(25.5);
    assertThat(rate.source().confidence()).isEqualTo(Confidence.SECONDARY);
    // under 18 is not entered: the exact partition 0-4 + 5-9 + 10-14 + 15-17 is summed
    PopulationTable.Population u18 =
        t.populationOfAges(LAO.unit("LA03"), 2024, Optional.empty(), AgeGroup.under(18))
            .orElseThrow();
    assertThat(u18.count()).isEqualTo(70_000);
    assertThat(u18.source().confidence()).isEqualTo(Confidence.DERIVED);
    assertThat(u18.source().citation()).contains("0-4 + 5-9 + 10-14 + 15-17");
    // no exact partition of 0-6: no value
    assertThat(t.populationOfAges(LAO.unit("LA03"), 2024, Optional.empty(), AgeGroup.under(7)))
        .isEmpty();
    assertThat(t.populationOfAges(LAO.unit("LA03"), 2023, Optional.empty(), AgeGroup.under(18)))
        .isEmpty();

    BirthStatistics s =
        BirthStatistics.of(
            LAO,
            List.of(
                BirthRegistration.builder("a", Sex.MALE, LocalDate.of(2010, 5, 5), "LA0301")
                    .registered(LocalDate.of(2010, 5, 6), null)
                    .build()),
            RegistrationPolicy.laoPdr());
    RegistrationRate cov =
        s.coverage(LAO.unit("LA03"), LocalDate.of(2024, 6, 30), 18, Optional.empty(), t);
    assertThat(cov.value()).contains(1 / 70_000.0);
  }
}
