package io.github.connectlao.cooperation;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import java.util.Objects;

/**
 * A field of cooperation, ຂົງເຂດການຮ່ວມມື, such as primary health care or birth registration.
 *
 * <p>Example: {@code LaoCooperation.defaults().area("PRIMARY_HEALTH_CARE")} is {@code
 * PRIMARY_HEALTH_CARE primary health care (ການຮັກສາສຸຂະພາບຂັ້ນຕົ້ນ)}; a user adds an area with {@link
 * #of(String, String, String, Source)} and {@link CooperationCatalogue#withArea(CooperationArea)}.
 *
 * @param code a short upper-case code, unique in a catalogue
 * @param nameLao the Lao name, as the source writes it
 * @param nameEnglish the English name
 * @param source where the area is named
 */
public record CooperationArea(String code, String nameLao, String nameEnglish, Source source) {

  /**
   * Validates the area.
   *
   * @param code the code
   * @param nameLao the Lao name
   * @param nameEnglish the English name
   * @param source provenance
   */
  public CooperationArea {
    code = InvalidValueException.requiredText(code, "code");
    InvalidValueException.check(code.matches("[A-Z][A-Z0-9_]{0,39}"), "code", code,
        "must be 1 to 40 upper-case letters, digits or underscores");
    nameLao = InvalidValueException.requiredText(nameLao, "nameLao");
    nameEnglish = InvalidValueException.requiredText(nameEnglish, "nameEnglish");
    Objects.requireNonNull(source, "source");
  }

  /**
   * An area.
   *
   * @param code the code
   * @param nameLao the Lao name
   * @param nameEnglish the English name
   * @param source provenance
   * @return the area
   */
  public static CooperationArea of(String code, String nameLao, String nameEnglish, Source source) {
    return new CooperationArea(code, nameLao, nameEnglish, source);
  }

  @Override
  public String toString() {
    return code + " " + nameEnglish + " (" + nameLao + ")";
  }
}
