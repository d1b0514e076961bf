package io.github.connectlao.indicator;

import java.util.regex.Pattern;

/** The text forms read by {@link ReportingPeriod#parse(String)}. */
final class PeriodSyntax {
  static final Pattern REGULAR = Pattern.compile("(\\d{4})(?:(-H|-Q|-)(\\d{1,2}))?");

  private PeriodSyntax() {}
}
