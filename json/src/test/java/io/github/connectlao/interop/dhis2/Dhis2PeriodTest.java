package io.github.connectlao.interop.dhis2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.indicator.ReportingPeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class Dhis2PeriodTest {

  @Test
  void javadocExampleAprilHalfYear() {
    Dhis2Period p = Dhis2Periods.parse("2022AprilS2");
    assertThat(p).hasToString("2022AprilS2");
    assertThat(p.id()).isEqualTo("2022AprilS2");
    assertThat(p.start()).isEqualTo(LocalDate.of(2022, 10, 1));
    assertThat(p.end()).isEqualTo(LocalDate.of(2023, 3, 31));
    assertThat(p.toReportingPeriod())
        .isEqualTo(ReportingPeriod.ofRange(LocalDate.of(2022, 10, 1), LocalDate.of(2023, 3, 31)));
    assertThat(p.toReportingPeriod().toString()).isEqualTo("2022-10-01/2023-03-31");
  }

  @Test
  void javadocExampleCalendarHalfYearIsH1() {
    assertThat(Dhis2Periods.parse("2022S1").toReportingPeriod()).hasToString("2022-H1");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "2022,    2022",
    "2022S1,  2022-H1",
    "2022S2,  2022-H2",
    "2022Q1,  2022-Q1",
    "2022Q4,  2022-Q4",
    "202203,  2022-03",
    "202212,  2022-12",
  })
  void calendarPeriodsBecomeTheNamedReportingPeriod(String id, String reporting) {
    ReportingPeriod r = Dhis2Periods.parse(id).toReportingPeriod();
    assertThat(r).hasToString(reporting);
    assertThat(r).isEqualTo(ReportingPeriod.parse(reporting));
  }

  @ParameterizedTest(name = "{0} has {1} days")
  @CsvSource({
    "20220115,  1",
    "2022W1,    7",
    "2022BiW1,  14",
    "202202,    28",
    "202402,    29",
    "202201B,   59",
    "2022Q1,    90",
    "2024Q1,    91",
    "2022,      365",
    "2024,      366",
    "2022April, 365",
  })
  void daysCountsBothEnds(String id, long days) {
    assertThat(Dhis2Periods.parse(id).days()).isEqualTo(days);
  }

  @ParameterizedTest(name = "{0} then {1}")
  @CsvSource({
    "2022W52,     2023W1",
    "2020W52,     2020W53",
    "2020W53,     2021W1",
    "202212,      202301",
    "202206B,     202301B",
    "2022Q4,      2023Q1",
    "2022S2,      2023S1",
    "2022AprilS1, 2022AprilS2",
    "2022AprilS2, 2023AprilS1",
    "2022,        2023",
    "2022Nov,     2023Nov",
    "20221231,    20230101",
    "2020BiW26,   2020BiW27",
    "2020BiW27,   2021BiW1",
  })
  void nextFollows(String id, String next) {
    assertThat(Dhis2Periods.parse(id).next()).hasToString(next);
  }

  @ParameterizedTest
  @EnumSource(Dhis2PeriodType.class)
  void nextStartsTheDayAfterTheEnd(Dhis2PeriodType type) {
    qt().forAll(integers().between(0, 20_000))
        .checkAssert(
            offset -> {
              Dhis2Period p =
                  Dhis2Periods.containing(type, LocalDate.of(1990, 1, 1).plusDays(offset));
              Dhis2Period n = p.next();
              assertThat(n.type()).isEqualTo(type);
              if (p.id().endsWith("BiW27")) {
                // DHIS2's 27th bi-week of a 53-week year overlaps the next year's first
                assertThat(n.id()).isEqualTo((p.start().getYear() + 1) + "BiW1");
                assertThat(n.start()).isEqualTo(p.end().minusDays(6));
              } else {
                assertThat(n.start()).isEqualTo(p.end().plusDays(1));
              }
              assertThat(n).isGreaterThan(p);
              assertThat(Dhis2Periods.parse(p.id())).isEqualTo(p).hasSameHashCodeAs(p);
            });
  }

  @Test
  void sameDaysMakeTheSameReportingPeriod() {
    qt().forAll(integers().between(0, 20_000))
        .checkAssert(
            offset -> {
              for (Dhis2PeriodType type : Dhis2PeriodType.values()) {
                Dhis2Period p =
                    Dhis2Periods.containing(type, LocalDate.of(1990, 1, 1).plusDays(offset));
                ReportingPeriod r = p.toReportingPeriod();
                assertThat(r.start()).isEqualTo(p.start());
                assertThat(r.end()).isEqualTo(p.end());
              }
            });
  }

  @Test
  void adxIsStartAndDuration() {
    assertThat(Dhis2Periods.parse("2022Q1").adx()).isEqualTo("2022-01-01/P3M");
    assertThat(Dhis2Periods.parse("2020W53").adx()).isEqualTo("2020-12-28/P7D");
  }

  @Test
  void adxRefusesNovemberQuarters() {
    assertThatThrownBy(() -> Dhis2Periods.parse("2022NovQ1").adx())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void ordersByStartThenEnd() {
    Dhis2Period month = Dhis2Periods.parse("202201");
    Dhis2Period quarter = Dhis2Periods.parse("2022Q1");
    Dhis2Period year = Dhis2Periods.parse("2022");
    Dhis2Period feb = Dhis2Periods.parse("202202");
    Dhis2Period week = Dhis2Periods.parse("2022W1");
    Dhis2Period biWeek = Dhis2Periods.parse("2022BiW1");
    assertThat(month).isLessThan(quarter);
    assertThat(quarter).isLessThan(year);
    assertThat(year).isLessThan(feb);
    assertThat(week.start()).isEqualTo(biWeek.start());
    assertThat(week).isLessThan(biWeek).isNotEqualTo(biWeek);
    assertThat(week).isEqualByComparingTo(Dhis2Periods.parse("2022W1"));
  }

  @Test
  void equalityIsTypeAndDays() {
    Dhis2Period q = Dhis2Periods.parse("2022Q1");
    assertThat(q)
        .isEqualTo(Dhis2Periods.containing(Dhis2PeriodType.QUARTERLY, LocalDate.of(2022, 2, 14)));
    assertThat(q).hasSameHashCodeAs(Dhis2Periods.parse("2022Q1"));
    assertThat(q).isNotEqualTo(Dhis2Periods.parse("2022S1"));
    assertThat(Dhis2Periods.parse("2022")).isNotEqualTo(Dhis2Periods.parse("2022April"));
  }

  @Test
  void equalsIgnoresOtherClasses() {
    Dhis2Period p = Dhis2Periods.parse("2022Q1");
    assertThat(p).isNotEqualTo("2022Q1").isNotEqualTo(null);
  }
}
