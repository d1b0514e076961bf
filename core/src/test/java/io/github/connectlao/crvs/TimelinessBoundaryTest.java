package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelinessBoundaryTest {
  private static final RegistrationPolicy LAO = RegistrationPolicy.laoPdr();

  @ParameterizedTest(name = "born {0}, registered {1}: {2}")
  @CsvSource({
    "2023-01-01, 2023-01-01, CURRENT", // day 0
    "2023-01-01, 2023-01-31, CURRENT", // day 30
    "2023-01-01, 2023-02-01, LATE", // day 31
    "2023-01-01, 2024-01-01, LATE", // day 365
    "2023-01-01, 2024-01-02, DELAYED", // day 366
    "2024-02-29, 2024-03-30, CURRENT", // leap day birth, day 30
    "2024-02-29, 2024-03-31, LATE", // day 31
    "2024-02-29, 2025-02-28, LATE", // day 365
    "2024-02-29, 2025-03-01, DELAYED", // day 366
    "2023-03-01, 2024-02-29, LATE", // day 365 across a leap day
    "2023-03-01, 2024-03-01, DELAYED", // day 366: one calendar year but 366 days
    "2024-01-01, 2024-12-31, LATE", // day 365 within a leap year
    "2024-01-01, 2025-01-01, DELAYED" // day 366
  })
  void laoDefaultBoundaries(LocalDate born, LocalDate registered, Timeliness expected) {
    assertThat(LAO.timeliness(born, Optional.of(registered))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "day {0} under 14/60: {1}")
  @CsvSource({
    "14, CURRENT, CURRENT",
    "15, LATE, CURRENT",
    "60, LATE, CURRENT",
    "61, LATE, LATE",
    "400, DELAYED, LATE"
  })
  void otherPolicies(long day, Timeliness fourteen, Timeliness sixtyNoDelayed) {
    Source s = Source.of("test policy", Confidence.SYNTHETIC);
    assertThat(RegistrationPolicy.of(14, 365, s).timelinessOfDelay(day)).isEqualTo(fourteen);
    assertThat(new RegistrationPolicy(60, Optional.empty(), s).timelinessOfDelay(day))
        .isEqualTo(sixtyNoDelayed);
  }

  @Test
  void notRegisteredAndRegistrationBeforeBirth() {
    assertThat(LAO.timeliness(LocalDate.of(2023, 1, 1), Optional.empty()))
        .isEqualTo(Timeliness.NOT_REGISTERED);
    assertThatThrownBy(
            () -> LAO.timeliness(LocalDate.of(2023, 1, 2), Optional.of(LocalDate.of(2023, 1, 1))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("registrationDate")
        .hasMessageContaining("2023-01-01")
        .hasMessageContaining("before the date of birth 2023-01-02");
  }

  @Test
  void defaultPolicyCitesItsSource() {
    assertThat(LAO.legalPeriodDays()).isEqualTo(30);
    assertThat(LAO.lateLimitDays()).contains(365);
    assertThat(LAO.source().confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(LAO.source().citation()).contains("Law on Family Registration");
  }

  @ParameterizedTest(name = "born {0}, on {1}: age {2}, under 18 {3}, under 5 {4}")
  @CsvSource({
    "2006-06-15, 2024-06-15, 18, false, false", // 18th birthday exactly on the reference date
    "2006-06-15, 2024-06-14, 17, true, false", // the day before
    "2008-02-29, 2026-02-28, 17, true, false", // leap-day child, common year: still 17 on 28 Feb
    "2008-02-29, 2026-03-01, 18, false, false", // 18 on 1 March
    "2008-02-29, 2024-02-29, 16, true, false", // leap year birthday
    "2019-06-30, 2024-06-30, 5, true, false", // 5th birthday: no longer under 5
    "2019-07-01, 2024-06-30, 4, true, true",
    "2024-06-30, 2024-06-30, 0, true, true" // born on the reference date
  })
  void agesAndCohorts(LocalDate born, LocalDate on, int age, boolean under18, boolean under5) {
    assertThat(Ages.yearsOn(born, on)).isEqualTo(age);
    assertThat(Ages.isUnder(born, 18, on)).isEqualTo(under18);
    assertThat(Ages.isUnder(born, 5, on)).isEqualTo(under5);
  }

  @Test
  void notYetBornIsInNoCohort() {
    assertThat(Ages.isUnder(LocalDate.of(2025, 1, 1), 5, LocalDate.of(2024, 12, 31))).isFalse();
  }
}
