package io.github.connectlao.cooperation;

import io.github.connectlao.BilingualName;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A public official named at a meeting, ຜູ້ເຂົ້າຮ່ວມກອງປະຊຸມ, with the position and the role the
 * source gives: the name and the Lao position are copied as the source writes them (titles such as
 * ປອ, ດຣ included), the English position is a translation.
 *
 * <p>Example: at the annual CONNECT review of 10 March 2023, {@code ນ. ວິໄລທອນ ສູນທອນໄຊມົງຄຸນ, head of
 * the Cabinet Office, Ministry of Home Affairs (MOHA-CABINET): presenter}.
 *
 * @param name the person's name as written, with titles
 * @param position the position as the source gives it, if it gives one
 * @param bodyId the state body of the position, if the source names it
 * @param roles what the person did at the meeting, at least one role
 * @param activity what the source says the person presented or said, if anything
 * @param source where the person is named
 */
public record MeetingParticipant(
    String name,
    Optional<BilingualName> position,
    Optional<String> bodyId,
    Set<Role> roles,
    Optional<BilingualName> activity,
    Source source) {

  /** What a person did at a meeting. */
  public enum Role {
    /** Chaired the meeting alone, ເປັນປະທານ. */
    CHAIR(BilingualName.of("ປະທານ", "chair")),
    /** Chaired it with others, ເປັນປະທານຮ່ວມ. */
    CO_CHAIR(BilingualName.of("ປະທານຮ່ວມ", "co-chair")),
    /** Presented a report or a subject, ນຳສະເໜີ. */
    PRESENTER(BilingualName.of("ຜູ້ນຳສະເໜີ", "presenter")),
    /** Addressed or commented on the meeting, ກ່າວ / ໂອ້ລົມ / ໃຫ້ຄຳເຫັນ. */
    SPEAKER(BilingualName.of("ຜູ້ກ່າວ", "speaker")),
    /** Led or represented a delegation, ຕາງໜ້າ / ຫົວໜ້າຄະນະ. */
    DELEGATION_HEAD(BilingualName.of("ຫົວໜ້າຄະນະ", "head of delegation")),
    /** Took part, ເຂົ້າຮ່ວມ. */
    PARTICIPANT(BilingualName.of("ຜູ້ເຂົ້າຮ່ວມ", "participant"));

    private final BilingualName name;

    Role(BilingualName name) {
      this.name = name;
    }

    /** @return the role's Lao and English names */
    public BilingualName displayName() {
      return name;
    }

    /** @return true for {@link #CHAIR} and {@link #CO_CHAIR} */
    public boolean chairs() {
      return this == CHAIR || this == CO_CHAIR;
    }
  }

  /**
   * Validates the participant: a name, at least one role.
   *
   * @param name the name
   * @param position the position
   * @param bodyId the body
   * @param roles the roles
   * @param activity the activity
   * @param source provenance
   */
  public MeetingParticipant {
    name = InvalidValueException.requiredText(name, "name");
    InvalidValueException.required(position, "position");
    bodyId =
        InvalidValueException.required(bodyId, "bodyId")
            .map(String::strip)
            .filter(b -> !b.isEmpty());
    InvalidValueException.required(roles, "roles");
    InvalidValueException.check(
        !roles.isEmpty(), "roles", "[]", "must hold at least one role (" + name + ")");
    roles = Set.copyOf(EnumSet.copyOf(roles));
    InvalidValueException.required(activity, "activity");
    InvalidValueException.required(source, "source");
  }

  /**
   * Whether the person had a role.
   *
   * @param role the role
   * @return true when {@link #roles()} holds it
   */
  public boolean has(Role role) {
    return roles.contains(InvalidValueException.required(role, "role"));
  }

  @Override
  public String toString() {
    String roleText =
        EnumSet.copyOf(roles).stream()
            .map(r -> r.displayName().english())
            .collect(Collectors.joining(", "));
    return name
        + position.map(p -> ", " + p.english()).orElse("")
        + bodyId.map(b -> " (" + b + ")").orElse("")
        + ": "
        + roleText;
  }
}
