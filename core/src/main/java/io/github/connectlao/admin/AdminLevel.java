package io.github.connectlao.admin;

import io.github.connectlao.BilingualName;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.lao.LaoText;
import java.util.Locale;

/**
 * A level of the Lao administration, from the nation down to the village.
 *
 * <p>Example: {@code AdminLevel.DISTRICT.nameLao()} is {@code ເມືອງ}.
 */
public enum AdminLevel {
  /** The nation, ສປປ ລາວ. */
  NATIONAL("ສປປ ລາວ", "national"),
  /** A province, ແຂວງ, or Vientiane Capital, ນະຄອນຫຼວງ (province-level). */
  PROVINCE("ແຂວງ", "province"),
  /** A district, ເມືອງ (muang), including city districts, ນະຄອນ. */
  DISTRICT("ເມືອງ", "district"),
  /** A village, ບ້ານ (ban). */
  VILLAGE("ບ້ານ", "village");

  private final BilingualName bilingualName;

  AdminLevel(String nameLao, String nameEnglish) {
    this.bilingualName = BilingualName.of(nameLao, nameEnglish);
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

  /** @return 0 for the nation, 1 for provinces, 2 for districts, 3 for villages */
  public int depth() {
    return ordinal();
  }

  /**
   * The level just above this one.
   *
   * @return the parent level
   * @throws IllegalStateException for {@link #NATIONAL}, which has none
   */
  public AdminLevel parentLevel() {
    if (this == NATIONAL) {
      throw new IllegalStateException("the national level has no parent level");
    }
    return values()[ordinal() - 1];
  }

  /**
   * Reads a level from its English name, its enum name or its Lao name; the province level also
   * from {@code prov}, {@code prov.}, {@code provincial}, {@code province-level},
   * {@code provincial-level} and the Lao name of the capital, ນະຄອນຫຼວງ (a province-level unit).
   * Nothing else is guessed: {@code proverb} is refused.
   *
   * @param text e.g. {@code district}, {@code DISTRICT} or {@code ເມືອງ}
   * @return the level
   * @throws InvalidValueException naming the text when it is no level
   */
  private static final java.util.Set<String> PROVINCE_ALIASES =
      java.util.Set.of("prov", "prov.", "provincial", "province-level", "provincial-level");

  public static AdminLevel parse(String text) {
    String s = text == null ? "" : text.strip();
    for (AdminLevel level : values()) {
      if (level.name().equalsIgnoreCase(s)
          || level.bilingualName.english().equalsIgnoreCase(s)
          || LaoText.normalise(level.bilingualName.lao()).equals(LaoText.normalise(s))) {
        return level;
      }
    }
    if (PROVINCE_ALIASES.contains(s.toLowerCase(Locale.ROOT))
        || LaoText.normalise(s).equals(LaoText.normalise("ນະຄອນຫຼວງ"))) {
      return PROVINCE;
    }
    throw new InvalidValueException(
        "level", s, "is not an administrative level (national, province, district, village)");
  }
}
