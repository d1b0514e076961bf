package io.github.connectlao.crvs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A completeness or coverage figure: a count of registrations over a population-based
 * denominator, or <em>no value</em> with the reason when the denominator is missing or zero
 * (never 0, never NaN).
 *
 * <p>Example: {@code completeness LA03 2015-01-01/2015-12-31 both sexes: 41.2% (1,760 / 4,273.8)},
 * or {@code ... : no value (no population for LA03 in 2016 (both sexes, all ages))}.
 *
 * @param indicator what is measured, e.g. {@code completeness} or {@code coverage under 5}
 * @param unitCode the unit's code
 * @param period the window or reference date, as text
 * @param sex the sex, or empty for both sexes
 * @param numerator the registrations counted
 * @param denominator the denominator (estimated births, or population), when known and positive
 * @param noValueReason why there is no value, when the denominator is missing or zero
 * @param terms how the denominator was computed, one line per input (e.g. per calendar year)
 * @param sources the sources of the denominator's inputs
 */
public record RegistrationRate(String indicator, String unitCode, String period, Optional<Sex> sex,
    long numerator, Optional<Double> denominator, Optional<String> noValueReason, List<String> terms,
    List<Source> sources) {

  /**
   * Validates the figure: exactly one of a positive denominator and a reason.
   *
   * @param indicator indicator
   * @param unitCode unit
   * @param period period
   * @param sex sex
   * @param numerator numerator
   * @param denominator denominator
   * @param noValueReason reason
   * @param terms terms
   * @param sources sources
   */
  public RegistrationRate {
    indicator = InvalidValueException.requiredText(indicator, "indicator");
    unitCode = InvalidValueException.requiredText(unitCode, "unitCode");
    period = InvalidValueException.requiredText(period, "period");
    Objects.requireNonNull(sex, "sex");
    InvalidValueException.check(numerator >= 0, "numerator", numerator, "must not be negative");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(noValueReason, "noValueReason");
    InvalidValueException.check(denominator.isPresent() != noValueReason.isPresent(), "denominator",
        denominator.orElse(null), "needs exactly one of a denominator and a no-value reason");
    denominator.ifPresent(d -> InvalidValueException.check(d > 0 && Double.isFinite(d), "denominator", d,
        "must be positive and finite"));
    terms = List.copyOf(terms);
    sources = List.copyOf(sources);
  }

  /** @return true when there is a value */
  public boolean hasValue() {
    return denominator.isPresent();
  }

  /** @return numerator / denominator (e.g. 0.412), or empty when there is no value */
  public Optional<Double> value() {
    return denominator.map(d -> numerator / d);
  }

  /** @return the value as a percentage (e.g. 41.2), or empty when there is no value */
  public Optional<Double> percent() {
    return value().map(v -> v * 100);
  }

  @Override
  public String toString() {
    String head = indicator + " " + unitCode + " " + period + " " + sex.map(s -> s.name().toLowerCase(Locale.ROOT))
        .orElse("both sexes") + ": ";
    return head + denominator.map(d -> String.format(Locale.ROOT, "%.1f%% (%,d / %,.1f)", numerator * 100 / d,
        numerator, d)).orElseGet(() -> "no value (" + noValueReason.orElse("") + ")");
  }
}
