package io.github.connectlao.cooperation;

import io.github.connectlao.BilingualName;
import io.github.connectlao.InvalidValueException;

/**
 * An activity of a cooperation framework, ກິດຈະກໍາ, with the member that proposed it.
 *
 * <p>Example: {@code Digitalised Public Service Delivery (proposed by Lao PDR)}.
 *
 * @param proposer the member that proposed it, e.g. {@code Lao PDR}
 * @param name the Lao and English names
 * @param nameAsWritten the English name exactly as the source writes it
 */
public record FrameworkActivity(String proposer, BilingualName name, String nameAsWritten) {

  /**
   * Validates the activity.
   *
   * @param proposer the proposer
   * @param name the Lao and English names
   * @param nameAsWritten the English name as written
   */
  public FrameworkActivity {
    proposer = InvalidValueException.requiredText(proposer, "proposer");
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
    return name.english() + " (proposed by " + proposer + ")";
  }
}
