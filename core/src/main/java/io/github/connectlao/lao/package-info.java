/**
 * Lao text: normalisation of spelling variants for matching, Lao digits, Lao month names and the
 * dates of official texts.
 *
 * <p>Null policy: no method accepts or returns {@code null} unless marked {@code @Nullable};
 * absent values are {@link java.util.Optional}; a {@code null} argument is refused with an {@link
 * io.github.connectlao.InvalidValueException} that names the parameter.
 */
package io.github.connectlao.lao;
