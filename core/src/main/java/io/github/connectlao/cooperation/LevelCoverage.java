package io.github.connectlao.cooperation;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How many units of one level a phase planned to work in and how many it is reported to have
 * reached, out of all units of that level in the gazetteer; each figure may be unknown, with the
 * reason.
 *
 * <p>Example: CONNECT 2022–2023 at province level prints {@code planned 18/18 provinces (100.0%),
 * reached 9/18 provinces (50.0%)}; at district level {@code planned districts unknown, reached
 * districts unknown}.
 *
 * @param level the level
 * @param total the units of the level in the gazetteer; empty when the gazetteer holds none of them
 * @param planned the units targeted, or holding a targeted unit
 * @param reached the units a published count says were reached
 */
public record LevelCoverage(
    AdminLevel level, Optional<Integer> total, UnitCount planned, UnitCount reached) {

  /**
   * Validates the counts: none above the total when both are known.
   *
   * @param level the level
   * @param total all units
   * @param planned the units planned
   * @param reached the units reached
   */
  public LevelCoverage {
    InvalidValueException.required(level, "level");
    InvalidValueException.required(total, "total");
    total.ifPresent(
        t ->
            InvalidValueException.check(
                t > 0, "total", t, "must be positive; leave it empty when unknown"));
    InvalidValueException.required(planned, "planned");
    InvalidValueException.required(reached, "reached");
    for (UnitCount c : new UnitCount[] {planned, reached}) {
      if (c.count().isPresent() && total.isPresent()) {
        InvalidValueException.check(
            c.count().get() <= total.get(),
            "count",
            c.count().get(),
            "exceeds the " + total.get() + " " + level.nameEnglish() + "s of the gazetteer");
      }
    }
  }

  /** @return planned / total in [0, 1]; empty when either is unknown */
  public OptionalDouble plannedShare() {
    return share(planned);
  }

  /** @return reached / total in [0, 1]; empty when either is unknown */
  public OptionalDouble reachedShare() {
    return share(reached);
  }

  private OptionalDouble share(UnitCount c) {
    return c.count().isPresent() && total.isPresent()
        ? OptionalDouble.of((double) c.count().get() / total.get())
        : OptionalDouble.empty();
  }

  /**
   * A figure as text: {@code 18/18 provinces (100.0%)}, {@code 185 villages} (total unknown) or
   * {@code districts unknown}.
   *
   * @param c the planned or the reached count
   * @return the text
   */
  public String format(UnitCount c) {
    String units = level.nameEnglish() + "s";
    if (c.count().isEmpty()) {
      return units + " unknown";
    }
    if (total.isEmpty()) {
      return c.count().get() + " " + units;
    }
    return c.count().get()
        + "/"
        + total.get()
        + " "
        + units
        + String.format(Locale.ROOT, " (%.1f%%)", 100 * share(c).getAsDouble());
  }

  @Override
  public String toString() {
    return "planned " + format(planned) + ", reached " + format(reached);
  }
}
