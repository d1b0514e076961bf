package io.github.connectlao.cooperation;

import io.github.connectlao.BilingualName;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import io.github.connectlao.state.StateBody;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An agreement between state bodies, such as a memorandum of understanding, ບົດບັນທຶກຄວາມເຂົ້າໃຈ
 * (MoU), at the level of ministries or of departments.
 *
 * <p>Example: the MoU the Ministry of Home Affairs and the Ministry of Health signed early in 2022
 * prints {@code MOHA-MOH-MOU-2022 ministry-level MoU on technical work, HOME_AFFAIRS@LA + HEALTH@LA,
 * signed 2022 (early 2022, ໃນຕົ້ນປີ 2022)}.
 *
 * @param id a code unique in a catalogue
 * @param titleLao the Lao title or description as the source writes it
 * @param titleEnglish the English title
 * @param parties the state bodies party to it, at least two
 * @param level the level it was concluded at
 * @param signed when it was signed, to the precision known
 * @param signedNote how the source words the date, e.g. "early 2022", if it says more than the precision
 * @param areas the cooperation areas it covers
 * @param status where it stands
 * @param source where it is reported
 */
public record Agreement(
    String id,
    String titleLao,
    String titleEnglish,
    List<StateBody> parties,
    Level level,
    Optional<PartialDate> signed,
    Optional<String> signedNote,
    List<CooperationArea> areas,
    Status status,
    Source source) {

  /** The level an agreement is concluded at. */
  public enum Level {
    /** Between ministries, ຂັ້ນກະຊວງ. */
    MINISTRY("ຂັ້ນກະຊວງ", "ministry-level"),
    /** Between departments, ຂັ້ນກົມ. */
    DEPARTMENT("ຂັ້ນກົມ", "department-level"),
    /** Between provincial bodies, ຂັ້ນແຂວງ. */
    PROVINCE("ຂັ້ນແຂວງ", "province-level"),
    /** Between district bodies, ຂັ້ນເມືອງ. */
    DISTRICT("ຂັ້ນເມືອງ", "district-level");

    private final BilingualName bilingualName;

    Level(String nameLao, String nameEnglish) {
      this.bilingualName = BilingualName.of(nameLao, nameEnglish);
    }

    /** @return the Lao and English names */
    public BilingualName displayName() {
      return bilingualName;
    }

    /** @return the Lao name, {@code displayName().lao()} */
    public String nameLao() {
      return bilingualName.lao();
    }

    /** @return the English name, {@code displayName().english()} */
    public String nameEnglish() {
      return bilingualName.english();
    }
  }

  /** Where an agreement stands. */
  public enum Status {
    /** Being drafted or negotiated. */
    DRAFT,
    /** Signed, ລົງນາມ / ເຊັນ. */
    SIGNED,
    /** Expired or ended. */
    ENDED
  }

  /**
   * Validates the agreement: at least two distinct parties; a signing date when signed.
   *
   * @param id the id
   * @param titleLao the Lao title
   * @param titleEnglish the English title
   * @param parties the parties
   * @param level the level
   * @param signed the signing date
   * @param signedNote the wording of the date
   * @param areas the areas
   * @param status the status
   * @param source provenance
   */
  public Agreement {
    id = InvalidValueException.requiredText(id, "id");
    titleLao = InvalidValueException.requiredText(titleLao, "titleLao");
    titleEnglish = InvalidValueException.requiredText(titleEnglish, "titleEnglish");
    parties = List.copyOf(InvalidValueException.required(parties, "parties"));
    String partyIds =
        parties.stream().map(StateBody::id).collect(Collectors.joining(", ", "[", "]"));
    InvalidValueException.check(
        parties.size() >= 2,
        "parties",
        partyIds,
        "must name at least two parties (agreement " + id + ")");
    Set<String> seen = new HashSet<>();
    for (StateBody p : parties) {
      InvalidValueException.check(
          seen.add(p.id()),
          "parties",
          partyIds,
          "names " + p.id() + " twice (agreement " + id + ")");
    }
    InvalidValueException.required(level, "level");
    signed = InvalidValueException.required(signed, "signed");
    signedNote = InvalidValueException.required(signedNote, "signedNote").filter(n -> !n.isBlank());
    areas = List.copyOf(InvalidValueException.required(areas, "areas"));
    InvalidValueException.required(status, "status");
    InvalidValueException.check(
        status != Status.SIGNED || signed.isPresent(),
        "signed",
        "",
        "is required for a signed agreement (agreement " + id + ")");
    InvalidValueException.required(source, "source");
  }

  /** @return true when the parties include bodies of both sectors */
  boolean joins(String sectorA, String sectorB) {
    return parties.stream()
            .anyMatch(p -> p.sector().map(s -> s.code().equals(sectorA)).orElse(false))
        && parties.stream()
            .anyMatch(p -> p.sector().map(s -> s.code().equals(sectorB)).orElse(false));
  }

  @Override
  public String toString() {
    return id
        + " "
        + level.nameEnglish()
        + " "
        + titleEnglish
        + ", "
        + parties.stream().map(StateBody::id).collect(Collectors.joining(" + "))
        + ", "
        + status.name().toLowerCase(java.util.Locale.ROOT)
        + signed.map(d -> " " + d).orElse("")
        + signedNote.map(n -> " (" + n + ")").orElse("");
  }
}
