package io.github.connectlao.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.connectlao.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TermTest {

  static Gen<Term> terms() {
    Gen<String> names =
        strings()
            .betweenCodePoints('A', 'z')
            .ofLengthBetween(1, 12)
            .map(s -> s.replaceAll("[^A-Za-z]", "_"));
    return names.zip(
        integers().between(0, 1), (n, kind) -> kind == 0 ? Term.item(n) : Term.indicator(n));
  }

  @Test
  void theDocumentedExamples() {
    Term item = Term.item("births_registered");
    assertThat(item).isInstanceOf(Term.DataItem.class).hasToString("births_registered");
    assertThat(item.name()).isEqualTo("births_registered");
    Term ref = Term.indicator("BR_COMPLETENESS");
    assertThat(ref).isInstanceOf(Term.IndicatorRef.class).hasToString("#{BR_COMPLETENESS}");
    assertThat(ref.name()).isEqualTo("BR_COMPLETENESS");
    assertThat(Term.parse("#{BR_COMPLETENESS}")).isEqualTo(ref);
    assertThat(Term.parse(" births_registered ")).isEqualTo(item);
  }

  @Test
  void parseReadsWhatToStringPrints() {
    qt().forAll(terms()).checkAssert(t -> assertThat(Term.parse(t.toString())).isEqualTo(t));
  }

  @Test
  void anItemNameHoldsLettersDigitsAndUnderscoreDotDashOnly() {
    assertThat(Term.item("ການເກີດ_2022.v-1").name()).isEqualTo("ການເກີດ_2022.v-1");
    for (String bad : new String[] {"births registered", "a+b", "#{x", "x}"}) {
      assertThatThrownBy(() -> Term.item(bad))
          .as(bad)
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("data item: ")
          .hasMessageEndingWith("must contain only letters, digits, _ . -");
    }
  }

  @Test
  void refusesBlankNamesNamingTheField() {
    assertThatThrownBy(() -> Term.parse(" ")).hasMessageStartingWith("term: ");
    assertThatThrownBy(() -> Term.item("")).hasMessageStartingWith("data item: ");
    assertThatThrownBy(() -> Term.indicator(" ")).hasMessageStartingWith("indicator: ");
    assertThatThrownBy(() -> Term.parse("#{ }")).hasMessageStartingWith("indicator: ");
  }
}
