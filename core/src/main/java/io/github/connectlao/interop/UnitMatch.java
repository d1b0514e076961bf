package io.github.connectlao.interop;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How one unit of another system was matched to the gazetteer: matched (to one unit, and how),
 * ambiguous (with every candidate) or missing.
 *
 * <p>Example: {@code Xaysetha (DHIS2_UID fA9uXtIb4Ux): ambiguous: LA0103 Xaysetha, LA1701 Xaysetha}.
 *
 * @param externalId the other system's identifier of the unit
 * @param name the other system's name of the unit (may be empty)
 * @param status matched, ambiguous or missing
 * @param unit the matched unit, when matched
 * @param candidates the units it could be, when ambiguous
 * @param how how it was matched ({@code by DHIS2_UID}, {@code by code}, {@code by name under LA01}),
 *     or why it was not
 */
public record UnitMatch(
    String externalId,
    String name,
    Status status,
    Optional<AdminUnit> unit,
    List<AdminUnit> candidates,
    String how) {

  /** The outcome of a match. */
  public enum Status {
    /** One unit, found by identifier, code or name. */
    MATCHED,
    /** Several units fit the name: nothing is guessed, the user decides (e.g. in a mapping file). */
    AMBIGUOUS,
    /** No unit fits. */
    MISSING
  }

  /**
   * Validates the match: a unit exactly when matched, candidates exactly when ambiguous.
   *
   * @param externalId the identifier
   * @param name the name
   * @param status the status
   * @param unit the unit
   * @param candidates the candidates
   * @param how how
   */
  public UnitMatch {
    externalId = InvalidValueException.required(externalId, "externalId");
    name = InvalidValueException.required(name, "name");
    InvalidValueException.required(status, "status");
    InvalidValueException.check(
        unit.isPresent() == (status == Status.MATCHED),
        "unit",
        unit.orElse(null),
        "must be present exactly when the status is MATCHED");
    candidates = List.copyOf(candidates);
    InvalidValueException.check(
        (candidates.size() > 1) == (status == Status.AMBIGUOUS),
        "candidates",
        candidates.size(),
        "must list two or more units exactly when the status is AMBIGUOUS");
    how = InvalidValueException.required(how, "how");
  }

  static UnitMatch matched(String id, String name, AdminUnit unit, String how) {
    return new UnitMatch(id, name, Status.MATCHED, Optional.of(unit), List.of(), how);
  }

  static UnitMatch ambiguous(String id, String name, List<AdminUnit> candidates, String how) {
    return new UnitMatch(id, name, Status.AMBIGUOUS, Optional.empty(), candidates, how);
  }

  static UnitMatch missing(String id, String name, String how) {
    return new UnitMatch(id, name, Status.MISSING, Optional.empty(), List.of(), how);
  }

  /** @return true when matched */
  public boolean isMatched() {
    return status == Status.MATCHED;
  }

  @Override
  public String toString() {
    String head = (name.isEmpty() ? externalId : name + " (" + externalId + ")") + ": ";
    switch (status) {
      case MATCHED:
        return head + unit.orElseThrow().code() + " " + unit.orElseThrow().name() + ", " + how;
      case AMBIGUOUS:
        return head
            + "ambiguous "
            + how
            + ": "
            + candidates.stream()
                .map(u -> u.code() + " " + u.name())
                .collect(Collectors.joining(", "));
      default:
        return head + "missing: " + how;
    }
  }
}
