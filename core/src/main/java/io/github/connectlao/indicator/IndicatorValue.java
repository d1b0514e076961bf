package io.github.connectlao.indicator;

import io.github.connectlao.targets.Fraction;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The value of an indicator for a unit and a period, or no value with the reason (a zero or missing
 * denominator, as in DHIS2).
 *
 * <p>Example: {@code BR_COMPLETENESS LA03 2022: 80.0} (numerator 1200, denominator 1500, factor 100).
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

  /** The longest plain (positional) form {@link #toString()} writes; larger values use an exponent. */
  static final int MAX_PLAIN_DIGITS = 64;

  /**
   * A short text, e.g. {@code SYN_RATE LA05 2022-H1: 30.0}. A value whose plain form would exceed
   * 64 digits (such as {@code 1E+999999999}) is written with an exponent, so
   * the text stays short whatever the value.
   */
  @Override
  public String toString() {
    return code
        + " "
        + unitCode
        + " "
        + period
        + ": "
        + value.map(IndicatorValue::text).orElse("no value (" + noValueReason.orElse("") + ")");
  }

  private static String text(BigDecimal v) {
    long scale = v.scale();
    long plainLength = scale < 0 ? v.precision() - scale : Math.max(v.precision(), scale + 1);
    return plainLength <= MAX_PLAIN_DIGITS ? v.toPlainString() : v.toString();
  }
}
