package io.github.connectlao.crvs;

import io.github.connectlao.InvalidValueException;
import java.time.LocalDate;
import java.time.Period;

/**
 * Ages in completed years and the age cohorts of CRVS statistics.
 *
 * <p>Ages are counted as {@link Period} counts them: a child born on 2008-02-29 is 17 on
 * 2026-02-28 and 18 on 2026-03-01 (in a common year the birthday of a 29 February child is 1
 * March). A child whose 18th birthday is the reference date is 18, so no longer "under 18".
 */
public final class Ages {
  private Ages() {}

  /**
   * Completed years from a birth to a day.
   *
   * @param dateOfBirth the birth
   * @param date the day
   * @return the age in completed years
   * @throws InvalidValueException when the day is before the birth
   */
  public static int yearsOn(LocalDate dateOfBirth, LocalDate date) {
    InvalidValueException.check(
        !date.isBefore(dateOfBirth), "referenceDate", date, "is before the date of birth");
    return Period.between(dateOfBirth, date).getYears();
  }

  /**
   * Whether a child born on a day is under an age on a reference day.
   *
   * @param dateOfBirth the birth
   * @param years the age limit, e.g. 18 or 5
   * @param referenceDate the day
   * @return true when born on or before the day and not yet {@code years} old on it
   */
  public static boolean isUnder(LocalDate dateOfBirth, int years, LocalDate referenceDate) {
    return !dateOfBirth.isAfter(referenceDate) && yearsOn(dateOfBirth, referenceDate) < years;
  }
}
