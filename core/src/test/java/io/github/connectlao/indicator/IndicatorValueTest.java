package io.github.connectlao.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorValueTest {

  @Test
  void theDocumentedExamples() {
    IndicatorValue v =
        new IndicatorValue(
            "BR_COMPLETENESS",
            "LA03",
            ReportingPeriod.parse("2022"),
            Optional.of(new BigDecimal("1200")),
            Optional.of(new BigDecimal("1500")),
            Optional.empty(),
            Optional.of(new BigDecimal("80.0")),
            Optional.empty());
    assertThat(v.hasValue()).isTrue();
    assertThat(v).hasToString("BR_COMPLETENESS LA03 2022: 80.0");
    IndicatorValue h =
        new IndicatorValue(
            "SYN_RATE",
            "LA05",
            ReportingPeriod.parse("2022-H1"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(new BigDecimal("30.0")),
            Optional.empty());
    assertThat(h).hasToString("SYN_RATE LA05 2022-H1: 30.0");
  }

  @Test
  void noValueIsShownWithItsReasonAndNeverAsZero() {
    IndicatorValue v =
        new IndicatorValue(
            "BR_COMPLETENESS",
            "LA03",
            ReportingPeriod.parse("2022"),
            Optional.of(BigDecimal.TEN),
            Optional.of(BigDecimal.ZERO),
            Optional.empty(),
            Optional.empty(),
            Optional.of("the denominator is zero"));
    assertThat(v.hasValue()).isFalse();
    assertThat(v).hasToString("BR_COMPLETENESS LA03 2022: no value (the denominator is zero)");
    assertThat(v.toString()).doesNotContain(": 0");
  }
}
