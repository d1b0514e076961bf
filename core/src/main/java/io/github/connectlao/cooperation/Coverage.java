package io.github.connectlao.cooperation;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The coverage of a phase: per level, how many units it reaches and what share of the country that
 * is. A unit is reached when it is targeted or holds a targeted unit (a targeted district reaches
 * its province); a targeted province does not count its districts as reached, since sources rarely
 * say a project worked in every district.
 *
 * <p>Example: CONNECT 2022–2023 gives {@code 2022-2023: 18/18 provinces (100.0%), 0/148 districts
 * (0.0%) (target districts within the provinces are not named in the source)}.
 *
 * @param phaseName the phase
 * @param targetsNamed false when the source names no target area (all counts are then 0)
 * @param levels the coverage of provinces, districts and villages, in that order
 * @param note the phase's target-area note, which says what the counts cannot
 */
public record Coverage(String phaseName, boolean targetsNamed, List<LevelCoverage> levels, Optional<String> note) {

  /**
   * Validates the coverage.
   *
   * @param phaseName the phase
   * @param targetsNamed whether targets are named
   * @param levels per level
   * @param note the note
   */
  public Coverage {
    phaseName = InvalidValueException.requiredText(phaseName, "phaseName");
    levels = List.copyOf(InvalidValueException.required(levels, "levels"));
    note = Objects.requireNonNull(note, "note");
  }

  /**
   * The coverage at a level.
   *
   * @param level province, district or village
   * @return that level's coverage
   * @throws InvalidValueException for the national level
   */
  public LevelCoverage at(AdminLevel level) {
    return levels.stream().filter(l -> l.level() == level).findFirst()
        .orElseThrow(() -> new InvalidValueException("level", level, "is not counted in a coverage"));
  }

  @Override
  public String toString() {
    String counts = targetsNamed
        ? levels.stream().filter(l -> l.total() > 0).map(LevelCoverage::toString).collect(Collectors.joining(", "))
        : "target area not named";
    return phaseName + ": " + counts + note.map(n -> " (" + n + ")").orElse("");
  }
}
