package io.github.connectlao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.InvalidValueException;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TrendProgressTest {
  private static final OptionalDouble NO_LIMIT = OptionalDouble.empty();

  @Test
  void theDocumentedExample() {
    TrendProgress t =
        TrendProgress.of(
            List.of(Observation.of(2015, 100L), Observation.of(2020, 110L)),
            Direction.HIGHER_IS_BETTER,
            2015,
            NO_LIMIT);
    assertThat(t.progressValue().getAsDouble()).isCloseTo(0.0192, within(0.0001));
    assertThat(t.status()).contains(ProgressStatus.ON_TRACK);
    assertThat(t.score().getAsDouble()).isCloseTo(4.62, within(0.005));
    assertThat(t.coefficient()).isEqualTo(1);
    assertThat(t.base().year()).isEqualTo(2015);
    assertThat(t.latest().year()).isEqualTo(2020);
    assertThat(t.basis())
        .startsWith(
            "Open SDG method 1 (no quantitative target): growth 0.01924 a year from 2015 to 2020");
  }

  @Test
  void lowerIsBetterTurnsTheSameGrowthIntoDeterioration() {
    TrendProgress t =
        TrendProgress.of(
            List.of(Observation.of(2015, 100L), Observation.of(2020, 110L)),
            Direction.LOWER_IS_BETTER,
            2015,
            NO_LIMIT);
    assertThat(t.status()).contains(ProgressStatus.DETERIORATING);
    assertThat(t.progressValue().getAsDouble()).isCloseTo(-0.0192, within(0.0001));
  }

  @Test
  void theBaseIsTheFirstYearFromTheBaseYearOnAndTheLatestIsTheLastYear() {
    TrendProgress t =
        TrendProgress.of(
            List.of(
                Observation.of(2022, 130L),
                Observation.of(2012, 50L),
                Observation.of(2017, 100L),
                Observation.of(2019, 120L)),
            Direction.HIGHER_IS_BETTER,
            2015,
            NO_LIMIT);
    assertThat(t.base()).isEqualTo(Observation.of(2017, 100L));
    assertThat(t.latest()).isEqualTo(Observation.of(2022, 130L));
  }

  @Test
  void noStatusWithItsReasonWhenOpenSdgComputesNone() {
    TrendProgress oneYear =
        TrendProgress.of(
            List.of(Observation.of(2015, 100L), Observation.of(2020, 110L)),
            Direction.HIGHER_IS_BETTER,
            2018,
            NO_LIMIT);
    assertThat(oneYear.status()).isEmpty();
    assertThat(oneYear.score()).isEmpty();
    assertThat(oneYear.progressValue()).isEmpty();
    assertThat(oneYear.basis())
        .isEqualTo("at least two years of data are needed after the base year 2018");

    TrendProgress opposite =
        TrendProgress.of(
            List.of(Observation.of(2015, -5L), Observation.of(2020, 3L)),
            Direction.HIGHER_IS_BETTER,
            2015,
            NO_LIMIT);
    assertThat(opposite.status()).isEmpty();
    assertThat(opposite.basis()).isEqualTo("base and latest values have opposite signs");
  }

  @Test
  void aZeroBaseIsReplacedAsOpenSdgDoes() {
    TrendProgress t =
        TrendProgress.of(
            List.of(Observation.of(2015, 0L), Observation.of(2020, 5L)),
            Direction.HIGHER_IS_BETTER,
            2015,
            NO_LIMIT);
    assertThat(t.status()).contains(ProgressStatus.ON_TRACK);
    assertThat(t.basis()).endsWith(", zero base value replaced by 0.001 as Open SDG does");
  }

  @Test
  void nearANaturalLimitTheThresholdsShrink() {
    List<Observation> series = List.of(Observation.of(2015, 90L), Observation.of(2020, 91L));
    TrendProgress free = TrendProgress.of(series, Direction.HIGHER_IS_BETTER, 2015, NO_LIMIT);
    TrendProgress limited =
        TrendProgress.of(series, Direction.HIGHER_IS_BETTER, 2015, OptionalDouble.of(100));
    assertThat(limited.coefficient()).isCloseTo(1 - Math.pow(0.9, 4.44), within(1e-12));
    // growth 0.221 % a year: below 0.5 % without a limit, above 0.5 % x 0.374 near it
    assertThat(free.status()).contains(ProgressStatus.LIMITED_PROGRESS);
    assertThat(limited.status()).contains(ProgressStatus.NEEDS_ACCELERATION);
    assertThat(limited.basis()).contains("near the limit 100.0");
  }

  @Test
  void theStatusIsTheOneItsScoreGivesOnOpenSdgsScale() {
    qt().forAll(
            integers().between(1, 10_000),
            integers().between(1, 10_000),
            integers().between(1, 15),
            integers().between(0, 1))
        .checkAssert(
            (b, y, years, dir) -> {
              Direction d = dir == 0 ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
              TrendProgress t =
                  TrendProgress.of(
                      List.of(
                          Observation.of(2015, (long) b), Observation.of(2015 + years, (long) y)),
                      d,
                      2015,
                      NO_LIMIT);
              double score = t.score().getAsDouble();
              assertThat(score).isBetween(-5.0, 5.0);
              assertThat(t.status()).contains(ProgressStatus.fromScore(score, false));
            });
  }

  @Test
  void refusesASeriesItCannotJudge() {
    assertThatThrownBy(
            () -> TrendProgress.of(List.of(), Direction.HIGHER_IS_BETTER, 2015, NO_LIMIT))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("series: '[]' must not be empty");
    assertThatThrownBy(
            () ->
                TrendProgress.of(
                    List.of(Observation.of(2016, 1L), Observation.of(2016, 2L)),
                    Direction.HIGHER_IS_BETTER,
                    2015,
                    NO_LIMIT))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("series: '2016' has two values for one year");
    assertThatThrownBy(
            () ->
                TrendProgress.of(
                    List.of(Observation.of(2016, 1L)), Direction.HIGHER_IS_BETTER, 2020, NO_LIMIT))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("baseYear: '2020' is after the last year of the series 2016");
    assertThatThrownBy(
            () -> TrendProgress.of(List.of(Observation.of(2016, 1L)), null, 2015, NO_LIMIT))
        .hasMessage("direction: null is required");
  }
}
