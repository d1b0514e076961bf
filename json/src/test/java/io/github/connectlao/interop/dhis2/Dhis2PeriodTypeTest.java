package io.github.connectlao.interop.dhis2;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class Dhis2PeriodTypeTest {

  @Test
  void javadocExampleSixMonthlyApril() {
    assertThat(Dhis2PeriodType.SIX_MONTHLY_APRIL.dhis2Name()).isEqualTo("SixMonthlyApril");
    assertThat(Dhis2PeriodType.SIX_MONTHLY_APRIL.isoDuration()).isEqualTo("P6M");
    Dhis2Period p = Dhis2Periods.parse("2022AprilS1");
    assertThat(p.type()).isEqualTo(Dhis2PeriodType.SIX_MONTHLY_APRIL);
    assertThat(p.adx()).isEqualTo("2022-04-01/P6M");
  }

  @ParameterizedTest(name = "{0} is {1}, {2}")
  @CsvSource({
    "DAILY,             Daily,            P1D",
    "WEEKLY,            Weekly,           P7D",
    "WEEKLY_WEDNESDAY,  WeeklyWednesday,  P7D",
    "WEEKLY_SUNDAY,     WeeklySunday,     P7D",
    "BI_WEEKLY,         BiWeekly,         P14D",
    "MONTHLY,           Monthly,          P1M",
    "BI_MONTHLY,        BiMonthly,        P2M",
    "QUARTERLY,         Quarterly,        P3M",
    "QUARTERLY_NOV,     QuarterlyNov,     P3M",
    "SIX_MONTHLY,       SixMonthly,       P6M",
    "SIX_MONTHLY_NOV,   SixMonthlyNov,    P6M",
    "YEARLY,            Yearly,           P1Y",
    "FINANCIAL_APRIL,   FinancialApril,   P1Y",
    "FINANCIAL_NOV,     FinancialNov,     P1Y",
  })
  void namesAndDurations(Dhis2PeriodType type, String name, String duration) {
    assertThat(type.dhis2Name()).isEqualTo(name);
    assertThat(type.isoDuration()).isEqualTo(duration);
  }

  @ParameterizedTest
  @CsvSource({
    "WEEKLY,           MONDAY",
    "WEEKLY_WEDNESDAY, WEDNESDAY",
    "WEEKLY_THURSDAY,  THURSDAY",
    "WEEKLY_FRIDAY,    FRIDAY",
    "WEEKLY_SATURDAY,  SATURDAY",
    "WEEKLY_SUNDAY,    SUNDAY",
    "BI_WEEKLY,        MONDAY",
  })
  void weeklyTypesHaveTheirFirstDay(Dhis2PeriodType type, DayOfWeek first) {
    assertThat(type.firstDayOfWeek()).contains(first);
    assertThat(
            Dhis2Periods.parse(
                    Dhis2Periods.containing(type, java.time.LocalDate.of(2022, 6, 15)).id())
                .start()
                .getDayOfWeek())
        .isEqualTo(first);
  }

  @ParameterizedTest
  @EnumSource(
      value = Dhis2PeriodType.class,
      names = {
        "DAILY",
        "MONTHLY",
        "BI_MONTHLY",
        "QUARTERLY",
        "SIX_MONTHLY",
        "YEARLY",
        "FINANCIAL_NOV"
      })
  void nonWeeklyTypesHaveNoFirstDay(Dhis2PeriodType type) {
    assertThat(type.firstDayOfWeek()).isEmpty();
    assertThat(type.isWeekly()).isFalse();
  }

  @Test
  void onlyTheSixOneWeekTypesAreWeekly() {
    assertThat(Arrays.stream(Dhis2PeriodType.values()).filter(Dhis2PeriodType::isWeekly))
        .containsExactly(
            Dhis2PeriodType.WEEKLY,
            Dhis2PeriodType.WEEKLY_WEDNESDAY,
            Dhis2PeriodType.WEEKLY_THURSDAY,
            Dhis2PeriodType.WEEKLY_FRIDAY,
            Dhis2PeriodType.WEEKLY_SATURDAY,
            Dhis2PeriodType.WEEKLY_SUNDAY);
  }

  @ParameterizedTest
  @EnumSource(Dhis2PeriodType.class)
  void ofDhis2NameReadsEveryNameBack(Dhis2PeriodType type) {
    assertThat(Dhis2PeriodType.ofDhis2Name(type.dhis2Name())).contains(type);
    assertThat(Dhis2PeriodType.ofDhis2Name(type.dhis2Name().toUpperCase(java.util.Locale.ROOT)))
        .contains(type);
    assertThat(
            Dhis2PeriodType.ofDhis2Name(
                "  " + type.dhis2Name().toLowerCase(java.util.Locale.ROOT) + " "))
        .contains(type);
  }

  @Test
  void dhis2NamesAreDistinct() {
    assertThat(Arrays.stream(Dhis2PeriodType.values()).map(t -> t.dhis2Name().toLowerCase()))
        .doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " ", "Month", "SIX_MONTHLY", "TwoYearly", "Financial", "Weekly Monday"})
  void unknownNamesAreEmpty(String name) {
    assertThat(Dhis2PeriodType.ofDhis2Name(name)).isEmpty();
  }

  @Test
  void nullNameIsEmpty() {
    assertThat(Dhis2PeriodType.ofDhis2Name(null)).isEqualTo(Optional.empty());
  }
}
