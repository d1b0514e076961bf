/**
 * Internals shared by the library's packages; not exported, not API.
 *
 * <p>Null policy: no method accepts or returns {@code null} unless marked {@code @Nullable}.
 */
package io.github.connectlao.internal;
