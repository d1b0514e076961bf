package io.github.connectlao.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectlao.InvalidValueException;
import org.junit.jupiter.api.Test;

class IndicatorDefinitionTest {

  private static IndicatorDefinition.Builder example() {
    return IndicatorDefinition.builder("BR_CURRENT_SHARE")
        .nameEnglish("Registrations within the legal period")
        .numerator(Term.item("births_registered_current"))
        .denominator(Term.item("births_registered"))
        .percentage()
        .numeratorAtMostDenominator(true);
  }

  @Test
  void theDocumentedExample() {
    IndicatorDefinition d = example().build();
    assertThat(d.code()).isEqualTo("BR_CURRENT_SHARE");
    assertThat(d.factor()).isEqualTo(100);
    assertThat(d.numeratorAtMostDenominator()).isTrue();
    assertThat(d.name()).isEqualTo("Registrations within the legal period");
    assertThat(d.toString())
        .startsWith("BR_CURRENT_SHARE Registrations within the legal period = ")
        .contains("births_registered_current", " × 100 / ", "births_registered");
  }

  @Test
  void theBuilderDefaultsToFactorOneOneDecimalNotAnnualised() {
    IndicatorDefinition d =
        IndicatorDefinition.builder("X")
            .nameLao(" ອັດຕາ ")
            .numerator(Term.item("a"))
            .denominator(Term.item("b"))
            .build();
    assertThat(d.factor()).isEqualTo(1);
    assertThat(d.decimals()).isEqualTo(1);
    assertThat(d.annualised()).isFalse();
    assertThat(d.numeratorAtMostDenominator()).isFalse();
    assertThat(d.name()).isEqualTo("ອັດຕາ");
    assertThat(d.toString()).doesNotContain("×");
    assertThat(d.source()).isNotNull();
  }

  @Test
  void anInvalidDefinitionIsRefusedNamingTheField() {
    assertThat(field(example().decimals(11))).isEqualTo("decimals");
    assertThat(field(example().decimals(-1))).isEqualTo("decimals");
    assertThat(example().decimals(0).build().decimals()).isZero();
    assertThat(example().decimals(10).build().decimals()).isEqualTo(10);
    assertThat(field(example().factor(0))).isEqualTo("factor");
    assertThat(field(example().numerator(null))).isEqualTo("numerator");
    assertThat(field(example().denominator(null))).isEqualTo("denominator");
    assertThat(field(example().nameEnglish(" "))).isEqualTo("name");
    assertThat(field(example().source(null))).isEqualTo("source");
    assertThat(
            field(
                IndicatorDefinition.builder("a b")
                    .nameEnglish("x")
                    .numerator(Term.item("a"))
                    .denominator(Term.item("b"))))
        .isEqualTo("code");
    assertThat(
            field(
                IndicatorDefinition.builder(" ")
                    .nameEnglish("x")
                    .numerator(Term.item("a"))
                    .denominator(Term.item("b"))))
        .isEqualTo("code");
  }

  @Test
  void anIndicatorCannotReferToItself() {
    InvalidValueException e =
        catchThrowableOfType(
            () -> example().numerator(Term.indicator("BR_CURRENT_SHARE")).build(),
            InvalidValueException.class);
    assertThat(e.field()).isEqualTo("code");
    assertThat(e.reason()).contains("itself");
    assertThat(field(example().denominator(Term.indicator("BR_CURRENT_SHARE")))).isEqualTo("code");
    assertThat(example().numerator(Term.indicator("OTHER")).build().numerator())
        .isEqualTo(Term.indicator("OTHER"));
  }

  private static String field(IndicatorDefinition.Builder b) {
    return catchThrowableOfType(b::build, InvalidValueException.class).field();
  }
}
