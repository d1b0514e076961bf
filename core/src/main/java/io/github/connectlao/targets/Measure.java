package io.github.connectlao.targets;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;

/**
 * What a {@link Target} measures: an indicator's value, or the share of the units of a level that
 * reach a status (e.g. the share of districts that are comprehensively strong).
 *
 * <p>Example: {@code Measure.indicator("BR_COVERAGE_U5")}, {@code Measure.shareOfUnits(AdminLevel.DISTRICT,
 * "comprehensively strong district")}.
 */
public sealed interface Measure permits Measure.IndicatorMeasure, Measure.UnitShareMeasure {

  /** @return a short description */
  String describe();

  /**
   * An indicator's value.
   *
   * @param indicatorCode the indicator's code in the catalogue
   * @return the measure
   */
  static Measure indicator(String indicatorCode) {
    return new IndicatorMeasure(indicatorCode);
  }

  /**
   * The share of the units of a level that reach a status.
   *
   * @param level the level of the units counted
   * @param status the status, e.g. {@code development village}
   * @return the measure
   */
  static Measure shareOfUnits(AdminLevel level, String status) {
    return new UnitShareMeasure(level, status);
  }

  /**
   * An indicator's value.
   *
   * @param indicatorCode the indicator's code
   */
  record IndicatorMeasure(String indicatorCode) implements Measure {
    /**
     * Validates the code.
     *
     * @param indicatorCode the code
     */
    public IndicatorMeasure {
      indicatorCode = InvalidValueException.requiredText(indicatorCode, "indicatorCode");
    }

    @Override
    public String describe() {
      return "indicator " + indicatorCode;
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  /**
   * The share of the units of a level that reach a status.
   *
   * @param level the level of the units counted (not national)
   * @param status the status reached
   */
  record UnitShareMeasure(AdminLevel level, String status) implements Measure {
    /**
     * Validates the components.
     *
     * @param level the level
     * @param status the status
     */
    public UnitShareMeasure {
      InvalidValueException.required(level, "level");
      InvalidValueException.check(
          level != AdminLevel.NATIONAL, "level", level, "must be province, district or village");
      status = InvalidValueException.requiredText(status, "status");
    }

    @Override
    public String describe() {
      return "share of " + level.nameEnglish() + " units that are " + status;
    }

    @Override
    public String toString() {
      return describe();
    }
  }
}
