/**
 * The entry point ({@link io.github.connectlao.ConnectLao}) and the value types every package
 * shares: sources and their confidence, partial dates, and the library's exceptions.
 *
 * <p>Null policy: no method accepts or returns {@code null} unless its documentation says so;
 * absent values are {@link java.util.Optional}.
 */
package io.github.connectlao;
