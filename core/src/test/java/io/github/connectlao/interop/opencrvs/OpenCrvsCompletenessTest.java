package io.github.connectlao.interop.opencrvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.AgeGroup;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.crvs.TimelinessCounts;
import io.github.connectlao.interop.opencrvs.OpenCrvsCompleteness.Basis;
import io.github.connectlao.interop.opencrvs.OpenCrvsCompleteness.RateTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Completeness the OpenCRVS way: the names of the figures, the numerator from timeliness counts,
 * estimated births prorated by days over 365 in each calendar year, and the rate rounded to two
 * decimals. The figure worked out by hand on the shipped fixture is in {@link OpenCrvsTest}.
 */
class OpenCrvsCompletenessTest {
  private static final AdminUnit BOKEO = Gazetteer.laoPdr().unit("LA05");
  private static final Source SYNTHETIC = Source.synthetic("OpenCRVS completeness unit test");

  /** 2019 to 2024: 200,000 people and 25 births per 1000 every year, so 5,000 births a year. */
  private static final PopulationTable TABLE = table(2019, 2024);

  private static PopulationTable table(int from, int to) {
    PopulationTable.Builder b = PopulationTable.builder();
    for (int y = from; y <= to; y++) {
      b.population("LA05", y, Optional.empty(), AgeGroup.ALL, 200_000, SYNTHETIC);
      b.crudeBirthRate("LA05", y, Optional.empty(), 25, SYNTHETIC);
    }
    return b.build();
  }

  private static double estimate(PopulationTable t, LocalDate from, LocalDate to) {
    return OpenCrvsCompleteness.estimatedBirths(t, BOKEO, from, to).orElseThrow();
  }

  @Test
  void eachFigureHasTheNameOpenCrvsGivesIt() {
    assertThat(RateTime.WITHIN_TARGET.openCrvsName()).isEqualTo("withinTarget");
    assertThat(RateTime.WITHIN_1_YEAR.openCrvsName()).isEqualTo("within1Year");
    assertThat(RateTime.WITHIN_5_YEARS.openCrvsName()).isEqualTo("within5Years");
    assertThat(OpenCrvsCompleteness.name(RateTime.WITHIN_TARGET, Basis.REGISTRATION))
        .isEqualTo("completeness_withinTarget_registration");
    assertThat(OpenCrvsCompleteness.name(RateTime.WITHIN_1_YEAR, Basis.OCCURRENCE))
        .isEqualTo("completeness_within1Year_occurrence");
    assertThat(OpenCrvsCompleteness.name(RateTime.WITHIN_5_YEARS, Basis.REGISTRATION))
        .isEqualTo("completeness_within5Years_registration");
  }

  @Test
  void theNumeratorIsCurrentWithinTheTarget_andCurrentPlusLateWithinAYear() {
    TimelinessCounts counts = TimelinessCounts.of(1500, 300, 80, 7);
    assertThat(OpenCrvsCompleteness.registrations(counts, RateTime.WITHIN_TARGET)).isEqualTo(1500);
    assertThat(OpenCrvsCompleteness.registrations(counts, RateTime.WITHIN_1_YEAR)).isEqualTo(1800);
  }

  @Test
  void withinFiveYearsCannotBeCounted_theErrorNamesTheFieldAndSaysWhy() {
    assertThatThrownBy(
            () ->
                OpenCrvsCompleteness.registrations(
                    TimelinessCounts.of(1, 1, 1, 1), RateTime.WITHIN_5_YEARS))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("time")
        .hasMessageContaining("within5Years")
        .hasMessageContaining("not split at five years");
  }

