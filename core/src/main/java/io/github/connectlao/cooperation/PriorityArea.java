package io.github.connectlao.cooperation;

import io.github.connectlao.BilingualName;
import io.github.connectlao.InvalidValueException;

/**
 * A priority area of a cooperation framework, ຂົງເຂດບູລິມະສິດ.
 *
 * <p>Example: {@code 11 Local administration capacity building and cooperation}.
 *
 * @param number its position in the framework's list, from 1
 * @param name the Lao and English names
 * @param nameAsWritten the English name exactly as the source writes it (typos kept)
 */
public record PriorityArea(int number, BilingualName name, String nameAsWritten) {

  /**
   * Validates the area.
   *
   * @param number the number
   * @param name the Lao and English names
   * @param nameAsWritten the English name as written
   */
  public PriorityArea {
    InvalidValueException.check(number >= 1, "number", number, "must be at least 1");
    InvalidValueException.required(name, "name");
    nameAsWritten = InvalidValueException.requiredText(nameAsWritten, "nameAsWritten");
  }

  /** @return the Lao name, {@code name().lao()} */
  public String nameLao() {
    return name.lao();
  }

  /** @return the English name, {@code name().english()} */
  public String nameEnglish() {
    return name.english();
  }

  @Override
  public String toString() {
    return number + " " + name.english();
  }
}
