package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import io.github.connectlao.cooperation.Reach.Capital;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReachTest {
  private static final Source WHO = Source.of("WHO Lao PDR, CONNECT news", Confidence.SECONDARY);

  private static Reach reach(
      Optional<Integer> villages,
      Optional<Integer> districts,
      Optional<Integer> provinces,
      Capital capital) {
    return new Reach(
        PartialDate.ofMonth(2024, 3),
        "2024-03",
        villages,
        districts,
        provinces,
        capital,
        Optional.empty(),
        WHO);
  }

  @Test
  void theDocumentedExample() {
    Reach r = reach(Optional.of(217), Optional.of(60), Optional.of(10), Capital.COUNTED_APART);
    assertThat(r)
        .hasToString("217 villages, 60 districts, 10 provinces + Vientiane Capital (2024-03)");
    assertThat(r.plusCapital()).isTrue();
    assertThat(r.provincialUnits()).contains(11);
  }

  @Test
  void theCapitalIsAddedOnlyWhenCountedApart() {
    Reach r = reach(Optional.empty(), Optional.of(60), Optional.of(10), Capital.NOT_STATED);
    assertThat(r.plusCapital()).isFalse();
    assertThat(r.provincialUnits()).contains(10);
    assertThat(r).hasToString("60 districts, 10 provinces (2024-03)");
    assertThat(
            reach(Optional.of(5), Optional.empty(), Optional.empty(), Capital.COUNTED_APART)
                .provincialUnits())
        .as("no province count: unknown, not 1")
        .isEmpty();
  }

  @Test
  void refusesNegativeCountsNamingTheField() {
    assertThatThrownBy(
            () -> reach(Optional.of(-1), Optional.empty(), Optional.empty(), Capital.NOT_STATED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("villages: '-1' must not be negative");
    assertThatThrownBy(
            () -> reach(Optional.empty(), Optional.of(-2), Optional.empty(), Capital.NOT_STATED))
        .hasMessage("districts: '-2' must not be negative");
    assertThatThrownBy(
            () -> reach(Optional.empty(), Optional.empty(), Optional.of(-3), Capital.NOT_STATED))
        .hasMessage("provinces: '-3' must not be negative");
    assertThatThrownBy(() -> reach(Optional.empty(), Optional.empty(), Optional.empty(), null))
        .hasMessage("capital: null is required");
    assertThatThrownBy(
            () ->
                new Reach(
                    null,
                    "x",
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Capital.NOT_STATED,
                    Optional.empty(),
                    WHO))
        .hasMessage("asOf: null is required");
  }
}
