/**
 * Civil registration of births (CRVS): registrations, the registration policy, timeliness,
 * completeness and coverage.
 *
 * <p>Personal data: a registration's identifier and names never appear in {@code toString()},
 * logs or exception messages.
 *
 * <p>Null policy: no method accepts or returns {@code null} unless marked {@code @Nullable};
 * absent values are {@link java.util.Optional}.
 */
package io.github.connectlao.crvs;
