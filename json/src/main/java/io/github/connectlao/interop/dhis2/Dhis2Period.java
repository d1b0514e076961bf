package io.github.connectlao.interop.dhis2;

import io.github.connectlao.indicator.ReportingPeriod;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One DHIS2 period: a type and its exact first and last days, printed as DHIS2's identifier.
 *
 * <p>Example: {@code Dhis2Periods.parse("2022AprilS2")} is {@code 2022AprilS2}, from 2022-10-01 to
 * 2023-03-31; {@link #toReportingPeriod()} gives {@code 2022-10-01/2023-03-31}, and {@code
 * Dhis2Periods.parse("2022S1").toReportingPeriod()} gives {@code 2022-H1}. Obtain one from {@link
 * Dhis2Periods}.
 */
public final class Dhis2Period implements Comparable<Dhis2Period> {
  private final Dhis2PeriodType type;
  private final LocalDate start;
  private final LocalDate end;
  private final String id;

  Dhis2Period(Dhis2PeriodType type, LocalDate start, LocalDate end, String id) {
    this.type = type;
    this.start = start;
    this.end = end;
    this.id = id;
  }

  /** @return the type */
  public Dhis2PeriodType type() {
    return type;
  }

  /** @return the first day */
  public LocalDate start() {
    return start;
  }

  /** @return the last day (inclusive) */
  public LocalDate end() {
    return end;
  }

  /** @return the number of days, both ends included (what DHIS2 annualises by) */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** @return DHIS2's identifier, e.g. {@code 2022Q1}, {@code 2020W53}, {@code 202201B} */
  public String id() {
    return id;
  }

  /**
   * The ISO 8601 interval ADX writes: start date and duration.
   *
   * @return e.g. {@code 2022-01-01/P3M}
   * @throws io.github.connectlao.InvalidValueException for {@link Dhis2PeriodType#QUARTERLY_NOV},
   *     which DHIS2's ADX reader would take for a calendar quarter
   */
  public String adx() {
    return Dhis2Periods.formatAdx(this);
  }

  /**
   * The library's period with exactly the same days: a year, half-year ({@code S1} is {@code H1}),
   * quarter or month of the same name, otherwise a date range.
   *
   * @return the period
   */
  public ReportingPeriod toReportingPeriod() {
    switch (type) {
      case YEARLY:
        return ReportingPeriod.ofYear(start.getYear());
      case SIX_MONTHLY:
        return ReportingPeriod.ofHalf(start.getYear(), start.getMonthValue() == 1 ? 1 : 2);
      case QUARTERLY:
        return ReportingPeriod.ofQuarter(start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
      case MONTHLY:
        return ReportingPeriod.ofMonth(start.getYear(), start.getMonthValue());
      default:
        return ReportingPeriod.ofRange(start, end);
    }
  }

  /** @return the period of the same type that follows this one */
  public Dhis2Period next() {
    return Dhis2Periods.containing(type, end.plusDays(1));
  }

  /**
   * Orders by start, then end, then type.
   *
   * @param o the other period
   * @return the comparison
   */
  @Override
  public int compareTo(Dhis2Period o) {
    int c = start.compareTo(o.start);
    if (c == 0) {
      c = end.compareTo(o.end);
    }
    return c != 0 ? c : type.compareTo(o.type);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dhis2Period p
        && p.type == type
        && p.start.equals(start)
        && p.end.equals(end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, start, end);
  }

  @Override
  public String toString() {
    return id;
  }
}
