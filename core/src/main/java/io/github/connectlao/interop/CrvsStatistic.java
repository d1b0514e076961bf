package io.github.connectlao.interop;

import java.util.Optional;

/**
 * The birth-registration statistics the interop codecs exchange, each with the item name the
 * library's indicator catalogue uses.
 *
 * <p>Example: {@link #BIRTHS_REGISTERED} with timeliness {@code CURRENT} is the data item {@code
 * births_registered_current}; {@link #COMPLETENESS} is a percentage.
 */
public enum CrvsStatistic {
  /** Registered births (a count); may be split by timeliness: current, late, delayed. */
  BIRTHS_REGISTERED("births_registered", false, true),
  /** Known births not (yet) registered (a count). */
  BIRTHS_NOT_REGISTERED("births_not_registered", false, false),
  /** Estimated births: crude birth rate × population / 1000, prorated by days (completeness's denominator). */
  BIRTHS_ESTIMATED("births_estimated", false, false),
  /** Completeness of birth registration, per cent (registered / estimated births × 100). */
  COMPLETENESS("completeness", true, false),
  /** Registered living children under 5 (a count; SDG 16.9.1's numerator). */
  CHILDREN_U5_REGISTERED("children_u5_registered", false, false),
  /** Population under 5 (SDG 16.9.1's denominator). */
  POPULATION_U5("population_u5", false, false),
  /** Children under 5 whose births are registered, per cent (SDG 16.9.1). */
  COVERAGE_U5("coverage_u5", true, false),
  /** Children under 18 whose births are registered, per cent. */
  COVERAGE_U18("coverage_u18", true, false);

  private final String code;
  private final boolean percent;
  private final boolean byTimeliness;

  CrvsStatistic(String code, boolean percent, boolean byTimeliness) {
    this.code = code;
    this.percent = percent;
    this.byTimeliness = byTimeliness;
  }

  /** @return the code used in mapping files and as the indicator catalogue's data item, e.g. {@code births_registered} */
  public String code() {
    return code;
  }

  /** @return true for a percentage, false for a count or an estimate */
  public boolean isPercent() {
    return percent;
  }

  /** @return true when the statistic may be split by timeliness */
  public boolean isByTimeliness() {
    return byTimeliness;
  }

  /**
   * The statistic of a code.
   *
   * @param code e.g. {@code completeness} (case-insensitive)
   * @return the statistic, empty when there is none
   */
  public static Optional<CrvsStatistic> ofCode(String code) {
    for (CrvsStatistic s : values()) {
      if (s.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
