package io.github.connectlao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import org.junit.jupiter.api.Test;

class MeasureTest {

  @Test
  void theDocumentedExamples() {
    Measure coverage = Measure.indicator("BR_COVERAGE_U5");
    assertThat(coverage).isEqualTo(new Measure.IndicatorMeasure("BR_COVERAGE_U5"));
    assertThat(coverage.describe()).isEqualTo("indicator BR_COVERAGE_U5");
    assertThat(coverage).hasToString("indicator BR_COVERAGE_U5");
    Measure strong = Measure.shareOfUnits(AdminLevel.DISTRICT, "comprehensively strong district");
    assertThat(strong.describe())
        .isEqualTo("share of district units that are comprehensively strong district");
    assertThat(Measure.indicator(" BR_COVERAGE_U5 ")).isEqualTo(coverage);
  }

  @Test
  void refusesAMissingCodeOrStatusAndTheNationalLevel() {
    assertThatThrownBy(() -> Measure.indicator(" "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("indicatorCode: ");
    assertThatThrownBy(() -> Measure.shareOfUnits(AdminLevel.NATIONAL, "strong"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("level: 'NATIONAL' must be province, district or village");
    assertThatThrownBy(() -> Measure.shareOfUnits(null, "strong"))
        .hasMessage("level: null is required");
    assertThatThrownBy(() -> Measure.shareOfUnits(AdminLevel.VILLAGE, ""))
        .hasMessageStartingWith("status: ");
  }
}
