package io.github.connectlao;

/**
 * A name in Lao and in English, as the sources give it: the Lao form is authoritative, the English
 * one a translation unless the source gives it.
 *
 * <p>Example: {@code BilingualName.of("ເມືອງ", "district")} prints {@code district (ເມືອງ)}.
 *
 * @param lao the Lao name, as written
 * @param english the English name
 */
public record BilingualName(String lao, String english) {

  /**
   * Validates the name: both forms present and not blank (surrounding white space is removed).
   *
   * @param lao the Lao name
   * @param english the English name
   */
  public BilingualName {
    lao = InvalidValueException.requiredText(lao, "nameLao");
    english = InvalidValueException.requiredText(english, "nameEnglish");
  }

  /**
   * A name.
   *
   * @param lao the Lao name
   * @param english the English name
   * @return the name
   */
  public static BilingualName of(String lao, String english) {
    return new BilingualName(lao, english);
  }

  /**
   * The form for a language.
   *
   * @param language {@link Language#LAO} or {@link Language#ENGLISH}
   * @return that form
   */
  public String in(Language language) {
    return InvalidValueException.required(language, "language") == Language.LAO ? lao : english;
  }

  /** The two languages of a bilingual name. */
  public enum Language {
    /** Lao, ພາສາລາວ. */
    LAO,
    /** English. */
    ENGLISH
  }

  /** @return {@code english (lao)} */
  @Override
  public String toString() {
    return english + " (" + lao + ")";
  }
}
