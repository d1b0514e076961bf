package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.crvs.RegistrationPolicy.CountFrom;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistrationPolicyTest {
  private static final Source SRC = Source.of("test policy", Confidence.SYNTHETIC);
  private static final LocalDate BORN = LocalDate.of(2023, 1, 1);

  @Test
  void theLaoDefaultAsDocumented() {
    RegistrationPolicy p = RegistrationPolicy.laoPdr();
    assertThat(p.legalPeriodDays()).isEqualTo(30);
    assertThat(p.lateLimitDays()).contains(365);
    assertThat(p.countFrom()).isEqualTo(CountFrom.BIRTH);
    assertThat(p.source()).isEqualTo(RegistrationPolicy.LAO_LAW);
    assertThat(p.timeliness(BORN, Optional.of(BORN.plusDays(30)))).isEqualTo(Timeliness.CURRENT);
    assertThat(p.timeliness(BORN, Optional.of(BORN.plusDays(31)))).isEqualTo(Timeliness.LATE);
    assertThat(p.timeliness(BORN, Optional.of(BORN.plusDays(365)))).isEqualTo(Timeliness.LATE);
    assertThat(p.timeliness(BORN, Optional.of(BORN.plusDays(366)))).isEqualTo(Timeliness.DELAYED);
    assertThat(p.timeliness(BORN, Optional.empty())).isEqualTo(Timeliness.NOT_REGISTERED);
    assertThat(p).hasToString("RegistrationPolicy[current <= 30 days, late <= 365 days]");
  }

  @Test
  void withoutALateLimitThereIsNoDelayedClass() {
    RegistrationPolicy p = new RegistrationPolicy(60, Optional.empty(), SRC);
    assertThat(p.timelinessOfDelay(60)).isEqualTo(Timeliness.CURRENT);
    assertThat(p.timelinessOfDelay(61)).isEqualTo(Timeliness.LATE);
    assertThat(p).hasToString("RegistrationPolicy[current <= 60 days, no delayed class]");
    qt().forAll(longs().between(61, Long.MAX_VALUE))
        .checkAssert(d -> assertThat(p.timelinessOfDelay(d)).isEqualTo(Timeliness.LATE));
  }

  @Test
  void theLawCountsFromTheBirthNotice() {
    RegistrationPolicy law = RegistrationPolicy.laoLaw();
    assertThat(law.countFrom()).isEqualTo(CountFrom.BIRTH_NOTICE);
    LocalDate notice = BORN.plusDays(20);
    LocalDate registered = BORN.plusDays(45);
    assertThat(law.band(BORN, Optional.of(notice), Optional.of(registered)))
        .isEqualTo(TimelinessBand.CURRENT);
    assertThat(RegistrationPolicy.laoPdr().band(BORN, Optional.of(notice), Optional.of(registered)))
        .isEqualTo(TimelinessBand.LATE);
    assertThat(law.band(BORN, Optional.empty(), Optional.of(registered)))
        .as("no notice: from the birth")
        .isEqualTo(TimelinessBand.LATE);
    assertThat(law.band(BORN, Optional.of(BORN.plusDays(50)), Optional.of(registered)))
        .as("registered before its notice: day 0")
        .isEqualTo(TimelinessBand.CURRENT);
    assertThat(law.timeliness(BORN, Optional.of(registered)))
        .as("timeliness() counts from the birth")
        .isEqualTo(Timeliness.LATE);
    assertThat(law.toString()).endsWith(", counted from the birth notice]");
  }

  @Test
  void theFiveYearSplitOfDelayedRegistrations() {
    RegistrationPolicy p =
        RegistrationPolicy.laoPdr()
            .withDelayedSplit(
                RegistrationPolicy.FIVE_YEARS_DAYS, RegistrationPolicy.OPENCRVS_BANDS);
    assertThat(p.bandOfDelay(366)).isEqualTo(TimelinessBand.DELAYED_WITHIN_SPLIT);
    assertThat(p.bandOfDelay(1825)).isEqualTo(TimelinessBand.DELAYED_WITHIN_SPLIT);
    assertThat(p.bandOfDelay(1826)).isEqualTo(TimelinessBand.DELAYED_AFTER_SPLIT);
    assertThat(p.timelinessOfDelay(1826)).isEqualTo(Timeliness.DELAYED);
    assertThat(p.toString()).contains("delayed split at 1825 days");
  }

  @Test
  void withoutASplitNoDelayIsAfterTheSplit() {
    RegistrationPolicy p = RegistrationPolicy.laoPdr();
    qt().forAll(longs().between(0, Long.MAX_VALUE))
        .checkAssert(
            d ->
                assertThat(p.bandOfDelay(d))
                    .isNotEqualTo(TimelinessBand.DELAYED_AFTER_SPLIT)
                    .isNotEqualTo(TimelinessBand.NOT_REGISTERED));
  }

  @Test
  void aLongerDelayNeverGivesASoonerBand() {
    qt().forAll(
            integers().between(0, 400),
            integers().between(0, 3000),
            longs().between(0, 100_000),
            longs().between(0, 100_000))
        .checkAssert(
            (legal, extra, a, b) -> {
              RegistrationPolicy p = RegistrationPolicy.of(legal, legal + extra, SRC);
              assertThat(p.bandOfDelay(Math.max(a, b)))
                  .isGreaterThanOrEqualTo(p.bandOfDelay(Math.min(a, b)));
            });
  }

  @Test
  void refusesARegistrationBeforeTheBirthOrANegativeDelay() {
    assertThatThrownBy(
            () -> RegistrationPolicy.laoPdr().timeliness(BORN, Optional.of(BORN.minusDays(1))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "registrationDate: '2022-12-31' is before the date of birth 2023-01-01: "
                + "a birth cannot be registered before it happens");
    assertThatThrownBy(() -> RegistrationPolicy.laoPdr().bandOfDelay(-1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("registrationDelayDays: '-1' is negative");
  }

  @Test
  void refusesLimitsOutOfOrder() {
    assertThatThrownBy(() -> RegistrationPolicy.of(-1, 365, SRC))
        .hasMessageStartingWith("legalPeriodDays: '-1'");
    assertThatThrownBy(() -> RegistrationPolicy.of(30, 29, SRC))
        .hasMessage("lateLimitDays: '29' must be from the legal period of 30 days to 65533");
    assertThatThrownBy(() -> RegistrationPolicy.of(30, RegistrationPolicy.MAX_DELAY_DAYS, SRC))
        .hasMessageStartingWith("lateLimitDays: ");
    assertThatThrownBy(() -> RegistrationPolicy.laoPdr().withDelayedSplit(300, SRC))
        .hasMessage("delayedSplitDays: '300' must be from the late limit of 365 days to 65533");
    assertThatThrownBy(
            () -> new RegistrationPolicy(30, Optional.empty(), SRC).withDelayedSplit(400, SRC))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("needs a late limit");
    assertThatThrownBy(() -> RegistrationPolicy.laoPdr().withDelayedSplit(2000, null))
        .hasMessageContaining("splitSource");
  }
}
