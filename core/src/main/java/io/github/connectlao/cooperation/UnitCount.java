package io.github.connectlao.cooperation;

import io.github.connectlao.InvalidValueException;
import java.util.Optional;

/**
 * A number of units that is either known or unknown for a stated reason: never a 0 standing in for
 * "not said".
 *
 * <p>Example: CONNECT 2022–2023 planned {@code 18} provinces ({@code UnitCount.known(18)}) and an
 * unknown number of districts ({@code UnitCount.unknown("in some target districts only; the districts
 * are not named in the source")}).
 *
 * @param count the number, when known
 * @param unknownBecause why the number is not known, when it is not
 */
public record UnitCount(Optional<Integer> count, Optional<String> unknownBecause) {

  /**
   * Validates the count: exactly one of a non-negative count and a reason.
   *
   * @param count the number
   * @param unknownBecause the reason
   */
  public UnitCount {
    InvalidValueException.required(count, "count");
    unknownBecause =
        InvalidValueException.required(unknownBecause, "unknownBecause").filter(r -> !r.isBlank());
    InvalidValueException.check(
        count.isPresent() != unknownBecause.isPresent(),
        "unknownBecause",
        unknownBecause.orElse(""),
        "must be given exactly when the count is unknown");
    count.ifPresent(c -> InvalidValueException.check(c >= 0, "count", c, "must not be negative"));
  }

  /**
   * A known number.
   *
   * @param count the number, not negative
   * @return the count
   */
  public static UnitCount known(int count) {
    return new UnitCount(Optional.of(count), Optional.empty());
  }

  /**
   * An unknown number.
   *
   * @param reason why it is not known, e.g. what the source says instead
   * @return the count
   */
  public static UnitCount unknown(String reason) {
    return new UnitCount(
        Optional.empty(), Optional.of(InvalidValueException.requiredText(reason, "reason")));
  }

  /** @return true when the number is known */
  public boolean isKnown() {
    return count.isPresent();
  }

  /** @return the number, or {@code unknown} */
  @Override
  public String toString() {
    return count.map(String::valueOf).orElse("unknown");
  }
}
