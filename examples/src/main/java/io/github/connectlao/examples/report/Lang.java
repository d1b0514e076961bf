package io.github.connectlao.examples.report;

import io.github.connectlao.admin.AdminUnit;
import java.util.Locale;

/** The language of the report's names and labels: Lao, English, or both side by side. */
public enum Lang {
  /** Lao names only (ພາສາລາວ). */
  LO,
  /** English names only. */
  EN,
  /** English and Lao side by side (the default). */
  BOTH;

  /**
   * Parses {@code lo}, {@code en} or {@code both} (any case).
   *
   * @param text the option value
   * @return the language
   * @throws UsageException when the value is none of those
   */
  public static Lang parse(String text) {
    try {
      return valueOf(String.valueOf(text).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--lang must be lo, en or both, not '" + text + "'");
    }
  }

  /**
   * Picks the text for this language.
   *
   * @param english the English text
   * @param lao the Lao text
   * @return English, Lao or "English Lao"
   */
  public String pick(String english, String lao) {
    if (lao == null || lao.isBlank()) {
      return english;
    }
    if (english == null || english.isBlank()) {
      return lao;
    }
    return switch (this) {
      case LO -> lao;
      case EN -> english;
      case BOTH -> english + " " + lao;
    };
  }

  /**
   * The name of a unit in this language, falling back to the other language when one is missing.
   *
   * @param unit the unit
   * @return its name
   */
  public String name(AdminUnit unit) {
    return pick(unit.nameEnglish(), unit.nameLao());
  }
}
