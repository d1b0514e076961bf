package io.github.connectlao.state;

import io.github.connectlao.BilingualName;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.lao.LaoText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A kind of state body, by level: what the 2019 consultation on the state's organisational
 * structure (MoHA news of 30 August 2019) calls the layers of ministries, provinces and districts.
 *
 * <p>Example: {@code BodyKind.DISTRICT_OFFICE.nameLao()} is {@code ຫ້ອງການ}; {@code
 * BodyKind.DISTRICT_OFFICE.maySitUnder(BodyKind.PROVINCIAL_DEPARTMENT)} is true. The rules:
 * <ul>
 *   <li>centre: ministry (ກະຊວງ) or central organisation (ອົງການຂັ້ນສູນກາງ) at the top; under it
 *       departments (ກົມ) and department-level bodies (cabinet office, institute, centre); under a
 *       department divisions (ພະແນກ), sections (ຂະແໜງ) and units (ໜ່ວຍງານ);
 *   <li>province: the governor's office (ຫ້ອງວ່າການແຂວງ) at the top; provincial departments (ພະແນກ …
 *       ແຂວງ) under their sector's ministry; under a provincial department units and desks (ຈຸງານ);
 *   <li>district: the district governor's office (ຫ້ອງວ່າການເມືອງ) under the provincial governor's
 *       office or at the top; district offices (ຫ້ອງການ … ເມືອງ) under their province's department
 *       of the same sector; under a district office desks.
 * </ul>
 */
public enum BodyKind {
  /** A ministry, ກະຊວງ. */
  MINISTRY("ກະຊວງ", "ministry", EnumSet.of(AdminLevel.NATIONAL)),
  /** A central organisation equivalent to a ministry, ອົງການຂັ້ນສູນກາງ. */
  CENTRAL_ORGANISATION("ອົງການຂັ້ນສູນກາງ", "central organisation", EnumSet.of(AdminLevel.NATIONAL)),
  /** A department of a ministry, ກົມ. */
  DEPARTMENT("ກົມ", "department", EnumSet.of(AdminLevel.NATIONAL)),
  /** A ministry's cabinet office, ຫ້ອງການກະຊວງ (department level). */
  CABINET_OFFICE("ຫ້ອງການກະຊວງ", "cabinet office", EnumSet.of(AdminLevel.NATIONAL)),
  /** An institute of a ministry, ສະຖາບັນ (department level). */
  INSTITUTE("ສະຖາບັນ", "institute", EnumSet.of(AdminLevel.NATIONAL)),
  /** A centre of a ministry, ສູນ (department level). */
  CENTRE("ສູນ", "centre", EnumSet.of(AdminLevel.NATIONAL)),
  /** A division inside a department, ພະແນກ. */
  DIVISION("ພະແນກ", "division", EnumSet.of(AdminLevel.NATIONAL)),
  /** A section, ຂະແໜງ. */
  SECTION("ຂະແໜງ", "section", EnumSet.of(AdminLevel.NATIONAL)),
  /** A unit, ໜ່ວຍງານ, inside a department or a provincial department. */
  UNIT("ໜ່ວຍງານ", "unit", EnumSet.of(AdminLevel.NATIONAL, AdminLevel.PROVINCE)),
  /** The provincial governor's office, ຫ້ອງວ່າການແຂວງ (the mayor's office in the Capital). */
  PROVINCIAL_GOVERNOR_OFFICE(
      "ຫ້ອງວ່າການແຂວງ", "provincial governor's office", EnumSet.of(AdminLevel.PROVINCE)),
  /** A provincial department of a sector, ພະແນກ … ແຂວງ. */
  PROVINCIAL_DEPARTMENT("ພະແນກ", "provincial department", EnumSet.of(AdminLevel.PROVINCE)),
  /** The district governor's office, ຫ້ອງວ່າການເມືອງ. */
  DISTRICT_GOVERNOR_OFFICE(
      "ຫ້ອງວ່າການເມືອງ", "district governor's office", EnumSet.of(AdminLevel.DISTRICT)),
  /** A district office of a sector, ຫ້ອງການ … ເມືອງ. */
  DISTRICT_OFFICE("ຫ້ອງການ", "district office", EnumSet.of(AdminLevel.DISTRICT)),
  /** A desk, ຈຸງານ, the smallest work unit, inside a provincial department or a district office. */
  DESK("ຈຸງານ", "desk", EnumSet.of(AdminLevel.PROVINCE, AdminLevel.DISTRICT));

