package io.github.connectlao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetTest {

  private static Target indicatorTarget(long base, long goal, Direction direction) {
    return Target.builder("T", Measure.indicator("X"))
        .direction(direction)
        .baseline(Observation.of(2015, base))
        .target(Observation.of(2030, goal))
        .appliesTo("LA")
        .build();
  }

  /** Ratios computed independently with Open SDG's formula (sdg-build ProgressMeasure.py). */
  @ParameterizedTest(name = "{0}→{1}, latest {2}: {3}")
  @CsvSource({
    "50, 80, 60, HIGHER_IS_BETTER, ON_TRACK, 1.16675",
    "50, 80, 55, HIGHER_IS_BETTER, NEEDS_ACCELERATION, 0.60462",
    "50, 80, 54, HIGHER_IS_BETTER, LIMITED_PROGRESS, 0.48732",
    "50, 80, 49, HIGHER_IS_BETTER, DETERIORATING, -0.12669",
    "40, 20, 30, LOWER_IS_BETTER, ON_TRACK, 1.23814",
    "40, 20, 38, LOWER_IS_BETTER, LIMITED_PROGRESS, 0.22601",
    "40, 20, 45, LOWER_IS_BETTER, DETERIORATING, -0.52784"
  })
  void openSdgStatus(
      long base,
      long goal,
      long latest,
      Direction direction,
      ProgressStatus expected,
      double ratio) {
    Progress p = indicatorTarget(base, goal, direction).progress(Observation.of(2020, latest));
    assertThat(p.status()).contains(expected);
    assertThat(p.ratio().getAsDouble()).isCloseTo(ratio, within(1e-4));
  }

  @Test
  void openSdgThresholdBoundaries() {
    StatusThresholds t = StatusThresholds.openSdg();
    assertThat(t.classify(0.95)).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(t.classify(0.9499)).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
    assertThat(t.classify(0.6)).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
    assertThat(t.classify(0.5999)).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
    assertThat(t.classify(0)).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
    assertThat(t.classify(-0.0001)).isEqualTo(ProgressStatus.DETERIORATING);
  }

  @Test
  void thresholdsAreConfigurable() {
    Target t = indicatorTarget(50, 80, Direction.HIGHER_IS_BETTER);
    Observation latest = Observation.of(2020, 55); // R = 0.605
    assertThat(t.progress(latest).status()).contains(ProgressStatus.NEEDS_ACCELERATION);
    assertThat(t.progress(latest, StatusThresholds.of(0.6, 0.3, 0)).status())
        .contains(ProgressStatus.ON_TRACK);
    assertThatThrownBy(() -> StatusThresholds.of(0.5, 0.6, 0))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void progressFigures() {
    Target t = indicatorTarget(50, 80, Direction.HIGHER_IS_BETTER);
    Progress p = t.progress(Observation.of(2020, 60));
    assertThat(p.required()).isEqualTo(Fraction.of(80));
    assertThat(p.gap()).isEqualTo(Fraction.of(20));
    assertThat(p.shareOfWay()).contains(Fraction.of(1, 3));
    assertThat(p.requiredAnnualChange()).contains(Fraction.of(2)); // 20 over 10 years
    assertThat(t.requiredAnnualGrowthRate(Observation.of(2020, 60)).getAsDouble())
        .isCloseTo(Math.pow(80.0 / 60, 0.1) - 1, within(1e-12));
    Progress done = t.progress(Observation.of(2024, 81));
    assertThat(done.status()).contains(ProgressStatus.ACHIEVED);
    assertThat(done.gap()).isEqualTo(Fraction.ZERO);
    Progress noBaseline =
        Target.builder("N", Measure.indicator("X"))
            .target(Observation.of(2030, 80))
            .appliesTo("LA")
            .build()
            .progress(Observation.of(2020, 60));
    assertThat(noBaseline.status()).isEmpty();
    assertThat(noBaseline.statusBasis()).contains("no baseline");
  }

  @Test
  void seriesUsesTheEarliestObservationWhenThereIsNoBaseline() {
    Target t =
        Target.builder("S", Measure.indicator("X"))
            .target(Observation.of(2030, 80))
            .appliesTo("LA")
            .build();
    Progress p =
        t.progress(
            List.of(Observation.of(2020, 55), Observation.of(2015, 50)),
            StatusThresholds.openSdg());
    assertThat(p.latest().year()).isEqualTo(2020);
    assertThat(p.status()).contains(ProgressStatus.NEEDS_ACCELERATION);
    assertThat(p.ratio().getAsDouble()).isCloseTo(0.60462, within(1e-4));
    assertThatThrownBy(
            () ->
                t.progress(
                    List.of(Observation.of(2020, 1), Observation.of(2020, 2)),
                    StatusThresholds.openSdg()))
        .hasMessageContaining("'2020'");
  }

  @Test
  void noFactoryFromDouble() {
    assertThat(
            java.util.Arrays.stream(Fraction.class.getMethods())
                .filter(m -> java.lang.reflect.Modifier.isStatic(m.getModifiers()))
                .flatMap(m -> java.util.Arrays.stream(m.getParameterTypes()))
                .filter(c -> c == double.class || c == Double.class || c == float.class))
        .isEmpty();
  }

  @Test
  void readableToString() {
    Target t = indicatorTarget(50, 80, Direction.HIGHER_IS_BETTER);
    assertThat(t)
        .hasToString("T: indicator X >= 80 by 2030 (baseline 50 in 2015) for LA [unverified]");
    assertThat(t.progress(Observation.of(2020, 60)).toString())
        .startsWith("T 2020: 60 of 80 by 2030, gap 20, on track (Open SDG ratio R = 1.167");
  }

  @Test
  void milestonesOnAStraightLine() {
    Target t =
        Target.builder("M", Measure.indicator("X"))
            .baseline(Observation.of(2020, 40))
            .target(Observation.of(2025, 90))
            .appliesTo("LA")
            .build();
    assertThat(t.milestones())
        .extracting(o -> o.value().toString())
        .containsExactly("40", "50", "60", "70", "80", "90");
    assertThat(t.milestone(2023)).isEqualTo(Fraction.of(70));
  }

  @Test
  void milestonesAreMonotoneAndEndAtTheTarget() {
    qt().withExamples(300)
        .forAll(
            integers().between(-1000, 1000),
            integers().between(-1000, 1000),
            integers().between(2000, 2040),
            integers().between(1, 30))
        .checkAssert(
            (b, g, by, span) -> {
              Direction d = g >= b ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
              Target t =
                  Target.builder("P", Measure.indicator("X"))
                      .direction(d)
                      .baseline(Observation.of(by, b))
                      .target(Observation.of(by + span, g))
                      .appliesTo("LA")
                      .build();
              List<Observation> m = t.milestones();
              assertThat(m).hasSize(span + 1);
              assertThat(m.get(0).value()).isEqualTo(Fraction.of(b));
              assertThat(m.get(m.size() - 1).value()).isEqualTo(Fraction.of(g));
              for (int i = 1; i < m.size(); i++) {
                int c = m.get(i).value().compareTo(m.get(i - 1).value());
                assertThat(d == Direction.HIGHER_IS_BETTER ? c >= 0 : c <= 0).isTrue();
              }
            });
  }

  @Test
  void badTargetsNameTheValue() {
    assertThatThrownBy(
            () ->
                Target.builder("B", Measure.indicator("X"))
                    .baseline(Observation.of(2025, 1))
                    .target(Observation.of(2020, 2))
                    .appliesTo("LA")
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'2020'")
        .hasMessageContaining("baseline year 2025");
    assertThatThrownBy(
            () ->
                Target.builder("S", Measure.shareOfUnits(AdminLevel.VILLAGE, "development village"))
                    .target(Observation.of(2025, Fraction.of(200, 3)))
                    .appliesTo("LA")
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'200/3'")
        .hasMessageContaining("not a share");
    assertThatThrownBy(
            () ->
                Target.builder("U", Measure.indicator("X")).target(Observation.of(2025, 1)).build())
        .hasMessageContaining("unitCodes");
    assertThatThrownBy(
            () ->
                indicatorTarget(1, 2, Direction.HIGHER_IS_BETTER).progress(Observation.of(2010, 1)))
        .hasMessageContaining("'2010'");
  }

  @Test
  void countProgressFromMilestones() {
    Target districts = SamSang.nationalTarget(AdminLevel.DISTRICT);
    // user-supplied baseline: 10 districts in 2020; required 50 by 2025 -> milestones
    // 10,18,26,34,42,50
    assertThat(CountProgress.milestones(districts, 148, Observation.of(2020, 10)))
        .extracting(o -> o.value().toString())
        .containsExactly("10", "18", "26", "34", "42", "50");
    CountProgress onTrack =
        CountProgress.of(
            districts,
            148,
            TotalBasis.GAZETTEER,
            2023,
            34,
            Optional.of(Observation.of(2020, 10)),
            StatusThresholds.openSdg());
    assertThat(onTrack.status()).contains(ProgressStatus.ON_TRACK);
    assertThat(onTrack.gap()).isEqualTo(16);
    CountProgress slow =
        CountProgress.of(
            districts,
            148,
            TotalBasis.GAZETTEER,
            2023,
            25,
            Optional.of(Observation.of(2020, 10)),
            StatusThresholds.openSdg()); // 15 of 24 = 0.625
    assertThat(slow.status()).contains(ProgressStatus.NEEDS_ACCELERATION);
    CountProgress limited =
        CountProgress.of(
            districts,
            148,
            TotalBasis.GAZETTEER,
            2023,
            12,
            Optional.of(Observation.of(2020, 10)),
            StatusThresholds.openSdg());
    assertThat(limited.status()).contains(ProgressStatus.LIMITED_PROGRESS);
    CountProgress worse =
        CountProgress.of(
            districts,
            148,
            TotalBasis.GAZETTEER,
            2023,
            8,
            Optional.of(Observation.of(2020, 10)),
            StatusThresholds.openSdg());
    assertThat(worse.status()).contains(ProgressStatus.DETERIORATING);
    assertThatThrownBy(
            () ->
                CountProgress.of(
                    districts,
                    148,
                    TotalBasis.GAZETTEER,
                    2023,
                    149,
                    Optional.empty(),
                    StatusThresholds.openSdg()))
        .hasMessageContaining("'149'")
        .hasMessageContaining("148");
  }

  @Test
  void countMilestonesAreMonotoneAndEndAtTheRequiredCount() {
    qt().withExamples(300)
        .forAll(
            integers().between(0, 1000),
            integers().between(0, 5000),
            integers().between(0, 5000),
            integers().between(1, 15))
        .checkAssert(
            (share, a, b, span) -> {
              long total = Math.max(a, b);
              long base = Math.min(a, b);
              Target t =
                  Target.builder(
                          "C", Measure.shareOfUnits(AdminLevel.VILLAGE, "development village"))
                      .target(Observation.of(2010 + span, Fraction.of(share, 1000)))
                      .appliesTo("LA")
                      .build();
              List<Observation> m = CountProgress.milestones(t, total, Observation.of(2010, base));
              assertThat(m.get(m.size() - 1).value())
                  .isEqualTo(Fraction.of(Fraction.of(share, 1000).ceilOf(total)));
              boolean up = m.get(m.size() - 1).value().compareTo(m.get(0).value()) >= 0;
              for (int i = 1; i < m.size(); i++) {
                int c = m.get(i).value().compareTo(m.get(i - 1).value());
                assertThat(up ? c >= 0 : c <= 0).isTrue();
              }
            });
  }
}
