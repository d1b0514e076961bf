package io.github.connectlao.targets;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * A target (ຄາດໝາຍ): what is measured, which direction is better, an optional baseline, the value to
 * reach by a year, and the administrative units it applies to.
 *
 * <pre>{@code
 * Target t = Target.builder("BR_U5", Measure.indicator("BR_COVERAGE_U5"))
 *     .baseline(Observation.of(2017, new BigDecimal("73.0")))
 *     .target(Observation.of(2025, Fraction.of(90)))
 *     .appliesTo("LA")
 *     .build();
 * t.milestones();                                      // 2017: 73 … 2025: 90 on a straight line
 * t.progress(Observation.of(2022, Fraction.of(80)));   // required, achieved, gap, status
 * }</pre>
 *
 * @param code a short identifier
 * @param name a readable name
 * @param measure what is measured
 * @param direction whether higher or lower values are better
 * @param baseline the value at the start, when known
 * @param target the value to reach and the year to reach it by
 * @param unitCodes the codes of the units it applies to (at least one)
 * @param source where the target comes from
 */
public record Target(
    String code,
    String name,
    Measure measure,
    Direction direction,
    Optional<Observation> baseline,
    Observation target,
    List<String> unitCodes,
    Source source) {

  /**
   * Validates the target: a share measure needs shares, the target year must follow the baseline.
   *
   * @param code the code
   * @param name the name
   * @param measure the measure
   * @param direction the direction
   * @param baseline the baseline
   * @param target the target
   * @param unitCodes the units
   * @param source the source
   */
  public Target {
    code = InvalidValueException.requiredText(code, "code");
    name = name == null || name.isBlank() ? code : name.strip();
    InvalidValueException.required(measure, "measure");
    InvalidValueException.required(direction, "direction");
    baseline = InvalidValueException.required(baseline, "baseline");
    InvalidValueException.required(target, "target");
    InvalidValueException.check(
        unitCodes != null && !unitCodes.isEmpty(),
        "unitCodes",
        unitCodes,
        "must name at least one unit");
    unitCodes =
        List.copyOf(
            unitCodes.stream()
                .map(c -> InvalidValueException.requiredText(c, "unitCode"))
                .toList());
    InvalidValueException.required(source, "source");
    if (measure instanceof Measure.UnitShareMeasure) {
      target.value().requireShare("target value of " + code);
      InvalidValueException.check(
          direction == Direction.HIGHER_IS_BETTER,
          "direction",
          direction,
          "must be HIGHER_IS_BETTER for a share of units reaching a status");
      if (baseline.isPresent()) {
        baseline.get().value().requireShare("baseline value of " + code);
      }
    }
    if (baseline.isPresent()) {
      InvalidValueException.check(
          target.year() > baseline.get().year(),
          "target year",
          target.year(),
          "is not after the baseline year " + baseline.get().year() + " of " + code);
    }
  }

  /**
   * Starts a builder.
   *
   * @param code a short identifier
   * @param measure what is measured
   * @return the builder
   */
  public static Builder builder(String code, Measure measure) {
    return new Builder(code, measure);
  }

  /**
   * A province's own target for the share of its units of a level reaching a status, e.g. a province
   * that sets itself 3/4 of its villages as development villages by 2025.
   *
   * @param provinceCode the province's code
   * @param level the level of the units counted (district or village)
   * @param status the status, e.g. {@code development village}
   * @param share the share to reach, between 0 and 1
   * @param year the year to reach it by
   * @param source where the province's target is stated
   * @return the target
   */
  public static Target forProvince(
      String provinceCode,
      AdminLevel level,
      String status,
      Fraction share,
      int year,
      Source source) {
    InvalidValueException.check(
        level == AdminLevel.DISTRICT || level == AdminLevel.VILLAGE,
        "level",
        level,
        "must be district or village for a province's own target");
    return builder(provinceCode + "-" + level.name(), Measure.shareOfUnits(level, status))
        .name(
            provinceCode
                + ": "
                + share
                + " of its "
                + level.nameEnglish()
                + " units "
                + status
                + " by "
                + year)
        .target(Observation.of(year, share))
        .appliesTo(provinceCode)
        .source(source)
        .build();
  }

  /** @return whether the measure is a share of units reaching a status */
  public boolean isUnitShare() {
    return measure instanceof Measure.UnitShareMeasure;
  }

  /**
   * Whether a value reaches the target, in the target's direction.
   *
   * @param value the value
   * @return true when it is at least (or, lower being better, at most) the target value
   */
  public boolean isAchievedBy(Fraction value) {
    int c = value.compareTo(target.value());
    return direction == Direction.HIGHER_IS_BETTER ? c >= 0 : c <= 0;
  }

  /**
   * The value on the straight line from baseline to target in a year.
   *
   * @param year a year from the baseline year to the target year
   * @return the exact milestone value
   * @throws InvalidValueException when there is no baseline or the year is outside the trajectory
   */
  public Fraction milestone(int year) {
    Observation b = requireBaseline("milestones");
    InvalidValueException.check(
        year >= b.year() && year <= target.year(),
        "year",
        year,
        "is outside the trajectory " + b.year() + "–" + target.year() + " of " + code);
    Fraction step = Fraction.of(year - b.year(), target.year() - b.year());
    return b.value().add(target.value().subtract(b.value()).multiply(step));
  }

  /**
   * The annual milestones on the straight line from baseline to target, one per year, the first
   * being the baseline and the last the target.
   *
   * @return the milestones
   * @throws InvalidValueException when the target has no baseline
   */
  public List<Observation> milestones() {
    Observation b = requireBaseline("milestones");
    List<Observation> list = new ArrayList<>();
    for (int y = b.year(); y <= target.year(); y++) {
      list.add(Observation.of(y, milestone(y)));
    }
    return List.copyOf(list);
  }

  private Observation requireBaseline(String what) {
    return baseline.orElseThrow(
        () ->
            new InvalidValueException(
                "baseline",
                "absent",
                "is required for "
                    + what
                    + " of target "
                    + code
                    + "; give one with Builder.baseline"));
  }

  /**
   * The change per year still needed to reach the target from the latest observation on a straight
   * line: {@code (target − latest) / (target year − latest year)}.
   *
   * @param latest the latest observation, before the target year
   * @return the exact annual change (negative when the target is lower)
   */
  public Fraction requiredAnnualChange(Observation latest) {
    InvalidValueException.check(
        latest.year() < target.year(),
        "latest year",
        latest.year(),
        "is not before the target year " + target.year() + " of " + code);
    return target
        .value()
        .subtract(latest.value())
        .divide(Fraction.of(target.year() - latest.year()));
  }

  /**
   * The compound annual growth rate still needed to reach the target from the latest observation:
   * {@code (target / latest)^(1 / (target year − latest year)) − 1}, Open SDG's required growth.
   *
   * @param latest the latest observation, before the target year
   * @return the rate (0.05 for 5 % a year), empty when the latest value is zero or the two values
   *     have opposite signs
   */
  public OptionalDouble requiredAnnualGrowthRate(Observation latest) {
    InvalidValueException.check(
        latest.year() < target.year(),
        "latest year",
        latest.year(),
        "is not before the target year " + target.year() + " of " + code);
    if (latest.value().signum() == 0 || latest.value().signum() * target.value().signum() < 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(growth(target.value(), latest.value(), target.year() - latest.year()));
  }

  static double growth(Fraction to, Fraction from, int years) {
    return Math.pow(to.divide(from).doubleValue(), 1.0 / years) - 1;
  }

  /**
   * This target with a baseline (replacing any).
   *
   * @param newBaseline the baseline value and year, before the target year
   * @return the new target
   */
  public Target withBaseline(Observation newBaseline) {
    return new Target(
        code, name, measure, direction, Optional.of(newBaseline), target, unitCodes, source);
  }

  /**
   * Progress of a series of observations, as Open SDG reads a time series: the latest observation is
   * compared with the target's baseline or, when the target has none, with the earliest observation
   * of the series.
   *
   * @param series observations in any order, at most one per year, at least one
   * @param thresholds the status thresholds
   * @return the progress at the latest observation
   * @throws InvalidValueException when the series is empty or has two values for a year
   */
  public Progress progress(java.util.Collection<Observation> series, StatusThresholds thresholds) {
    InvalidValueException.check(
        series != null && !series.isEmpty(), "series", series, "must not be empty");
    List<Observation> sorted = new ArrayList<>(series);
    sorted.sort(null);
    for (int i = 1; i < sorted.size(); i++) {
      InvalidValueException.check(
          sorted.get(i).year() != sorted.get(i - 1).year(),
          "series",
          sorted.get(i).year(),
          "has two values for one year in " + code);
    }
    Observation latest = sorted.get(sorted.size() - 1);
    Target t = baseline.isPresent() || sorted.size() < 2 ? this : withBaseline(sorted.get(0));
    return t.progress(latest, thresholds);
  }

  /**
   * Progress to the latest observation with Open SDG's default thresholds.
   *
   * @param latest the latest observation
   * @return the progress
   */
  public Progress progress(Observation latest) {
    return progress(latest, StatusThresholds.openSdg());
  }

  /**
   * Progress to the latest observation: required value, achieved, gap, share of the way from baseline,
   * and the status computed as Open SDG does (see {@code docs/targets.md}).
   *
   * @param latest the latest observation
   * @param thresholds the status thresholds
   * @return the progress
   */
  public Progress progress(Observation latest, StatusThresholds thresholds) {
    InvalidValueException.required(latest, "latest");
    baseline.ifPresent(
        b ->
            InvalidValueException.check(
                latest.year() >= b.year(),
                "latest year",
                latest.year(),
                "is before the baseline year " + b.year() + " of " + code));
    Fraction gap =
        direction == Direction.HIGHER_IS_BETTER
            ? target.value().subtract(latest.value())
            : latest.value().subtract(target.value());
    gap = gap.max(Fraction.ZERO);
    Optional<Fraction> shareOfWay =
        baseline
            .filter(b -> !b.value().equals(target.value()))
            .map(
                b -> latest.value().subtract(b.value()).divide(target.value().subtract(b.value())));
    Optional<Fraction> annual =
        latest.year() < target.year()
            ? Optional.of(requiredAnnualChange(latest))
            : Optional.empty();
    StatusResult s = openSdgStatus(latest, thresholds);
    return new Progress(this, latest, gap, shareOfWay, annual, s.status, s.ratio, s.basis);
  }

  private record StatusResult(
      Optional<ProgressStatus> status, OptionalDouble ratio, String basis) {}

  private StatusResult openSdgStatus(Observation latest, StatusThresholds thresholds) {
    if (isAchievedBy(latest.value())) {
      return new StatusResult(
          Optional.of(ProgressStatus.ACHIEVED), OptionalDouble.empty(), "target value reached");
    }
    if (baseline.isEmpty()) {
      return none("no baseline: the observed growth cannot be computed");
    }
    Observation b = baseline.get();
    if (latest.year() <= b.year()) {
      return none("the latest observation is not after the baseline year " + b.year());
    }
    // Open SDG (sdg-build ProgressMeasure.py): a zero base value or target is replaced by 0.001; a
    // latest
    // value of 0 is a growth of -100 %, and a passed target year changes nothing in the formula.
    Fraction base = b.value().signum() == 0 ? Fraction.of(1, 1000) : b.value();
    Fraction goal = target.value().signum() == 0 ? Fraction.of(1, 1000) : target.value();
    if (base.signum() * latest.value().signum() < 0) {
      return none("base and latest values have opposite signs: Open SDG computes no growth rate");
    }
    if (base.signum() * goal.signum() < 0) {
      return none(
          "base and target values have opposite signs: the required growth rate is undefined");
    }
    double observed = growth(latest.value(), base, latest.year() - b.year());
    double required = growth(goal, base, target.year() - b.year());
    if (required == 0) {
      return none("the required growth is zero (target equals baseline)");
    }
    int sign = base.signum();
    double ratio = sign * direction.sign() * observed / Math.abs(required);
    String basis =
        String.format(
            java.util.Locale.ROOT,
            "Open SDG ratio R = %.3f (observed CAGR %.4f, required CAGR %.4f%s%s)",
            ratio,
            observed,
            required,
            b.value().signum() == 0 ? ", zero base value replaced by 0.001 as Open SDG does" : "",
            latest.year() > target.year()
                ? ", target year "
                    + target.year()
                    + " passed: growth still compared as Open SDG does"
                : "");
    return new StatusResult(
        Optional.of(thresholds.classify(ratio)), OptionalDouble.of(ratio), basis);
  }

  private static StatusResult none(String reason) {
    return new StatusResult(Optional.empty(), OptionalDouble.empty(), reason);
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(code)
            .append(": ")
            .append(measure.describe())
            .append(' ')
            .append(direction == Direction.HIGHER_IS_BETTER ? ">= " : "<= ")
            .append(target.value())
            .append(" by ")
            .append(target.year());
    baseline.ifPresent(b -> sb.append(" (baseline ").append(b).append(')'));
    sb.append(" for ").append(String.join(",", unitCodes));
    if (source.confidence() != Confidence.VERIFIED) {
      sb.append(" [")
          .append(source.confidence().name().toLowerCase(java.util.Locale.ROOT))
          .append(']');
    }
    return sb.toString();
  }

  /**
   * The value as a decimal for display.
   *
   * @param value the value
   * @param decimals digits after the decimal point
   * @return the text
   */
  static String display(Fraction value, int decimals) {
    return value.isWhole()
        ? value.toString()
        : value.toBigDecimal(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  /** Builds a {@link Target}. */
  public static final class Builder {
    private final String code;
    private final Measure measure;
    private @Nullable String name;
    private Direction direction = Direction.HIGHER_IS_BETTER;
    private @Nullable Observation baseline;
    private @Nullable Observation target;
    private final List<String> unitCodes = new ArrayList<>();
    private Source source = Source.of("supplied by the user", Confidence.UNVERIFIED);

    private Builder(String code, Measure measure) {
      this.code = code;
      this.measure = measure;
    }

    /**
     * Sets the readable name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the direction (default: higher is better).
     *
     * @param direction the direction
     * @return this builder
     */
    public Builder direction(Direction direction) {
      this.direction = direction;
      return this;
    }

    /**
     * Sets the baseline.
     *
     * @param baseline the baseline value and year
     * @return this builder
     */
    public Builder baseline(Observation baseline) {
      this.baseline = baseline;
      return this;
    }

    /**
     * Sets the target value and year.
     *
     * @param target the value to reach and the year
     * @return this builder
     */
    public Builder target(Observation target) {
      this.target = target;
      return this;
    }

    /**
     * Adds units the target applies to.
     *
     * @param codes unit codes
     * @return this builder
     */
    public Builder appliesTo(String... codes) {
      unitCodes.addAll(List.of(codes));
      return this;
    }

    /**
     * Sets the source (default: supplied by the user, unverified).
     *
     * @param source the source
     * @return this builder
     */
    public Builder source(Source source) {
      this.source = source;
      return this;
    }

    /**
     * Builds the target.
     *
     * @return the target
     * @throws InvalidValueException when a component is invalid
     */
    public Target build() {
      return new Target(
          code,
          name == null ? "" : name,
          measure,
          direction,
          Optional.ofNullable(baseline),
          InvalidValueException.required(target, "target"),
          unitCodes,
          source);
    }
  }
}
