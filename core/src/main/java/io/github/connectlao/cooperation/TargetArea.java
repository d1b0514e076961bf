package io.github.connectlao.cooperation;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a phase works, ເປົ້າໝາຍ: named units of the gazetteer (provinces, districts, villages), or
 * every unit of a level ("all provinces"), or nothing named, with a note saying what the source
 * says instead. Where a source is silent the target stays unnamed: it is never guessed.
 *
 * <p>Example: {@code TargetArea.units("LA05", "LA03", "LA08", "LA16")} (the four provinces of the
 * 2020–2021 COVID-19 project); {@code TargetArea.allAt(AdminLevel.PROVINCE, "target districts not
 * named")} (CONNECT 2022–2023).
 *
 * @param unitCodes the codes of the targeted units
 * @param allAt the levels of which every unit is targeted
 * @param note what the source says about the target area beyond the named units
 */
public record TargetArea(List<String> unitCodes, Set<AdminLevel> allAt, Optional<String> note) {

  /**
   * Validates the target area: codes not blank and not repeated; no "all units" of the national
   * level (use {@code unitCodes} with the nation's code).
   *
   * @param unitCodes the units
   * @param allAt the levels
   * @param note the note
   */
  public TargetArea {
    List<String> codes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String c : InvalidValueException.required(unitCodes, "unitCodes")) {
      String code = InvalidValueException.requiredText(c, "unitCodes");
      InvalidValueException.check(seen.add(code), "unitCodes", code, "is named twice");
      codes.add(code);
    }
    unitCodes = List.copyOf(codes);
    InvalidValueException.required(allAt, "allAt");
    InvalidValueException.check(
        !allAt.contains(AdminLevel.NATIONAL),
        "allAt",
        AdminLevel.NATIONAL,
        "is not a level of several units");
    allAt = allAt.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allAt));
    note = InvalidValueException.required(note, "note").filter(n -> !n.isBlank());
  }

  /**
   * Named units.
   *
   * @param codes the units' codes
   * @return the target area
   */
  public static TargetArea units(String... codes) {
    return new TargetArea(List.of(codes), Set.of(), Optional.empty());
  }

  /**
   * Every unit of a level.
   *
   * @param level e.g. {@link AdminLevel#PROVINCE}
   * @param note what the source adds, e.g. "in some target districts only"
   * @return the target area
   */
  public static TargetArea allAt(AdminLevel level, String note) {
    return new TargetArea(
        List.of(),
        Set.of(InvalidValueException.required(level, "level")),
        Optional.of(InvalidValueException.requiredText(note, "note")));
  }

  /**
   * Every unit of a level, with nothing more said.
   *
   * @param level e.g. {@link AdminLevel#PROVINCE}
   * @return the target area
   */
  public static TargetArea allAt(AdminLevel level) {
    return new TargetArea(
        List.of(), Set.of(InvalidValueException.required(level, "level")), Optional.empty());
  }

  /**
   * No target area named.
   *
   * @param note why, or what the source says instead
   * @return the target area
   */
  public static TargetArea none(String note) {
    return new TargetArea(
        List.of(), Set.of(), Optional.of(InvalidValueException.requiredText(note, "note")));
  }

  /** @return true when the area names units or levels, false when the source names none */
  public boolean isNamed() {
    return !unitCodes.isEmpty() || !allAt.isEmpty();
  }

  /**
   * Checks every named unit against a gazetteer.
   *
   * @param gazetteer the gazetteer
   * @param where the path of this area in its container, for the message, e.g. {@code
   *     programmes[CONNECT].phases[2022-2023].targets}
   * @throws InvalidValueException naming the field and the unknown code
   */
  public void check(Gazetteer gazetteer, String where) {
    for (String code : unitCodes) {
      InvalidValueException.check(
          gazetteer.find(code).isPresent(),
          where + ".unitCodes",
          code,
          "is not in the gazetteer (" + gazetteer.description() + ")");
    }
  }

  /**
   * The targeted units: the named ones and every unit of the levels in {@link #allAt()}.
   *
   * @param gazetteer the gazetteer the codes resolve against
   * @return the units, without repeats, in gazetteer order for whole levels
   * @throws InvalidValueException when a code is not in the gazetteer
   */
  public List<AdminUnit> resolve(Gazetteer gazetteer) {
    check(gazetteer, "targets");
    Set<AdminUnit> out = new LinkedHashSet<>();
    unitCodes.forEach(c -> out.add(gazetteer.unit(c)));
    for (AdminLevel level : AdminLevel.values()) {
      if (allAt.contains(level)) {
        out.addAll(gazetteer.units(level));
      }
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>(unitCodes);
    for (AdminLevel level : AdminLevel.values()) {
      if (allAt.contains(level)) {
        parts.add("all " + level.nameEnglish() + "s");
      }
    }
    String s = parts.isEmpty() ? "not named" : String.join(", ", parts);
    return note.map(n -> s + " (" + n + ")").orElse(s);
  }
}
