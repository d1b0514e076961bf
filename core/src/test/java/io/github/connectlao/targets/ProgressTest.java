package io.github.connectlao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class ProgressTest {

  private static Target target(long base, long goal, Direction direction) {
    return Target.builder("T", Measure.indicator("X"))
        .direction(direction)
        .baseline(Observation.of(2015, base))
        .target(Observation.of(2030, goal))
        .appliesTo("LA")
        .build();
  }

  @Test
  void requiredIsTheTargetValueAndAchievedTheLatest() {
    Progress p = target(50, 80, Direction.HIGHER_IS_BETTER).progress(Observation.of(2020, 60));
    assertThat(p.required()).isEqualTo(Fraction.of(80));
    assertThat(p.achieved()).isEqualTo(Fraction.of(60));
    assertThat(p.isAchieved()).isFalse();
    assertThat(p.gap()).isEqualTo(Fraction.of(20));
  }

  @Test
  void scoreFollowsOpenSdgMethodTwo() {
    Progress onTrack =
        target(50, 80, Direction.HIGHER_IS_BETTER).progress(Observation.of(2020, 60));
    double r = onTrack.ratio().getAsDouble();
    assertThat(onTrack.score().getAsDouble()).isCloseTo(7.1429 * r - 4.2857, within(1e-9));
    Progress deteriorating =
        target(50, 80, Direction.HIGHER_IS_BETTER).progress(Observation.of(2020, 49));
    double d = deteriorating.ratio().getAsDouble();
    assertThat(deteriorating.score().getAsDouble()).isCloseTo(4.1667 * d - 2.5, within(1e-9));
  }

  @Test
  void achievedScoresFiveWithoutARatio() {
    Progress done = target(50, 80, Direction.HIGHER_IS_BETTER).progress(Observation.of(2024, 81));
    assertThat(done.isAchieved()).isTrue();
    assertThat(done.ratio()).isEmpty();
    assertThat(done.score()).hasValue(5);
    Progress lower = target(40, 20, Direction.LOWER_IS_BETTER).progress(Observation.of(2024, 20));
    assertThat(lower.isAchieved()).isTrue();
    assertThat(lower.score()).hasValue(5);
  }

  @Test
  void noStatusMeansNoScore() {
    Progress noBaseline =
        Target.builder("N", Measure.indicator("X"))
            .target(Observation.of(2030, 80))
            .appliesTo("LA")
            .build()
            .progress(Observation.of(2020, 60));
    assertThat(noBaseline.status()).isEmpty();
    assertThat(noBaseline.score()).isEmpty();
    assertThat(noBaseline.toString())
        .isEqualTo(
            "N 2020: 60 of 80 by 2030, gap 20, status unknown (" + noBaseline.statusBasis() + ")");
  }

  @Test
  void scoreIsBoundedAndNonDecreasing() {
    qt().withExamples(1000)
        .forAll(integers().between(-100_000, 100_000), integers().between(0, 10_000))
        .checkAssert(
            (a, step) -> {
              double r1 = a / 10_000.0;
              double r2 = r1 + step / 10_000.0;
              double s1 = Progress.quantitativeScore(r1);
              double s2 = Progress.quantitativeScore(r2);
              assertThat(s1).isBetween(-5.0, 5.0);
              assertThat(s2).isGreaterThanOrEqualTo(s1);
            });
  }

  @Test
  void scoreReadsAsTheSameStatusAsTheRatio() {
    StatusThresholds openSdg = StatusThresholds.openSdg();
    qt().withExamples(1000)
        .forAll(integers().between(-30_000, 30_000))
        .checkAssert(
            k -> {
              double r = k / 10_000.0;
              assertThat(ProgressStatus.fromScore(Progress.quantitativeScore(r), false))
                  .as("ratio %s", r)
                  .isEqualTo(openSdg.classify(r));
            });
    for (double r : new double[] {0.95, 0.9499, 0.6, 0.5999, 0, -0.0001}) {
      assertThat(ProgressStatus.fromScore(Progress.quantitativeScore(r), false))
          .as("ratio %s", r)
          .isEqualTo(openSdg.classify(r));
    }
  }
}
