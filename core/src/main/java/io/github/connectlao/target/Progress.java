package io.github.connectlao.target;

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

  /** @return whether the target value is reached */
  public boolean isAchieved() {
    return target.isAchievedBy(latest.value());
  }

  @Override
  public String toString() {
    return target.code() + " " + latest.year() + ": " + Target.display(achieved(), 2) + " of "
        + Target.display(required(), 2) + " by " + target.target().year() + ", gap "
        + Target.display(gap, 2) + ", " + status.map(ProgressStatus::label).orElse("status unknown")
        + " (" + statusBasis + ")";
  }
}
