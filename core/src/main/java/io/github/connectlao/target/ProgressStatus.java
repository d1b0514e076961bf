package io.github.connectlao.target;

/**
 * The status of a measure in a year relative to its target, in Open SDG's five categories.
 *
 * <p>The categories are assigned by {@link Target#progress(Observation, StatusThresholds)} (ratio of
 * observed to required growth) or, for counts of units, by {@link CountProgress} (progress made
 * against the straight-line milestone); see {@code docs/targets.md}.
 */
public enum ProgressStatus {
  /** The target value is reached (Open SDG "target achieved"). */
  ACHIEVED("achieved"),
  /** Ratio at or above the high threshold, 0.95 by default (Open SDG "substantial progress/on track"). */
  ON_TRACK("on track"),
  /** Ratio between the medium (0.6) and the high threshold (Open SDG "progress made but acceleration needed"). */
  NEEDS_ACCELERATION("needs acceleration"),
  /** Ratio between the low (0) and the medium threshold (Open SDG "limited progress"). */
  LIMITED_PROGRESS("limited progress"),
  /** Ratio below the low threshold: moving away from the target (Open SDG "deterioration"). */
  DETERIORATING("deteriorating");

  private final String label;

  ProgressStatus(String label) {
    this.label = label;
  }

  /** @return the status in plain English, e.g. {@code needs acceleration} */
  public String label() {
    return label;
  }
}
