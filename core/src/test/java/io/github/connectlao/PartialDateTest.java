package io.github.connectlao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.PartialDate.Precision;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PartialDateTest {

  /** Partial dates of every precision, years 0001 to 9999 (the four-digit years the text form holds). */
  static Gen<PartialDate> partialDates() {
    Gen<LocalDate> days =
        integers()
            .between(1, 9999)
            .zip(
                integers().between(1, 366),
                (y, d) ->
                    LocalDate.ofYearDay(y, Math.min(d, LocalDate.of(y, 1, 1).lengthOfYear())));
    return days.zip(
        integers().between(0, 2),
        (day, p) ->
            switch (p) {
              case 0 -> PartialDate.ofYear(day.getYear());
              case 1 -> PartialDate.ofMonth(day.getYear(), day.getMonthValue());
              default -> PartialDate.of(day);
            });
  }

  @Test
  void theDocumentedExample() {
    assertThat(PartialDate.parse("2013").toString()).isEqualTo("2013");
    assertThat(PartialDate.parse("2013").precision()).isEqualTo(Precision.YEAR);
    assertThat(PartialDate.parse("2022-01")).isEqualTo(PartialDate.ofMonth(2022, 1));
    assertThat(PartialDate.parse(" 2022-09-08 ")).isEqualTo(PartialDate.of(2022, 9, 8));
    assertThat(PartialDate.ofYear(815).toString()).isEqualTo("0815");
  }

  @Test
  void parseReadsWhatToStringPrints() {
    qt().forAll(partialDates())
        .checkAssert(d -> assertThat(PartialDate.parse(d.toString())).isEqualTo(d));
  }

  @Test
  void theRangeADateMayDenote() {
    PartialDate year = PartialDate.ofYear(2024);
    assertThat(year.earliest()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(year.latest()).isEqualTo(LocalDate.of(2024, 12, 31));
    PartialDate february = PartialDate.ofMonth(2024, 2);
    assertThat(february.latest()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(PartialDate.ofMonth(2023, 2).latest()).isEqualTo(LocalDate.of(2023, 2, 28));
    PartialDate day = PartialDate.of(2022, 9, 8);
    assertThat(day.latest()).isEqualTo(day.earliest());
    assertThat(day.year()).isEqualTo(2022);

    assertThat(february.contains(LocalDate.of(2024, 2, 1))).isTrue();
    assertThat(february.contains(LocalDate.of(2024, 2, 29))).isTrue();
    assertThat(february.contains(LocalDate.of(2024, 3, 1))).isFalse();
    assertThat(february.contains(LocalDate.of(2024, 1, 31))).isFalse();
  }

  @Test
  void everyDateContainsItsOwnBoundsAndNothingOutside() {
    qt().forAll(partialDates())
        .checkAssert(
            d -> {
              assertThat(d.contains(d.earliest())).isTrue();
              assertThat(d.contains(d.latest())).isTrue();
              assertThat(d.contains(d.earliest().minusDays(1))).isFalse();
              assertThat(d.contains(d.latest().plusDays(1))).isFalse();
              assertThat(d.year()).isEqualTo(d.earliest().getYear());
            });
  }

  @Test
  void orderIsByFirstDayThenCoarserFirst() {
    assertThat(PartialDate.ofYear(2022)).isLessThan(PartialDate.ofMonth(2022, 1));
    assertThat(PartialDate.ofMonth(2022, 1)).isLessThan(PartialDate.of(2022, 1, 1));
    assertThat(PartialDate.of(2022, 1, 1)).isLessThan(PartialDate.of(2022, 1, 2));
    assertThat(PartialDate.of(2021, 12, 31)).isLessThan(PartialDate.ofYear(2022));
  }

  @Test
  void orderIsATotalOrderConsistentWithEquals() {
    qt().forAll(partialDates(), partialDates())
        .checkAssert(
            (a, b) -> {
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
              assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
            });
    qt().forAll(partialDates(), partialDates(), partialDates())
        .checkAssert(
            (a, b, c) -> {
              if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
                assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
              }
            });
  }

  @Test
  void refusesTextThatIsNoDate() {
    for (String bad :
        new String[] {
          "",
          "  ",
          "22",
          "2022-1",
          "2022/01",
          "2022-13",
          "2022-02-30",
          "early 2022",
          "2022-01-01T00:00"
        }) {
      assertThatThrownBy(() -> PartialDate.parse(bad))
          .as(bad)
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("date: ")
          .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("date"));
    }
    assertThatThrownBy(() -> PartialDate.parse(null)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void refusesImpossibleParts() {
    assertThatThrownBy(() -> PartialDate.ofMonth(2022, 13))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("month: '2022-13' is not a valid month");
    assertThatThrownBy(() -> PartialDate.of(2023, 2, 29))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("date: '2023-2-29' is not a valid date");
    assertThatThrownBy(() -> PartialDate.ofYear(Integer.MAX_VALUE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("year: ");
  }

  @Test
  void aCoarseDateMustStartOnTheFirstDayOfItsPeriod() {
    assertThatThrownBy(() -> new PartialDate(Precision.YEAR, LocalDate.of(2022, 3, 1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("earliest: '2022-03-01' must be 1 January for a year-precision date");
    assertThatThrownBy(() -> new PartialDate(Precision.MONTH, LocalDate.of(2022, 3, 2)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "earliest: '2022-03-02' must be the first of the month for a month-precision date");
    assertThatThrownBy(() -> new PartialDate(null, LocalDate.of(2022, 1, 1)))
        .hasMessageContaining("precision");
    assertThatThrownBy(() -> new PartialDate(Precision.DAY, null)).hasMessageContaining("earliest");
  }
}
