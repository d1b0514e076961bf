package io.github.connectlao.cooperation;

import io.github.connectlao.BilingualName;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;

/**
 * A field of cooperation, ຂົງເຂດການຮ່ວມມື, such as primary health care or birth registration.
 *
 * <p>Example: {@code LaoCooperation.laoPdr().area("PRIMARY_HEALTH_CARE")} is {@code
 * PRIMARY_HEALTH_CARE primary health care (ວຽກງານຮັກສາສຸຂະພາບຂັ້ນຕົ້ນ)}; a user adds an area with {@link
 * #of(String, String, String, Source)} and {@link CooperationCatalogue#withArea(CooperationArea)}.
 *
 * @param code a short upper-case code, unique in a catalogue
 * @param name the Lao and English names
 * @param source where the area is named
 */
public record CooperationArea(String code, BilingualName name, Source source) {

  /**
   * Validates the area.
   *
   * @param code the code
   * @param name the Lao and English names
   * @param source provenance
   */
  public CooperationArea {
    code = InvalidValueException.requiredText(code, "code");
    InvalidValueException.check(
        code.matches("[A-Z][A-Z0-9_]{0,39}"),
        "code",
        code,
        "must be 1 to 40 upper-case letters, digits or underscores");
    InvalidValueException.required(name, "name");
    InvalidValueException.required(source, "source");
  }

  /**
   * An area.
   *
   * @param code the code
   * @param nameLao the Lao name, as the source writes it
   * @param nameEnglish the English name
   * @param source provenance
   * @return the area
   */
  public static CooperationArea of(String code, String nameLao, String nameEnglish, Source source) {
    return new CooperationArea(code, BilingualName.of(nameLao, nameEnglish), source);
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
    return code + " " + name.english() + " (" + name.lao() + ")";
  }
}
