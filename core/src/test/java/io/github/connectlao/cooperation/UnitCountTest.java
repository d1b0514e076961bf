package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.InvalidValueException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitCountTest {

  @Test
  void theDocumentedExamples() {
    UnitCount provinces = UnitCount.known(18);
    assertThat(provinces.isKnown()).isTrue();
    assertThat(provinces.count()).contains(18);
    assertThat(provinces).hasToString("18");
    UnitCount districts =
        UnitCount.unknown(
            "in some target districts only; the districts are not named in the source");
    assertThat(districts.isKnown()).isFalse();
    assertThat(districts.count()).isEmpty();
    assertThat(districts.unknownBecause())
        .contains("in some target districts only; the districts are not named in the source");
  }

  @Test
  void unknownIsNeverPrintedAsZero() {
    assertThat(UnitCount.unknown("not said")).hasToString("unknown");
    assertThat(UnitCount.known(0)).hasToString("0");
  }

  @Test
  void needsExactlyOneOfACountAndAReason() {
    assertThatThrownBy(() -> new UnitCount(Optional.empty(), Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("unknownBecause: '' must be given exactly when the count is unknown");
    assertThatThrownBy(() -> new UnitCount(Optional.of(3), Optional.of("why")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("unknownBecause: 'why'");
    assertThatThrownBy(() -> new UnitCount(Optional.empty(), Optional.of(" ")))
        .as("a blank reason is no reason")
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> UnitCount.unknown(" ")).hasMessageStartingWith("reason: ");
    assertThatThrownBy(() -> UnitCount.known(-1)).hasMessage("count: '-1' must not be negative");
    assertThatThrownBy(() -> new UnitCount(null, Optional.empty()))
        .hasMessage("count: null is required");
  }
}
