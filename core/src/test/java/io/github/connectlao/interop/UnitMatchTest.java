package io.github.connectlao.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.interop.UnitMatch.Status;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitMatchTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();

  @Test
  void eachOutcomePrintsWhatItFound() {
    AdminUnit a = LAO.unit("LA0101");
    AdminUnit b = LAO.unit("LA0102");
    UnitMatch matched = UnitMatch.matched("fA9uXtIb4Ux", "Chanthabuly", a, "by name");
    assertThat(matched.isMatched()).isTrue();
    assertThat(matched).hasToString("Chanthabuly (fA9uXtIb4Ux): LA0101 " + a.name() + ", by name");
    UnitMatch ambiguous = UnitMatch.ambiguous("X1", "", List.of(a, b), "by name");
    assertThat(ambiguous.isMatched()).isFalse();
    assertThat(ambiguous)
        .hasToString("X1: ambiguous by name: LA0101 " + a.name() + ", LA0102 " + b.name());
    UnitMatch missing = UnitMatch.missing("X2", "Atlantis", "no unit has this name");
    assertThat(missing.status()).isEqualTo(Status.MISSING);
    assertThat(missing).hasToString("Atlantis (X2): missing: no unit has this name");
  }

  @Test
  void aUnitExactlyWhenMatchedAndCandidatesExactlyWhenAmbiguous() {
    AdminUnit a = LAO.unit("LA0101");
    assertThatThrownBy(
            () -> new UnitMatch("X", "n", Status.MISSING, Optional.of(a), List.of(), "h"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("unit: ")
        .hasMessageEndingWith("must be present exactly when the status is MATCHED");
    assertThatThrownBy(
            () -> new UnitMatch("X", "n", Status.MATCHED, Optional.empty(), List.of(), "h"))
        .hasMessage("unit: null must be present exactly when the status is MATCHED");
    assertThatThrownBy(
            () -> new UnitMatch("X", "n", Status.AMBIGUOUS, Optional.empty(), List.of(a), "h"))
        .hasMessage(
            "candidates: '1' must list two or more units exactly when the status is AMBIGUOUS");
    assertThatThrownBy(
            () -> new UnitMatch("X", "n", Status.MISSING, Optional.empty(), List.of(a, a), "h"))
        .hasMessageStartingWith("candidates: '2'");
  }
}
