/**
 * Indicators and reporting periods: {@link io.github.connectlao.indicator.ReportingPeriod} (year,
 * six-month, quarter, month, date range), {@link io.github.connectlao.indicator.IndicatorDefinition}
 * (numerator × factor / denominator, the DHIS2 rule), values per unit and period and their rollups.
 *
 * <p>Null policy: no parameter, record component or return value is {@code null}; an absent value
 * is an {@link java.util.Optional} (or an empty list). A {@code null} argument is refused with an
 * {@link io.github.connectlao.InvalidValueException} naming the field or parameter
 * ({@code InvalidValueException.required}), so that a value missing from a file is reported like
 * any other bad value.
 */
package io.github.connectlao.indicator;
