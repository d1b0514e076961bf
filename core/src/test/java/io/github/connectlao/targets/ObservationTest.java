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

  /** Two observations of one year are ordered by value: the order agrees with equals. */
  @Test
  void theOrderAgreesWithEquals() {
    Observation low = Observation.of(2020, 3L);
    Observation high = Observation.of(2020, Fraction.of(7, 2));
    assertThat(low.compareTo(high)).isNegative();
    assertThat(new java.util.TreeSet<>(List.of(high, low, Observation.of(2020, 3L))))
        .containsExactly(low, high);
    org.quicktheories.QuickTheory.qt()
        .forAll(
            org.quicktheories.generators.SourceDSL.integers().between(2000, 2003),
            org.quicktheories.generators.SourceDSL.longs().between(0, 3),
            org.quicktheories.generators.SourceDSL.integers().between(2000, 2003),
            org.quicktheories.generators.SourceDSL.longs().between(0, 3))
        .checkAssert(
            (y1, v1, y2, v2) -> {
              Observation a = Observation.of(y1, v1);
              Observation b = Observation.of(y2, v2);
              assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
            });
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
