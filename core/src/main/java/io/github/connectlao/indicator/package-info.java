/**
 * Indicators and reporting periods: {@link io.github.connectlao.indicator.ReportingPeriod} (year,
 * six-month, quarter, month, date range), {@link io.github.connectlao.indicator.IndicatorDefinition}
 * (numerator × factor / denominator, the DHIS2 rule), values per unit and period and their rollups.
 *
 * <p>Null policy: no method accepts or returns {@code null} unless its documentation says so;
 * absent values are {@link java.util.Optional}.
 */
package io.github.connectlao.indicator;
