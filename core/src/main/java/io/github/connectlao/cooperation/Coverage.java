package io.github.connectlao.cooperation;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The coverage of a phase: per level (province, district, village), the units it planned to work
 * in and the units a published count says it reached, each known or unknown with the reason; never
 * a 0 for "not said".
 *
 * <p>A unit is planned when it is targeted or holds a targeted unit (a targeted district plans its
 * province). When a phase targets units above a level without naming which units of that level (a
 * province "in some target districts"), the planned count at that level is unknown. Reached counts
 * come from the programme's latest {@link Reach} dated within the phase.
 *
 * <p>Example: CONNECT 2022–2023 prints {@code 2022-2023: planned 18/18 provinces (100.0%), districts
 * unknown; reached 9/18 provinces (50.0%), districts unknown, 185 villages}.
 *
 * @param phaseName the phase
 * @param levels the coverage of provinces, districts and villages, in that order
 * @param note the phase's target-area note, which says what the counts cannot
 * @param reach the published count the reached figures come from, if any
 */
public record Coverage(
    String phaseName, List<LevelCoverage> levels, Optional<String> note, Optional<Reach> reach) {

  /**
   * Validates the coverage.
   *
   * @param phaseName the phase
   * @param levels per level
   * @param note the note
   * @param reach the reach
   */
  public Coverage {
    phaseName = InvalidValueException.requiredText(phaseName, "phaseName");
    levels = List.copyOf(InvalidValueException.required(levels, "levels"));
    InvalidValueException.required(note, "note");
    InvalidValueException.required(reach, "reach");
  }

  /**
   * The coverage at a level.
   *
   * @param level province, district or village
   * @return that level's coverage
   * @throws InvalidValueException for the national level
   */
  public LevelCoverage at(AdminLevel level) {
    return levels.stream()
        .filter(l -> l.level() == level)
        .findFirst()
        .orElseThrow(
            () -> new InvalidValueException("level", level, "is not counted in a coverage"));
  }

  @Override
  public String toString() {
    return phaseName + ": planned " + figures(true) + "; reached " + figures(false);
  }

  /** Known figures, and unknown ones for levels the gazetteer holds; villages are skipped when nothing is known. */
  private String figures(boolean planned) {
    String s =
        levels.stream()
            .filter(l -> (planned ? l.planned() : l.reached()).isKnown() || l.total().isPresent())
            .map(l -> l.format(planned ? l.planned() : l.reached()))
            .collect(Collectors.joining(", "));
    return s.isEmpty() ? "unknown" : s;
  }
}
