/**
 * The entry point ({@link io.github.connectlao.facade.ConnectLao}) and the value types every package
 * shares: sources and their confidence, partial dates, date ranges ({@link io.github.connectlao.DateRange}),
 * bilingual names ({@link io.github.connectlao.BilingualName}), and the library's exceptions.
 *
 * <p>Null policy: no method accepts or returns {@code null} unless marked {@code @Nullable};
 * absent values are {@link java.util.Optional}.
 */
package io.github.connectlao;
