package io.github.connectlao.targets;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where a measure stands against its {@link Target} at the latest observation.
 *
 * <p>Example: {@code target.progress(Observation.of(2022, Fraction.of(80))).status()}.
 *
 * @param target the target
 * @param latest the latest observation
 * @param gap how far the latest value is from the target value in the good direction (0 when reached)
 * @param shareOfWay the share of the way from baseline to target covered (1 = reached; negative when
 *     moving away), when there is a baseline different from the target
 * @param requiredAnnualChange the change per year still needed on a straight line, when the target year
 *     is still ahead
 * @param status the Open SDG status, when it can be computed
 * @param ratio Open SDG's ratio of observed to required growth, when computed
 * @param statusBasis how the status was computed, or why it could not be
 */
public record Progress(
    Target target,
    Observation latest,
    Fraction gap,
    Optional<Fraction> shareOfWay,
    Optional<Fraction> requiredAnnualChange,
    Optional<ProgressStatus> status,
    OptionalDouble ratio,
    String statusBasis) {

  /** @return the value to reach (the target value) */
  public Fraction required() {
    return target.target().value();
  }

  /** @return the latest value */
  public Fraction achieved() {
    return latest.value();
  }

  /**
   * Open SDG's progress score of a quantitative target, from −5 to 5 (sdg-build {@code
   * ProgressMeasure.py}, {@code get_score}, method 2, with the coefficients it hard-codes for the default
   * thresholds): 5 when the target is achieved; {@code min(7.1429 R − 4.2857, 5)} when the ratio {@code
   * R} is at least 0.6; {@code max(4.1667 R − 2.5, −5)} below. A score of 2.5 or more reads "on track", 0
   * to 2.5 "progress made but acceleration needed", −2.5 to 0 "limited progress", below "deterioration"
   * ({@link ProgressStatus#fromScore(double, boolean)}).
   *
   * @return the score, empty when no status could be computed
   */
  public OptionalDouble score() {
    if (status.filter(s -> s == ProgressStatus.ACHIEVED).isPresent()) {
      return OptionalDouble.of(5);
    }
    if (ratio.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(quantitativeScore(ratio.getAsDouble()));
  }

  static double quantitativeScore(double r) {
    return r >= 0.6 ? Math.min(7.1429 * r - 4.2857, 5) : Math.max(4.1667 * r - 2.5, -5);
  }

  /** @return whether the target value is reached */
  public boolean isAchieved() {
    return target.isAchievedBy(latest.value());
  }

  @Override
  public String toString() {
    return target.code()
        + " "
        + latest.year()
        + ": "
        + Target.display(achieved(), 2)
        + " of "
        + Target.display(required(), 2)
        + " by "
        + target.target().year()
        + ", gap "
        + Target.display(gap, 2)
        + ", "
        + status.map(ProgressStatus::label).orElse("status unknown")
        + " ("
        + statusBasis
        + ")";
  }
}
