/**
 * Exact target calculations: {@link io.github.connectlao.targets.Fraction}, {@link
 * io.github.connectlao.targets.Target} with progress, straight-line milestones and the Open SDG progress
 * status, and the Sam Sang (ສາມສ້າງ) targets of the 9th NSEDP with their national and provincial
 * rollups.
 *
 * <p>Null policy: no parameter, record component or return value is {@code null}; an absent value
 * is an {@link java.util.Optional} (or an empty list). A {@code null} argument is refused with an
 * {@link io.github.connectlao.InvalidValueException} naming the field or parameter
 * ({@code InvalidValueException.required}), so that a value missing from a file is reported like
 * any other bad value.
 */
package io.github.connectlao.targets;
