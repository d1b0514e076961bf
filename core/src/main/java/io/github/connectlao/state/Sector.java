package io.github.connectlao.state;

import io.github.connectlao.BilingualName;
import io.github.connectlao.ConnectLaoException;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.internal.BundledCsv;
import io.github.connectlao.internal.ReferenceSources;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A sector of government, ຂະແໜງການ (home affairs, health, …): the line that runs from a ministry
 * down to its provincial departments and district offices.
 *
 * <p>Example: {@code Sector.HEALTH.nameLao()} is {@code ສາທາລະນະສຸກ}; the standard sectors are in
 * {@link StateBodies#sectors()}, and a user adds one with {@link #of(String, String, String, String,
 * String, String, Set, Source)} without any change to the code.
 *
 * @param code a short upper-case code, unique among sectors, e.g. {@code HEALTH}
 * @param name the sector's name as it appears inside body names, e.g. {@code ພາຍໃນ}, {@code Home Affairs}
 * @param ministryName the name of the sector's ministry, e.g. {@code ກະຊວງພາຍໃນ}, {@code Ministry of Home Affairs}
 * @param ministryAbbreviation the usual English abbreviation of the ministry, e.g. {@code MoHA}
 * @param localLevels the levels below the centre at which the sector has a body of its own
 *     (provincial department, district office)
 * @param source where the names and levels come from
 */
public record Sector(
    String code,
    BilingualName name,
    BilingualName ministryName,
    String ministryAbbreviation,
    Set<AdminLevel> localLevels,
    Source source) {

  /** Home affairs, ຂະແໜງການພາຍໃນ: MoHA, provincial home affairs departments, district home affairs offices. */
  public static final Sector HOME_AFFAIRS;

  /** Health, ຂະແໜງການສາທາລະນະສຸກ: MoH, provincial health departments, district health offices. */
  public static final Sector HEALTH;

  /** Foreign affairs, ຂະແໜງການຕ່າງປະເທດ; the ministry is named in the sources, its local bodies are not. */
  public static final Sector FOREIGN_AFFAIRS;

  /** Planning and investment, ຂະແໜງການແຜນການ ແລະ ການລົງທຶນ; not named in the source documents. */
  public static final Sector PLANNING;

  /** The standard sectors, read once from the bundled {@code state_sectors.csv} when this class is first used. */
  static final List<Sector> STANDARD = load();

  static {
    HOME_AFFAIRS = standard("HOME_AFFAIRS");
    HEALTH = standard("HEALTH");
    FOREIGN_AFFAIRS = standard("FOREIGN_AFFAIRS");
    PLANNING = standard("PLANNING");
  }

  private static List<Sector> load() {
    List<Sector> out = new ArrayList<>();
    for (BundledCsv.Row r : BundledCsv.read("state_sectors.csv")) {
      Set<AdminLevel> levels = EnumSet.noneOf(AdminLevel.class);
      for (String l : r.require("local_levels").split(";", -1)) {
        levels.add(AdminLevel.valueOf(l.strip()));
      }
      try {
        out.add(
            of(
                r.require("code"),
                r.require("name_lo"),
                r.require("name_en"),
                r.require("ministry_lo"),
                r.require("ministry_en"),
                r.require("ministry_abbreviation"),
                levels,
                ReferenceSources.of(r)));
      } catch (RuntimeException e) {
        throw new ConnectLaoException(r.file() + " line " + r.line() + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(out);
  }

  private static Sector standard(String code) {
    return STANDARD.stream()
        .filter(s -> s.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new ConnectLaoException("state_sectors.csv: no sector " + code));
  }

  /**
   * Validates the sector: a code of upper-case letters, digits and underscores; names present;
   * local levels only province and district.
   *
   * @param code the code
   * @param name the sector's names
   * @param ministryName the ministry's names
   * @param ministryAbbreviation the ministry's abbreviation
   * @param localLevels the local levels
   * @param source the provenance
   */
  public Sector {
    code = InvalidValueException.requiredText(code, "code");
    InvalidValueException.check(
        code.matches("[A-Z][A-Z0-9_]{0,39}"),
        "code",
        code,
        "must be 1 to 40 upper-case letters, digits or underscores");
    InvalidValueException.required(name, "name");
    InvalidValueException.required(ministryName, "ministryName");
    ministryAbbreviation =
        InvalidValueException.requiredText(ministryAbbreviation, "ministryAbbreviation");
    InvalidValueException.required(localLevels, "localLevels");
    for (AdminLevel level : localLevels) {
      InvalidValueException.check(
          level == AdminLevel.PROVINCE || level == AdminLevel.DISTRICT,
          "localLevels",
          level,
          "may hold only province and district");
    }
    localLevels = localLevels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(localLevels));
    InvalidValueException.required(source, "source");
  }

  /**
   * A sector a user adds.
   *
   * @param code the code, e.g. {@code EDUCATION}
   * @param nameLao the Lao name inside body names
   * @param nameEnglish the English name inside body names
   * @param ministryNameLao the ministry's Lao name
   * @param ministryNameEnglish the ministry's English name
   * @param ministryAbbreviation the ministry's abbreviation
   * @param localLevels the local levels with a body of the sector
   * @param source where the names come from
   * @return the sector
   */
  public static Sector of(
      String code,
      String nameLao,
      String nameEnglish,
      String ministryNameLao,
      String ministryNameEnglish,
      String ministryAbbreviation,
      Set<AdminLevel> localLevels,
      Source source) {
    return new Sector(
        code,
        BilingualName.of(nameLao, nameEnglish),
        BilingualName.of(ministryNameLao, ministryNameEnglish),
        ministryAbbreviation,
        localLevels,
        source);
  }

  /**
   * Whether the sector has a body of its own at a level (always at the centre).
   *
   * @param level the level
   * @return true at the national level and at the sector's local levels
   */
  public boolean hasBodyAt(AdminLevel level) {
    return level == AdminLevel.NATIONAL || localLevels.contains(level);
  }

  /** @return the Lao name, {@code name().lao()} */
  public String nameLao() {
    return name.lao();
  }

  /** @return the English name, {@code name().english()} */
  public String nameEnglish() {
    return name.english();
  }

  /** @return the Lao name, {@code ministryName().lao()} */
  public String ministryNameLao() {
    return ministryName.lao();
  }

  /** @return the English name, {@code ministryName().english()} */
  public String ministryNameEnglish() {
    return ministryName.english();
  }

  @Override
  public String toString() {
    return code + " " + name.english() + " (" + name.lao() + ")";
  }
}
