package io.github.connectlao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.connectlao.InvalidValueException;
import org.junit.jupiter.api.Test;

class StatusThresholdsTest {

  @Test
  void openSdgDefaults() {
    assertThat(StatusThresholds.openSdg()).isEqualTo(StatusThresholds.of(0.95, 0.6, 0));
  }

  @Test
  void classifiesEachBandWithItsLowerBoundIncluded() {
    StatusThresholds t = StatusThresholds.openSdg();
    assertThat(t.classify(1.4)).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(t.classify(0.95)).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(t.classify(0.9499)).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
    assertThat(t.classify(0.6)).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
    assertThat(t.classify(0.5999)).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
    assertThat(t.classify(0)).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
    assertThat(t.classify(-0.0001)).isEqualTo(ProgressStatus.DETERIORATING);
  }

  @Test
  void aLooserOnTrackAsDocumented() {
    StatusThresholds loose = StatusThresholds.of(0.9, 0.5, 0);
    assertThat(loose.classify(0.92)).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(StatusThresholds.openSdg().classify(0.92))
        .isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
  }

  @Test
  void neverClassifiesAsAchievedAndABetterRatioNeverGivesAWorseStatus() {
    StatusThresholds t = StatusThresholds.openSdg();
    qt().forAll(doubles().between(-10, 10), doubles().between(-10, 10))
        .checkAssert(
            (a, b) -> {
              assertThat(t.classify(a)).isNotEqualTo(ProgressStatus.ACHIEVED);
              assertThat(t.classify(Math.max(a, b)))
                  .isLessThanOrEqualTo(t.classify(Math.min(a, b)));
            });
  }

  @Test
  void refusesThresholdsOutOfOrderOrNotFinite() {
    assertThatThrownBy(() -> StatusThresholds.of(0.5, 0.6, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "thresholds: '0.5/0.6/0.0' must satisfy onTrack >= needsAcceleration >= limitedProgress");
    assertThatThrownBy(() -> StatusThresholds.of(0.9, 0.5, 0.6))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("thresholds: ");
    assertThatThrownBy(() -> StatusThresholds.of(Double.NaN, 0.5, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageEndingWith("must be finite numbers");
    assertThat(StatusThresholds.of(0.5, 0.5, 0.5).classify(0.5)).isEqualTo(ProgressStatus.ON_TRACK);
  }
}
