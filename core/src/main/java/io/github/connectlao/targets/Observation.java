package io.github.connectlao.targets;

import io.github.connectlao.InvalidValueException;
import java.math.BigDecimal;

/**
 * A value of a measure in a year: a baseline, an observation, a target or a milestone.
 *
 * <p>Example: {@code Observation.of(2018, Fraction.of(214, 362))}.
 *
 * @param year the year
 * @param value the exact value
 */
public record Observation(int year, Fraction value) implements Comparable<Observation> {
  /**
   * Validates the components.
   *
   * @param year the year, 1900 to 2200
   * @param value the value
   */
  public Observation {
    InvalidValueException.check(
        year >= 1900 && year <= 2200, "year", year, "must be between 1900 and 2200");
    InvalidValueException.required(value, "value");
  }

  /**
   * An observation.
   *
   * @param year the year
   * @param value the value
   * @return the observation
   */
  public static Observation of(int year, Fraction value) {
    return new Observation(year, value);
  }

  /**
   * An observation of a whole number (a count).
   *
   * @param year the year
   * @param value the count
   * @return the observation
   */
  public static Observation of(int year, long value) {
    return new Observation(year, Fraction.of(value));
  }

  /**
   * An observation of a decimal value, read exactly.
   *
   * @param year the year
   * @param value the decimal, e.g. {@code 73.4}
   * @return the observation
   */
  public static Observation of(int year, BigDecimal value) {
    return new Observation(year, Fraction.ofDecimal(value));
  }

  /**
   * Orders by year, then by value, so that the order agrees with {@link #equals}: two different
   * observations of one year are never taken for one (a sorted set keeps both).
   *
   * @param other the other observation
   * @return the comparison
   */
  @Override
  public int compareTo(Observation other) {
    int c = Integer.compare(year, other.year);
    return c != 0 ? c : value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value + " in " + year;
  }
}
