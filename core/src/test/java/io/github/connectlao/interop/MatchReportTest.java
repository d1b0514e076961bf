package io.github.connectlao.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.admin.IdentifierScheme;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchReportTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final AdminUnit A = LAO.unit("LA0101");
  private static final AdminUnit B = LAO.unit("LA0102");
  private static final UnitMatch MATCHED = UnitMatch.matched("uidA", "Chanthabuly", A, "by name");
  private static final UnitMatch AMBIGUOUS =
      UnitMatch.ambiguous("uidX", "Xaysetha", List.of(A, B), "by name");
  private static final UnitMatch MISSING =
      UnitMatch.missing("uidM", "Atlantis", "no unit has this name");

  @Test
  void sortsEveryUnitByOutcomeAndCountsThem() {
    MatchReport r = new MatchReport(List.of(MISSING, MATCHED, AMBIGUOUS));
    assertThat(r.matched()).containsExactly(MATCHED);
    assertThat(r.ambiguous()).containsExactly(AMBIGUOUS);
    assertThat(r.missing()).containsExactly(MISSING);
    assertThat(r).hasToString("MatchReport[matched=1, ambiguous=1, missing=1]");
  }

  @Test
  void describeListsWhatTheUserMustSettleThenTheCounts() {
    MatchReport r = new MatchReport(List.of(MISSING, MATCHED, AMBIGUOUS));
    assertThat(r.describe()).isEqualTo(MISSING + "\n" + AMBIGUOUS + "\n" + r + "\n");
    assertThat(new MatchReport(List.of(MATCHED)).describe())
        .isEqualTo("MatchReport[matched=1, ambiguous=0, missing=0]\n");
  }

  @Test
  void onlyMatchedUnitsBecomeExternalIds() {
    ExternalIds ids =
        new MatchReport(List.of(MATCHED, AMBIGUOUS, MISSING))
            .toExternalIds(IdentifierScheme.DHIS2_UID);
    assertThat(ids.externalId("LA0101", IdentifierScheme.DHIS2_UID)).contains("uidA");
    assertThat(ids.unitCode(IdentifierScheme.DHIS2_UID, "uidX")).isEmpty();
    assertThat(ids.unitCode(IdentifierScheme.DHIS2_UID, "uidM")).isEmpty();
  }

  @Test
  void theListIsCopied() {
    List<UnitMatch> list = new ArrayList<>(List.of(MATCHED));
    MatchReport r = new MatchReport(list);
    list.add(MISSING);
    assertThat(r.matches()).containsExactly(MATCHED);
  }
}
