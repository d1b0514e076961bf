package io.github.connectlao.indicator;

import io.github.connectlao.target.Fraction;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The value of an indicator for a unit and a period, or no value with the reason (a zero or missing
 * denominator, as in DHIS2).
 *
 * <p>Example: {@code BR_COMPLETENESS LA03 2022: 80.0 (1200 × 100 / 1500)}.
 *
 * @param code the indicator's code
 * @param unitCode the unit's code
 * @param period the period
 * @param numerator the numerator, when known
 * @param denominator the denominator, when known
 * @param exact the exact value, when there is one
 * @param value the value rounded to the definition's decimals (half up), when there is one
 * @param noValueReason why there is no value, when there is none
 */
public record IndicatorValue(
    String code,
    String unitCode,
    ReportingPeriod period,
    Optional<BigDecimal> numerator,
    Optional<BigDecimal> denominator,
    Optional<Fraction> exact,
    Optional<BigDecimal> value,
    Optional<String> noValueReason) {

  /** @return whether there is a value */
  public boolean hasValue() {
    return value.isPresent();
  }

  @Override
  public String toString() {
    return code + " " + unitCode + " " + period + ": " + value.map(BigDecimal::toPlainString)
        .orElse("no value (" + noValueReason.orElse("") + ")");
  }
}
