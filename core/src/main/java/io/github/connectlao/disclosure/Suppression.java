package io.github.connectlao.disclosure;

/**
 * Why a cell of a protected release is published or hidden.
 *
 * <pre>{@code
 * protectedRelease.suppression(Cell.of("LA05", "delayed"));   // PRIMARY: a count from 1 to threshold - 1
 * }</pre>
 */
public enum Suppression {
  /** Published: the count is shown. */
  NONE,
  /** Hidden because the count is from 1 to {@code threshold - 1} (primary suppression). */
  PRIMARY,
  /**
   * Hidden because it is a zero (not a structural zero) in a relation with a primary cell: shown,
   * it would reveal that a unit's births all fall in the other classes.
   */
  ZERO,
  /** Hidden to protect another hidden cell (secondary or complementary suppression). */
  SECONDARY;

  /** @return whether the cell is hidden */
  public boolean isSuppressed() {
    return this != NONE;
  }
}
