package io.github.connectlao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountProgressTest {
  private static final Target VILLAGES = SamSang.nationalTarget(AdminLevel.VILLAGE); // 2/3 by 2025

  private static void assertField(Runnable r, String field) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void javadocExample() {
    CountProgress p =
        CountProgress.of(
            VILLAGES,
            362,
            TotalBasis.USER_STATED,
            2018,
            214,
            Optional.empty(),
            StatusThresholds.openSdg());
    assertThat(p.required()).isEqualTo(242);
    assertThat(p.gap()).isEqualTo(28);
    assertThat(p.status()).isEmpty(); // no baseline is assumed
    assertThat(p.milestone()).isEmpty();
  }

  @Test
  void invalidInputsNameTheirField() {
    StatusThresholds t = StatusThresholds.openSdg();
    TotalBasis b = TotalBasis.GAZETTEER;
    assertField(() -> CountProgress.of(VILLAGES, -1, b, 2020, 0, Optional.empty(), t), "total");
    assertField(() -> CountProgress.of(VILLAGES, 10, b, 2020, -1, Optional.empty(), t), "achieved");
    assertField(() -> CountProgress.of(VILLAGES, 10, b, 2020, 11, Optional.empty(), t), "achieved");
    Target indicator =
        Target.builder("I", Measure.indicator("X"))
            .target(Observation.of(2030, 80))
            .appliesTo("LA")
            .build();
    assertField(() -> CountProgress.of(indicator, 10, b, 2020, 1, Optional.empty(), t), "target");
    assertField(() -> CountProgress.milestoneCount(0, 2020, 10, 2020, 2020), "target year");
    assertField(() -> CountProgress.milestoneCount(0, 2020, 10, 2025, 2026), "year");
  }

  @Test
  void noStatusForZeroUnits() {
    CountProgress p =
        CountProgress.of(
            VILLAGES,
            0,
            TotalBasis.GAZETTEER,
            2024,
            0,
            Optional.of(Observation.of(2020, 0)),
            StatusThresholds.openSdg());
    assertThat(p.hasUnits()).isFalse();
    assertThat(p.status()).isEmpty();
  }

  @Test
  void requiredIsTheShareRoundedUp() {
    qt().withExamples(500)
        .forAll(
            integers().between(0, 100), integers().between(1, 100), integers().between(0, 10_000))
        .checkAssert(
            (k, d, total) -> {
              int n = k % (d + 1); // a share between 0 and 1
              Target t =
                  SamSang.provinceTarget(
                      "LA05", AdminLevel.DISTRICT, Fraction.of(n, d), 2025, VILLAGES.source());
              long r = CountProgress.requiredCount(t, total);
              assertThat(r * d).isGreaterThanOrEqualTo((long) n * total);
              assertThat((r - 1) * d).isLessThan((long) n * total);
            });
  }

  @Test
  void milestonesRunFromTheBaselineToTheRequiredCount() {
    qt().withExamples(300)
        .forAll(
            integers().between(0, 500), integers().between(0, 500), integers().between(2000, 2024))
        .checkAssert(
            (total, b, year) -> {
              int base = b % (total + 1); // at most the total
              List<Observation> m =
                  CountProgress.milestones(VILLAGES, total, Observation.of(year, base));
              assertThat(m.get(0)).isEqualTo(Observation.of(year, base));
              assertThat(m.get(m.size() - 1))
                  .isEqualTo(Observation.of(2025, CountProgress.requiredCount(VILLAGES, total)));
              assertThat(m).hasSize(2025 - year + 1);
              for (int i = 1; i < m.size(); i++) {
                int c = m.get(i).value().compareTo(m.get(i - 1).value());
                assertThat(base <= CountProgress.requiredCount(VILLAGES, total) ? c >= 0 : c <= 0)
                    .isTrue();
              }
            });
  }
}
