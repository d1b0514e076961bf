/**
 * Exact target calculations: {@link io.github.connectlao.target.Fraction}, {@link
 * io.github.connectlao.target.Target} with progress, straight-line milestones and the Open SDG progress
 * status, and the Sam Sang (ສາມສ້າງ) targets of the 9th NSEDP with their national and provincial
 * rollups.
 *
 * <p>Null policy: no method accepts or returns {@code null} unless its documentation says so;
 * absent values are {@link java.util.Optional}.
 */
package io.github.connectlao.target;
