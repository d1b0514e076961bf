package io.github.connectlao.interop;

import io.github.connectlao.admin.IdentifierScheme;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What matching another system's units to the gazetteer found: every unit with its outcome.
 *
 * <p>Example: {@code MatchReport[matched=165, ambiguous=2, missing=1]}; {@link #ambiguous()} lists the
 * two Xaysetha districts with their candidates, so the user settles them in a mapping file.
 *
 * @param matches every unit's outcome, in input order
 */
public record MatchReport(List<UnitMatch> matches) {

  /**
   * Copies the list.
   *
   * @param matches the outcomes
   */
  public MatchReport {
    matches = List.copyOf(matches);
  }

  /** @return the matched units */
  public List<UnitMatch> matched() {
    return of(UnitMatch.Status.MATCHED);
  }

  /** @return the units several gazetteer units fit */
  public List<UnitMatch> ambiguous() {
    return of(UnitMatch.Status.AMBIGUOUS);
  }

  /** @return the units no gazetteer unit fits */
  public List<UnitMatch> missing() {
    return of(UnitMatch.Status.MISSING);
  }

  private List<UnitMatch> of(UnitMatch.Status s) {
    return matches.stream().filter(m -> m.status() == s).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The matched units' identifiers in a scheme, as a mapping to keep (and to complete by hand for
   * the ambiguous and missing ones).
   *
   * @param scheme the other system's scheme, e.g. {@link IdentifierScheme#DHIS2_UID}
   * @return the mapping
   */
  public ExternalIds toExternalIds(IdentifierScheme scheme) {
    ExternalIds ids = ExternalIds.empty();
    for (UnitMatch m : matched()) {
      ids = ids.with(m.unit().orElseThrow().code(), scheme, m.externalId());
    }
    return ids;
  }

  /** @return one line per ambiguous or missing unit, then the counts */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    for (UnitMatch m : matches) {
      if (!m.isMatched()) {
        sb.append(m).append('\n');
      }
    }
    return sb.append(this).append('\n').toString();
  }

  @Override
  public String toString() {
    return "MatchReport[matched="
        + matched().size()
        + ", ambiguous="
        + ambiguous().size()
        + ", missing="
        + missing().size()
        + "]";
  }
}
