package io.github.connectlao.targets;

import io.github.connectlao.InvalidValueException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Progress of a measure that has no quantitative target: Open SDG's method 1, which judges the
 * observed compound annual growth rate in the desired direction against fixed rates.
 *
 * <p>Example: registered births went from 100 (2015) to 110 (2020), higher is better: growth 1.92 % a
 * year, at least 1.5 %, so "on track", score 4.62: {@code TrendProgress.of(series, Direction.HIGHER_IS_BETTER,
 * 2015, OptionalDouble.empty())}.
 *
 * <p>The rules are those of Open SDG's build ({@code open-sdg/sdg-build}, {@code sdg/ProgressMeasure.py},
 * methodology 1; documented in {@code open-sdg/open-sdg} {@code docs/progress-methodology.md}):
 *
 * <ul>
 *   <li>base year: the given year if the series has it, else the next year it has; latest: the last year;
 *       at least two years apart; a base value of 0 is replaced by 0.001; base and latest values of
 *       opposite signs give no status.
 *   <li>progress value {@code p = sign(base) × d × ((latest / base)^(1 / years) − 1)}, {@code d} = +1 when
 *       higher is better, −1 when lower is better.
 *   <li>thresholds 0.015 (on track), 0.005 (progress made but acceleration needed), 0 (limited progress),
 *       below 0 deterioration; with a natural limit {@code L} they are multiplied by {@code C = 1 −
 *       (|b| / |L|)^4.44} when {@code |b| ≤ |L|}, {@code C = 1 − ((2|L| − |b|) / |L|)^4.44} when {@code
 *       |L| < |b| < 2|L|}, and {@code C = 1} when {@code |b| ≥ 2|L|}.
 *   <li>score (−5..5): {@code max(125p − 2.5, −5)} below 0; 5 when {@code C = 0}; {@code min(500p/C − 5,
 *       5)} from the high threshold; {@code 250p/C − 1.25} from the medium; {@code 500p/C − 2.5} from 0.
 * </ul>
 *
 * @param base the base observation
 * @param latest the latest observation
 * @param direction whether higher or lower values are better
 * @param limit the natural limit (e.g. 100 for a percentage), when there is one
 * @param progressValue the progress value {@code p}, when it can be computed
 * @param coefficient the threshold reduction {@code C} (1 without a limit)
 * @param status the status, when it can be computed
 * @param score the score from −5 to 5, when it can be computed
 * @param basis how the status was computed, or why it could not be
 */
