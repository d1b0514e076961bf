/**
 * CSV import and export: headers matched by name, every bad row reported with its line, column,
 * value and reason, and the good rows kept.
 *
 * <p>Null policy: no method accepts or returns {@code null} unless marked {@code @Nullable};
 * absent values are {@link java.util.Optional}.
 */
package io.github.connectlao.csv;
