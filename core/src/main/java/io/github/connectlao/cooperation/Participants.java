package io.github.connectlao.cooperation;

import io.github.connectlao.InvalidValueException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Who took part in a meeting: the total and the women when counted, and the groups by level or
 * body.
 *
 * <p>Example: the 20th ACCSM: {@code 14 participants, 5 women (35.7%)}.
 *
 * @param total how many people, if counted
 * @param women how many of them women, if counted
 * @param groups the groups, by level or body
 * @param note what the counts cover, e.g. "the Lao PDR delegation only"
 */
public record Participants(
    Optional<Integer> total,
    Optional<Integer> women,
    List<ParticipantGroup> groups,
    Optional<String> note) {

  /**
   * Validates the counts: none negative, no more women than people, groups not above the total.
   *
   * @param total the total
   * @param women the women
   * @param groups the groups
   * @param note the note
   */
  public Participants {
    checkCounts(total, women, "participants");
    groups = List.copyOf(InvalidValueException.required(groups, "groups"));
    note = InvalidValueException.required(note, "note").filter(n -> !n.isBlank());
    if (total.isPresent()) {
      int counted = groups.stream().mapToInt(g -> g.people().orElse(0)).sum();
      InvalidValueException.check(
          counted <= total.get(),
          "groups",
          counted,
          "people counted in groups exceed the total " + total.get());
      int groupWomen = groups.stream().mapToInt(g -> g.women().orElse(0)).sum();
      InvalidValueException.check(
          women.isEmpty() || groupWomen <= women.get(),
          "groups",
          groupWomen,
          "women counted in groups exceed the women in total " + women.orElse(0));
    }
  }

  static void checkCounts(Optional<Integer> people, Optional<Integer> women, String what) {
    InvalidValueException.required(people, "people");
    InvalidValueException.required(women, "women");
    people.ifPresent(
        p ->
            InvalidValueException.check(
                p >= 0, "people", p, "must not be negative (" + what + ")"));
    women.ifPresent(
        w ->
            InvalidValueException.check(w >= 0, "women", w, "must not be negative (" + what + ")"));
    if (people.isPresent() && women.isPresent()) {
      InvalidValueException.check(
          women.get() <= people.get(),
          "women",
          women.get(),
          "exceeds the number of people " + people.get() + " (" + what + ")");
    }
  }

  /**
   * Counted participants without groups.
   *
   * @param total the people
   * @param women the women among them
   * @return the participants
   */
  public static Participants of(int total, int women) {
    return new Participants(Optional.of(total), Optional.of(women), List.of(), Optional.empty());
  }

  /**
   * Groups without counts.
   *
   * @param groups the groups
   * @return the participants
   */
  public static Participants groups(List<ParticipantGroup> groups) {
    return new Participants(Optional.empty(), Optional.empty(), groups, Optional.empty());
  }

  /** @return women / total in [0, 1]; empty when either is not counted or the total is 0 */
  public OptionalDouble womenShare() {
    if (total.isEmpty() || women.isEmpty() || total.get() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((double) women.get() / total.get());
  }

  @Override
  public String toString() {
    if (total.isEmpty()) {
      return groups.size() + " groups, not counted";
    }
    String s = total.get() + " participants" + women.map(w -> ", " + w + " women").orElse("");
    if (womenShare().isPresent()) {
      s += String.format(java.util.Locale.ROOT, " (%.1f%%)", 100 * womenShare().getAsDouble());
    }
    return s + note.map(n -> ", " + n).orElse("");
  }
}
