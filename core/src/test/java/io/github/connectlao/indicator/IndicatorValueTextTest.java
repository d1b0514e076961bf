package io.github.connectlao.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link IndicatorValue#toString()} stays short whatever the value. */
class IndicatorValueTextTest {

  private static IndicatorValue of(String value) {
    return new IndicatorValue(
        "SYN_RATE",
        "LA05",
        ReportingPeriod.parse("2022-H1"),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(new BigDecimal(value)),
        Optional.empty());
  }

  @Test
  void ordinaryValuesArePlainAndHugeOnesUseAnExponent() {
    assertThat(of("30.0").toString()).isEqualTo("SYN_RATE LA05 2022-H1: 30.0");
    assertThat(of("1E+3").toString()).endsWith(": 1000");
    assertThat(of("1e999999999").toString()).endsWith(": 1E+999999999").hasSizeLessThan(100);
    assertThat(of("1e-999999999").toString()).hasSizeLessThan(100);
    assertThat(of("1" + "0".repeat(63)).toString()).endsWith("1" + "0".repeat(63));
  }
}
