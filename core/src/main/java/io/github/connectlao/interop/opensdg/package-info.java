/**
 * Open SDG data CSV files (one file per indicator: {@code Year}, disaggregation columns, {@code
 * GeoCode}, {@code Value}), with the SDMX codes of the Lao Statistics Bureau's SDG data structure, so
 * the bureau's Open SDG platform can take them.
 *
 * <p>Null policy: no method accepts or returns {@code null} unless marked {@code @Nullable};
 * absent values are {@link java.util.Optional}.
 */
package io.github.connectlao.interop.opensdg;
