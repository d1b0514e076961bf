/**
 * Statistical disclosure control over a <b>release</b>: every table one report or export call
 * publishes (counts, totals, every level of a hierarchy, the shares derived from them) is
 * protected together, so that no suppressed count can be recomputed or narrowed below its
 * protection range from anything else in the release.
 *
 * <p>The package is generic: it knows dimensions ({@link io.github.connectlao.disclosure.Hierarchy}),
 * cells, tables and the additive relations a hierarchy implies, not registrations. Start with
 * {@link io.github.connectlao.disclosure.Release#builder()}; the rules are in {@code docs/disclosure.md}.
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@link
 * java.util.Optional}, {@link java.util.OptionalLong} or {@link java.util.OptionalDouble}.
 */
package io.github.connectlao.disclosure;
