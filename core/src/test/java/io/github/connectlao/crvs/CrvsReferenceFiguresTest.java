package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.crvs.CrvsReferenceFigures.Figure;
import io.github.connectlao.crvs.CrvsReferenceFigures.Value;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CrvsReferenceFiguresTest {
  private static final Source TEST = Source.synthetic("test figure");
  private static final Optional<Sex> BOTH = Optional.empty();

  @Test
  void theDocumentedExamples() {
    assertThat(CrvsReferenceFigures.TARGET_2024.percent()).isEqualTo(70.0);
    assertThat(CrvsReferenceFigures.TARGET_2024.year()).isEqualTo(2024);
    Source completeness = CrvsReferenceFigures.COMPLETENESS_2017.source();
    assertThat(completeness.citation()).contains("ESCAP CRVS decade country page");
    assertThat(completeness.toString()).endsWith("ESCAP CRVS decade country page) [secondary]");
    Value births2018 = CrvsReferenceFigures.registeredBirths(2018, BOTH).orElseThrow();
    assertThat(births2018.value()).isEqualTo(70_732);
    assertThat(births2018)
        .hasToString("number_of_birth_registrations_recorded LA 2018 = 70,732 count [verified]");
  }

  @Test
  void allHoldsTheThreeFiguresTargetFirst() {
    assertThat(CrvsReferenceFigures.all())
        .containsExactly(
            CrvsReferenceFigures.TARGET_2024,
            CrvsReferenceFigures.COMPLETENESS_2017,
            CrvsReferenceFigures.POPULATION_REGISTERED_2018);
    assertThat(CrvsReferenceFigures.all()).filteredOn(Figure::isTarget).hasSize(1);
  }

  /** The figures written in code and the rows of the embedded file say the same. */
  @Test
  void theFiguresAgreeWithTheEmbeddedFile() {
    assertThat(row("crvs_target_birth_registration", 2024).value())
        .isEqualTo(CrvsReferenceFigures.TARGET_2024.percent());
    assertThat(row("birth_registration_completeness_crvs", 2017).value())
        .isEqualTo(CrvsReferenceFigures.COMPLETENESS_2017.percent());
    assertThat(row("share_of_total_population_with_birth_registered", 2018).value())
        .isEqualTo(CrvsReferenceFigures.POPULATION_REGISTERED_2018.percent());
    for (Figure f : CrvsReferenceFigures.all()) {
      assertThat(f.source().confidence()).isEqualTo(Confidence.SECONDARY);
    }
  }

  private static Value row(String indicator, int year) {
    List<Value> rows =
        CrvsReferenceFigures.national(indicator).stream().filter(v -> v.year() == year).toList();
    assertThat(rows).as(indicator + " " + year).hasSize(1);
    return rows.get(0);
  }

  @Test
  void aFigurePrintsItsIndicatorPercentYearAndSource() {
    assertThat(CrvsReferenceFigures.TARGET_2024)
        .hasToString(
            "births registered (national CRVS target) >= 70% (2024) — getinthepicture.org/country/lao-pdr"
                + " (ESCAP CRVS decade country page) [secondary]");
    assertThat(new Figure("completeness", 34, 2017, false, TEST))
        .hasToString("completeness 34% (2017) — " + TEST);
  }

  @Test
  void aFigureIsAPercentageBetweenZeroAndHundred() {
    assertThat(new Figure("x", 0, 2020, false, TEST).percent()).isZero();
    assertThat(new Figure("x", 100, 2020, true, TEST).percent()).isEqualTo(100);
    for (double bad : new double[] {-0.1, 100.1, Double.NaN, Double.POSITIVE_INFINITY}) {
      InvalidValueException e =
          catchThrowableOfType(
              () -> new Figure("x", bad, 2020, false, TEST), InvalidValueException.class);
      assertThat(e).as("percent %s", bad).isNotNull();
      assertThat(e.field()).isEqualTo("percent");
      assertThat(e.reason()).isEqualTo("must be between 0 and 100");
    }
    assertThat(field(() -> new Figure(" ", 1, 2020, false, TEST))).isEqualTo("indicator");
    assertThat(field(() -> new Figure("x", 1, 2020, false, null))).isEqualTo("source");
    assertThat(new Figure(" x ", 1, 2020, false, TEST).indicator()).isEqualTo("x");
  }

  @Test
  void aValueIsFiniteAndNamesEveryMissingComponent() {
    for (double bad :
        new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> value("LA", BOTH, bad, "count"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("value: ")
          .hasMessageEndingWith("must be a finite number");
    }
    assertThat(field(() -> new Value(null, "", "LA", BOTH, 2018, 1, "count", TEST)))
        .isEqualTo("indicator");
    assertThat(field(() -> new Value("i", null, "LA", BOTH, 2018, 1, "count", TEST)))
        .isEqualTo("code");
    assertThat(field(() -> new Value("i", "", " ", BOTH, 2018, 1, "count", TEST)))
        .isEqualTo("geography");
    assertThat(field(() -> new Value("i", "", "LA", null, 2018, 1, "count", TEST)))
        .isEqualTo("sex");
    assertThat(field(() -> new Value("i", "", "LA", BOTH, 2018, 1, null, TEST))).isEqualTo("unit");
    assertThat(field(() -> new Value("i", "", "LA", BOTH, 2018, 1, " ", TEST))).isEqualTo("unit");
    assertThat(field(() -> new Value("i", "", "LA", BOTH, 2018, 1, "count", null)))
        .isEqualTo("source");
    // the code at the source may be unknown: empty, not absent
    assertThat(new Value("i", "", "LA", BOTH, 2018, 1, "count", TEST).code()).isEmpty();
  }

  @Test
  void aValuePrintsWholeNumbersWithSeparatorsAndFractionsAsTheyAre() {
    assertThat(value("LA", Optional.of(Sex.FEMALE), 35_408, "count"))
        .hasToString("i LA 2018 female = 35,408 count [synthetic]");
    assertThat(value("LA01", BOTH, 22.449, "births per 1,000 population"))
        .hasToString("i LA01 2018 = 22.449 births per 1,000 population [synthetic]");
  }

  private static Value value(String geography, Optional<Sex> sex, double v, String unit) {
    return new Value("i", "", geography, sex, 2018, v, unit, TEST);
  }

  @Test
  void nationalKeepsTheNationsRowsOfOneIndicatorInFileOrder() {
    List<Value> rates = CrvsReferenceFigures.national(CrvsReferenceFigures.CRUDE_BIRTH_RATE);
    assertThat(rates).extracting(Value::year).isSorted().startsWith(2000).endsWith(2021);
    assertThat(rates).hasSize(22);
    assertThat(rates)
        .allSatisfy(
            v -> {
              assertThat(v.geography()).isEqualTo("LA");
              assertThat(v.indicator()).isEqualTo(CrvsReferenceFigures.CRUDE_BIRTH_RATE);
            });
    // the census rate of the capital is in the file, but not the nation's
    assertThat(CrvsReferenceFigures.values())
        .anyMatch(
            v -> v.indicator().equals("crude_birth_rate_census") && v.geography().equals("LA01"));
    assertThat(CrvsReferenceFigures.national("crude_birth_rate_census"))
        .extracting(Value::geography)
        .containsExactly("LA");
    assertThat(CrvsReferenceFigures.national("no_such_indicator")).isEmpty();
    assertThat(CrvsReferenceFigures.national(CrvsReferenceFigures.REGISTERED_DEATHS)).hasSize(12);
  }

  @Test
  void theFileIsReadOnceAndCannotBeChanged() {
    assertThat(CrvsReferenceFigures.values()).isSameAs(CrvsReferenceFigures.values());
    assertThatThrownBy(() -> CrvsReferenceFigures.values().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** registeredBirths finds exactly the national row of that year and sex, or nothing. */
  @Test
  void registeredBirthsIsALookupOfTheNationalRows() {
    List<Optional<Sex>> sexes = List.of(BOTH, Optional.of(Sex.MALE), Optional.of(Sex.FEMALE));
    List<Value> rows = CrvsReferenceFigures.national(CrvsReferenceFigures.REGISTERED_BIRTHS);
    qt().forAll(integers().between(2000, 2030), integers().between(0, 2))
        .checkAssert(
            (year, s) -> {
              Optional<Sex> sex = sexes.get(s);
              Optional<Value> expected =
                  rows.stream().filter(v -> v.year() == year && v.sex().equals(sex)).findFirst();
              assertThat(CrvsReferenceFigures.registeredBirths(year, sex)).isEqualTo(expected);
              assertThat(expected.isPresent()).isEqualTo(year >= 2015 && year <= 2018);
            });
  }

  private static String field(ThrowingCallable c) {
    InvalidValueException e = catchThrowableOfType(c, InvalidValueException.class);
    assertThat(e).as("an InvalidValueException").isNotNull();
    return e.field();
  }
}
