package io.github.connectlao.cooperation;

import io.github.connectlao.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who chairs a meeting, ປະທານ, named as the source writes it (a public office holder).
 *
 * @param nameLao the name with titles as written, e.g. {@code ປອ. ທອງຈັນ ມະນີໄຊ}
 * @param roleEnglish the office, e.g. {@code Minister of Home Affairs}
 * @param bodyId the state body the office belongs to, if any
 */
public record Chair(String nameLao, String roleEnglish, Optional<String> bodyId) {

  /**
   * Validates the chair.
   *
   * @param nameLao the name
   * @param roleEnglish the office
   * @param bodyId the body
   */
  public Chair {
    nameLao = InvalidValueException.requiredText(nameLao, "nameLao");
    roleEnglish = InvalidValueException.requiredText(roleEnglish, "roleEnglish");
    bodyId = Objects.requireNonNull(bodyId, "bodyId").filter(b -> !b.isBlank());
  }

  /**
   * A chair.
   *
   * @param nameLao the name
   * @param roleEnglish the office
   * @param bodyId the body or null
   * @return the chair
   */
  public static Chair of(String nameLao, String roleEnglish, String bodyId) {
    return new Chair(nameLao, roleEnglish, Optional.ofNullable(bodyId));
  }

  @Override
  public String toString() {
    return nameLao + ", " + roleEnglish;
  }
}
