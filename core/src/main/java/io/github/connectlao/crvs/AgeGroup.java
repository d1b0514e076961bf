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
    InvalidValueException.check(
        toYearsExclusive > fromYears,
        "toYearsExclusive",
        toYearsExclusive,
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
   * Reads the form printed by {@link #toString()}: {@code all ages} (or {@code all}), {@code 0-4},
   * {@code 15+}.
   *
   * @param text the text
   * @return the group
   * @throws InvalidValueException naming the value when it is none of these
   */
  public static AgeGroup parse(String text) {
    String s =
        InvalidValueException.requiredText(text, "ageGroup").toLowerCase(java.util.Locale.ROOT);
    if (s.equals("all ages") || s.equals("all") || s.equals("total")) {
      return ALL;
    }
    try {
      if (s.endsWith("+")) {
        return new AgeGroup(
            Integer.parseInt(s.substring(0, s.length() - 1).strip()), Integer.MAX_VALUE);
      }
      int dash = s.indexOf('-');
      if (dash > 0) {
        int from = Integer.parseInt(s.substring(0, dash).strip());
        int to = Integer.parseInt(s.substring(dash + 1).strip());
        InvalidValueException.check(
            to >= from && to < Integer.MAX_VALUE,
            "ageGroup",
            text,
            "has its upper age below its lower age");
        return new AgeGroup(from, to + 1);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidValueException("ageGroup", text, "is not an age group (all ages, 0-4, 15+)");
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
