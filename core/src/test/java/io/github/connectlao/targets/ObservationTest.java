package io.github.connectlao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationTest {

  @Test
  void theDocumentedExampleAndTheOtherFactories() {
    Observation o = Observation.of(2018, Fraction.of(214, 362));
    assertThat(o.year()).isEqualTo(2018);
    assertThat(o.value()).isEqualTo(Fraction.of(107, 181));
    assertThat(Observation.of(2020, 12L).value()).isEqualTo(Fraction.of(12));
    assertThat(Observation.of(2020, new BigDecimal("73.4")).value()).isEqualTo(Fraction.of(367, 5));
    assertThat(Observation.of(2020, 12L).toString())
        .endsWith(" in 2020")
        .startsWith(Fraction.of(12).toString());
  }

  @Test
  void ordersByYear() {
    List<Observation> list =
        new ArrayList<>(
            List.of(Observation.of(2025, 3L), Observation.of(2015, 9L), Observation.of(2020, 1L)));
    Collections.sort(list);
    assertThat(list).extracting(Observation::year).containsExactly(2015, 2020, 2025);
  }

  @Test
  void refusesAYearOutsideTheRangeAndAMissingValue() {
    assertThat(Observation.of(1900, 1L).year()).isEqualTo(1900);
    assertThat(Observation.of(2200, 1L).year()).isEqualTo(2200);
    assertThatThrownBy(() -> Observation.of(1899, 1L))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("year: '1899' must be between 1900 and 2200");
    assertThatThrownBy(() -> Observation.of(2201, 1L))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("year: '2201'");
    assertThatThrownBy(() -> Observation.of(2020, (Fraction) null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("value: null is required");
  }
}
