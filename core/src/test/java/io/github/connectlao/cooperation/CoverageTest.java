package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.Gazetteer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoverageTest {
  static final CooperationCatalogue C = LaoCooperation.laoPdr();
  static final Gazetteer LAO = Gazetteer.laoPdr();

  @Test
  void theDocumentedExample() {
    Coverage c = C.coverage(C.programme("CONNECT").phase("2022-2023").get(), LAO);
    assertThat(c)
        .hasToString(
            "2022-2023: planned 18/18 provinces (100.0%), districts unknown; "
                + "reached 9/18 provinces (50.0%), districts unknown, 185 villages");
    assertThat(c.phaseName()).isEqualTo("2022-2023");
    assertThat(c.at(AdminLevel.DISTRICT).planned().isKnown()).isFalse();
    assertThat(c.at(AdminLevel.DISTRICT).planned().unknownBecause()).isPresent();
    assertThat(c.at(AdminLevel.VILLAGE).reached().count()).contains(185);
    assertThat(c.reach()).isPresent();
  }

  @Test
  void theNationalLevelIsNotALevelOfCoverage() {
    Coverage c = C.coverage(C.programme("CONNECT").phase("2022-2023").get(), LAO);
    InvalidValueException e =
        catchThrowableOfType(() -> c.at(AdminLevel.NATIONAL), InvalidValueException.class);
    assertThat(e.field()).isEqualTo("level");
  }

  @Test
  void nothingKnownPrintsUnknownNeverZero() {
    Coverage c = new Coverage("p", List.of(), Optional.empty(), Optional.empty());
    assertThat(c).hasToString("p: planned unknown; reached unknown");
    assertThat(c.toString()).doesNotContain("0");
  }

  @Test
  void theComponentsAreRequired() {
    assertThat(
            catchThrowableOfType(
                    () -> new Coverage(" ", List.of(), Optional.empty(), Optional.empty()),
                    InvalidValueException.class)
                .field())
        .isEqualTo("phaseName");
    assertThat(
            catchThrowableOfType(
                    () -> new Coverage("p", null, Optional.empty(), Optional.empty()),
                    InvalidValueException.class)
                .field())
        .isEqualTo("levels");
    assertThat(
            catchThrowableOfType(
                    () -> new Coverage("p", List.of(), null, Optional.empty()),
                    InvalidValueException.class)
                .field())
        .isEqualTo("note");
    assertThat(
            catchThrowableOfType(
                    () -> new Coverage("p", List.of(), Optional.empty(), null),
                    InvalidValueException.class)
                .field())
        .isEqualTo("reach");
  }
}
