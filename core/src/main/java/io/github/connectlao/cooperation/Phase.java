package io.github.connectlao.cooperation;

import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import java.util.Optional;

/**
 * A phase of a programme, ໄລຍະ: a period, a target area and a supporting partner.
 *
 * <p>Example: CONNECT's phase {@code 2022-2023} runs {@code 2022-01-01/2023-12-31} in all provinces,
 * with technical and budget support from WHO; a phase the sources do not date has no period.
 *
 * @param name the phase's name, unique in its programme, e.g. {@code 2022-2023}
 * @param period when it runs; empty when the sources do not date it
 * @param targets where it works
 * @param supportingPartner who supports it, e.g. {@code WHO}, if the source says
 * @param note what else the source says
 * @param source where the phase is described
 */
public record Phase(
    String name,
    Optional<DateRange> period,
    TargetArea targets,
    Optional<String> supportingPartner,
    Optional<String> note,
    Source source) {

  /**
   * Validates the phase.
   *
   * @param name the name
   * @param period the period
   * @param targets the target area
   * @param supportingPartner the partner
   * @param note the note
   * @param source provenance
   */
  public Phase {
    name = InvalidValueException.requiredText(name, "name");
    InvalidValueException.required(period, "period");
    InvalidValueException.required(targets, "targets");
    supportingPartner =
        InvalidValueException.required(supportingPartner, "supportingPartner")
            .filter(p -> !p.isBlank());
    note = InvalidValueException.required(note, "note").filter(n -> !n.isBlank());
    InvalidValueException.required(source, "source");
  }

  /**
   * A phase.
   *
   * @param name the name
   * @param period the period
   * @param targets the target area
   * @param supportingPartner the partner, if named
   * @param note a note, if any
   * @param source provenance
   * @return the phase
   */
  public static Phase of(
      String name,
      DateRange period,
      TargetArea targets,
      Optional<String> supportingPartner,
      Optional<String> note,
      Source source) {
    return new Phase(
        name,
        Optional.of(InvalidValueException.required(period, "period")),
        targets,
        supportingPartner,
        note,
        source);
  }

  /**
   * A phase the sources do not date.
   *
   * @param name the name
   * @param targets the target area
   * @param supportingPartner the partner, if named
   * @param note a note, if any
   * @param source provenance
   * @return the phase
   */
  public static Phase undated(
      String name,
      TargetArea targets,
      Optional<String> supportingPartner,
      Optional<String> note,
      Source source) {
    return new Phase(name, Optional.empty(), targets, supportingPartner, note, source);
  }

  /**
   * Whether the phase surely runs on a day: false when it is not dated.
   *
   * @param date the day
   * @return true when the period is known and contains the day
   */
  public boolean runsOn(java.time.LocalDate date) {
    InvalidValueException.required(date, "date");
    return period.map(p -> p.contains(date)).orElse(false);
  }

  /** @return the period in its compact form ({@code 2022/2023}, {@code 2012/..}), or {@code undated} */
  public String periodText() {
    return period.map(DateRange::toCompactString).orElse("undated");
  }

  @Override
  public String toString() {
    return name
        + " "
        + periodText()
        + ", targets "
        + targets
        + supportingPartner.map(p -> ", with " + p).orElse("");
  }
}
