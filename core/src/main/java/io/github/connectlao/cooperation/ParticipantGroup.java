package io.github.connectlao.cooperation;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import java.util.List;
import java.util.Optional;

/**
 * A group of participants of a meeting, by level or by body, with the people counted when the
 * source counts them.
 *
 * <p>Example: the Lao delegation at the 20th ACCSM, from five bodies, online: {@code Lao PDR
 * delegation: 14 people, 5 women from 5 bodies, online}.
 *
 * @param labelLao how the source names the group
 * @param labelEnglish the English label
 * @param level the administrative level of the group, if it is one level
 * @param bodyIds the state bodies the group comes from, when the source names them
 * @param people how many people, if counted
 * @param women how many of them women, if counted
 * @param modality how the group took part, if the source says
 */
public record ParticipantGroup(
    String labelLao,
    String labelEnglish,
    Optional<AdminLevel> level,
    List<String> bodyIds,
    Optional<Integer> people,
    Optional<Integer> women,
    Optional<Modality> modality) {

  /**
   * Validates the counts: none negative, no more women than people.
   *
   * @param labelLao the Lao label
   * @param labelEnglish the English label
   * @param level the level
   * @param bodyIds the bodies
   * @param people the people
   * @param women the women
   * @param modality the modality
   */
  public ParticipantGroup {
    labelLao = InvalidValueException.requiredText(labelLao, "labelLao");
    labelEnglish = InvalidValueException.requiredText(labelEnglish, "labelEnglish");
    level = InvalidValueException.required(level, "level");
    bodyIds = List.copyOf(InvalidValueException.required(bodyIds, "bodyIds"));
    Participants.checkCounts(people, women, labelEnglish);
    modality = InvalidValueException.required(modality, "modality");
  }

  @Override
  public String toString() {
    return labelEnglish
        + people.map(p -> ": " + p + " people").orElse("")
        + women.map(w -> ", " + w + " women").orElse("")
        + (bodyIds.isEmpty() ? "" : " from " + bodyIds.size() + " bodies")
        + modality
            .map(m -> ", " + m.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
            .orElse("");
  }
}
