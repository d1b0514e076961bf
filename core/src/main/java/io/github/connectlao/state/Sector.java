package io.github.connectlao.state;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import java.util.EnumSet;
import java.util.Objects;
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
 * @param nameLao the sector's Lao name as it appears inside body names, e.g. {@code ພາຍໃນ}
 * @param nameEnglish the English name as it appears inside body names, e.g. {@code Home Affairs}
 * @param ministryNameLao the Lao name of the sector's ministry, e.g. {@code ກະຊວງພາຍໃນ}
 * @param ministryNameEnglish the English name of the ministry
 * @param ministryAbbreviation the usual English abbreviation of the ministry, e.g. {@code MoHA}
 * @param localLevels the levels below the centre at which the sector has a body of its own
 *     (provincial department, district office)
 * @param source where the names and levels come from
 */
public record Sector(
    String code,
    String nameLao,
    String nameEnglish,
    String ministryNameLao,
    String ministryNameEnglish,
    String ministryAbbreviation,
    Set<AdminLevel> localLevels,
    Source source) {

  /** Home affairs, ຂະແໜງການພາຍໃນ: MoHA, provincial home affairs departments, district home affairs offices. */
  public static final Sector HOME_AFFAIRS = new Sector("HOME_AFFAIRS", "ພາຍໃນ", "Home Affairs",
      "ກະຊວງພາຍໃນ", "Ministry of Home Affairs", "MoHA",
      EnumSet.of(AdminLevel.PROVINCE, AdminLevel.DISTRICT), SourceDocs.seed000());
  /** Health, ຂະແໜງການສາທາລະນະສຸກ: MoH, provincial health departments, district health offices. */
  public static final Sector HEALTH = new Sector("HEALTH", "ສາທາລະນະສຸກ", "Health",
      "ກະຊວງສາທາລະນະສຸກ", "Ministry of Health", "MoH",
      EnumSet.of(AdminLevel.PROVINCE, AdminLevel.DISTRICT), SourceDocs.seed000());
  /** Foreign affairs, ຂະແໜງການຕ່າງປະເທດ; the ministry is named in seed 002, its local bodies are not. */
  public static final Sector FOREIGN_AFFAIRS = new Sector("FOREIGN_AFFAIRS", "ການຕ່າງປະເທດ",
      "Foreign Affairs", "ກະຊວງການຕ່າງປະເທດ", "Ministry of Foreign Affairs", "MoFA",
      EnumSet.of(AdminLevel.PROVINCE), SourceDocs.seed002("ministry as named in the seed; "
          + "provincial foreign affairs departments are not in the source documents"));
  /** Planning and investment, ຂະແໜງການແຜນການ ແລະ ການລົງທຶນ; not named in the source documents. */
  public static final Sector PLANNING = new Sector("PLANNING", "ແຜນການ ແລະ ການລົງທຶນ",
      "Planning and Investment", "ກະຊວງແຜນການ ແລະ ການລົງທຶນ", "Ministry of Planning and Investment",
      "MPI", EnumSet.of(AdminLevel.PROVINCE, AdminLevel.DISTRICT), SourceDocs.notInSources(
          "the ministry's usual Lao and English names; not in the source documents or reference data"));

  /**
   * Validates the sector: a code of upper-case letters, digits and underscores; names present;
   * local levels only province and district.
   *
   * @param code the code
   * @param nameLao the Lao name
   * @param nameEnglish the English name
   * @param ministryNameLao the ministry's Lao name
   * @param ministryNameEnglish the ministry's English name
   * @param ministryAbbreviation the ministry's abbreviation
   * @param localLevels the local levels
   * @param source the provenance
   */
  public Sector {
    code = InvalidValueException.requiredText(code, "code");
    InvalidValueException.check(code.matches("[A-Z][A-Z0-9_]{0,39}"), "code", code,
        "must be 1 to 40 upper-case letters, digits or underscores");
    nameLao = InvalidValueException.requiredText(nameLao, "nameLao");
    nameEnglish = InvalidValueException.requiredText(nameEnglish, "nameEnglish");
    ministryNameLao = InvalidValueException.requiredText(ministryNameLao, "ministryNameLao");
    ministryNameEnglish = InvalidValueException.requiredText(ministryNameEnglish, "ministryNameEnglish");
    ministryAbbreviation = InvalidValueException.requiredText(ministryAbbreviation, "ministryAbbreviation");
    InvalidValueException.required(localLevels, "localLevels");
    for (AdminLevel level : localLevels) {
      InvalidValueException.check(level == AdminLevel.PROVINCE || level == AdminLevel.DISTRICT,
          "localLevels", level, "may hold only province and district");
    }
    localLevels = localLevels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(localLevels));
    Objects.requireNonNull(source, "source");
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
  public static Sector of(String code, String nameLao, String nameEnglish, String ministryNameLao,
      String ministryNameEnglish, String ministryAbbreviation, Set<AdminLevel> localLevels, Source source) {
    return new Sector(code, nameLao, nameEnglish, ministryNameLao, ministryNameEnglish,
        ministryAbbreviation, localLevels, source);
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

  @Override
  public String toString() {
    return code + " " + nameEnglish + " (" + nameLao + ")";
  }
}
