package io.github.connectlao.interop.dhis2;

import java.time.DayOfWeek;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The DHIS2 period types that have an identifier form ({@code PeriodTypeEnum} of DHIS2 2.44), with
 * the ISO 8601 duration ADX writes for each.
 *
 * <p>Example: {@link #SIX_MONTHLY_APRIL} is {@code SixMonthlyApril}: {@code 2022AprilS1} is April to
 * September 2022, written {@code 2022-04-01/P6M} in ADX.
 */
public enum Dhis2PeriodType {
  /** One day: {@code 20220115}. */
  DAILY("Daily", "P1D", null),
  /** An ISO week, Monday to Sunday: {@code 2022W1}, {@code 2020W53}. */
  WEEKLY("Weekly", "P7D", DayOfWeek.MONDAY),
  /** A week from Wednesday: {@code 2022WedW1}. */
  WEEKLY_WEDNESDAY("WeeklyWednesday", "P7D", DayOfWeek.WEDNESDAY),
  /** A week from Thursday: {@code 2022ThuW1}. */
  WEEKLY_THURSDAY("WeeklyThursday", "P7D", DayOfWeek.THURSDAY),
  /** A week from Friday: {@code 2022FriW1}. */
  WEEKLY_FRIDAY("WeeklyFriday", "P7D", DayOfWeek.FRIDAY),
  /** A week from Saturday: {@code 2022SatW1}. */
  WEEKLY_SATURDAY("WeeklySaturday", "P7D", DayOfWeek.SATURDAY),
  /** A week from Sunday: {@code 2022SunW1}. */
  WEEKLY_SUNDAY("WeeklySunday", "P7D", DayOfWeek.SUNDAY),
  /** Two ISO weeks from an odd week: {@code 2022BiW1} is ISO weeks 1 and 2 of 2022. */
  BI_WEEKLY("BiWeekly", "P14D", DayOfWeek.MONDAY),
  /** A calendar month: {@code 202201}. */
  MONTHLY("Monthly", "P1M", null),
  /** Two months from an odd month: {@code 202201B} is January–February, {@code 202206B} November–December. */
  BI_MONTHLY("BiMonthly", "P2M", null),
  /** A calendar quarter: {@code 2022Q1}. */
  QUARTERLY("Quarterly", "P3M", null),
  /** A quarter of the November year: {@code 2022NovQ1} is November 2021 – January 2022. */
  QUARTERLY_NOV("QuarterlyNov", "P3M", null),
  /** A calendar half-year: {@code 2022S1} (January–June). */
  SIX_MONTHLY("SixMonthly", "P6M", null),
  /** A half of the April year: {@code 2022AprilS1} April–September 2022, {@code 2022AprilS2} October 2022 – March 2023. */
  SIX_MONTHLY_APRIL("SixMonthlyApril", "P6M", null),
  /** A half of the November year: {@code 2022NovS1} November 2021 – April 2022, {@code 2022NovS2} May–October 2022. */
  SIX_MONTHLY_NOV("SixMonthlyNov", "P6M", null),
  /** A calendar year: {@code 2022}. */
  YEARLY("Yearly", "P1Y", null),
  /** The financial year from February: {@code 2022Feb} is February 2022 – January 2023. */
  FINANCIAL_FEB("FinancialFeb", "P1Y", null),
  /** The financial year from April: {@code 2022April} is April 2022 – March 2023. */
  FINANCIAL_APRIL("FinancialApril", "P1Y", null),
  /** The financial year from July: {@code 2022July} is July 2022 – June 2023. */
  FINANCIAL_JULY("FinancialJuly", "P1Y", null),
  /** The financial year from August: {@code 2022Aug} is August 2022 – July 2023. */
  FINANCIAL_AUG("FinancialAug", "P1Y", null),
  /** The financial year from September: {@code 2022Sep} is September 2022 – August 2023. */
  FINANCIAL_SEP("FinancialSep", "P1Y", null),
  /** The financial year from October: {@code 2022Oct} is October 2022 – September 2023. */
  FINANCIAL_OCT("FinancialOct", "P1Y", null),
  /**
   * The financial year from November, named by the year it <em>ends</em> in: {@code 2022Nov} is
   * November 2021 – October 2022 (unlike the other financial years).
   */
  FINANCIAL_NOV("FinancialNov", "P1Y", null);

  private final String dhis2Name;
  private final String isoDuration;
  private final @Nullable DayOfWeek firstDay;

  Dhis2PeriodType(String dhis2Name, String isoDuration, @Nullable DayOfWeek firstDay) {
    this.dhis2Name = dhis2Name;
    this.isoDuration = isoDuration;
    this.firstDay = firstDay;
  }

  /** @return the name DHIS2 gives the type ({@code SixMonthlyApril}), as in its metadata */
  public String dhis2Name() {
    return dhis2Name;
  }

  /** @return the ISO 8601 duration ADX writes after the start date ({@code P6M}) */
  public String isoDuration() {
    return isoDuration;
  }

  /** @return the first day of the week, for the weekly and bi-weekly types */
  public Optional<DayOfWeek> firstDayOfWeek() {
    return Optional.ofNullable(firstDay);
  }

  /**
   * The type of a DHIS2 type name.
   *
   * @param name e.g. {@code Monthly}, {@code FinancialApril} (case-insensitive)
   * @return the type, empty when DHIS2 has no such type with an identifier form
   */
  public static Optional<Dhis2PeriodType> ofDhis2Name(String name) {
    for (Dhis2PeriodType t : values()) {
      if (t.dhis2Name.equalsIgnoreCase(name == null ? "" : name.strip())) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  boolean isWeekly() {
    return firstDay != null && this != BI_WEEKLY;
  }
}
