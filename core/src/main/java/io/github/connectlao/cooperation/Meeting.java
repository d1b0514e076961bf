package io.github.connectlao.cooperation;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.state.StateBody;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A meeting, ກອງປະຊຸມ: a six-month report, an annual review, a consultation, an international
 * conference.
 *
 * <p>Example: {@code MEETING-2022-09-08 2022-09-08 six-month report, both, Landmark hotel}.
 *
 * @param id a code unique in a catalogue
 * @param kind the kind of meeting
 * @param titleLao the Lao title as the source writes it
 * @param titleEnglish the English title
 * @param start the first day
 * @param end the last day (the same as {@code start} for a one-day meeting)
 * @param organisers the state bodies that held it
 * @param chairs who chaired it
 * @param venueLao the venue as the source writes it, if given
 * @param venueEnglish the venue in English, if given
 * @param modality in person, online or both
 * @param participants who took part
 * @param programmeIds the programmes it concerns
 * @param frameworkIds the cooperation frameworks it concerns
 * @param source where it is reported
 */
public record Meeting(
    String id,
    Kind kind,
    String titleLao,
    String titleEnglish,
    LocalDate start,
    LocalDate end,
    List<StateBody> organisers,
    List<Chair> chairs,
    Optional<String> venueLao,
    Optional<String> venueEnglish,
    Modality modality,
    Participants participants,
    List<String> programmeIds,
    List<String> frameworkIds,
    Source source) {

  /** The kinds of meeting in the sources. */
  public enum Kind {
    /** A report on the first six months, ກອງປະຊຸມລາຍງານຜົນ 6 ເດືອນຕົ້ນປີ. */
    SIX_MONTH_REPORT("ກອງປະຊຸມລາຍງານຜົນ 6 ເດືອນ", "six-month report"),
    /** An annual review and plan, ກອງປະຊຸມສະຫຼູບ ປະຈຳປີ. */
    ANNUAL_REVIEW("ກອງປະຊຸມສະຫຼູບປະຈຳປີ", "annual review"),
    /** A consultation, ກອງປະຊຸມປຶກສາຫາລື. */
    CONSULTATION("ກອງປະຊຸມປຶກສາຫາລື", "consultation"),
    /** An international conference, ກອງປະຊຸມສາກົນ. */
    INTERNATIONAL_CONFERENCE("ກອງປະຊຸມສາກົນ", "international conference");

    private final String nameLao;
    private final String nameEnglish;

    Kind(String nameLao, String nameEnglish) {
      this.nameLao = nameLao;
      this.nameEnglish = nameEnglish;
    }

    /** @return the Lao name */
    public String nameLao() {
      return nameLao;
    }

    /** @return the English name */
    public String nameEnglish() {
      return nameEnglish;
    }
  }

  /**
   * Validates the meeting: the end not before the start.
   *
   * @param id the id
   * @param kind the kind
   * @param titleLao the Lao title
   * @param titleEnglish the English title
   * @param start the first day
   * @param end the last day
   * @param organisers the organisers
   * @param chairs the chairs
   * @param venueLao the Lao venue
   * @param venueEnglish the English venue
   * @param modality the modality
   * @param participants the participants
   * @param programmeIds the programmes
   * @param frameworkIds the frameworks
   * @param source provenance
   */
  public Meeting {
    id = InvalidValueException.requiredText(id, "id");
    InvalidValueException.required(kind, "kind");
    titleLao = InvalidValueException.requiredText(titleLao, "titleLao");
    titleEnglish = InvalidValueException.requiredText(titleEnglish, "titleEnglish");
    InvalidValueException.required(start, "start");
    InvalidValueException.required(end, "end");
    InvalidValueException.check(!end.isBefore(start), "end", end, "is before the start " + start + " (meeting " + id + ")");
    organisers = List.copyOf(InvalidValueException.required(organisers, "organisers"));
    chairs = List.copyOf(InvalidValueException.required(chairs, "chairs"));
    venueLao = Objects.requireNonNull(venueLao, "venueLao").filter(v -> !v.isBlank());
    venueEnglish = Objects.requireNonNull(venueEnglish, "venueEnglish").filter(v -> !v.isBlank());
    InvalidValueException.required(modality, "modality");
    InvalidValueException.required(participants, "participants");
    programmeIds = List.copyOf(InvalidValueException.required(programmeIds, "programmeIds"));
    frameworkIds = List.copyOf(InvalidValueException.required(frameworkIds, "frameworkIds"));
    Objects.requireNonNull(source, "source");
  }

  /** @return the women's share of the counted participants, in [0, 1], if counted */
  public java.util.OptionalDouble womenShare() {
    return participants.womenShare();
  }

  boolean organisedBy(String sectorA, String sectorB) {
    return organisers.stream().anyMatch(p -> p.sector().map(s -> s.code().equals(sectorA)).orElse(false))
        && organisers.stream().anyMatch(p -> p.sector().map(s -> s.code().equals(sectorB)).orElse(false));
  }

  @Override
  public String toString() {
    return id + " " + start + (end.equals(start) ? "" : "/" + end) + " " + kind.nameEnglish() + ", "
        + modality.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + venueEnglish.map(v -> ", " + v).orElse("");
  }
}