  @Test
  void aWholeYearIsCrudeBirthRateTimesPopulationOver1000_aLeapYearCounts366Over365() {
    assertThat(estimate(TABLE, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))
        .isCloseTo(5000.0, within(1e-9));
    // OpenCRVS divides by 365 whatever the year, so the whole of 2024 is 366/365 of a year
    assertThat(estimate(TABLE, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
        .isCloseTo(5000.0 * 366 / 365, within(1e-9));
    // one day, both ends included
    assertThat(estimate(TABLE, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 1)))
        .isCloseTo(5000.0 / 365, within(1e-9));
  }

  @Test
  void aWindowAcrossYearsAddsEachYearsShare_withThatYearsFigures() {
    PopulationTable t =
        PopulationTable.builder()
            .population("LA05", 2021, Optional.empty(), AgeGroup.ALL, 195_000, SYNTHETIC)
            .crudeBirthRate("LA05", 2021, Optional.empty(), 23, SYNTHETIC)
            .population("LA05", 2022, Optional.empty(), AgeGroup.ALL, 200_000, SYNTHETIC)
            .crudeBirthRate("LA05", 2022, Optional.empty(), 22.5, SYNTHETIC)
            .build();
    // 23 x 195 x 184/365 (1 July - 31 December 2021) + 22.5 x 200 x 181/365 (first half of 2022)
    assertThat(estimate(t, LocalDate.of(2021, 7, 1), LocalDate.of(2022, 6, 30)))
        .isCloseTo(23 * 195.0 * 184 / 365 + 22.5 * 200 * 181 / 365, within(1e-9));
  }

  @Test
  void aYearWithoutItsPopulationOrItsRateGivesNoEstimate_notAGuessFromAnotherYear() {
    PopulationTable noRate =
        PopulationTable.builder()
            .population("LA05", 2022, Optional.empty(), AgeGroup.ALL, 200_000, SYNTHETIC)
            .build();
    assertThat(
            OpenCrvsCompleteness.estimatedBirths(
                noRate, BOKEO, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)))
        .isEmpty();
    PopulationTable noPopulation =
        PopulationTable.builder()
            .crudeBirthRate("LA05", 2022, Optional.empty(), 25, SYNTHETIC)
            .build();
    assertThat(
            OpenCrvsCompleteness.estimatedBirths(
                noPopulation, BOKEO, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)))
        .isEmpty();
    // 2019-2024 are known; a window reaching into 2025 has no estimate at all
    assertThat(
            OpenCrvsCompleteness.estimatedBirths(
                TABLE, BOKEO, LocalDate.of(2024, 7, 1), LocalDate.of(2025, 1, 1)))
        .isEmpty();
    // another unit's figures are not used
    assertThat(
            OpenCrvsCompleteness.estimatedBirths(
                TABLE,
                Gazetteer.laoPdr().unit("LA0501"),
                LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 12, 31)))
        .isEmpty();
  }

  @Test
  void aWindowThatEndsBeforeItBeginsIsRefusedNamingTo() {
    assertThatThrownBy(
            () ->
                OpenCrvsCompleteness.estimatedBirths(
                    TABLE, BOKEO, LocalDate.of(2022, 2, 1), LocalDate.of(2022, 1, 31)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("to")
        .hasMessageContaining("is before from 2022-02-01");
  }

  @Test
  void theRateIsAPercentageRoundedHalfUpToTwoDecimals() {
    assertThat(OpenCrvsCompleteness.rate(1, 3)).contains(new BigDecimal("33.33"));
    assertThat(OpenCrvsCompleteness.rate(2, 3)).contains(new BigDecimal("66.67"));
    assertThat(OpenCrvsCompleteness.rate(1, 8)).contains(new BigDecimal("12.50"));
    // half up, not half even: 0.125 is 0.13
    assertThat(OpenCrvsCompleteness.rate(1, 800)).contains(new BigDecimal("0.13"));
    // more registrations than estimated births is more than 100 %, not capped
    assertThat(OpenCrvsCompleteness.rate(6000, 5000)).contains(new BigDecimal("120.00"));
    assertThat(OpenCrvsCompleteness.rate(0, 5000)).contains(new BigDecimal("0.00"));
  }

  @Test
  void noEstimateGivesNoRate_neverZero() {
    assertThat(OpenCrvsCompleteness.rate(10, 0)).isEmpty();
    assertThat(OpenCrvsCompleteness.rate(10, -1)).isEmpty();
    assertThat(OpenCrvsCompleteness.rate(10, Double.NaN)).isEmpty();
  }

  @Test
  void theEstimateOfAWindowIsTheSumOfTheEstimatesOfItsParts() {
    LocalDate first = LocalDate.of(2019, 1, 1);
    int days = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - first.toEpochDay());
    qt().withExamples(300)
        .forAll(
            integers().between(0, days - 800),
            integers().between(0, 400),
            integers().between(1, 400))
        .checkAssert(
            (a, before, after) -> {
              LocalDate from = first.plusDays(a);
              LocalDate split = from.plusDays(before);
              LocalDate to = split.plusDays(after);
              double whole = estimate(TABLE, from, to);
              double parts = estimate(TABLE, from, split) + estimate(TABLE, split.plusDays(1), to);
              assertThat(whole).isCloseTo(parts, within(1e-6));
              // and every day of the window counts 5,000 / 365 births in this table
              assertThat(whole).isCloseTo((before + after + 1) * 5000.0 / 365, within(1e-6));
            });
  }

  @Test
  void theRateGrowsWithTheRegistrations() {
    qt().withExamples(300)
        .forAll(
            longs().between(0, 1_000_000),
            longs().between(0, 1_000_000),
            integers().between(1, 1_000_000))
        .checkAssert(
            (r1, r2, est) -> {
              BigDecimal a = OpenCrvsCompleteness.rate(Math.min(r1, r2), est).orElseThrow();
              BigDecimal b = OpenCrvsCompleteness.rate(Math.max(r1, r2), est).orElseThrow();
              assertThat(a).isLessThanOrEqualTo(b);
              assertThat(a.scale()).isEqualTo(2);
            });
  }
}