  private final BilingualName bilingualName;

  @SuppressWarnings("ImmutableEnumChecker") // Set.copyOf: unmodifiable
  private final Set<AdminLevel> levels;

  BodyKind(String nameLao, String nameEnglish, Set<AdminLevel> levels) {
    this.bilingualName = BilingualName.of(nameLao, nameEnglish);
    this.levels = Set.copyOf(levels);
  }

  /** @return the Lao and English names */
  public BilingualName displayName() {
    return bilingualName;
  }

  /** @return the Lao name, {@code displayName().lao()} */
  public String nameLao() {
    return bilingualName.lao();
  }

  /** @return the English name, {@code displayName().english()} */
  public String nameEnglish() {
    return bilingualName.english();
  }

  /** @return the administrative levels at which a body of this kind may exist */
  public Set<AdminLevel> levels() {
    return levels;
  }

  /** @return true for the kinds that count as a department (ກົມກອງ) of a ministry */
  public boolean isDepartmentLevel() {
    return this == DEPARTMENT || this == CABINET_OFFICE || this == INSTITUTE || this == CENTRE;
  }

  /** @return true when a body of this kind may have no parent */
  public boolean mayBeTopLevel() {
    return this == MINISTRY
        || this == CENTRAL_ORGANISATION
        || this == PROVINCIAL_GOVERNOR_OFFICE
        || this == DISTRICT_GOVERNOR_OFFICE;
  }

  /** @return true when a body of this kind carries a sector (governor's offices and central organisations need not) */
  public boolean requiresSector() {
    return this == PROVINCIAL_DEPARTMENT || this == DISTRICT_OFFICE || this == MINISTRY;
  }

  /**
   * Whether a body of this kind may sit directly under a body of another kind.
   *
   * @param parent the parent's kind
   * @return true when the rules allow it
   */
  public boolean maySitUnder(BodyKind parent) {
    switch (this) {
      case DEPARTMENT:
      case CABINET_OFFICE:
      case INSTITUTE:
      case CENTRE:
        return parent == MINISTRY || parent == CENTRAL_ORGANISATION;
      case DIVISION:
        return parent.isDepartmentLevel();
      case SECTION:
        return parent.isDepartmentLevel() || parent == DIVISION;
      case UNIT:
        return parent.isDepartmentLevel()
            || parent == DIVISION
            || parent == SECTION
            || parent == PROVINCIAL_DEPARTMENT;
      case PROVINCIAL_DEPARTMENT:
        return parent == MINISTRY;
      case DISTRICT_GOVERNOR_OFFICE:
        return parent == PROVINCIAL_GOVERNOR_OFFICE;
      case DISTRICT_OFFICE:
        return parent == PROVINCIAL_DEPARTMENT;
      case DESK:
        return parent == PROVINCIAL_DEPARTMENT || parent == UNIT || parent == DISTRICT_OFFICE;
      default:
        return false;
    }
  }

  /**
   * Reads a kind from its enum name, English name or Lao name.
   *
   * @param text e.g. {@code DISTRICT_OFFICE}, {@code district office} or {@code ຈຸງານ}
   * @return the kind
   * @throws InvalidValueException naming the text when it is no kind, or when it is a Lao name that
   *     several kinds share (ພະແນກ: a division and a provincial department)
   */
  public static BodyKind parse(String text) {
    String s = text == null ? "" : text.strip();
    for (BodyKind kind : values()) {
      if (kind.name().equalsIgnoreCase(s.replace(' ', '_'))
          || kind.bilingualName.english().equalsIgnoreCase(s)) {
        return kind;
      }
    }
    List<BodyKind> lao = new ArrayList<>();
    for (BodyKind kind : values()) {
      if (LaoText.normalise(kind.bilingualName.lao()).equals(LaoText.normalise(s))) {
        lao.add(kind);
      }
    }
    if (lao.size() == 1) {
      return lao.get(0);
    }
    if (lao.size() > 1) {
      // ພະແນກ is a division inside a ministry's department and a provincial department: no guess
      throw new InvalidValueException(
          "kind",
          s,
          "names "
              + lao.size()
              + " kinds ("
              + String.join(", ", lao.stream().map(k -> k.bilingualName.english()).toList())
              + "): write the English or enum name");
    }
    throw new InvalidValueException(
        "kind",
        s,
        "is not a kind of state body ("
            + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT)
            + ")");
  }
}
