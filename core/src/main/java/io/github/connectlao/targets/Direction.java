package io.github.connectlao.targets;

/** Which way a measure should move: the desired direction of progress. */
public enum Direction {
  /** Higher values are better (coverage, number of development villages). */
  HIGHER_IS_BETTER,
  /** Lower values are better (share of delayed registrations). */
  LOWER_IS_BETTER;

  /** @return +1 for {@link #HIGHER_IS_BETTER}, -1 for {@link #LOWER_IS_BETTER} (Open SDG's d) */
  public int sign() {
    return this == HIGHER_IS_BETTER ? 1 : -1;
  }
}
