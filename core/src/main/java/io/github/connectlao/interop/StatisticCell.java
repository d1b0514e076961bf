package io.github.connectlao.interop;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.crvs.RegistrationRate;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.crvs.Timeliness;
import io.github.connectlao.crvs.TimelinessCounts;
import io.github.connectlao.indicator.DataValues;
import io.github.connectlao.indicator.ReportingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One figure of a birth-registration table, in the neutral form every interop codec reads and
 * writes: statistic × unit × sex × timeliness × period → value.
 *
 * <p>Example: {@code births_registered LA05 female current 2022: 812}. Build cells from the counting
 * engine's output with {@link #ofCounts} and {@link #ofRate}; read them back with {@link
 * #toCounts} and {@link #toDataValues}.
 *
 * @param statistic what is counted or measured
 * @param unitCode the unit's code in the gazetteer
 * @param sex the sex, empty for both sexes
 * @param timeliness the timeliness class, for {@link CrvsStatistic#BIRTHS_REGISTERED} only; empty for all
 * @param period the period
 * @param value the value: a count, an estimate or a percentage; never negative
 */
public record StatisticCell(
    CrvsStatistic statistic,
    String unitCode,
    Optional<Sex> sex,
    Optional<Timeliness> timeliness,
    ReportingPeriod period,
    BigDecimal value) {

  /**
   * Validates the cell.
   *
   * @param statistic the statistic
   * @param unitCode the unit
   * @param sex the sex
   * @param timeliness the timeliness
   * @param period the period
   * @param value the value
   */
  public StatisticCell {
    InvalidValueException.required(statistic, "statistic");
    unitCode = InvalidValueException.requiredText(unitCode, "unitCode");
    InvalidValueException.required(sex, "sex");
    InvalidValueException.check(
        sex.map(s -> s != Sex.UNKNOWN).orElse(true),
        "sex",
        Sex.UNKNOWN,
        "is not a disaggregation: use a sex or empty for both sexes");
    InvalidValueException.required(timeliness, "timeliness");
    InvalidValueException.check(
        timeliness.isEmpty() || statistic.isByTimeliness(),
        "timeliness",
        timeliness.orElse(null),
        "does not split " + statistic.code());
    InvalidValueException.check(
        timeliness.map(Timeliness::isRegistered).orElse(true),
        "timeliness",
        Timeliness.NOT_REGISTERED,
        "is not a class of registered births: use births_not_registered");
    InvalidValueException.required(period, "period");
    InvalidValueException.required(value, "value");
    InvalidValueException.check(
        value.signum() >= 0, "value", value.toPlainString(), "must not be negative");
  }

  /**
   * A cell.
   *
   * @param statistic the statistic
   * @param unitCode the unit
   * @param sex the sex, or empty for both
   * @param timeliness the timeliness, or empty
   * @param period the period
   * @param value the value
   * @return the cell
   */
  public static StatisticCell of(
      CrvsStatistic statistic,
      String unitCode,
      Optional<Sex> sex,
      Optional<Timeliness> timeliness,
      ReportingPeriod period,
      BigDecimal value) {
    return new StatisticCell(statistic, unitCode, sex, timeliness, period, value);
  }

  /**
   * The cells of one unit's timeliness counts: registered current, late, delayed, and not
   * registered.
   *
   * @param unitCode the unit
   * @param sex the sex, or empty for both
   * @param period the period the births were counted in
   * @param counts the counts
   * @return four cells
   */
  public static List<StatisticCell> ofCounts(
      String unitCode, Optional<Sex> sex, ReportingPeriod period, TimelinessCounts counts) {
    List<StatisticCell> cells = new ArrayList<>(4);
    for (Timeliness t :
        new Timeliness[] {Timeliness.CURRENT, Timeliness.LATE, Timeliness.DELAYED}) {
      cells.add(
          of(
              CrvsStatistic.BIRTHS_REGISTERED,
              unitCode,
              sex,
              Optional.of(t),
              period,
              BigDecimal.valueOf(counts.count(t))));
    }
    cells.add(
        of(
            CrvsStatistic.BIRTHS_NOT_REGISTERED,
            unitCode,
            sex,
            Optional.empty(),
            period,
            BigDecimal.valueOf(counts.notRegistered())));
    return List.copyOf(cells);
  }

  /**
   * The percentage cell of a completeness or coverage figure, rounded half-up to a number of
   * decimals; none when the figure has no value (a missing cell, never 0).
   *
   * @param statistic {@link CrvsStatistic#COMPLETENESS}, {@link CrvsStatistic#COVERAGE_U5} or
   *     {@link CrvsStatistic#COVERAGE_U18}
   * @param period the period
   * @param rate the figure (its unit and sex are the cell's)
   * @param decimals digits after the decimal point
   * @return the cell, empty when the figure has no value
   */
  public static Optional<StatisticCell> ofRate(
      CrvsStatistic statistic, ReportingPeriod period, RegistrationRate rate, int decimals) {
    InvalidValueException.check(
        statistic.isPercent(), "statistic", statistic.code(), "is not a percentage");
    return rate.percent()
        .map(
            p ->
                of(
                    statistic,
                    rate.unitCode(),
                    rate.sex(),
                    Optional.empty(),
                    period,
                    BigDecimal.valueOf(p).setScale(decimals, RoundingMode.HALF_UP)));
  }

  /**
   * The timeliness counts of the count cells, by unit, sex and period. A class without a cell
   * counts 0 only if another class of the same unit, sex and period has one.
   *
   * @param cells the cells (others than registered and not-registered counts are ignored)
   * @return the counts, in first-seen order
   * @throws InvalidValueException when a count is not a whole number
   */
  public static Map<Key, TimelinessCounts> toCounts(List<StatisticCell> cells) {
    Map<Key, TimelinessCounts> out = new LinkedHashMap<>();
    for (StatisticCell c : cells) {
      boolean registered =
          c.statistic == CrvsStatistic.BIRTHS_REGISTERED && c.timeliness.isPresent();
      if (!registered && c.statistic != CrvsStatistic.BIRTHS_NOT_REGISTERED) {
        continue;
      }
      long n;
      try {
        n = c.value.longValueExact();
      } catch (ArithmeticException e) {
        throw new InvalidValueException(
            "value", c.value.toPlainString(), "is not a whole count in " + c);
      }
      Timeliness t = registered ? c.timeliness.get() : Timeliness.NOT_REGISTERED;
      TimelinessCounts add =
          TimelinessCounts.of(
              t == Timeliness.CURRENT ? n : 0,
              t == Timeliness.LATE ? n : 0,
              t == Timeliness.DELAYED ? n : 0,
              t == Timeliness.NOT_REGISTERED ? n : 0);
      out.merge(new Key(c.unitCode, c.sex, c.period), add, TimelinessCounts::plus);
    }
    return out;
  }

  /**
   * The data values of the indicator catalogue ({@code births_registered_current}, {@code
   * births_estimated}, {@code completeness}…) of the cells of one sex and period, by unit.
   *
   * @param cells the cells
   * @param sex the sex to keep, or empty for both sexes
   * @param period the period to keep
   * @return the data values by unit code
   */
  public static Map<String, DataValues> toDataValues(
      List<StatisticCell> cells, Optional<Sex> sex, ReportingPeriod period) {
    Map<String, DataValues> out = new LinkedHashMap<>();
    for (StatisticCell c : cells) {
      if (c.sex.equals(sex) && c.period.equals(period)) {
        out.merge(c.unitCode, DataValues.empty().with(c.itemName(), c.value), DataValues::plus);
      }
    }
    return out;
  }

  /** @return the indicator catalogue's item name, e.g. {@code births_registered_late} */
  public String itemName() {
    return statistic.code()
        + timeliness.map(t -> "_" + t.name().toLowerCase(Locale.ROOT)).orElse("");
  }

  /**
   * The unit, sex and period of a cell.
   *
   * @param unitCode the unit
   * @param sex the sex, empty for both
   * @param period the period
   */
  public record Key(String unitCode, Optional<Sex> sex, ReportingPeriod period) {}

  @Override
  public String toString() {
    return statistic.code()
        + " "
        + unitCode
        + " "
        + sex.map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("both sexes")
        + timeliness.map(t -> " " + t.name().toLowerCase(Locale.ROOT)).orElse("")
        + " "
        + period
        + ": "
        + value.toPlainString()
        + (statistic.isPercent() ? "%" : "");
  }

  /**
   * Cells are equal when their keys are equal and their values are equal as numbers: {@code 73}
   * and {@code 73.0} are the same value (what a file wrote with or without trailing zeros).
   *
   * @param o the other object
   * @return whether it is the same cell
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof StatisticCell c
        && statistic == c.statistic
        && unitCode.equals(c.unitCode)
        && sex.equals(c.sex)
        && timeliness.equals(c.timeliness)
        && period.equals(c.period)
        && value.compareTo(c.value) == 0;
  }

  /** @return a hash consistent with {@link #equals}: the value's scale does not count */
  @Override
  public int hashCode() {
    BigDecimal v = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    return java.util.Objects.hash(statistic, unitCode, sex, timeliness, period, v);
  }
}
