package io.github.connectlao.targets;

import io.github.connectlao.BilingualName;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;

/**
 * The Sam Sang (ສາມສ້າງ, "Three Builds") status a unit of each level can reach: a strategic province,
 * a comprehensively strong district, a development village.
 */
public enum SamSangStatus {
  /** A province built as a strategic unit (ແຂວງເປັນຫົວໜ່ວຍຍຸດທະສາດ). */
  STRATEGIC_PROVINCE(AdminLevel.PROVINCE, "strategic province", "ແຂວງເປັນຫົວໜ່ວຍຍຸດທະສາດ"),
  /** A district built as a comprehensively strong unit (ເມືອງເປັນຫົວໜ່ວຍເຂັ້ມແຂງຮອບດ້ານ). */
  COMPREHENSIVELY_STRONG_DISTRICT(
      AdminLevel.DISTRICT, "comprehensively strong district", "ເມືອງເປັນຫົວໜ່ວຍເຂັ້ມແຂງຮອບດ້ານ"),
  /** A village built as a development unit (ບ້ານເປັນຫົວໜ່ວຍພັດທະນາ). */
  DEVELOPMENT_VILLAGE(AdminLevel.VILLAGE, "development village", "ບ້ານເປັນຫົວໜ່ວຍພັດທະນາ");

  private final AdminLevel level;
  private final BilingualName bilingualName;

  SamSangStatus(AdminLevel level, String nameEnglish, String nameLao) {
    this.level = level;
    this.bilingualName = BilingualName.of(nameLao, nameEnglish);
  }

  /** @return the level of the units that can reach this status */
  public AdminLevel level() {
    return level;
  }

  /** @return the English name, {@code displayName().english()} */
  public String nameEnglish() {
    return bilingualName.english();
  }

  /** @return the Lao and English names */
  public BilingualName displayName() {
    return bilingualName;
  }

  /** @return the Lao name, {@code displayName().lao()} */
  public String nameLao() {
    return bilingualName.lao();
  }

  /**
   * The status of a level.
   *
   * @param level province, district or village
   * @return the status
   * @throws InvalidValueException for the national level
   */
  public static SamSangStatus forLevel(AdminLevel level) {
    for (SamSangStatus s : values()) {
      if (s.level == level) {
        return s;
      }
    }
    throw new InvalidValueException(
        "level", level, "has no Sam Sang status (province, district or village)");
  }
}
