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
import org.junit.jupiter.params.provider.ValueSource;

class Dhis2PeriodsTest {

  @ParameterizedTest(name = "{0} = {1} .. {2}")
  @CsvSource({
    // identifier, first day, last day, type, ADX interval
    "20220115,     2022-01-15, 2022-01-15, DAILY,             2022-01-15/P1D",
    "2022W1,       2022-01-03, 2022-01-09, WEEKLY,            2022-01-03/P7D",
    "2020W53,      2020-12-28, 2021-01-03, WEEKLY,            2020-12-28/P7D",
    "2015W53,      2015-12-28, 2016-01-03, WEEKLY,            2015-12-28/P7D",
    "2020W1,       2019-12-30, 2020-01-05, WEEKLY,            2019-12-30/P7D",
    "2022WedW1,    2021-12-29, 2022-01-04, WEEKLY_WEDNESDAY,  2021-12-29/P7D",
    "2022ThuW1,    2021-12-30, 2022-01-05, WEEKLY_THURSDAY,   2021-12-30/P7D",
    "2022FriW1,    2021-12-31, 2022-01-06, WEEKLY_FRIDAY,     2021-12-31/P7D",
    "2022SatW1,    2022-01-01, 2022-01-07, WEEKLY_SATURDAY,   2022-01-01/P7D",
    "2022SunW1,    2022-01-02, 2022-01-08, WEEKLY_SUNDAY,     2022-01-02/P7D",
    "2022BiW1,     2022-01-03, 2022-01-16, BI_WEEKLY,         2022-01-03/P14D",
    "2022BiW2,     2022-01-17, 2022-01-30, BI_WEEKLY,         2022-01-17/P14D",
    "2020BiW27,    2020-12-28, 2021-01-10, BI_WEEKLY,         2020-12-28/P14D",
    "202201,       2022-01-01, 2022-01-31, MONTHLY,           2022-01-01/P1M",
    "202402,       2024-02-01, 2024-02-29, MONTHLY,           2024-02-01/P1M",
    "202201B,      2022-01-01, 2022-02-28, BI_MONTHLY,        2022-01-01/P2M",
    "202206B,      2022-11-01, 2022-12-31, BI_MONTHLY,        2022-11-01/P2M",
    "2022Q1,       2022-01-01, 2022-03-31, QUARTERLY,         2022-01-01/P3M",
    "2022Q4,       2022-10-01, 2022-12-31, QUARTERLY,         2022-10-01/P3M",
    "2022S1,       2022-01-01, 2022-06-30, SIX_MONTHLY,       2022-01-01/P6M",
    "2022S2,       2022-07-01, 2022-12-31, SIX_MONTHLY,       2022-07-01/P6M",
    "2022AprilS1,  2022-04-01, 2022-09-30, SIX_MONTHLY_APRIL, 2022-04-01/P6M",
    "2022AprilS2,  2022-10-01, 2023-03-31, SIX_MONTHLY_APRIL, 2022-10-01/P6M",
    "2022NovS1,    2021-11-01, 2022-04-30, SIX_MONTHLY_NOV,   2021-11-01/P6M",
    "2022NovS2,    2022-05-01, 2022-10-31, SIX_MONTHLY_NOV,   2022-05-01/P6M",
    "2022,         2022-01-01, 2022-12-31, YEARLY,            2022-01-01/P1Y",
    "2022Feb,      2022-02-01, 2023-01-31, FINANCIAL_FEB,     2022-02-01/P1Y",
    "2022April,    2022-04-01, 2023-03-31, FINANCIAL_APRIL,   2022-04-01/P1Y",
    "2022July,     2022-07-01, 2023-06-30, FINANCIAL_JULY,    2022-07-01/P1Y",
    "2022Aug,      2022-08-01, 2023-07-31, FINANCIAL_AUG,     2022-08-01/P1Y",
    "2022Sep,      2022-09-01, 2023-08-31, FINANCIAL_SEP,     2022-09-01/P1Y",
    "2022Oct,      2022-10-01, 2023-09-30, FINANCIAL_OCT,     2022-10-01/P1Y",
    "2022Nov,      2021-11-01, 2022-10-31, FINANCIAL_NOV,     2021-11-01/P1Y",
  })
  void everyDhis2FormParsesFormatsAndRoundTripsThroughAdx(
      String id, LocalDate start, LocalDate end, Dhis2PeriodType type, String adx) {
    Dhis2Period p = Dhis2Periods.parse(id);
    assertThat(p.type()).isEqualTo(type);
    assertThat(p.start()).isEqualTo(start);
    assertThat(p.end()).isEqualTo(end);
    assertThat(p.id()).isEqualTo(id);
    assertThat(p.adx()).isEqualTo(adx);
    assertThat(Dhis2Periods.parse(adx)).isEqualTo(p);
    assertThat(Dhis2Periods.format(p.toReportingPeriod())).isEqualTo(id);
    assertThat(p.toReportingPeriod().start()).isEqualTo(start);
    assertThat(p.toReportingPeriod().end()).isEqualTo(end);
  }

