/**
 * The administrative hierarchy of the Lao PDR: levels, units and the immutable {@link
 * io.github.connectlao.admin.Gazetteer} index, with the embedded default of the nation, its 18
 * provincial-level units and 148 districts.
 *
 * <p>Null policy: no method accepts or returns {@code null} unless marked {@code @Nullable};
 * absent values are {@link java.util.Optional}.
 */
package io.github.connectlao.admin;
