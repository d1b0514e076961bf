package io.github.connectlao.targets;

import io.github.connectlao.InvalidValueException;

/**
 * The thresholds that turn a progress ratio into a {@link ProgressStatus}; Open SDG's defaults for
 * indicators with a quantitative target are 0.95, 0.6 and 0.
 *
 * <p>Example: {@code StatusThresholds.openSdg()}; {@code StatusThresholds.of(0.9, 0.5, 0)} for a
 * planner who wants a looser "on track".
 *
 * @param onTrack ratio at or above which the status is {@link ProgressStatus#ON_TRACK}
 * @param needsAcceleration ratio at or above which it is {@link ProgressStatus#NEEDS_ACCELERATION}
 * @param limitedProgress ratio at or above which it is {@link ProgressStatus#LIMITED_PROGRESS}; below
 *     it, {@link ProgressStatus#DETERIORATING}
 */
public record StatusThresholds(double onTrack, double needsAcceleration, double limitedProgress) {
  /**
   * Validates the order of the thresholds.
   *
   * @param onTrack the high threshold
   * @param needsAcceleration the medium threshold
   * @param limitedProgress the low threshold
   */
  public StatusThresholds {
    InvalidValueException.check(
        Double.isFinite(onTrack)
            && Double.isFinite(needsAcceleration)
            && Double.isFinite(limitedProgress),
        "thresholds",
        onTrack + "/" + needsAcceleration + "/" + limitedProgress,
        "must be finite numbers");
    InvalidValueException.check(
        onTrack >= needsAcceleration && needsAcceleration >= limitedProgress,
        "thresholds",
        onTrack + "/" + needsAcceleration + "/" + limitedProgress,
        "must satisfy onTrack >= needsAcceleration >= limitedProgress");
  }

  /**
   * Open SDG's defaults for a quantitative target: 0.95, 0.6, 0 (sdg-build {@code ProgressMeasure.py}).
   *
   * @return the thresholds
   */
  public static StatusThresholds openSdg() {
    return new StatusThresholds(0.95, 0.6, 0);
  }

  /**
   * Custom thresholds.
   *
   * @param onTrack the high threshold
   * @param needsAcceleration the medium threshold
   * @param limitedProgress the low threshold
   * @return the thresholds
   */
  public static StatusThresholds of(
      double onTrack, double needsAcceleration, double limitedProgress) {
    return new StatusThresholds(onTrack, needsAcceleration, limitedProgress);
  }

  /**
   * Classifies a ratio of observed to required progress (the target is not yet achieved).
   *
   * @param ratio the ratio
   * @return the status
   */
  public ProgressStatus classify(double ratio) {
    if (ratio >= onTrack) {
      return ProgressStatus.ON_TRACK;
    }
    if (ratio >= needsAcceleration) {
      return ProgressStatus.NEEDS_ACCELERATION;
    }
    if (ratio >= limitedProgress) {
      return ProgressStatus.LIMITED_PROGRESS;
    }
    return ProgressStatus.DETERIORATING;
  }
}
