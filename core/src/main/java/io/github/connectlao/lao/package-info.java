/**
 * Lao text: normalisation of spelling variants for matching, Lao digits, Lao month names and the
 * dates of official texts.
 *
 * <p>Null policy: no method accepts or returns {@code null} unless its documentation says so;
 * absent values are {@link java.util.Optional}.
 */
package io.github.connectlao.lao;
