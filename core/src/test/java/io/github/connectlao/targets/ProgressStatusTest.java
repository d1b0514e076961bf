package io.github.connectlao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.connectlao.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProgressStatusTest {

  @Test
  void theDocumentedExample() {
    assertThat(ProgressStatus.parse("moderate_progress"))
        .isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
    assertThat(ProgressStatus.NEEDS_ACCELERATION.label())
        .isEqualTo("progress made but acceleration needed");
  }

  @Test
  void openSdgValuesAndLabels() {
    assertThat(Arrays.stream(ProgressStatus.values()).map(ProgressStatus::value))
        .containsExactly(
            "target_achieved",
            "substantial_progress",
            "moderate_progress",
            "limited_progress",
            "deterioration");
    assertThat(ProgressStatus.parse("On track")).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(ProgressStatus.parse("Target achieved")).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(ProgressStatus.parse("Progress made but acceleration needed"))
        .isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
    assertThat(ProgressStatus.parse("Deterioration")).isEqualTo(ProgressStatus.DETERIORATING);
  }

  @Test
  void readsValueLabelAndEveryAliasWhateverTheCaseAndSpaces() {
    for (ProgressStatus s : ProgressStatus.values()) {
      assertThat(ProgressStatus.parse(s.value())).isEqualTo(s);
      assertThat(ProgressStatus.parse(" " + s.label().toUpperCase(Locale.ROOT) + " ")).isEqualTo(s);
      for (String alias : s.aliases()) {
        assertThat(ProgressStatus.parse(alias)).as(alias).isEqualTo(s);
      }
    }
    assertThat(ProgressStatus.parse("needs acceleration"))
        .isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
    assertThat(ProgressStatus.parse("deteriorating")).isEqualTo(ProgressStatus.DETERIORATING);
  }

  @Test
  void refusesAnUnknownStatusListingTheAcceptedValues() {
    assertThatThrownBy(() -> ProgressStatus.parse("not_available"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "status: 'not_available' is not a progress status: expected one of "
                + "target_achieved, substantial_progress, moderate_progress, limited_progress, deterioration");
    assertThatThrownBy(() -> ProgressStatus.parse(" "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("status: ");
  }

  @Test
  void fromScoreUsesOpenSdgsBands() {
    assertThat(ProgressStatus.fromScore(5, false)).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(ProgressStatus.fromScore(2.5, false)).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(ProgressStatus.fromScore(2.49, false)).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
    assertThat(ProgressStatus.fromScore(0, false)).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
    assertThat(ProgressStatus.fromScore(-0.01, false)).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
    assertThat(ProgressStatus.fromScore(-2.5, false)).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
    assertThat(ProgressStatus.fromScore(-2.51, false)).isEqualTo(ProgressStatus.DETERIORATING);
    assertThat(ProgressStatus.fromScore(-5, false)).isEqualTo(ProgressStatus.DETERIORATING);
    assertThat(ProgressStatus.fromScore(-5, true)).isEqualTo(ProgressStatus.ACHIEVED);
  }

  @Test
  void aHigherScoreNeverGivesAWorseStatus() {
    qt().forAll(doubles().between(-5, 5), doubles().between(-5, 5))
        .checkAssert(
            (a, b) -> {
              double lo = Math.min(a, b);
              double hi = Math.max(a, b);
              assertThat(ProgressStatus.fromScore(hi, false))
                  .isLessThanOrEqualTo(ProgressStatus.fromScore(lo, false));
            });
  }

  @Test
  void refusesAScoreOutsideTheScale() {
    for (double bad : new double[] {5.01, -5.01, Double.NaN, Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> ProgressStatus.fromScore(bad, false))
          .as("%s", bad)
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("score: ")
          .hasMessageEndingWith("is outside -5..5");
    }
  }
}
