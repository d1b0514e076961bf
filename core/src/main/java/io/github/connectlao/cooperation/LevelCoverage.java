package io.github.connectlao.cooperation;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How many units of one level a phase reaches, out of all units of that level in the gazetteer.
 *
 * <p>Example: {@code 4/18 provinces (22.2%)}.
 *
 * @param level the level
 * @param covered the units reached: targeted, or holding a targeted unit
 * @param total the units of the level in the gazetteer
 */
public record LevelCoverage(AdminLevel level, int covered, int total) {

  /**
   * Validates the counts: {@code 0 <= covered <= total}.
   *
   * @param level the level
   * @param covered the units reached
   * @param total all units
   */
  public LevelCoverage {
    InvalidValueException.required(level, "level");
    InvalidValueException.check(total >= 0, "total", total, "must not be negative");
    InvalidValueException.check(covered >= 0 && covered <= total, "covered", covered,
        "must lie between 0 and the total " + total);
  }

  /** @return covered / total, in [0, 1]; empty when the gazetteer has no unit of the level */
  public OptionalDouble share() {
    return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) covered / total);
  }

  @Override
  public String toString() {
    String s = covered + "/" + total + " " + level.nameEnglish() + "s";
    return share().isPresent() ? s + String.format(Locale.ROOT, " (%.1f%%)", 100 * share().getAsDouble()) : s;
  }
}
