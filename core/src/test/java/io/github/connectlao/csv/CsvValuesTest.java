package io.github.connectlao.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.lao.LaoDate;
import io.github.connectlao.lao.LaoText;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CsvValuesTest {
  @Test
  void everyDateFormReadsBackToTheSameDay() {
    qt().withExamples(1000)
        .forAll(integers().between(0, 80_000))
        .checkAssert(
            n -> {
              LocalDate d = LocalDate.of(1950, 1, 1).plusDays(n);
              assertThat(CsvValues.date("d", d.toString())).isEqualTo(d);
              assertThat(CsvValues.date("d", LaoText.toLaoDigits(d.toString()))).isEqualTo(d);
              assertThat(CsvValues.date("d", LaoDate.format(d, true))).isEqualTo(d);
              assertThat(CsvValues.date("d", LaoDate.format(d, false))).isEqualTo(d);
              assertThat(
                      CsvValues.date(
                          "d", d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear()))
                  .isEqualTo(d);
            });
  }

  @Test
  void badDatesNameTheColumnAndTheValue() {
    assertThatThrownBy(() -> CsvValues.date("date_of_birth", "2022-02-30"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("date_of_birth: '2022-02-30' is not a valid date");
    assertThatThrownBy(() -> CsvValues.date("date_of_birth", "soon"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("is not a date");
    assertThatThrownBy(
            () -> CsvValues.pastDate("date_of_birth", "2030-01-01", LocalDate.of(2024, 1, 1)))
        .hasMessageContaining("is in the future (after 2024-01-01)");
  }

  @Test
  void numbersAcceptLaoDigitsAndThousandsSeparators() {
    qt().withExamples(1000)
        .forAll(longs().between(-999_999_999_999L, 999_999_999_999L))
        .checkAssert(
            n -> {
              assertThat(CsvValues.wholeNumber("n", Long.toString(n))).isEqualTo(n);
              assertThat(
                      CsvValues.wholeNumber(
                          "n", LaoText.toLaoDigits(String.format(java.util.Locale.ROOT, "%,d", n))))
                  .isEqualTo(n);
              assertThat(CsvValues.decimal("n", n + ".25"))
                  .isEqualByComparingTo(new BigDecimal(n + ".25"));
            });
    assertThat(CsvValues.count("population", "໑໗໔ ໔໓໙")).isEqualTo(174_439);
    assertThatThrownBy(() -> CsvValues.count("population", "-3"))
        .hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> CsvValues.wholeNumber("population", "1e9"))
        .hasMessageContaining("is not a whole number");
  }

  @Test
  void yesNoInEnglishAndLao() {
    assertThat(CsvValues.yesNo("x", "ແມ່ນ")).isTrue();
    assertThat(CsvValues.yesNo("x", "ບໍ່")).isFalse();
    assertThat(CsvValues.yesNo("x", "TRUE")).isTrue();
    assertThat(CsvValues.yesNo("x", "0")).isFalse();
    assertThatThrownBy(() -> CsvValues.yesNo("certificate_issued", "maybe"))
        .hasMessageStartingWith("certificate_issued: 'maybe' is not yes or no");
  }
}
