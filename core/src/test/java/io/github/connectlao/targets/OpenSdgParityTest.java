package io.github.connectlao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.connectlao.InvalidValueException;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Open SDG parity: every expected value below was computed independently of this library, from the
 * formulas of sdg-build's {@code ProgressMeasure.py} written out in {@code docs/targets.md} (CAGR =
 * (y1/y0)^(1/years) − 1; R = sign·d·CAGR_observed/|CAGR_required|; score and thresholds as there),
 * evaluated in a separate Python session; the arithmetic of each case is in its comment.
 */
class OpenSdgParityTest {

  private static Target target(
      int baseYear, double base, int targetYear, double value, Direction d) {
    return Target.builder("T", Measure.indicator("X"))
        .direction(d)
        .baseline(Observation.of(baseYear, Fraction.parse(Double.toString(base))))
        .target(Observation.of(targetYear, Fraction.parse(Double.toString(value))))
        .appliesTo("LA")
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // 50 (2015) -> 60 (2020), target 80 by 2030: CAGR_o = 1.2^(1/5) - 1 = 0.037137, CAGR_r =
    // 1.6^(1/15) - 1
    // = 0.031830, R = 1.16675, score = 7.1429 R - 4.2857 = 4.04829
    "on track, 50, 60, 2020, 80, 2030, HIGHER_IS_BETTER, ON_TRACK, 1.16675, 4.04829",
    // 50 -> 52: CAGR_o = 1.04^(1/5) - 1 = 0.0078749, R = 0.24741, score = 4.1667 R - 2.5 = -1.46911
    "limited, 50, 52, 2020, 80, 2030, HIGHER_IS_BETTER, LIMITED_PROGRESS, 0.24741, -1.46911",
    // latest value 0: CAGR_o = 0^(1/5) - 1 = -1, R = -1 / 0.031830 = -31.41726, score max(.., -5) =
    // -5
    "latest zero, 50, 0, 2020, 80, 2030, HIGHER_IS_BETTER, DETERIORATING, -31.41726, -5",
    // target year 2020 passed, latest 70 in 2022: CAGR_o = 1.4^(1/7) - 1 = 0.049236, CAGR_r =
    // 1.6^(1/5) - 1
    // = 0.098561, R = 0.49961, score = -0.41829
    "target year passed, 50, 70, 2022, 80, 2020, HIGHER_IS_BETTER, LIMITED_PROGRESS, 0.49961, -0.41829",
    // lower is better, 40 -> 35 (2020), target 20 by 2030: CAGR_o = 0.875^(1/5) - 1 = -0.026355,
    // CAGR_r =
    // 0.5^(1/15) - 1 = -0.045158, R = (-1)(-0.026355)/0.045158 = 0.58356, score = -0.06846
    "lower is better, 40, 35, 2020, 20, 2030, LOWER_IS_BETTER, LIMITED_PROGRESS, 0.58356, -0.06846",
    // base 0 replaced by 0.001: CAGR_o = 10000^(1/5) - 1 = 5.30957, CAGR_r = 50000^(1/15) - 1 =
    // 1.05715,
    // R = 5.02256, score min(.., 5) = 5
    "zero base, 0, 10, 2020, 50, 2030, HIGHER_IS_BETTER, ON_TRACK, 5.02256, 5"
  })
  void quantitativeTarget_method2(
      String name,
      double base,
      double latest,
      int latestYear,
      double goal,
      int goalYear,
      Direction d,
      ProgressStatus status,
      double ratio,
      double score) {
    Progress p =
        target(2015, base, goalYear, goal, d)
            .progress(Observation.of(latestYear, Fraction.parse(Double.toString(latest))));
    assertThat(p.status()).as(p.statusBasis()).contains(status);
    assertThat(p.ratio().getAsDouble()).isCloseTo(ratio, within(1e-4));
    assertThat(p.score().getAsDouble()).isCloseTo(score, within(1e-4));
    assertThat(ProgressStatus.fromScore(score, false)).isEqualTo(status);
  }

  @Test
  void aPassedTargetYear_isSaidInTheBasis() {
    Progress p =
        target(2015, 50, 2020, 80, Direction.HIGHER_IS_BETTER).progress(Observation.of(2022, 70));
    assertThat(p.statusBasis()).contains("target year 2020 passed");
  }

  @Test
  void achievedTarget_scoresFive() {
    Progress p =
        target(2015, 50, 2030, 80, Direction.HIGHER_IS_BETTER).progress(Observation.of(2021, 85));
    assertThat(p.status()).contains(ProgressStatus.ACHIEVED);
    assertThat(p.score()).hasValue(5);
    assertThat(ProgressStatus.fromScore(1.0, true)).isEqualTo(ProgressStatus.ACHIEVED);
  }

  @Test
  void oppositeSigns_giveNoStatus_asOpenSdgDoes() {
    Progress p =
        target(2015, 5, 2030, 10, Direction.HIGHER_IS_BETTER).progress(Observation.of(2020, -1));
    assertThat(p.status()).isEmpty();
    assertThat(p.score()).isEmpty();
    assertThat(p.statusBasis()).contains("opposite signs");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // 100 -> 110 over 5 years: p = 1.1^(1/5) - 1 = 0.0192449 >= 0.015; score min(500 p - 5, 5) =
    // 4.62244
    "on track, 100, 110, HIGHER_IS_BETTER, , ON_TRACK, 0.0192449, 1, 4.62244",
    // 100 -> 103: p = 0.0059293 in [0.005, 0.015); score 250 p - 1.25 = 0.23232
    "acceleration needed, 100, 103, HIGHER_IS_BETTER, , NEEDS_ACCELERATION, 0.0059293, 1, 0.23232",
    // 100 -> 101: p = 0.0019920 in [0, 0.005); score 500 p - 2.5 = -1.50398
    "limited, 100, 101, HIGHER_IS_BETTER, , LIMITED_PROGRESS, 0.0019920, 1, -1.50398",
    // 100 -> 95: p = 0.95^(1/5) - 1 = -0.0102062; score max(125 p - 2.5, -5) = -3.77578
    "deterioration, 100, 95, HIGHER_IS_BETTER, , DETERIORATING, -0.0102062, 1, -3.77578",
    // lower is better, 40 -> 38: p = (-1)(0.95^(1/5) - 1) = 0.0102062; score 250 p - 1.25 = 1.30155
    "lower is better, 40, 38, LOWER_IS_BETTER, , NEEDS_ACCELERATION, 0.0102062, 1, 1.30155",
    // near the limit 100: C = 1 - 0.9^4.44 = 0.373622; thresholds 0.0056043 / 0.0018681; p =
    // (92/90)^(1/5) - 1
    // = 0.0044055 -> acceleration needed; score 250 p / C - 1.25 = 1.69781
    "near a limit, 90, 92, HIGHER_IS_BETTER, 100, NEEDS_ACCELERATION, 0.0044055, 0.373622, 1.69781"
  })
  void noQuantitativeTarget_method1(
      String name,
      double base,
      double latest,
      Direction d,
      Double limit,
      ProgressStatus status,
      double p,
      double c,
      double score) {
    TrendProgress t =
        TrendProgress.of(
            List.of(
                Observation.of(2015, Fraction.parse(Double.toString(base))),
                Observation.of(2020, Fraction.parse(Double.toString(latest)))),
            d,
            TrendProgress.DEFAULT_BASE_YEAR,
            limit == null ? OptionalDouble.empty() : OptionalDouble.of(limit));
    assertThat(t.status()).as(t.basis()).contains(status);
    assertThat(t.progressValue().getAsDouble()).isCloseTo(p, within(1e-6));
    assertThat(t.coefficient()).isCloseTo(c, within(1e-6));
    assertThat(t.score().getAsDouble()).isCloseTo(score, within(1e-4));
    assertThat(t.basis()).contains("method 1");
  }

  @Test
  void method1_baseYear_isTheNextYearWithData_andTwoYearsAreNeeded() {
    TrendProgress t =
        TrendProgress.of(
            List.of(Observation.of(2016, 100), Observation.of(2014, 1), Observation.of(2021, 110)),
            Direction.HIGHER_IS_BETTER,
            2015,
            OptionalDouble.empty());
    assertThat(t.base().year()).isEqualTo(2016);
    // 1.1^(1/5) - 1 as above
    assertThat(t.progressValue().getAsDouble()).isCloseTo(0.0192449, within(1e-6));
    TrendProgress one =
        TrendProgress.of(
            List.of(Observation.of(2020, 100)),
            Direction.HIGHER_IS_BETTER,
            2015,
            OptionalDouble.empty());
    assertThat(one.status()).isEmpty();
    assertThat(one.basis()).contains("two years");
    assertThatThrownBy(
            () ->
                TrendProgress.of(
                    List.of(Observation.of(2010, 1)),
                    Direction.HIGHER_IS_BETTER,
                    2015,
                    OptionalDouble.empty()))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void currentOpenSdgLabels_withTheOldOnesAsAliases() {
    assertThat(ProgressStatus.ON_TRACK.value()).isEqualTo("substantial_progress");
    assertThat(ProgressStatus.ON_TRACK.label()).isEqualTo("on track");
    assertThat(ProgressStatus.NEEDS_ACCELERATION.value()).isEqualTo("moderate_progress");
    assertThat(ProgressStatus.NEEDS_ACCELERATION.label())
        .isEqualTo("progress made but acceleration needed");
    assertThat(ProgressStatus.DETERIORATING.label()).isEqualTo("deterioration");
    assertThat(ProgressStatus.ACHIEVED.label()).isEqualTo("target achieved");
    for (ProgressStatus s : ProgressStatus.values()) {
      assertThat(ProgressStatus.parse(s.value())).isEqualTo(s);
      assertThat(ProgressStatus.parse(s.label().toUpperCase(java.util.Locale.ROOT))).isEqualTo(s);
      s.aliases().forEach(a -> assertThat(ProgressStatus.parse(a)).isEqualTo(s));
    }
    assertThat(ProgressStatus.parse("needs acceleration"))
        .isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
    assertThat(ProgressStatus.parse("deteriorating")).isEqualTo(ProgressStatus.DETERIORATING);
    assertThatThrownBy(() -> ProgressStatus.parse("not_available"))
        .hasMessageContaining("not a progress status");
  }

  @ParameterizedTest
  @CsvSource({
    "5, ON_TRACK",
    "2.5, ON_TRACK",
    "2.49, NEEDS_ACCELERATION",
    "0, NEEDS_ACCELERATION",
    "-0.01, LIMITED_PROGRESS",
    "-2.5, LIMITED_PROGRESS",
    "-2.51, DETERIORATING",
    "-5, DETERIORATING"
  })
  void statusFromScore_followsOpenSdgBands(double score, ProgressStatus status) {
    assertThat(ProgressStatus.fromScore(score, false)).isEqualTo(status);
  }
}
