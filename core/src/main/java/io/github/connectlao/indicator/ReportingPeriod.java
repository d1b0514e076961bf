package io.github.connectlao.indicator;

import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A reporting period (ໄລຍະລາຍງານ): a year, a half-year (the "six-month report"), a quarter, a month or
 * an arbitrary inclusive date range.
 *
 * <p>{@code toString()} prints what {@link #parse(String)} reads: {@code 2022}, {@code 2022-H1},
 * {@code 2022-Q3}, {@code 2022-09}, {@code 2022-01-15/2022-03-31} (an ISO 8601 interval, both ends
 * inclusive).
 *
 * <pre>{@code
 * ReportingPeriod h1 = ReportingPeriod.parse("2022-H1");
 * h1.days();                                              // 181
 * h1.contains(LocalDate.of(2022, 6, 30));                 // true
 * ReportingPeriod.periodsWithin(PeriodType.QUARTER, h1);  // [2022-Q1, 2022-Q2]
 * }</pre>
 */
public sealed interface ReportingPeriod extends Comparable<ReportingPeriod>
    permits ReportingPeriod.Annual,
        ReportingPeriod.HalfYear,
        ReportingPeriod.Quarter,
        ReportingPeriod.Monthly,
        ReportingPeriod.Custom {

  /** The earliest year accepted (well before any Lao civil register). */
  int MIN_YEAR = 1800;

  /** The latest year accepted. */
  int MAX_YEAR = 2200;

  /** @return the kind of period */
  PeriodType type();

  /** @return the first day of the period */
  LocalDate start();

  /** @return the last day of the period (inclusive) */
  LocalDate end();

  /** @return the days of the period as a {@link DateRange} */
  default DateRange toDateRange() {
    return DateRange.of(start(), end());
  }

  /**
   * The number of days in the period, both ends included.
   *
   * @return the number of days
   */
  default long days() {
    return ChronoUnit.DAYS.between(start(), end()) + 1;
  }

  /**
   * Whether a day falls in the period.
   *
   * @param date the day
   * @return true when {@code start() <= date <= end()}
   */
  default boolean contains(LocalDate date) {
    InvalidValueException.required(date, "date");
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * Whether another period lies wholly inside this one.
   *
   * @param other the other period
   * @return true when every day of {@code other} is in this period
   */
  default boolean contains(ReportingPeriod other) {
    return contains(other.start()) && contains(other.end());
  }

  /**
   * Whether two periods share at least one day.
   *
   * @param other the other period
   * @return true when they overlap
   */
  default boolean overlaps(ReportingPeriod other) {
    return !other.end().isBefore(start()) && !other.start().isAfter(end());
  }

  /**
   * Orders periods by start, then by end (shorter first).
   *
   * @param other the other period
   * @return the comparison
   */
  @Override
  default int compareTo(ReportingPeriod other) {
    int c = start().compareTo(other.start());
    return c != 0 ? c : end().compareTo(other.end());
  }

  /**
   * The period of the same type that follows this one.
   *
   * @return the next period
   * @throws UnsupportedOperationException for a date range
   */
  ReportingPeriod next();

  /**
   * A calendar year.
   *
   * @param year the year
   * @return the period
   */
  static Annual ofYear(int year) {
    return new Annual(year);
  }

  /**
   * A half-year.
   *
   * @param year the year
   * @param half 1 (January–June) or 2 (July–December)
   * @return the period
   */
  static HalfYear ofHalf(int year, int half) {
    return new HalfYear(year, half);
  }

  /**
   * A quarter.
   *
   * @param year the year
   * @param quarter 1 to 4
   * @return the period
   */
  static Quarter ofQuarter(int year, int quarter) {
    return new Quarter(year, quarter);
  }

  /**
   * A calendar month.
   *
   * @param year the year
   * @param month 1 to 12
   * @return the period
   */
  static Monthly ofMonth(int year, int month) {
    return new Monthly(year, month);
  }

  /**
   * An inclusive date range.
   *
   * @param start the first day
   * @param end the last day, not before {@code start}
   * @return the period
   */
  static Custom ofRange(LocalDate start, LocalDate end) {
    return new Custom(DateRange.of(start, end));
  }

  /**
   * A period of any days.
   *
   * @param range the days, bounded at both ends
   * @return the period
   */
  static Custom of(DateRange range) {
    return new Custom(range);
  }

  /**
   * The regular period of a type that contains a day.
   *
   * @param type any type but {@link PeriodType#RANGE}
   * @param date the day
   * @return the period
   */
  static ReportingPeriod containing(PeriodType type, LocalDate date) {
    int y = date.getYear();
    int m = date.getMonthValue();
    switch (type) {
      case YEAR:
        return ofYear(y);
      case HALF_YEAR:
        return ofHalf(y, m <= 6 ? 1 : 2);
      case QUARTER:
        return ofQuarter(y, (m - 1) / 3 + 1);
      case MONTH:
        return ofMonth(y, m);
      default:
        throw new InvalidValueException(
            "type", type, "has no period containing a given day; use ofRange");
    }
  }

  /**
   * The periods of a type that lie wholly inside a range, in order.
   *
   * <p>Example: the quarters within {@code 2022} are {@code 2022-Q1 … 2022-Q4}; the months within
   * {@code 2022-01-15/2022-03-31} are {@code 2022-02, 2022-03}.
   *
   * @param type any type but {@link PeriodType#RANGE}
   * @param range the enclosing period
   * @return the periods, possibly empty
   */
  static List<ReportingPeriod> periodsWithin(PeriodType type, ReportingPeriod range) {
    List<ReportingPeriod> result = new ArrayList<>();
    ReportingPeriod p = containing(type, range.start());
    while (!p.start().isAfter(range.end())) {
      if (range.contains(p)) {
        result.add(p);
      }
      if (p.end().getYear() >= MAX_YEAR) {
        break;
      }
      p = p.next();
    }
    return List.copyOf(result);
  }

  /**
   * Reads a period from the text {@code toString()} prints.
   *
   * @param text {@code 2022}, {@code 2022-H1}, {@code 2022-Q3}, {@code 2022-09} or {@code
   *     2022-01-15/2022-03-31}
   * @return the period
   * @throws InvalidValueException naming the text when it does not parse
   */
  static ReportingPeriod parse(String text) {
    String s = InvalidValueException.requiredText(text, "period");
    Matcher m = PeriodSyntax.REGULAR.matcher(s);
    try {
      if (m.matches()) {
        int year = Integer.parseInt(m.group(1));
        String kind = m.group(2);
        if (kind == null) {
          return ofYear(year);
        }
        int n = Integer.parseInt(m.group(3));
        switch (kind) {
          case "-H":
            return ofHalf(year, n);
          case "-Q":
            return ofQuarter(year, n);
          default:
            InvalidValueException.check(
                m.group(3).length() == 2,
                "period",
                s,
                "is not a period: a month needs two digits, e.g. 2022-09");
            return ofMonth(year, n);
        }
      }
      int slash = s.indexOf('/');
      if (slash > 0) {
        return ofRange(
            LocalDate.parse(s.substring(0, slash).strip()),
            LocalDate.parse(s.substring(slash + 1).strip()));
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new InvalidValueException("period", s, "is not a period: " + e.getMessage());
    } catch (InvalidValueException e) {
      throw new InvalidValueException("period", s, "is not a valid period: " + e.getMessage());
    }
    throw new InvalidValueException(
        "period",
        s,
        "is not a period; expected 2022, 2022-H1, 2022-Q3, 2022-09 or 2022-01-15/2022-03-31");
  }

  private static void checkYear(int year) {
    InvalidValueException.check(
        year >= MIN_YEAR && year <= MAX_YEAR,
        "year",
        year,
        "must be between " + MIN_YEAR + " and " + MAX_YEAR);
  }

  /**
   * A calendar year, printed {@code 2022}.
   *
   * @param year the year
   */
  record Annual(int year) implements ReportingPeriod {
    /**
     * Validates the year.
     *
     * @param year the year
     */
    public Annual {
      checkYear(year);
    }

    @Override
    public PeriodType type() {
      return PeriodType.YEAR;
    }

    @Override
    public LocalDate start() {
      return LocalDate.of(year, 1, 1);
    }

    @Override
    public LocalDate end() {
      return LocalDate.of(year, 12, 31);
    }

    @Override
    public Annual next() {
      return new Annual(year + 1);
    }

    @Override
    public String toString() {
      return Integer.toString(year);
    }
  }

  /**
   * A half-year (the six-month report), printed {@code 2022-H1}.
   *
   * @param year the year
   * @param half 1 (January–June) or 2 (July–December)
   */
  record HalfYear(int year, int half) implements ReportingPeriod {
    /**
     * Validates the components.
     *
     * @param year the year
     * @param half 1 or 2
     */
    public HalfYear {
      checkYear(year);
      InvalidValueException.check(half == 1 || half == 2, "half", half, "must be 1 or 2");
    }

    @Override
    public PeriodType type() {
      return PeriodType.HALF_YEAR;
    }

    @Override
    public LocalDate start() {
      return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    @Override
    public LocalDate end() {
      return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    @Override
    public HalfYear next() {
      return half == 1 ? new HalfYear(year, 2) : new HalfYear(year + 1, 1);
    }

    @Override
    public String toString() {
      return year + "-H" + half;
    }
  }

  /**
   * A quarter, printed {@code 2022-Q3}.
   *
   * @param year the year
   * @param quarter 1 to 4
   */
  record Quarter(int year, int quarter) implements ReportingPeriod {
    /**
     * Validates the components.
     *
     * @param year the year
     * @param quarter 1 to 4
     */
    public Quarter {
      checkYear(year);
      InvalidValueException.check(
          quarter >= 1 && quarter <= 4, "quarter", quarter, "must be 1 to 4");
    }

    @Override
    public PeriodType type() {
      return PeriodType.QUARTER;
    }

    @Override
    public LocalDate start() {
      return LocalDate.of(year, 3 * quarter - 2, 1);
    }

    @Override
    public LocalDate end() {
      return YearMonth.of(year, 3 * quarter).atEndOfMonth();
    }

    @Override
    public Quarter next() {
      return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    @Override
    public String toString() {
      return year + "-Q" + quarter;
    }
  }

  /**
   * A calendar month, printed {@code 2022-09}.
   *
   * @param year the year
   * @param month 1 to 12
   */
  record Monthly(int year, int month) implements ReportingPeriod {
    /**
     * Validates the components.
     *
     * @param year the year
     * @param month 1 to 12
     */
    public Monthly {
      checkYear(year);
      InvalidValueException.check(month >= 1 && month <= 12, "month", month, "must be 1 to 12");
    }

    @Override
    public PeriodType type() {
      return PeriodType.MONTH;
    }

    @Override
    public LocalDate start() {
      return LocalDate.of(year, month, 1);
    }

    @Override
    public LocalDate end() {
      return YearMonth.of(year, month).atEndOfMonth();
    }

    @Override
    public Monthly next() {
      return month == 12 ? new Monthly(year + 1, 1) : new Monthly(year, month + 1);
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
    }
  }

  /**
   * A period of arbitrary days, printed as its {@link DateRange}, {@code 2022-01-15/2022-03-31}.
   *
   * @param range the days, bounded at both ends
   */
  record Custom(DateRange range) implements ReportingPeriod {
    /**
     * Validates the range: bounded, years within {@link #MIN_YEAR} and {@link #MAX_YEAR}.
     *
     * @param range the days
     */
    public Custom {
      InvalidValueException.required(range, "range");
      InvalidValueException.check(
          !range.isUnboundedEnd(), "end", "..", "must be a day for a reporting period");
      checkYear(range.start().getYear());
      checkYear(range.end().getYear());
    }

    @Override
    public LocalDate start() {
      return range.start();
    }

    @Override
    public LocalDate end() {
      return range.end();
    }

    @Override
    public DateRange toDateRange() {
      return range;
    }

    @Override
    public PeriodType type() {
      return PeriodType.RANGE;
    }

    @Override
    public ReportingPeriod next() {
      throw new UnsupportedOperationException("a date range has no next period");
    }

    @Override
    public String toString() {
      return range.toString();
    }
  }
}
