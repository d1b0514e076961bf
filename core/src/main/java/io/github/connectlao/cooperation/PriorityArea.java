package io.github.connectlao.cooperation;

import io.github.connectlao.InvalidValueException;

/**
 * A priority area of a cooperation framework, ຂົງເຂດບູລິມະສິດ.
 *
 * <p>Example: {@code 11 Local administration capacity building and cooperation}.
 *
 * @param number its position in the framework's list, from 1
 * @param nameLao the Lao name as the source writes it
 * @param nameEnglish the English name, spelling corrected
 * @param nameAsWritten the English name exactly as the source writes it (typos kept)
 */
public record PriorityArea(int number, String nameLao, String nameEnglish, String nameAsWritten) {

  /**
   * Validates the area.
   *
   * @param number the number
   * @param nameLao the Lao name
   * @param nameEnglish the English name
   * @param nameAsWritten the English name as written
   */
  public PriorityArea {
    InvalidValueException.check(number >= 1, "number", number, "must be at least 1");
    nameLao = InvalidValueException.requiredText(nameLao, "nameLao");
    nameEnglish = InvalidValueException.requiredText(nameEnglish, "nameEnglish");
    nameAsWritten = InvalidValueException.requiredText(nameAsWritten, "nameAsWritten");
  }

  @Override
  public String toString() {
    return number + " " + nameEnglish;
  }
}
