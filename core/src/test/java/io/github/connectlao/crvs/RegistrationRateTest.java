package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.connectlao.InvalidValueException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistrationRateTest {

  private static RegistrationRate rate(
      long numerator, Optional<Double> denominator, Optional<String> reason) {
    return new RegistrationRate(
        "completeness",
        "LA03",
        "2015-01-01/2015-12-31",
        Optional.empty(),
        numerator,
        denominator,
        reason,
        List.of(),
        List.of());
  }

  @Test
  void theDocumentedExamples() {
    RegistrationRate r = rate(1760, Optional.of(4273.8), Optional.empty());
    assertThat(r.hasValue()).isTrue();
    assertThat(r.value().orElseThrow()).isCloseTo(1760 / 4273.8, within(1e-12));
    assertThat(r.percent().orElseThrow()).isCloseTo(41.18, within(0.01));
    assertThat(r)
        .hasToString("completeness LA03 2015-01-01/2015-12-31 both sexes: 41.2% (1,760 / 4,273.8)");

    RegistrationRate none =
        new RegistrationRate(
            "completeness",
            "LA03",
            "2016-01-01/2016-12-31",
            Optional.of(Sex.FEMALE),
            12,
            Optional.empty(),
            Optional.of("no population for LA03 in 2016 (female, all ages)"),
            List.of(),
            List.of());
    assertThat(none.hasValue()).isFalse();
    assertThat(none.value()).isEmpty();
    assertThat(none.percent()).isEmpty();
    assertThat(none)
        .hasToString(
            "completeness LA03 2016-01-01/2016-12-31 female: "
                + "no value (no population for LA03 in 2016 (female, all ages))");
  }

  @Test
  void noValueIsNeverPrintedAsZero() {
    assertThat(rate(0, Optional.empty(), Optional.of("estimated births are zero")).toString())
        .doesNotContain("0.0%")
        .contains("no value");
  }

  @Test
  void needsExactlyOneOfADenominatorAndAReason() {
    assertThatThrownBy(() -> rate(1, Optional.empty(), Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("denominator: null needs exactly one of a denominator and a no-value reason");
    assertThatThrownBy(() -> rate(1, Optional.of(2.0), Optional.of("why")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("denominator: '2.0' needs exactly one");
  }

  @Test
  void refusesADenominatorThatIsNotPositiveAndFinite() {
    for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> rate(1, Optional.of(bad), Optional.empty()))
          .as("%s", bad)
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("must be positive and finite")
          .hasMessageStartingWith("denominator: ");
    }
  }

  @Test
  void refusesANegativeNumeratorAndBlankNames() {
    assertThatThrownBy(() -> rate(-1, Optional.of(2.0), Optional.empty()))
        .hasMessage("numerator: '-1' must not be negative");
    assertThatThrownBy(
            () ->
                new RegistrationRate(
                    " ",
                    "LA03",
                    "2015",
                    Optional.empty(),
                    1,
                    Optional.of(2.0),
                    Optional.empty(),
                    List.of(),
                    List.of()))
        .hasMessageStartingWith("indicator: ");
    assertThatThrownBy(
            () ->
                new RegistrationRate(
                    "c",
                    "",
                    "2015",
                    Optional.empty(),
                    1,
                    Optional.of(2.0),
                    Optional.empty(),
                    List.of(),
                    List.of()))
        .hasMessageStartingWith("unitCode: ");
    assertThatThrownBy(
            () ->
                new RegistrationRate(
                    "c",
                    "LA03",
                    null,
                    Optional.empty(),
                    1,
                    Optional.of(2.0),
                    Optional.empty(),
                    List.of(),
                    List.of()))
        .hasMessageStartingWith("period: ");
  }
}
