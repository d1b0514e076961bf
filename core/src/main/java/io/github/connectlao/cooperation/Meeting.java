package io.github.connectlao.cooperation;

import io.github.connectlao.BilingualName;
import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.state.StateBody;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A meeting, ກອງປະຊຸມ: a six-month report, an annual review, a consultation, an international
 * conference.
 *
 * <p>Example: {@code MEETING-2022-09-08 2022-09-08 six-month report, both, Landmark hotel, Vientiane}.
 *
 * @param id a code unique in a catalogue
 * @param kind the kind of meeting
 * @param titleLao the Lao title as the source writes it
 * @param titleEnglish the English title
 * @param dates the days it was held (one day for a one-day meeting)
 * @param organisers the state bodies that held it
 * @param people the officials the source names, with their roles (chairs, presenters, heads of delegation…)
 * @param venueLao the venue as the source writes it, if given
 * @param venueEnglish the venue in English, if given
 * @param modality in person, online or both
 * @param participants who took part, by group and count
 * @param outcomes what it reviewed, adopted or decided
 * @param programmeIds the programmes it concerns
 * @param frameworkIds the cooperation frameworks it concerns
 * @param source where it is reported
 */
public record Meeting(
    String id,
    Kind kind,
    String titleLao,
    String titleEnglish,
    DateRange dates,
    List<StateBody> organisers,
    List<MeetingParticipant> people,
    Optional<String> venueLao,
    Optional<String> venueEnglish,
    Modality modality,
    Participants participants,
    List<MeetingOutcome> outcomes,
    List<String> programmeIds,
    List<String> frameworkIds,
    Source source) {

  /** The kinds of meeting in the sources. */
  public enum Kind {
    /** A report on the first six months, ກອງປະຊຸມລາຍງານຜົນ 6 ເດືອນຕົ້ນປີ. */
    SIX_MONTH_REPORT(BilingualName.of("ກອງປະຊຸມລາຍງານຜົນ 6 ເດືອນ", "six-month report")),
    /** An annual review and plan, ກອງປະຊຸມສະຫຼູບ ປະຈຳປີ. */
    ANNUAL_REVIEW(BilingualName.of("ກອງປະຊຸມສະຫຼູບປະຈຳປີ", "annual review")),
    /** A consultation, ກອງປະຊຸມປຶກສາຫາລື. */
    CONSULTATION(BilingualName.of("ກອງປະຊຸມປຶກສາຫາລື", "consultation")),
    /** An international conference, ກອງປະຊຸມສາກົນ. */
    INTERNATIONAL_CONFERENCE(BilingualName.of("ກອງປະຊຸມສາກົນ", "international conference"));

    private final BilingualName name;

    Kind(BilingualName name) {
      this.name = name;
    }

    /** @return the kind's Lao and English names */
    public BilingualName displayName() {
      return name;
    }

    /** @return the Lao name, {@code displayName().lao()} */
    public String nameLao() {
      return name.lao();
    }

    /** @return the English name, {@code displayName().english()} */
    public String nameEnglish() {
      return name.english();
    }
  }

  /**
   * Validates the meeting: bounded dates.
   *
   * @param id the id
   * @param kind the kind
   * @param titleLao the Lao title
   * @param titleEnglish the English title
   * @param dates the days
   * @param organisers the organisers
   * @param people the named officials
   * @param venueLao the Lao venue
   * @param venueEnglish the English venue
   * @param modality the modality
   * @param participants the participants
   * @param outcomes the outcomes
   * @param programmeIds the programmes
   * @param frameworkIds the frameworks
   * @param source provenance
   */
  public Meeting {
    id = InvalidValueException.requiredText(id, "id");
    InvalidValueException.required(kind, "kind");
    titleLao = InvalidValueException.requiredText(titleLao, "titleLao");
    titleEnglish = InvalidValueException.requiredText(titleEnglish, "titleEnglish");
    InvalidValueException.required(dates, "dates");
    InvalidValueException.check(
        !dates.isUnboundedEnd(), "dates", dates, "needs a last day (meeting " + id + ")");
    organisers = List.copyOf(InvalidValueException.required(organisers, "organisers"));
    people = List.copyOf(InvalidValueException.required(people, "people"));
    venueLao = InvalidValueException.required(venueLao, "venueLao").filter(v -> !v.isBlank());
    venueEnglish =
        InvalidValueException.required(venueEnglish, "venueEnglish").filter(v -> !v.isBlank());
    InvalidValueException.required(modality, "modality");
    InvalidValueException.required(participants, "participants");
    outcomes = List.copyOf(InvalidValueException.required(outcomes, "outcomes"));
    programmeIds = List.copyOf(InvalidValueException.required(programmeIds, "programmeIds"));
    frameworkIds = List.copyOf(InvalidValueException.required(frameworkIds, "frameworkIds"));
    InvalidValueException.required(source, "source");
  }

  /** @return the first day */
  public LocalDate start() {
    return dates.start();
  }

  /** @return the last day (the first for a one-day meeting) */
  public LocalDate end() {
    return dates.end();
  }

  /**
   * The officials who had a role, e.g. who presented: {@code meeting.people(Role.PRESENTER)}.
   *
   * @param role the role
   * @return the officials with that role, in source order
   */
  public List<MeetingParticipant> people(MeetingParticipant.Role role) {
    InvalidValueException.required(role, "role");
    return people.stream().filter(p -> p.has(role)).toList();
  }

  /** @return who chaired or co-chaired, in source order */
  public List<MeetingParticipant> chairs() {
    return people.stream()
        .filter(p -> p.roles().stream().anyMatch(MeetingParticipant.Role::chairs))
        .toList();
  }

  /**
   * The outcomes of a kind, e.g. the next host.
   *
   * @param kind the kind
   * @return the outcomes of that kind
   */
  public List<MeetingOutcome> outcomes(MeetingOutcome.Kind kind) {
    InvalidValueException.required(kind, "kind");
    return outcomes.stream().filter(o -> o.kind() == kind).toList();
  }

  /** @return the women's share of the counted participants, in [0, 1], if counted */
  public java.util.OptionalDouble womenShare() {
    return participants.womenShare();
  }

  boolean organisedBy(String sectorA, String sectorB) {
    return organisers.stream()
            .anyMatch(p -> p.sector().map(s -> s.code().equals(sectorA)).orElse(false))
        && organisers.stream()
            .anyMatch(p -> p.sector().map(s -> s.code().equals(sectorB)).orElse(false));
  }

  @Override
  public String toString() {
    return id
        + " "
        + start()
        + (end().equals(start()) ? "" : "/" + end())
        + " "
        + kind.nameEnglish()
        + ", "
        + modality.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + venueEnglish.map(v -> ", " + v).orElse("");
  }
}
