/**
 * Exchange with the systems the Lao PDR runs: external identifiers of units by scheme ({@link
 * io.github.connectlao.interop.ExternalIds}), matching another system's units to the gazetteer with a
 * report ({@link io.github.connectlao.interop.UnitMatcher}), and the neutral statistic cells ({@link
 * io.github.connectlao.interop.StatisticCell}) the DHIS2, OpenCRVS and Open SDG codecs read and
 * write. File and stream codecs only: nothing here opens a network connection.
 *
 * <p>Null policy: no method accepts or returns {@code null} unless marked {@code @Nullable};
 * absent values are {@link java.util.Optional}.
 */
package io.github.connectlao.interop;