public record TrendProgress(
    Observation base,
    Observation latest,
    Direction direction,
    OptionalDouble limit,
    OptionalDouble progressValue,
    double coefficient,
    Optional<ProgressStatus> status,
    OptionalDouble score,
    String basis) {

  /** Open SDG's default base year. */
  public static final int DEFAULT_BASE_YEAR = 2015;

  /** Open SDG's default high threshold for method 1: 1.5 % a year. */
  public static final double HIGH = 0.015;

  /** Open SDG's default medium threshold for method 1: 0.5 % a year. */
  public static final double MEDIUM = 0.005;

  /** The exponent of Open SDG's threshold reduction near a limit. */
  public static final double LIMIT_EXPONENT = 4.44;

  /**
   * Validates the components.
   *
   * @param base the base
   * @param latest the latest
   * @param direction the direction
   * @param limit the limit
   * @param progressValue the progress value
   * @param coefficient the coefficient
   * @param status the status
   * @param score the score
   * @param basis the basis
   */
  public TrendProgress {
    InvalidValueException.required(base, "base");
    InvalidValueException.required(latest, "latest");
    InvalidValueException.required(direction, "direction");
    InvalidValueException.required(limit, "limit");
    InvalidValueException.required(progressValue, "progressValue");
    InvalidValueException.required(status, "status");
    InvalidValueException.required(score, "score");
    basis = InvalidValueException.requiredText(basis, "basis");
  }

  /**
   * Computes the progress of a series without a quantitative target, as Open SDG does.
   *
   * @param series the observations, at most one per year, at least one
   * @param direction whether higher or lower values are better
   * @param baseYear the base year (Open SDG's default is {@value #DEFAULT_BASE_YEAR}); the next year
   *     with data is used when the series lacks it
   * @param limit the natural limit of the measure, if any (e.g. 100 for a percentage)
   * @return the progress; its status is empty, with the reason, when Open SDG computes none
   * @throws InvalidValueException when the series is empty, has two values for a year, or has no value
   *     at or after the base year
   */
  public static TrendProgress of(
      Collection<Observation> series, Direction direction, int baseYear, OptionalDouble limit) {
    InvalidValueException.check(
        series != null && !series.isEmpty(), "series", series, "must not be empty");
    InvalidValueException.required(direction, "direction");
    InvalidValueException.required(limit, "limit");
    List<Observation> sorted = new ArrayList<>(series);
    sorted.sort(null);
    for (int i = 1; i < sorted.size(); i++) {
      InvalidValueException.check(
          sorted.get(i).year() != sorted.get(i - 1).year(),
          "series",
          sorted.get(i).year(),
          "has two values for one year");
    }
    Observation latest = sorted.get(sorted.size() - 1);
    Observation base =
        sorted.stream()
            .filter(o -> o.year() >= baseYear)
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidValueException(
                        "baseYear",
                        baseYear,
                        "is after the last year of the series " + latest.year()));
    double b = base.value().doubleValue();
    double y = latest.value().doubleValue();
    int sign = b < 0 ? -1 : 1;
    double coefficient =
        limit.isPresent() ? coefficient(Math.abs(b), Math.abs(limit.getAsDouble())) : 1;
    if (latest.year() - base.year() < 1) {
      return none(
          base,
          latest,
          direction,
          limit,
          coefficient,
          "at least two years of data are needed after the base year " + baseYear);
    }
    String zero = "";
    if (b == 0) {
      b = 0.001;
      zero = ", zero base value replaced by 0.001 as Open SDG does";
    }
    if ((b > 0 && y < 0) || (b < 0 && y > 0)) {
      return none(
          base,
          latest,
          direction,
          limit,
          coefficient,
          "base and latest values have opposite signs");
    }
    double p = sign * direction.sign() * (Math.pow(y / b, 1.0 / (latest.year() - base.year())) - 1);
    ProgressStatus status;
    if (p >= HIGH * coefficient) {
      status = ProgressStatus.ON_TRACK;
    } else if (p >= MEDIUM * coefficient) {
      status = ProgressStatus.NEEDS_ACCELERATION;
    } else if (p >= 0) {
      status = ProgressStatus.LIMITED_PROGRESS;
    } else {
      status = ProgressStatus.DETERIORATING;
    }
    String basis =
        String.format(
            Locale.ROOT,
            "Open SDG method 1 (no quantitative target): growth %.5f a year "
                + "from %d to %d against %.5f / %.5f / 0%s%s",
            p,
            base.year(),
            latest.year(),
            HIGH * coefficient,
            MEDIUM * coefficient,
            limit.isPresent()
                ? String.format(
                    Locale.ROOT,
                    " (thresholds x %.5f near the limit %s)",
                    coefficient,
                    limit.getAsDouble())
                : "",
            zero);
    return new TrendProgress(
        base,
        latest,
        direction,
        limit,
        OptionalDouble.of(p),
        coefficient,
        Optional.of(status),
        OptionalDouble.of(score(p, coefficient)),
        basis);
  }

  private static TrendProgress none(
      Observation base,
      Observation latest,
      Direction direction,
      OptionalDouble limit,
      double coefficient,
      String why) {
    return new TrendProgress(
        base,
        latest,
        direction,
        limit,
        OptionalDouble.empty(),
        coefficient,
        Optional.empty(),
        OptionalDouble.empty(),
        why);
  }

  /**
   * Open SDG's reduction of the thresholds near a natural limit.
   *
   * @param base the absolute base value
   * @param limit the absolute limit
   * @return {@code C}, from 0 to 1
   */
  static double coefficient(double base, double limit) {
    if (base >= 2 * limit) {
      return 1;
    }
    if (base <= limit) {
      return 1 - Math.pow(base / limit, LIMIT_EXPONENT);
    }
    return 1 - Math.pow((2 * limit - base) / limit, LIMIT_EXPONENT);
  }

  /**
   * Open SDG's method-1 score of a progress value (sdg-build {@code get_score}, default thresholds).
   *
   * @param p the progress value
   * @param c the threshold coefficient
   * @return the score, from −5 to 5
   */
  static double score(double p, double c) {
    if (p < 0) {
      return Math.max(125 * p - 2.5, -5);
    }
    if (c == 0) {
      return 5;
    }
    if (p >= HIGH * c) {
      return Math.min(500 * p / c - 5, 5);
    }
    if (p >= MEDIUM * c) {
      return 250 * p / c - 1.25;
    }
    return 500 * p / c - 2.5;
  }

  @Override
  public String toString() {
    return latest.year()
        + " against "
        + base.year()
        + ": "
        + status.map(ProgressStatus::label).orElse("status unknown")
        + (score.isPresent() ? String.format(Locale.ROOT, ", score %.2f", score.getAsDouble()) : "")
        + " ("
        + basis
        + ")";
  }
}
