package io.github.connectlao;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A closed range of days, both ends inclusive, such as a year of births, a reporting period or the
 * years a programme phase runs; the end may be left open ("since 2012") and is then unbounded.
 *
 * <p>Example: {@code DateRange.ofYear(2024)} prints {@code 2024-01-01/2024-12-31} (366 days);
 * {@code DateRange.parse("2023-07-01/2024-06-30")} spans two calendar years; {@code
 * DateRange.from(LocalDate.of(2012, 1, 1))} prints {@code 2012-01-01/..}. {@link #toString()} prints
 * what {@link #parse(CharSequence)} reads; {@code parse} also reads the reduced forms of ISO 8601
 * ({@code 2020/2021}, {@code 2021-03/2021-09}, {@code 2022}) that {@link #toCompactString()} prints.
 *
 * @param start the first day
 * @param end the last day, inclusive; {@link LocalDate#MAX} when the end is open
 */
public record DateRange(LocalDate start, LocalDate end) implements Comparable<DateRange> {

  private static final String OPEN = "..";

  /**
   * Validates the range: both ends present, the end not before the start.
   *
   * @param start the first day
   * @param end the last day
   */
  public DateRange {
    InvalidValueException.required(start, "start");
    InvalidValueException.required(end, "end");
    InvalidValueException.check(!end.isBefore(start), "end", end, "is before the start " + start);
  }

  /**
   * A range of days.
   *
   * @param start the first day
   * @param end the last day, inclusive
   * @return the range
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return new DateRange(start, end);
  }

  /**
   * A range from a day on, with no end stated.
   *
   * @param start the first day
   * @return the range, {@link #isUnboundedEnd()} true
   */
  public static DateRange from(LocalDate start) {
    return new DateRange(start, LocalDate.MAX);
  }

  /**
   * A whole calendar year.
   *
   * @param year the year
   * @return 1 January to 31 December
   */
  public static DateRange ofYear(int year) {
    return ofYears(year, year);
  }

  /**
   * Whole calendar years, e.g. {@code ofYears(2022, 2023)} is {@code 2022-01-01/2023-12-31}.
   *
   * @param first the first year
   * @param last the last year, not before {@code first}
   * @return the range
   */
  public static DateRange ofYears(int first, int last) {
    try {
      return new DateRange(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
    } catch (DateTimeException e) {
      throw new InvalidValueException(
          "year", first + "/" + last, "is not a valid year: " + e.getMessage());
    }
  }

  /**
   * Whole calendar months, e.g. {@code ofMonths(YearMonth.of(2021, 3), YearMonth.of(2021, 9))}.
   *
   * @param first the first month
   * @param last the last month, not before {@code first}
   * @return the range
   */
  public static DateRange ofMonths(YearMonth first, YearMonth last) {
    InvalidValueException.required(first, "first");
    InvalidValueException.required(last, "last");
    return new DateRange(first.atDay(1), last.atEndOfMonth());
  }

  /**
   * The days a partial date may denote, e.g. every day of 2013 for {@code 2013}.
   *
   * @param date the partial date
   * @return its earliest to its latest day
   */
  public static DateRange of(PartialDate date) {
    InvalidValueException.required(date, "date");
    return new DateRange(date.earliest(), date.latest());
  }

  /**
   * From the first day of one partial date to the last day of another, e.g. {@code 2020} to {@code
   * 2021} is {@code 2020-01-01/2021-12-31}.
   *
   * @param first the first partial date
   * @param last the last partial date
   * @return the range
   */
  public static DateRange of(PartialDate first, PartialDate last) {
    InvalidValueException.required(first, "first");
    InvalidValueException.required(last, "last");
    return new DateRange(first.earliest(), last.latest());
  }

  /**
   * Reads {@code start/end}, each side a date {@code yyyy-MM-dd}, a month {@code yyyy-MM} or a year
   * {@code yyyy} (a start is the first day of its month or year, an end the last), the end also
   * {@code ..} (open); a single year, month or day alone is the range of its days.
   *
   * @param text e.g. {@code 2024-01-01/2024-03-31}, {@code 2020/2021}, {@code 2012/..}, {@code 2022}
   * @return the range
   * @throws InvalidValueException naming the text when it is no such range
   */
  public static DateRange parse(CharSequence text) {
    String s = InvalidValueException.requiredText(text == null ? null : text.toString(), "range");
    int slash = s.indexOf('/');
    try {
      if (slash < 0) {
        return of(PartialDate.parse(s));
      }
      LocalDate start = PartialDate.parse(s.substring(0, slash)).earliest();
      String endText = s.substring(slash + 1).strip();
      return endText.equals(OPEN)
          ? from(start)
          : new DateRange(start, PartialDate.parse(endText).latest());
    } catch (InvalidValueException e) {
      throw new InvalidValueException(
          "range",
          s,
          "is not a date range start/end of ISO dates (yyyy, yyyy-MM or yyyy-MM-dd; '..' for an open end): "
              + e.getMessage());
    }
  }

  /** @return true when no end is stated ({@link #end()} is {@link LocalDate#MAX}) */
  public boolean isUnboundedEnd() {
    return end.equals(LocalDate.MAX);
  }

  /** @return the last day, empty when the end is open */
  public Optional<LocalDate> endIfBounded() {
    return isUnboundedEnd() ? Optional.empty() : Optional.of(end);
  }

  /**
   * Whether a day is in the range.
   *
   * @param date the day
   * @return true when start &lt;= date &lt;= end
   */
  public boolean contains(LocalDate date) {
    InvalidValueException.required(date, "date");
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /**
   * Whether another range lies wholly inside this one.
   *
   * @param other the other range
   * @return true when every day of {@code other} is in this range
   */
  public boolean encloses(DateRange other) {
    return contains(other.start) && contains(other.end);
  }

  /**
   * Whether two ranges share at least one day.
   *
   * @param other the other range
   * @return true when they overlap
   */
  public boolean overlaps(DateRange other) {
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }

  /**
   * The number of days, both ends counted.
   *
   * @return the length in days
   * @throws InvalidValueException when the end is open
   */
  public long lengthInDays() {
    InvalidValueException.check(
        !isUnboundedEnd(), "end", OPEN, "is open, so the range has no length");
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * The number of days, both ends counted (the same as {@link #lengthInDays()}).
   *
   * @return the length in days
   */
  public long days() {
    return lengthInDays();
  }

  /**
   * The number of days of this range in a calendar year.
   *
   * @param year the year
   * @return the days in that year, 0 when none
   */
  public long daysIn(int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    LocalDate from = start.isAfter(first) ? start : first;
    LocalDate to = end.isBefore(last) ? end : last;
    return to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
  }

  /**
   * The coarsest precision that describes both ends exactly: {@code YEAR} when the range runs from a
   * 1 January to a 31 December (or is open), {@code MONTH} when it runs from a first to a last day of
   * a month, else {@code DAY}.
   *
   * @return the precision
   */
  public PartialDate.Precision precision() {
    boolean endOfYear =
        isUnboundedEnd() || (end.getMonthValue() == 12 && end.getDayOfMonth() == 31);
    if (start.getDayOfYear() == 1 && endOfYear) {
      return PartialDate.Precision.YEAR;
    }
    boolean endOfMonth = isUnboundedEnd() || end.equals(YearMonth.from(end).atEndOfMonth());
    return start.getDayOfMonth() == 1 && endOfMonth
        ? PartialDate.Precision.MONTH
        : PartialDate.Precision.DAY;
  }

  /** @return the start at {@link #precision()}, e.g. {@code 2022} for {@code 2022/2023} */
  public PartialDate startAsPartialDate() {
    switch (precision()) {
      case YEAR:
        return PartialDate.ofYear(start.getYear());
      case MONTH:
        return PartialDate.ofMonth(start.getYear(), start.getMonthValue());
      default:
        return PartialDate.of(start);
    }
  }

  /** @return the end at {@link #precision()}, empty when the end is open */
  public Optional<PartialDate> endAsPartialDate() {
    if (isUnboundedEnd()) {
      return Optional.empty();
    }
    switch (precision()) {
      case YEAR:
        return Optional.of(PartialDate.ofYear(end.getYear()));
      case MONTH:
        return Optional.of(PartialDate.ofMonth(end.getYear(), end.getMonthValue()));
      default:
        return Optional.of(PartialDate.of(end));
    }
  }

  /**
   * The shortest ISO 8601 form of the same days: {@code 2020/2021}, {@code 2021-03/2021-09}, {@code
   * 2012/..}, days otherwise, and one year, month or day alone ({@code 2022}, {@code 2022-09-08}) when
   * both ends fall in it. {@link #parse(CharSequence)} reads it back.
   *
   * @return the compact form
   */
  public String toCompactString() {
    PartialDate first = startAsPartialDate();
    Optional<PartialDate> last = endAsPartialDate();
    if (last.isPresent() && last.get().equals(first)) {
      return first.toString();
    }
    return first + "/" + last.map(PartialDate::toString).orElse(OPEN);
  }

  /**
   * Orders ranges by start, then by end (shorter first).
   *
   * @param other the other range
   * @return the comparison
   */
  @Override
  public int compareTo(DateRange other) {
    int c = start.compareTo(other.start);
    return c != 0 ? c : end.compareTo(other.end);
  }

  /** @return {@code start/end} in ISO dates, {@code ..} for an open end, e.g. {@code 2022-01-01/2022-12-31} */
  @Override
  public String toString() {
    return start + "/" + (isUnboundedEnd() ? OPEN : end.toString());
  }
}
