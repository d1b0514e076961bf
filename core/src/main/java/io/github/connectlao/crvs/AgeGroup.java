package io.github.connectlao.crvs;

import io.github.connectlao.InvalidValueException;

/**
 * An age group in completed years, lower bound inclusive and upper bound exclusive.
 *
 * <p>Example: {@code AgeGroup.under(5)} is ages 0 to 4 ({@code 0-4}), {@code AgeGroup.under(18)}
 * is {@code 0-17}, {@link #ALL} is every age.
 *
 * @param fromYears the lowest age in the group
 * @param toYearsExclusive the first age above the group; {@link Integer#MAX_VALUE} for no limit
 */
public record AgeGroup(int fromYears, int toYearsExclusive) {

  /** Every age. */
  public static final AgeGroup ALL = new AgeGroup(0, Integer.MAX_VALUE);

  /**
   * Validates the bounds.
   *
   * @param fromYears lowest age
   * @param toYearsExclusive first age above
   */
  public AgeGroup {
    InvalidValueException.check(fromYears >= 0, "fromYears", fromYears, "must not be negative");
    InvalidValueException.check(toYearsExclusive > fromYears, "toYearsExclusive", toYearsExclusive,
        "must be above fromYears " + fromYears);
  }

  /**
   * The children under an age.
   *
   * @param years the age limit, e.g. 5 or 18
   * @return ages 0 to {@code years - 1}
   */
  public static AgeGroup under(int years) {
    return new AgeGroup(0, years);
  }

  /**
   * An age group.
   *
   * @param fromYears lowest age
   * @param toYearsExclusive first age above the group
   * @return the group
   */
  public static AgeGroup of(int fromYears, int toYearsExclusive) {
    return new AgeGroup(fromYears, toYearsExclusive);
  }

  /**
   * Whether an age is in the group.
   *
   * @param years an age in completed years
   * @return true when in range
   */
  public boolean contains(int years) {
    return years >= fromYears && years < toYearsExclusive;
  }

  @Override
  public String toString() {
    if (equals(ALL)) {
      return "all ages";
    }
    if (toYearsExclusive == Integer.MAX_VALUE) {
      return fromYears + "+";
    }
    return fromYears + "-" + (toYearsExclusive - 1);
  }
}
