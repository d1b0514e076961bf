package io.github.connectlao.cooperation;

import io.github.connectlao.InvalidValueException;

/**
 * An activity of a cooperation framework, ກິດຈະກໍາ, with the member that proposed it.
 *
 * <p>Example: {@code Digitalised Public Service Delivery (proposed by Lao PDR)}.
 *
 * @param proposer the member that proposed it, e.g. {@code Lao PDR}
 * @param nameLao the Lao name as the source writes it
 * @param nameEnglish the English name, spelling corrected
 * @param nameAsWritten the English name exactly as the source writes it
 */
public record FrameworkActivity(String proposer, String nameLao, String nameEnglish, String nameAsWritten) {

  /**
   * Validates the activity.
   *
   * @param proposer the proposer
   * @param nameLao the Lao name
   * @param nameEnglish the English name
   * @param nameAsWritten the English name as written
   */
  public FrameworkActivity {
    proposer = InvalidValueException.requiredText(proposer, "proposer");
    nameLao = InvalidValueException.requiredText(nameLao, "nameLao");
    nameEnglish = InvalidValueException.requiredText(nameEnglish, "nameEnglish");
    nameAsWritten = InvalidValueException.requiredText(nameAsWritten, "nameAsWritten");
  }

  @Override
  public String toString() {
    return nameEnglish + " (proposed by " + proposer + ")";
  }
}
