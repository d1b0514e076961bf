package io.github.connectlao.crvs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.lao.LaoText;
import java.util.Locale;

/**
 * The sex of a child as recorded at registration.
 *
 * <p>Example: {@code Sex.parse("F")}, {@code Sex.parse("female")} and {@code Sex.parse("ຍິງ")} are
 * all {@link #FEMALE}.
 */
public enum Sex {
  /** Male, ຊາຍ. */
  MALE("ຊາຍ"),
  /** Female, ຍິງ. */
  FEMALE("ຍິງ"),
  /** Not recorded or not determined. */
  UNKNOWN("ບໍ່ຮູ້");

  private final String nameLao;

  Sex(String nameLao) {
    this.nameLao = nameLao;
  }

  /** @return the Lao word */
  public String nameLao() {
    return nameLao;
  }

  /**
   * Reads a sex from {@code M}/{@code F}/{@code U}, {@code male}/{@code female}/{@code unknown},
   * {@code 1}/{@code 2} (the census convention) or the Lao words.
   *
   * @param text the text
   * @return the sex
   * @throws InvalidValueException naming the value when it is none of these
   */
  public static Sex parse(String text) {
    String s = text == null ? "" : LaoText.normalise(text).toLowerCase(Locale.ROOT);
    switch (s) {
      case "m":
      case "male":
      case "1":
      case "boy":
        return MALE;
      case "f":
      case "female":
      case "2":
      case "girl":
        return FEMALE;
      case "u":
      case "unknown":
      case "9":
      case "x":
        return UNKNOWN;
      default:
        for (Sex sex : values()) {
          if (LaoText.normalise(sex.nameLao).equals(s)) {
            return sex;
          }
        }
        throw new InvalidValueException(
            "sex", text, "is not a sex value (M, F, U, male, female, unknown, ຊາຍ, ຍິງ)");
    }
  }
}
