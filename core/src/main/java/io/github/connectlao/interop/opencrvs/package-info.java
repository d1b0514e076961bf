/**
 * OpenCRVS country-configuration files: the administrative areas (HDX-style admin levels, from which
 * OpenCRVS derives each location's {@code partOf}), the statistics file (population by sex and crude
 * birth rate per area and year, wide form), and completeness named and computed the OpenCRVS way.
 *
 * <p>Null policy: no method accepts or returns {@code null} unless marked {@code @Nullable};
 * absent values are {@link java.util.Optional}.
 */
package io.github.connectlao.interop.opencrvs;
