package io.github.connectlao;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * A date known to the precision a source gives: a year ({@code 2013}), a month ({@code 2022-01})
 * or a day ({@code 2022-09-08}).
 *
 * <p>Sources often say "early in 2022" or "in 2013"; inventing a day would invent data. {@code
 * toString()} prints the ISO-8601 form of the known part and {@link #parse(CharSequence)} reads it
 * back: {@code PartialDate.parse("2013").toString()} is {@code "2013"}.
 *
 * @param precision how much of the date is known
 * @param earliest the first day the date may denote (the date itself at {@link Precision#DAY})
 */
public record PartialDate(Precision precision, LocalDate earliest)
    implements Comparable<PartialDate> {
  private static final Pattern YEAR_TEXT = Pattern.compile("\\d{4}");
  private static final Pattern YEAR_MONTH_TEXT = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** How much of a date is known. */
  public enum Precision {
    /** Only the year. */
    YEAR,
    /** The year and the month. */
    MONTH,
    /** The exact day. */
    DAY
  }

  /**
   * Validates that {@code earliest} is the first day of its year or month for the coarser
   * precisions.
   *
   * @param precision how much of the date is known
   * @param earliest the first day the date may denote
   */
  public PartialDate {
    InvalidValueException.required(precision, "precision");
    InvalidValueException.required(earliest, "earliest");
    if (precision == Precision.YEAR) {
      InvalidValueException.check(
          earliest.getDayOfYear() == 1,
          "earliest",
          earliest,
          "must be 1 January for a year-precision date");
    } else if (precision == Precision.MONTH) {
      InvalidValueException.check(
          earliest.getDayOfMonth() == 1,
          "earliest",
          earliest,
          "must be the first of the month for a month-precision date");
    }
  }

  /**
   * A date known to the year.
   *
   * @param year the year
   * @return the partial date
   */
  public static PartialDate ofYear(int year) {
    try {
      return new PartialDate(Precision.YEAR, LocalDate.of(year, 1, 1));
    } catch (DateTimeException e) {
      throw new InvalidValueException("year", year, "is not a valid year");
    }
  }

  /**
   * A date known to the month.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @return the partial date
   */
  public static PartialDate ofMonth(int year, int month) {
    try {
      return new PartialDate(Precision.MONTH, LocalDate.of(year, month, 1));
    } catch (DateTimeException e) {
      throw new InvalidValueException("month", year + "-" + month, "is not a valid month");
    }
  }

  /**
   * A date known to the day.
   *
   * @param date the date
   * @return the partial date
   */
  public static PartialDate of(LocalDate date) {
    return new PartialDate(Precision.DAY, date);
  }

  /**
   * A date known to the day.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @param day the day of the month
   * @return the partial date
   */
  public static PartialDate of(int year, int month, int day) {
    try {
      return of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      throw new InvalidValueException(
          "date", year + "-" + month + "-" + day, "is not a valid date");
    }
  }

  /**
   * Reads {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}.
   *
   * @param text the text
   * @return the partial date
   * @throws InvalidValueException when the text is none of these forms
   */
  public static PartialDate parse(CharSequence text) {
    String s = text == null ? "" : text.toString().strip();
    try {
      if (YEAR_TEXT.matcher(s).matches()) {
        return ofYear(Integer.parseInt(s));
      }
      if (YEAR_MONTH_TEXT.matcher(s).matches()) {
        YearMonth ym = YearMonth.parse(s);
        return ofMonth(ym.getYear(), ym.getMonthValue());
      }
      if (DATE_TEXT.matcher(s).matches()) {
        return of(LocalDate.parse(s));
      }
    } catch (DateTimeException e) {
      throw new InvalidValueException("date", s, "is not a valid date: " + e.getMessage());
    }
    throw new InvalidValueException(
        "date", s, "is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd");
  }

  /** @return the year, always known */
  public int year() {
    return earliest.getYear();
  }

  /** @return the last day the date may denote */
  public LocalDate latest() {
    switch (precision) {
      case YEAR:
        return Year.of(earliest.getYear()).atDay(Year.of(earliest.getYear()).length());
      case MONTH:
        return YearMonth.from(earliest).atEndOfMonth();
      default:
        return earliest;
    }
  }

  /**
   * Whether this partial date may denote the given day.
   *
   * @param date the day
   * @return true when {@code date} lies between {@link #earliest()} and {@link #latest()}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(earliest) && !date.isAfter(latest());
  }

  @Override
  public int compareTo(PartialDate other) {
    int c = earliest.compareTo(other.earliest);
    return c != 0 ? c : precision.compareTo(other.precision);
  }

  @Override
  public String toString() {
    switch (precision) {
      case YEAR:
        return String.format("%04d", earliest.getYear());
      case MONTH:
        return YearMonth.from(earliest).toString();
      default:
        return earliest.toString();
    }
  }
}
