package io.github.connectlao.interop.dhis2;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.indicator.ReportingPeriod;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes DHIS2 period identifiers and the ISO 8601 intervals of ADX, to and from the
 * library's {@link ReportingPeriod}.
 *
 * <pre>{@code
 * Dhis2Periods.parse("2022AprilS1");                       // April–September 2022
 * Dhis2Periods.parse("2022-01-01/P3M");                    // 2022Q1, as ADX writes it
 * Dhis2Periods.parse("2022Q1").toReportingPeriod();        // 2022-Q1
 * Dhis2Periods.format(ReportingPeriod.parse("2022-H1"));   // "2022S1"
 * Dhis2Periods.format(ReportingPeriod.parse("2022-01-03/2022-01-09")); // "2022W1"
 * }</pre>
 *
 * <p>The grammar is DHIS2 2.44's ({@code Period.Input} and {@code DateUnitPeriodTypeParser} of
 * dhis2-core): weeks are counted as DHIS2 counts them, week 1 being the first week (from the type's
 * first day) with at least four days in the year, so {@code 2020W53} exists and {@code 2021W53} does
 * not; {@code 2022Nov}, {@code 2022NovS1} and {@code 2022NovQ1} start in November 2021. A DHIS2
 * period that is not a year, half-year, quarter or month maps to the exact date range, never to an
 * approximation; {@link #format(ReportingPeriod)} refuses a range that no DHIS2 period covers
 * exactly. Years {@value ReportingPeriod#MIN_YEAR}–{@value ReportingPeriod#MAX_YEAR}.
 */
public final class Dhis2Periods {
  private static final Pattern DAILY = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})");
  private static final Pattern MONTHLY = Pattern.compile("(\\d{4})-?(\\d{2})");
  private static final Pattern BI_MONTHLY = Pattern.compile("(\\d{4})(\\d{2})B");
  private static final Pattern WEEKS =
      Pattern.compile("(\\d{4})(W|WedW|ThuW|FriW|SatW|SunW|BiW)(\\d{1,2})");
  private static final Pattern HALVES = Pattern.compile("(\\d{4})(Q|NovQ|S|AprilS|NovS)(\\d)");
  private static final Pattern YEARS = Pattern.compile("(\\d{4})(Feb|April|July|Aug|Sep|Oct|Nov)?");
  private static final Pattern ADX =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(P1D|P7D|P14D|P1M|P2M|P3M|P6M|P1Y)");
  private static final String FORMS =
      "e.g. 20220115, 2022W1, 2022WedW1, 2022BiW1, 202201, 202201B, 2022Q1,"
          + " 2022S1, 2022AprilS1, 2022, 2022April, 2022July, 2022Oct, 2022Nov, or 2022-01-01/P3M";

  private Dhis2Periods() {}

  /**
   * Reads a DHIS2 period identifier or an ADX interval.
   *
   * @param text e.g. {@code 2022W1}, {@code 202201B}, {@code 2022AprilS1}, {@code 2022Nov}, {@code
   *     2022-01-01/P3M}; the dashed forms {@code 2022-01} and {@code 2022-01-15} that DHIS2 also
   *     accepts are read too
   * @return the period
   * @throws InvalidValueException naming the text and the reason when it is not a DHIS2 period (an
   *     unknown form, week 53 of a year with 52, month 13, an ADX start that begins no period…)
   */
  @SuppressWarnings(
      "AssignmentExpression") // one matcher, tried pattern after pattern in one chain of ifs
  public static Dhis2Period parse(String text) {
    String s = InvalidValueException.requiredText(text, "period");
    try {
      if (s.indexOf('/') >= 0) {
        return parseAdx(s);
      }
      Matcher m;
      if ((m = DAILY.matcher(s)).matches()
          && (s.length() == 8 || (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-'))) {
        LocalDate d =
            LocalDate.of(
                year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return containing(Dhis2PeriodType.DAILY, d);
      }
      if ((m = MONTHLY.matcher(s)).matches()) {
        return containing(
            Dhis2PeriodType.MONTHLY,
            YearMonth.of(year(m.group(1)), month(m.group(2), 12)).atDay(1));
      }
      if ((m = BI_MONTHLY.matcher(s)).matches()) {
        int n = month(m.group(2), 6);
        return containing(Dhis2PeriodType.BI_MONTHLY, LocalDate.of(year(m.group(1)), 2 * n - 1, 1));
      }
      if ((m = WEEKS.matcher(s)).matches()) {
        return week(weekType(m.group(2)), year(m.group(1)), Integer.parseInt(m.group(3)));
      }
      if ((m = HALVES.matcher(s)).matches()) {
        return part(m.group(2), year(m.group(1)), Integer.parseInt(m.group(3)));
      }
      if ((m = YEARS.matcher(s)).matches()) {
        return financial(m.group(2) == null ? "" : m.group(2), year(m.group(1)));
      }
    } catch (InvalidValueException e) {
      if ("period".equals(e.field())) {
        throw e;
      }
      throw new InvalidValueException(
          "period", s, "is not a DHIS2 period: " + e.field() + " " + e.value() + " " + e.reason());
    } catch (DateTimeException | NumberFormatException e) {
      throw new InvalidValueException("period", s, "is not a DHIS2 period: " + e.getMessage());
    }
    throw new InvalidValueException(
        "period", s, "is not a DHIS2 period identifier (" + FORMS + ")");
  }

  /**
   * The DHIS2 identifier of a period.
   *
   * @param period the period
   * @return its identifier, e.g. {@code 2022BiW1}
   */
  public static String format(Dhis2Period period) {
    return InvalidValueException.required(period, "period").id();
  }

  /**
   * The DHIS2 identifier of the library's period: {@code 2022-H1} is {@code 2022S1}, {@code
   * 2022-Q1} is {@code 2022Q1}, {@code 2022-01} is {@code 202201}, and a date range is the DHIS2
   * period with exactly its days ({@code 2022-01-03/2022-01-09} is {@code 2022W1}).
   *
   * @param period the period
   * @return the identifier
   * @throws InvalidValueException when no DHIS2 period has exactly these days
   */
  public static String format(ReportingPeriod period) {
    return of(period)
        .orElseThrow(
            () ->
                new InvalidValueException(
                    "period",
                    period,
                    "has no DHIS2 form: no DHIS2 period type covers exactly "
                        + period.start()
                        + " to "
                        + period.end()))
        .id();
  }

  /**
   * The DHIS2 period with exactly the days of the library's period.
   *
   * @param period the period
   * @return the DHIS2 period, empty when there is none (DHIS2's types do not overlap in their
   *     first and last days, so there is at most one)
   */
  public static Optional<Dhis2Period> of(ReportingPeriod period) {
    InvalidValueException.required(period, "period");
    for (Dhis2PeriodType t : Dhis2PeriodType.values()) {
      if (t == Dhis2PeriodType.BI_WEEKLY && !isOddIsoWeekMonday(period.start())) {
        continue;
      }
      try {
        Dhis2Period p = containing(t, period.start());
        if (p.start().equals(period.start()) && p.end().equals(period.end())) {
          return Optional.of(p);
        }
      } catch (InvalidValueException e) {
        // this type's period would reach beyond the years the library accepts: not a match
      }
    }
    return Optional.empty();
  }

  /**
   * The ADX interval of a period: {@code 2022Q1} is {@code 2022-01-01/P3M}, {@code 2022WedW1} is
   * {@code 2021-12-29/P7D}.
   *
   * @param period the period
   * @return the interval
   * @throws InvalidValueException for {@link Dhis2PeriodType#QUARTERLY_NOV}: DHIS2's ADX reader
   *     takes every {@code P3M} for a calendar quarter, so it would misread it
   */
  public static String formatAdx(Dhis2Period period) {
    InvalidValueException.check(
        period.type() != Dhis2PeriodType.QUARTERLY_NOV,
        "period",
        period.id(),
        "has no ADX form: DHIS2 reads every P3M interval as a calendar quarter");
    return period.start() + "/" + period.type().isoDuration();
  }

  /**
   * The ADX interval of the library's period.
   *
   * @param period the period
   * @return the interval, e.g. {@code 2022-07-01/P6M} for {@code 2022-H2}
   * @throws InvalidValueException when no DHIS2 period has exactly its days
   */
  public static String formatAdx(ReportingPeriod period) {
    return formatAdx(parse(format(period)));
  }

  /**
   * The library's period of a DHIS2 identifier or ADX interval: {@code parse(text).toReportingPeriod()}.
   *
   * @param text the identifier
   * @return the period with exactly the same days
   */
  public static ReportingPeriod toReportingPeriod(String text) {
    return parse(text).toReportingPeriod();
  }

  /**
   * The period of a type that contains a day.
   *
   * @param type the type
   * @param date the day
   * @return the period
   */
  public static Dhis2Period containing(Dhis2PeriodType type, LocalDate date) {
    InvalidValueException.required(type, "type");
    InvalidValueException.required(date, "date");
    int y = date.getYear();
    int m = date.getMonthValue();
    switch (type) {
      case DAILY:
        checkYear(y);
        return new Dhis2Period(
            type,
            date,
            date,
            String.format(Locale.ROOT, "%04d%02d%02d", y, m, date.getDayOfMonth()));
      case BI_WEEKLY:
        {
          int w = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
          LocalDate start =
              date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                  .minusWeeks(w % 2 == 0 ? 1 : 0);
          int wy = start.get(IsoFields.WEEK_BASED_YEAR);
          int sw = start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
          checkYear(wy);
          return new Dhis2Period(type, start, start.plusDays(13), wy + "BiW" + (sw + 1) / 2);
        }
      case MONTHLY:
        return months(type, YearMonth.of(y, m), 1, String.format(Locale.ROOT, "%04d%02d", y, m));
      case BI_MONTHLY:
        {
          int n = (m + 1) / 2;
          return months(
              type, YearMonth.of(y, 2 * n - 1), 2, String.format(Locale.ROOT, "%04d%02dB", y, n));
        }
      case QUARTERLY:
        return months(type, YearMonth.of(y, (m - 1) / 3 * 3 + 1), 3, y + "Q" + ((m - 1) / 3 + 1));
      case QUARTERLY_NOV:
        return shifted(type, date, 11, 3, "NovQ");
      case SIX_MONTHLY:
        return months(type, YearMonth.of(y, m <= 6 ? 1 : 7), 6, y + "S" + (m <= 6 ? 1 : 2));
      case SIX_MONTHLY_APRIL:
        {
          YearMonth start =
              YearMonth.of(m >= 4 ? y : y - 1, 4).plusMonths(m >= 4 && m <= 9 ? 0 : 6);
          int fy = m >= 4 ? y : y - 1;
          return months(type, start, 6, fy + "AprilS" + (m >= 4 && m <= 9 ? 1 : 2));
        }
      case SIX_MONTHLY_NOV:
        return shifted(type, date, 11, 6, "NovS");
      case YEARLY:
        return months(type, YearMonth.of(y, 1), 12, Integer.toString(y));
      case FINANCIAL_NOV:
        {
          int end = m >= 11 ? y + 1 : y;
          return months(type, YearMonth.of(end - 1, 11), 12, end + "Nov");
        }
      default:
        if (type.isWeekly()) {
          return weekContaining(type, date);
        }
        int first = firstMonth(type);
        int fy = m >= first ? y : y - 1;
        return months(type, YearMonth.of(fy, first), 12, fy + suffix(type));
    }
  }

  // --- the parts -----------------------------------------------------------------------------

  private static Dhis2Period parseAdx(String s) {
    Matcher m = ADX.matcher(s);
    if (!m.matches()) {
      throw new InvalidValueException(
          "period",
          s,
          "is not an ADX period: expected a start date and one of"
              + " P1D, P7D, P14D, P1M, P2M, P3M, P6M, P1Y, e.g. 2022-01-01/P3M");
    }
    LocalDate start;
    try {
      start = LocalDate.parse(m.group(1));
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          "period", s, "has no valid start date: " + e.getParsedString());
    }
    checkYear(start.getYear());
    Dhis2PeriodType type = adxType(m.group(2), start, s);
    Dhis2Period p = containing(type, start);
    InvalidValueException.check(
        p.start().equals(start),
        "period",
        s,
        "does not begin a "
            + type.dhis2Name()
            + " period (the "
            + type.dhis2Name()
            + " period holding "
            + start
            + " is "
            + p.id()
            + ", from "
            + p.start()
            + ")");
    return p;
  }

  private static Dhis2PeriodType adxType(String duration, LocalDate start, String s) {
    int month = start.getMonthValue();
    switch (duration) {
      case "P1D":
        return Dhis2PeriodType.DAILY;
      case "P7D":
        for (Dhis2PeriodType t : Dhis2PeriodType.values()) {
          if (t.isWeekly() && t.firstDayOfWeek().orElseThrow() == start.getDayOfWeek()) {
            return t;
          }
        }
        throw new InvalidValueException(
            "period",
            s,
            "is not a DHIS2 week: no weekly type starts on "
                + start.getDayOfWeek().toString().toLowerCase(Locale.ROOT));
      case "P14D":
        return Dhis2PeriodType.BI_WEEKLY;
      case "P1M":
        return Dhis2PeriodType.MONTHLY;
      case "P2M":
        return Dhis2PeriodType.BI_MONTHLY;
      case "P3M":
        return Dhis2PeriodType.QUARTERLY;
      case "P6M":
        if (month == 1 || month == 7) {
          return Dhis2PeriodType.SIX_MONTHLY;
        }
        if (month == 4 || month == 10) {
          return Dhis2PeriodType.SIX_MONTHLY_APRIL;
        }
        if (month == 11 || month == 5) {
          return Dhis2PeriodType.SIX_MONTHLY_NOV;
        }
        throw new InvalidValueException(
            "period",
            s,
            "is not a DHIS2 six-month period: none starts in "
                + start.getMonth().toString().toLowerCase(Locale.ROOT));
      default:
        for (Dhis2PeriodType t : Dhis2PeriodType.values()) {
          if (t.isoDuration().equals("P1Y") && firstMonth(t) == month) {
            return t;
          }
        }
        throw new InvalidValueException(
            "period",
            s,
            "is not a DHIS2 year: none starts in "
                + start.getMonth().toString().toLowerCase(Locale.ROOT));
    }
  }

  private static Dhis2PeriodType weekType(String infix) {
    switch (infix) {
      case "W":
        return Dhis2PeriodType.WEEKLY;
      case "WedW":
        return Dhis2PeriodType.WEEKLY_WEDNESDAY;
      case "ThuW":
        return Dhis2PeriodType.WEEKLY_THURSDAY;
      case "FriW":
        return Dhis2PeriodType.WEEKLY_FRIDAY;
      case "SatW":
        return Dhis2PeriodType.WEEKLY_SATURDAY;
      case "SunW":
        return Dhis2PeriodType.WEEKLY_SUNDAY;
      default:
        return Dhis2PeriodType.BI_WEEKLY;
    }
  }

  private static Dhis2Period week(Dhis2PeriodType type, int year, int n) {
    if (type == Dhis2PeriodType.BI_WEEKLY) {
      LocalDate week1 = weekOneStart(DayOfWeek.MONDAY, year);
      int weeks =
          (int) (ChronoUnit.DAYS.between(week1, weekOneStart(DayOfWeek.MONDAY, year + 1)) / 7);
      InvalidValueException.check(
          n >= 1 && 2 * n - 1 <= weeks,
          "biWeek",
          n,
          "must be 1 to " + (weeks + 1) / 2 + " in " + year + " (" + weeks + " ISO weeks)");
      return containing(type, week1.plusWeeks(2L * n - 2));
    }
    DayOfWeek first = type.firstDayOfWeek().orElseThrow();
    LocalDate week1 = weekOneStart(first, year);
    int weeks = (int) (ChronoUnit.DAYS.between(week1, weekOneStart(first, year + 1)) / 7);
    InvalidValueException.check(
        n >= 1 && n <= weeks,
        "week",
        n,
        "must be 1 to " + weeks + " in " + year + " for " + type.dhis2Name());
    return containing(type, week1.plusWeeks(n - 1L));
  }

  /** The first day of week 1: the week from {@code first} that holds 4 January. */
  private static LocalDate weekOneStart(DayOfWeek first, int year) {
    return LocalDate.of(year, 1, 4).with(TemporalAdjusters.previousOrSame(first));
  }

  private static Dhis2Period weekContaining(Dhis2PeriodType type, LocalDate date) {
    DayOfWeek first = type.firstDayOfWeek().orElseThrow();
    LocalDate start = date.with(TemporalAdjusters.previousOrSame(first));
    int wy = start.plusDays(3).getYear(); // the year holding the week's fourth day
    LocalDate week1 = weekOneStart(first, wy);
    int n = (int) (ChronoUnit.DAYS.between(week1, start) / 7) + 1;
    checkYear(wy);
    String infix =
        type == Dhis2PeriodType.WEEKLY
            ? "W"
            : first.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) + "W";
    return new Dhis2Period(type, start, start.plusDays(6), wy + infix + n);
  }

  private static boolean isOddIsoWeekMonday(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.MONDAY
        && d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) % 2 == 1;
  }

  private static Dhis2Period part(String infix, int year, int n) {
    switch (infix) {
      case "Q":
        InvalidValueException.check(n >= 1 && n <= 4, "quarter", n, "must be 1 to 4");
        return containing(Dhis2PeriodType.QUARTERLY, LocalDate.of(year, 3 * n - 2, 1));
      case "NovQ":
        InvalidValueException.check(n >= 1 && n <= 4, "quarter", n, "must be 1 to 4");
        return containing(
            Dhis2PeriodType.QUARTERLY_NOV,
            YearMonth.of(year - 1, 11).plusMonths(3L * (n - 1)).atDay(1));
      case "S":
        InvalidValueException.check(n == 1 || n == 2, "half", n, "must be 1 or 2");
        return containing(Dhis2PeriodType.SIX_MONTHLY, LocalDate.of(year, n == 1 ? 1 : 7, 1));
      case "AprilS":
        InvalidValueException.check(n == 1 || n == 2, "half", n, "must be 1 or 2");
        return containing(
            Dhis2PeriodType.SIX_MONTHLY_APRIL, LocalDate.of(year, n == 1 ? 4 : 10, 1));
      default:
        InvalidValueException.check(n == 1 || n == 2, "half", n, "must be 1 or 2");
        return containing(
            Dhis2PeriodType.SIX_MONTHLY_NOV,
            n == 1 ? LocalDate.of(year - 1, 11, 1) : LocalDate.of(year, 5, 1));
    }
  }

  private static Dhis2Period financial(String suffix, int year) {
    for (Dhis2PeriodType t : Dhis2PeriodType.values()) {
      if (t.isoDuration().equals("P1Y") && suffix(t).equals(suffix)) {
        int startYear = t == Dhis2PeriodType.FINANCIAL_NOV ? year - 1 : year;
        return containing(t, LocalDate.of(startYear, firstMonth(t), 1));
      }
    }
    throw new InvalidValueException("period", year + suffix, "is not a DHIS2 year");
  }

  /** Months-long periods that start in the November before their named year. */
  private static Dhis2Period shifted(
      Dhis2PeriodType type, LocalDate date, int firstMonth, int length, String infix) {
    YearMonth ym = YearMonth.from(date);
    YearMonth yearStart =
        YearMonth.of(
            date.getMonthValue() >= firstMonth ? date.getYear() : date.getYear() - 1, firstMonth);
    long index = ChronoUnit.MONTHS.between(yearStart, ym) / length;
    YearMonth start = yearStart.plusMonths(index * length);
    return months(type, start, length, (yearStart.getYear() + 1) + infix + (index + 1));
  }

  private static Dhis2Period months(Dhis2PeriodType type, YearMonth start, int length, String id) {
    checkYear(start.getYear());
    checkYear(start.plusMonths(length - 1L).getYear());
    return new Dhis2Period(type, start.atDay(1), start.plusMonths(length - 1L).atEndOfMonth(), id);
  }

  private static int firstMonth(Dhis2PeriodType t) {
    switch (t) {
      case FINANCIAL_FEB:
        return 2;
      case FINANCIAL_APRIL:
        return 4;
      case FINANCIAL_JULY:
        return 7;
      case FINANCIAL_AUG:
        return 8;
      case FINANCIAL_SEP:
        return 9;
      case FINANCIAL_OCT:
        return 10;
      case FINANCIAL_NOV:
        return 11;
      default:
        return 1;
    }
  }

  private static String suffix(Dhis2PeriodType t) {
    switch (t) {
      case FINANCIAL_FEB:
        return "Feb";
      case FINANCIAL_APRIL:
        return "April";
      case FINANCIAL_JULY:
        return "July";
      case FINANCIAL_AUG:
        return "Aug";
      case FINANCIAL_SEP:
        return "Sep";
      case FINANCIAL_OCT:
        return "Oct";
      case FINANCIAL_NOV:
        return "Nov";
      default:
        return "";
    }
  }

  private static int year(String digits) {
    int y = Integer.parseInt(digits);
    checkYear(y);
    return y;
  }

  private static int month(String digits, int max) {
    int n = Integer.parseInt(digits);
    InvalidValueException.check(
        n >= 1 && n <= max, max == 12 ? "month" : "biMonth", n, "must be 1 to " + max);
    return n;
  }

  private static void checkYear(int y) {
    InvalidValueException.check(
        y >= ReportingPeriod.MIN_YEAR && y <= ReportingPeriod.MAX_YEAR,
        "year",
        y,
        "must be between " + ReportingPeriod.MIN_YEAR + " and " + ReportingPeriod.MAX_YEAR);
  }
}