  @Test
  void yearsHalvesQuartersAndMonthsBecomeTheLibrarysOwnTypes() {
    assertThat(Dhis2Periods.toReportingPeriod("2022")).isEqualTo(ReportingPeriod.ofYear(2022));
    assertThat(Dhis2Periods.toReportingPeriod("2022S2")).isEqualTo(ReportingPeriod.ofHalf(2022, 2));
    assertThat(Dhis2Periods.toReportingPeriod("2022Q3"))
        .isEqualTo(ReportingPeriod.ofQuarter(2022, 3));
    assertThat(Dhis2Periods.toReportingPeriod("202209"))
        .isEqualTo(ReportingPeriod.ofMonth(2022, 9));
    assertThat(Dhis2Periods.toReportingPeriod("2022-09"))
        .isEqualTo(ReportingPeriod.ofMonth(2022, 9));
    // the rest is the exact date range, never the nearest calendar period
    assertThat(Dhis2Periods.toReportingPeriod("2022April"))
        .isEqualTo(ReportingPeriod.ofRange(LocalDate.of(2022, 4, 1), LocalDate.of(2023, 3, 31)));
    assertThat(Dhis2Periods.toReportingPeriod("2022-01-15"))
        .isEqualTo(ReportingPeriod.ofRange(LocalDate.of(2022, 1, 15), LocalDate.of(2022, 1, 15)));
    // and the library's forms go to DHIS2's
    assertThat(Dhis2Periods.format(ReportingPeriod.parse("2022-H1"))).isEqualTo("2022S1");
    assertThat(Dhis2Periods.format(ReportingPeriod.parse("2022-Q1"))).isEqualTo("2022Q1");
    assertThat(Dhis2Periods.format(ReportingPeriod.parse("2022-01"))).isEqualTo("202201");
    assertThat(Dhis2Periods.format(ReportingPeriod.parse("2022"))).isEqualTo("2022");
    assertThat(Dhis2Periods.formatAdx(ReportingPeriod.parse("2022-H2")))
        .isEqualTo("2022-07-01/P6M");
  }

  @Test
  void everyTypeRoundTripsOnEveryDayAcrossYearBoundaries() {
    // days from 2014-12-01 to 2033-02-01: covers ISO years with 53 weeks (2015, 2020, 2026, 2032)
    LocalDate from = LocalDate.of(2014, 12, 1);
    qt().withExamples(4000)
        .forAll(
            integers().between(0, 6637), integers().between(0, Dhis2PeriodType.values().length - 1))
        .checkAssert(
            (offset, t) -> {
              Dhis2PeriodType type = Dhis2PeriodType.values()[t];
              LocalDate day = from.plusDays(offset);
              Dhis2Period p = Dhis2Periods.containing(type, day);
              assertThat(p.start()).isBeforeOrEqualTo(day);
              assertThat(p.end()).isAfterOrEqualTo(day);
              assertThat(Dhis2Periods.parse(p.id())).isEqualTo(p);
              assertThat(Dhis2Periods.parse(p.id()).id()).isEqualTo(p.id());
              assertThat(Dhis2Periods.of(p.toReportingPeriod())).contains(p);
              if (type != Dhis2PeriodType.QUARTERLY_NOV) {
                assertThat(Dhis2Periods.parse(p.adx())).isEqualTo(p);
              }
            });
  }

