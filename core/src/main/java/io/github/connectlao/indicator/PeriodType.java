package io.github.connectlao.indicator;

/**
 * The kinds of {@link ReportingPeriod}: calendar year, half-year (the six-month report, ບົດລາຍງານ 6
 * ເດືອນ), quarter, month and an arbitrary date range.
 */
public enum PeriodType {
  /** A calendar year, e.g. {@code 2022}. */
  YEAR,
  /** A half-year, e.g. {@code 2022-H1} (January–June). */
  HALF_YEAR,
  /** A quarter, e.g. {@code 2022-Q3} (July–September). */
  QUARTER,
  /** A calendar month, e.g. {@code 2022-09}. */
  MONTH,
  /** An arbitrary inclusive date range, e.g. {@code 2022-01-15/2022-03-31}. */
  RANGE
}
