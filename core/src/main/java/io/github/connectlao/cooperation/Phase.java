package io.github.connectlao.cooperation;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import java.util.Objects;
import java.util.Optional;

/**
 * A phase of a programme, ໄລຍະ: a period, a target area and a supporting partner.
 *
 * <p>Example: CONNECT's phase {@code 2022-2023} runs {@code 2022/2023} in all provinces, with
 * technical and budget support from WHO.
 *
 * @param name the phase's name, unique in its programme, e.g. {@code 2022-2023}
 * @param period when it runs
 * @param targets where it works
 * @param supportingPartner who supports it, e.g. {@code WHO}, if the source says
 * @param note what else the source says
 * @param source where the phase is described
 */
public record Phase(
    String name,
    Period period,
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
    supportingPartner = Objects.requireNonNull(supportingPartner, "supportingPartner").filter(p -> !p.isBlank());
    note = Objects.requireNonNull(note, "note").filter(n -> !n.isBlank());
    Objects.requireNonNull(source, "source");
  }

  /**
   * A phase.
   *
   * @param name the name
   * @param period the period
   * @param targets the target area
   * @param supportingPartner the partner or null
   * @param note a note or null
   * @param source provenance
   * @return the phase
   */
  public static Phase of(String name, Period period, TargetArea targets, String supportingPartner,
      String note, Source source) {
    return new Phase(name, period, targets, Optional.ofNullable(supportingPartner),
        Optional.ofNullable(note), source);
  }

  @Override
  public String toString() {
    return name + " " + period + ", targets " + targets + supportingPartner.map(p -> ", with " + p).orElse("");
  }
}
