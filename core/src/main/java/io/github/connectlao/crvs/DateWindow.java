package io.github.connectlao.crvs;

import io.github.connectlao.InvalidValueException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * A window of days, both ends inclusive, for counting births or registrations.
 *
 * <p>Example: {@code DateWindow.ofYear(2024)} is {@code 2024-01-01/2024-12-31} (366 days);
 * {@code DateWindow.parse("2023-07-01/2024-06-30")} spans two calendar years.
 *
 * @param start the first day
 * @param end the last day (inclusive)
 */
public record DateWindow(LocalDate start, LocalDate end) {

  /**
   * Validates the window.
   *
   * @param start first day
   * @param end last day
   */
  public DateWindow {
    InvalidValueException.required(start, "start");
    InvalidValueException.required(end, "end");
    InvalidValueException.check(!end.isBefore(start), "end", end, "is before the start " + start);
  }

  /**
   * A window.
   *
   * @param start the first day
   * @param end the last day (inclusive)
   * @return the window
   */
  public static DateWindow of(LocalDate start, LocalDate end) {
    return new DateWindow(start, end);
  }

  /**
   * A whole calendar year.
   *
   * @param year the year
   * @return 1 January to 31 December
   */
  public static DateWindow ofYear(int year) {
    return new DateWindow(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Reads the form printed by {@link #toString()}: {@code start/end} in ISO dates.
   *
   * @param text e.g. {@code 2024-01-01/2024-03-31}
   * @return the window
   * @throws InvalidValueException when the text is not such a window
   */
  public static DateWindow parse(String text) {
    String s = InvalidValueException.requiredText(text, "window");
    int slash = s.indexOf('/');
    InvalidValueException.check(slash > 0, "window", text, "is not of the form start/end (ISO dates)");
    try {
      return new DateWindow(LocalDate.parse(s.substring(0, slash).strip()), LocalDate.parse(s.substring(slash + 1).strip()));
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("window", text, "is not of the form start/end (ISO dates)");
    }
  }

  /**
   * Whether a day is in the window.
   *
   * @param date the day
   * @return true when start &lt;= date &lt;= end
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /** @return the number of days, both ends counted */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * The part of this window in a calendar year.
   *
   * @param year the year
   * @return the number of days of the window in that year (0 when none)
   */
  public long daysIn(int year) {
    LocalDate from = start.getYear() < year ? LocalDate.of(year, 1, 1) : start;
    LocalDate to = end.getYear() > year ? LocalDate.of(year, 12, 31) : end;
    if (from.getYear() != year || to.getYear() != year || to.isBefore(from)) {
      return 0;
    }
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  @Override
  public String toString() {
    return start + "/" + end;
  }
}
