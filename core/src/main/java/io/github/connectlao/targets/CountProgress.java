package io.github.connectlao.targets;

import io.github.connectlao.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Progress of a count target ("at least 1/3 of the districts"): the whole number of units required,
 * achieved and still missing, and a status from the straight-line milestones between a baseline count
 * the user supplies and the required count.
 *
 * <p>Example: 214 development villages of 362 in Luang Namtha (2018) against 2/3 gives required 242,
 * gap 28: {@code CountProgress.of(target, 362, TotalBasis.USER_STATED, 2018, 214, Optional.empty(),
 * StatusThresholds.openSdg())}.
 *
 * @param target the target (a share of units)
 * @param year the year of the achieved count
 * @param total the number of units the share applies to
 * @param totalBasis where the total comes from
 * @param required the units required: {@code ⌈share × total⌉}
 * @param achieved the units that reached the status
 * @param gap {@code max(0, required − achieved)}
 * @param baselineCount the count the milestones start from, when supplied
 * @param milestone the count required by {@code year} on the straight line, when a baseline is known
 * @param status the status, when it can be computed; never computed for a total of 0 units (a share
 *     of nothing is undefined: "0 of 0 required, achieved" would report a target reached on no data)
 * @param statusBasis how the status was computed, or why not
 */
public record CountProgress(
    Target target,
    int year,
    long total,
    TotalBasis totalBasis,
    long required,
    long achieved,
    long gap,
    Optional<Observation> baselineCount,
    OptionalLong milestone,
    Optional<ProgressStatus> status,
    String statusBasis) {

  /**
   * Computes the progress of a count.
   *
   * @param target a target whose measure is a share of units
   * @param total the number of units, not negative
   * @param totalBasis where the total comes from
   * @param year the year of the achieved count
   * @param achieved the number of units that reached the status, at most {@code total}
   * @param baselineCount an earlier count to draw milestones from (user-supplied; never assumed)
   * @param thresholds the status thresholds, applied to achieved progress over required progress
   * @return the progress
   * @throws InvalidValueException when a count is negative or above the total, or the baseline is not
   *     before the year
   */
  public static CountProgress of(
      Target target,
      long total,
      TotalBasis totalBasis,
      int year,
      long achieved,
      Optional<Observation> baselineCount,
      StatusThresholds thresholds) {
    InvalidValueException.check(
        target.isUnitShare(), "target", target.code(), "does not measure a share of units");
    InvalidValueException.check(total >= 0, "total", total, "must not be negative");
    InvalidValueException.check(achieved >= 0, "achieved", achieved, "must not be negative");
    InvalidValueException.check(
        achieved <= total, "achieved", achieved, "is more than the total of " + total + " units");
    long required = requiredCount(target, total);
    long gap = Math.max(0, required - achieved);
    if (total == 0) {
      return new CountProgress(
          target,
          year,
          total,
          totalBasis,
          required,
          achieved,
          gap,
          baselineCount,
          OptionalLong.empty(),
          Optional.empty(),
          ZERO_TOTAL);
    }
    if (achieved >= required) {
      return new CountProgress(
          target,
          year,
          total,
          totalBasis,
          required,
          achieved,
          gap,
          baselineCount,
          OptionalLong.empty(),
          Optional.of(ProgressStatus.ACHIEVED),
          "required count reached");
    }
    if (baselineCount.isEmpty()) {
      return new CountProgress(
          target,
          year,
          total,
          totalBasis,
          required,
          achieved,
          gap,
          baselineCount,
          OptionalLong.empty(),
          Optional.empty(),
          "no baseline count supplied: milestones unknown");
    }
    Observation b = baselineCount.get();
    checkBaseline(b, total);
    if (b.year() >= year) {
      return new CountProgress(
          target,
          year,
          total,
          totalBasis,
          required,
          achieved,
          gap,
          baselineCount,
          OptionalLong.empty(),
          Optional.empty(),
          "the baseline count is not before " + year);
    }
    if (year > target.target().year()) {
      return new CountProgress(
          target,
          year,
          total,
          totalBasis,
          required,
          achieved,
          gap,
          baselineCount,
          OptionalLong.empty(),
          Optional.empty(),
          "the target year " + target.target().year() + " has passed");
    }
    long base = b.value().numerator().longValueExact();
    long milestone = milestoneCount(base, b.year(), required, target.target().year(), year);
    ProgressStatus status;
    String basis;
    if (milestone <= base) {
      status = achieved >= base ? ProgressStatus.ON_TRACK : ProgressStatus.DETERIORATING;
      basis = "milestone " + milestone + " needs no gain over the baseline " + base;
    } else {
      Fraction ratio = Fraction.of(achieved - base, milestone - base);
      status = thresholds.classify(ratio.doubleValue());
      basis =
          "gain "
              + (achieved - base)
              + " of the "
              + (milestone - base)
              + " needed by "
              + year
              + " (ratio "
              + Target.display(ratio, 3)
              + ") from baseline "
              + base
              + " in "
              + b.year();
    }
    return new CountProgress(
        target,
        year,
        total,
        totalBasis,
        required,
        achieved,
        gap,
        baselineCount,
        OptionalLong.of(milestone),
        Optional.of(status),
        basis);
  }

  /** The status basis when there are no units: a share of nothing is neither reached nor missed. */
  static final String ZERO_TOTAL =
      "the total is 0 units: a share of no units is undefined, so the target "
          + "is neither achieved nor missed (check the total)";

  /** @return false when the total is 0 units, so that required, achieved and gap say nothing */
  public boolean hasUnits() {
    return total > 0;
  }

  private static void checkBaseline(Observation b, long total) {
    Fraction v = b.value();
    InvalidValueException.check(
        v.isWhole() && v.signum() >= 0, "baselineCount", v, "must be a whole number of units");
    InvalidValueException.check(
        v.numerator().longValueExact() <= total,
        "baselineCount",
        v,
        "is more than the total of " + total + " units");
  }

  /**
   * The units required: the target share of the total, rounded up ("at least").
   *
   * @param target a share-of-units target
   * @param total the number of units
   * @return {@code ⌈share × total⌉}
   */
  public static long requiredCount(Target target, long total) {
    return target.target().value().ceilOf(total);
  }

  /**
   * The count required by a year on the straight line from a baseline count to the required count,
   * rounded up: {@code ⌈base + (required − base) × (year − baseYear) / (targetYear − baseYear)⌉}.
   *
   * @param base the baseline count
   * @param baseYear the baseline year
   * @param required the required count
   * @param targetYear the target year, after {@code baseYear}
   * @param year a year from {@code baseYear} to {@code targetYear}
   * @return the milestone count
   */
  public static long milestoneCount(
      long base, int baseYear, long required, int targetYear, int year) {
    InvalidValueException.check(
        targetYear > baseYear,
        "target year",
        targetYear,
        "is not after the baseline year " + baseYear);
    InvalidValueException.check(
        year >= baseYear && year <= targetYear,
        "year",
        year,
        "is outside " + baseYear + "–" + targetYear);
    return Fraction.of(base)
        .add(
            Fraction.of(required - base)
                .multiply(Fraction.of(year - baseYear, targetYear - baseYear)))
        .ceilOf(1);
  }

  /**
   * The annual milestone counts from a baseline count to the required count of a target.
   *
   * @param target a share-of-units target
   * @param total the number of units
   * @param baselineCount the baseline count and year (user-supplied)
   * @return one milestone per year, the last equal to the required count
   */
  public static List<Observation> milestones(Target target, long total, Observation baselineCount) {
    checkBaseline(baselineCount, total);
    long base = baselineCount.value().numerator().longValueExact();
    long required = requiredCount(target, total);
    int ty = target.target().year();
    List<Observation> list = new ArrayList<>();
    for (int y = baselineCount.year(); y <= ty; y++) {
      list.add(Observation.of(y, milestoneCount(base, baselineCount.year(), required, ty, y)));
    }
    return List.copyOf(list);
  }

  @Override
  public String toString() {
    if (total == 0) {
      return target.code()
          + " "
          + year
          + ": no units in the total ("
          + totalBasis.label()
          + "), status unknown: "
          + statusBasis;
    }
    return target.code()
        + " "
        + year
        + ": "
        + achieved
        + " of "
        + required
        + " required ("
        + total
        + " units, "
        + totalBasis.label()
        + "), gap "
        + gap
        + ", "
        + status.map(ProgressStatus::label).orElse("status unknown (" + statusBasis + ")");
  }
}