  @Test
  void consecutivePeriodsTileTheCalendarExceptDhis2sBiWeek27() {
    for (Dhis2PeriodType type : Dhis2PeriodType.values()) {
      Dhis2Period p = Dhis2Periods.containing(type, LocalDate.of(2014, 12, 20));
      while (p.start().getYear() < 2034) {
        Dhis2Period next = p.next();
        if (type == Dhis2PeriodType.BI_WEEKLY && p.id().endsWith("BiW27")) {
          // DHIS2's bi-week 27 (ISO weeks 53 and 1) overlaps bi-week 1 of the next year by one week
          assertThat(next.start()).isEqualTo(p.end().minusDays(6));
          assertThat(next.id()).isEqualTo((p.start().getYear() + 1) + "BiW1");
        } else {
          assertThat(next.start()).as("%s after %s", next, p).isEqualTo(p.end().plusDays(1));
        }
        p = next;
      }
    }
  }

  @Test
  void week53ExistsOnlyInIsoYearsWithFiftyThreeWeeks() {
    assertThat(Dhis2Periods.containing(Dhis2PeriodType.WEEKLY, LocalDate.of(2021, 1, 1)).id())
        .isEqualTo("2020W53");
    assertThat(Dhis2Periods.containing(Dhis2PeriodType.WEEKLY, LocalDate.of(2019, 12, 31)).id())
        .isEqualTo("2020W1");
    assertThat(Dhis2Periods.parse("2026W53").start()).isEqualTo(LocalDate.of(2026, 12, 28));
    assertThatThrownBy(() -> Dhis2Periods.parse("2021W53"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'2021W53'")
        .hasMessageContaining("1 to 52");
    assertThatThrownBy(() -> Dhis2Periods.parse("2021BiW27")).hasMessageContaining("1 to 26");
    assertThat(Dhis2Periods.parse("2020BiW27").end()).isEqualTo(LocalDate.of(2021, 1, 10));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2022W0",
        "2022W54",
        "2022Q5",
        "2022Q0",
        "202213",
        "202200",
        "202207B",
        "2022S3",
        "2022AprilS3",
        "2022NovQ5",
        "2022X",
        "2022Jan",
        "20220230",
        "2022-02-30",
        "22Q1",
        "2022-H1",
        "2022-Q1",
        "1700",
        "2022-01-04/P7D",
        "2022-02-01/P3M",
        "2021-11-01/P3M",
        "2022-03-01/P6M",
        "2022-06-01/P1Y",
        "2022-01-01/P4M",
        "2022-01-01",
        "2022 W1",
        ""
      })
  void badPeriodsAreRefusedNamingTheText(String text) {
    if (text.equals("2022-01-01")) {
      assertThat(Dhis2Periods.parse(text).type())
          .isEqualTo(Dhis2PeriodType.DAILY); // DHIS2 reads dashed days
      return;
    }
    assertThatThrownBy(() -> Dhis2Periods.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("period");
  }

  @Test
  void rangesWithoutADhis2FormAreRefusedNotApproximated() {
    ReportingPeriod odd =
        ReportingPeriod.ofRange(LocalDate.of(2022, 1, 15), LocalDate.of(2022, 3, 31));
    assertThat(Dhis2Periods.of(odd)).isEmpty();
    assertThatThrownBy(() -> Dhis2Periods.format(odd))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("2022-01-15 to 2022-03-31");
    // a Tuesday week has no DHIS2 type
    assertThat(
            Dhis2Periods.of(
                ReportingPeriod.ofRange(LocalDate.of(2022, 1, 4), LocalDate.of(2022, 1, 10))))
        .isEmpty();
    // bi-weeks start on odd ISO weeks only
    assertThat(
            Dhis2Periods.of(
                ReportingPeriod.ofRange(LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 23))))
        .isEmpty();
    // QuarterlyNov has no ADX form: DHIS2 would take 2021-11-01/P3M for 2021Q4
    assertThatThrownBy(() -> Dhis2Periods.parse("2022NovQ1").adx())
        .hasMessageContaining("calendar quarter");
    assertThat(Dhis2Periods.parse("2022NovQ1").start()).isEqualTo(LocalDate.of(2021, 11, 1));
  }

  @Test
  void typeNamesAreDhis2s() {
    assertThat(Dhis2PeriodType.ofDhis2Name("financialapril"))
        .contains(Dhis2PeriodType.FINANCIAL_APRIL);
    assertThat(Dhis2PeriodType.ofDhis2Name("TwoYearly")).isEmpty();
    assertThat(Dhis2PeriodType.WEEKLY_SATURDAY.dhis2Name()).isEqualTo("WeeklySaturday");
  }
}
