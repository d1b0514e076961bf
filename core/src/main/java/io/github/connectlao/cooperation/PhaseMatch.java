package io.github.connectlao.cooperation;

import io.github.connectlao.InvalidValueException;

/**
 * A phase of a programme that covers a unit on a date, and how: the unit is targeted, lies inside a
 * targeted unit, or holds a targeted unit.
 *
 * <p>Example: {@code COVID19_PREPAREDNESS 2020-2021 targets LA0501 (inside target)}.
 *
 * @param programme the programme
 * @param phase the phase
 * @param relation how the unit relates to the target area
 */
public record PhaseMatch(Programme programme, Phase phase, Relation relation) {

  /** How a unit relates to a phase's target area. */
  public enum Relation {
    /** The unit itself is targeted (or its whole level is). */
    TARGETED,
    /** A unit above it is targeted: it lies inside the target area. */
    INSIDE_TARGET,
    /** A unit below it is targeted: part of it is in the target area. */
    CONTAINS_TARGET
  }

  /**
   * Validates the match.
   *
   * @param programme the programme
   * @param phase the phase
   * @param relation the relation
   */
  public PhaseMatch {
    InvalidValueException.required(programme, "programme");
    InvalidValueException.required(phase, "phase");
    InvalidValueException.required(relation, "relation");
  }

  @Override
  public String toString() {
    return programme.id()
        + " "
        + phase.name()
        + " ("
        + relation.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + ")";
  }
}
