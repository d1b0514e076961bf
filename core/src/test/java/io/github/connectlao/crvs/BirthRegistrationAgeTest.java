package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The age of a child born on 29 February, as the javadoc of {@link BirthRegistration#ageOn} says. */
class BirthRegistrationAgeTest {
  @Test
  void aLeapDayChildTurnsOlderOnFirstMarchInCommonYears() {
    BirthRegistration r =
        BirthRegistration.builder("A", Sex.FEMALE, LocalDate.of(2008, 2, 29), "LA0101").build();
    assertThat(r.ageOn(LocalDate.of(2026, 2, 28))).isEqualTo(17);
    assertThat(r.ageOn(LocalDate.of(2026, 3, 1))).isEqualTo(18);
    assertThat(r.ageOn(LocalDate.of(2024, 2, 29))).isEqualTo(16);
  }
}
