package io.github.connectlao.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2022, YEAR, 2022-01-01, 2022-12-31, 365",
    "2024, YEAR, 2024-01-01, 2024-12-31, 366",
    "2022-H1, HALF_YEAR, 2022-01-01, 2022-06-30, 181",
    "2022-H2, HALF_YEAR, 2022-07-01, 2022-12-31, 184",
    "2022-Q3, QUARTER, 2022-07-01, 2022-09-30, 92",
    "2024-Q1, QUARTER, 2024-01-01, 2024-03-31, 91",
    "2022-09, MONTH, 2022-09-01, 2022-09-30, 30",
    "2024-02, MONTH, 2024-02-01, 2024-02-29, 29",
    "2022-01-15/2022-03-31, RANGE, 2022-01-15, 2022-03-31, 76"
  })
  void parseKnownPeriods(String text, PeriodType type, LocalDate start, LocalDate end, long days) {
    ReportingPeriod p = ReportingPeriod.parse(text);
    assertThat(p.type()).isEqualTo(type);
    assertThat(p.start()).isEqualTo(start);
    assertThat(p.end()).isEqualTo(end);
    assertThat(p.days()).isEqualTo(days);
    assertThat(p).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2022-H3",
        "2022-Q0",
        "2022-Q5",
        "2022-13",
        "2022-9",
        "22",
        "2022/H1",
        "2022-03-31/2022-01-15",
        "2022-02-30/2022-03-01",
        "H1-2022",
        "",
        "1700"
      })
  void badPeriodsNameTheValue(String text) {
    assertThatThrownBy(() -> ReportingPeriod.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("period");
    if (!text.isEmpty()) {
      assertThatThrownBy(() -> ReportingPeriod.parse(text)).hasMessageContaining("'" + text + "'");
    }
  }

  @Test
  void everyPeriodIsADateRangeAndACustomPeriodWrapsOne() {
    assertThat(ReportingPeriod.parse("2022-H1").toDateRange())
        .isEqualTo(io.github.connectlao.DateRange.parse("2022-01-01/2022-06-30"));
    ReportingPeriod custom = ReportingPeriod.parse("2022-01-15/2022-03-31");
    assertThat(custom).isInstanceOf(ReportingPeriod.Custom.class);
    assertThat(custom.toDateRange().lengthInDays()).isEqualTo(custom.days()).isEqualTo(76);
    assertThat(ReportingPeriod.of(io.github.connectlao.DateRange.parse("2022-01-15/2022-03-31")))
        .isEqualTo(custom);
    assertThat(custom.toString()).isEqualTo("2022-01-15/2022-03-31");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                ReportingPeriod.of(
                    io.github.connectlao.DateRange.from(java.time.LocalDate.of(2022, 1, 1))))
        .hasMessageContaining("end: '..' must be a day for a reporting period");
  }

  @Test
  void containmentAndOverlap() {
    ReportingPeriod h1 = ReportingPeriod.parse("2022-H1");
    assertThat(h1.contains(LocalDate.of(2022, 6, 30))).isTrue();
    assertThat(h1.contains(LocalDate.of(2022, 7, 1))).isFalse();
    assertThat(ReportingPeriod.ofYear(2022).contains(h1)).isTrue();
    assertThat(h1.contains(ReportingPeriod.ofQuarter(2022, 2))).isTrue();
    assertThat(h1.contains(ReportingPeriod.ofQuarter(2022, 3))).isFalse();
    assertThat(h1.overlaps(ReportingPeriod.parse("2022-06-15/2022-08-01"))).isTrue();
    assertThat(h1.overlaps(ReportingPeriod.ofMonth(2022, 7))).isFalse();
    assertThat(ReportingPeriod.ofMonth(2022, 12).next())
        .isEqualTo(ReportingPeriod.ofMonth(2023, 1));
  }

  @Test
  void periodsWithinARange() {
    assertThat(ReportingPeriod.periodsWithin(PeriodType.QUARTER, ReportingPeriod.parse("2022-H1")))
        .extracting(Object::toString)
        .containsExactly("2022-Q1", "2022-Q2");
    assertThat(
            ReportingPeriod.periodsWithin(
                PeriodType.MONTH, ReportingPeriod.parse("2022-01-15/2022-03-31")))
        .extracting(Object::toString)
        .containsExactly("2022-02", "2022-03");
    assertThat(ReportingPeriod.periodsWithin(PeriodType.YEAR, ReportingPeriod.parse("2021-H2")))
        .isEmpty();
    assertThat(
            ReportingPeriod.periodsWithin(
                PeriodType.HALF_YEAR, ReportingPeriod.parse("2021-07-01/2023-06-30")))
        .extracting(Object::toString)
        .containsExactly("2021-H2", "2022-H1", "2022-H2", "2023-H1");
    assertThatThrownBy(
            () -> ReportingPeriod.periodsWithin(PeriodType.RANGE, ReportingPeriod.ofYear(2022)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void parseReadsToStringAndSubPeriodsTileTheYear() {
    qt().withExamples(300)
        .forAll(
            integers().between(1900, 2100),
            integers().between(1, 12),
            integers().between(1, 28),
            integers().between(0, 400))
        .checkAssert(
            (y, m, d, len) -> {
              LocalDate start = LocalDate.of(y, m, d);
              List<ReportingPeriod> ps =
                  List.of(
                      ReportingPeriod.ofYear(y),
                      ReportingPeriod.ofHalf(y, (m - 1) / 6 + 1),
                      ReportingPeriod.ofQuarter(y, (m - 1) / 3 + 1),
                      ReportingPeriod.ofMonth(y, m),
                      ReportingPeriod.ofRange(start, start.plusDays(len)));
              for (ReportingPeriod p : ps) {
                assertThat(ReportingPeriod.parse(p.toString())).isEqualTo(p);
                assertThat(p.contains(start)).isTrue();
              }
              ReportingPeriod year = ps.get(0);
              for (PeriodType t :
                  List.of(PeriodType.HALF_YEAR, PeriodType.QUARTER, PeriodType.MONTH)) {
                List<ReportingPeriod> parts = ReportingPeriod.periodsWithin(t, year);
                assertThat(parts.stream().mapToLong(ReportingPeriod::days).sum())
                    .isEqualTo(year.days());
              }
              ReportingPeriod range = ps.get(4);
              for (ReportingPeriod month : ReportingPeriod.periodsWithin(PeriodType.MONTH, range)) {
                assertThat(range.contains(month)).isTrue();
              }
            });
  }
}
