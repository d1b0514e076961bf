package io.github.connectlao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  @Test
  void printsWhatParseReads() {
    for (String s :
        List.of(
            "2022-01-01/2022-12-31",
            "2020-11-17/2020-11-18",
            "2012-01-01/..",
            "2024-02-29/2024-02-29")) {
      assertThat(DateRange.parse(s).toString()).isEqualTo(s);
    }
    assertThat(DateRange.ofYear(2024).toString()).isEqualTo("2024-01-01/2024-12-31");
    assertThat(DateRange.parse("2020/2021")).isEqualTo(DateRange.ofYears(2020, 2021));
    assertThat(DateRange.parse("2021-03/2021-09"))
        .isEqualTo(DateRange.ofMonths(YearMonth.of(2021, 3), YearMonth.of(2021, 9)));
    assertThat(DateRange.parse("2022")).isEqualTo(DateRange.ofYear(2022));
    assertThat(DateRange.parse("2012/..")).isEqualTo(DateRange.from(LocalDate.of(2012, 1, 1)));
    assertThat(DateRange.parse(" 2022-01-15 / 2022-03-31 ").toString())
        .isEqualTo("2022-01-15/2022-03-31");
  }

  @Test
  void compactFormIsTheShortestAndParsesBack() {
    assertThat(DateRange.ofYears(2022, 2023).toCompactString()).isEqualTo("2022/2023");
    assertThat(DateRange.ofYear(2022).toCompactString()).isEqualTo("2022");
    assertThat(DateRange.of(LocalDate.of(2022, 9, 8), LocalDate.of(2022, 9, 8)).toCompactString())
        .isEqualTo("2022-09-08");
    assertThat(DateRange.from(LocalDate.of(2012, 1, 1)).toCompactString()).isEqualTo("2012/..");
    assertThat(DateRange.from(LocalDate.of(2012, 5, 3)).toCompactString())
        .isEqualTo("2012-05-03/..");
    assertThat(DateRange.parse("2022-01-01/2022-06-30").toCompactString())
        .isEqualTo("2022-01/2022-06");
    assertThat(DateRange.parse("2022-01-01/2022-06-29").toCompactString())
        .isEqualTo("2022-01-01/2022-06-29");
    assertThat(DateRange.ofYears(2022, 2023).startAsPartialDate())
        .isEqualTo(PartialDate.ofYear(2022));
    assertThat(DateRange.from(LocalDate.of(2012, 1, 1)).endAsPartialDate()).isEmpty();
  }

  @Test
  void daysLengthAndOverlap() {
    DateRange leap = DateRange.ofYear(2024);
    assertThat(leap.lengthInDays()).isEqualTo(366);
    assertThat(leap.days()).isEqualTo(366);
    DateRange split = DateRange.parse("2023-07-01/2024-06-30");
    assertThat(split.daysIn(2023)).isEqualTo(184);
    assertThat(split.daysIn(2024)).isEqualTo(182);
    assertThat(split.daysIn(2025)).isZero();
    assertThat(DateRange.from(LocalDate.of(2012, 1, 1)).daysIn(2013)).isEqualTo(365);
    assertThat(split.contains(LocalDate.of(2024, 6, 30))).isTrue();
    assertThat(split.contains(LocalDate.of(2024, 7, 1))).isFalse();
    assertThat(split.overlaps(leap)).isTrue();
    assertThat(split.encloses(DateRange.ofMonths(YearMonth.of(2023, 7), YearMonth.of(2023, 12))))
        .isTrue();
    assertThat(DateRange.ofYear(2022).overlaps(DateRange.ofYear(2023))).isFalse();
    assertThat(DateRange.ofYear(2022).compareTo(DateRange.ofYears(2022, 2023))).isNegative();
  }

  @Test
  void refusesWhatIsNoRange() {
    assertThatThrownBy(() -> DateRange.of(LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("end: '2023-01-01' is before the start 2023-01-02");
    assertThatThrownBy(() -> DateRange.parse("2022-13-01/2022-12-31"))
        .hasMessageContaining("range: '2022-13-01/2022-12-31'");
    assertThatThrownBy(() -> DateRange.parse("x")).hasMessageContaining("range: 'x'");
    assertThatThrownBy(() -> DateRange.parse("../2022")).hasMessageContaining("range: '../2022'");
    assertThatThrownBy(() -> DateRange.parse(null)).hasMessageContaining("range");
    assertThatThrownBy(() -> DateRange.from(LocalDate.of(2012, 1, 1)).lengthInDays())
        .hasMessageContaining("open");
    assertThatThrownBy(() -> DateRange.of(null, LocalDate.of(2012, 1, 1)))
        .hasMessageContaining("start");
  }

  @Test
  void everyRangeRoundTripsAndCountsItsDays() {
    qt().forAll(integers().between(0, 30000), integers().between(0, 2000))
        .checkAssert(
            (from, length) -> {
              LocalDate start = LocalDate.of(1950, 1, 1).plusDays(from);
              DateRange r = DateRange.of(start, start.plusDays(length));
              assertThat(DateRange.parse(r.toString())).isEqualTo(r);
              assertThat(DateRange.parse(r.toCompactString())).isEqualTo(r);
              assertThat(r.lengthInDays())
                  .isEqualTo(ChronoUnit.DAYS.between(r.start(), r.end()) + 1);
              long sum = 0;
              for (int y = r.start().getYear(); y <= r.end().getYear(); y++) {
                sum += r.daysIn(y);
              }
              assertThat(sum).isEqualTo(r.lengthInDays());
            });
  }
}
