package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgesTest {

  @Test
  void aChildBornOn29FebruaryHasItsBirthdayOn1MarchInACommonYear() {
    LocalDate born = LocalDate.of(2008, 2, 29);
    assertThat(Ages.yearsOn(born, LocalDate.of(2026, 2, 28))).isEqualTo(17);
    assertThat(Ages.yearsOn(born, LocalDate.of(2026, 3, 1))).isEqualTo(18);
    assertThat(Ages.isUnder(born, 18, LocalDate.of(2026, 2, 28))).isTrue();
    assertThat(Ages.isUnder(born, 18, LocalDate.of(2026, 3, 1))).isFalse();
    assertThat(Ages.yearsOn(born, LocalDate.of(2028, 2, 29))).isEqualTo(20);
  }

  @Test
  void onTheEighteenthBirthdayAChildIsNoLongerUnder18() {
    LocalDate born = LocalDate.of(2006, 6, 15);
    assertThat(Ages.isUnder(born, 18, LocalDate.of(2024, 6, 14))).isTrue();
    assertThat(Ages.isUnder(born, 18, LocalDate.of(2024, 6, 15))).isFalse();
    assertThat(Ages.yearsOn(born, born)).isZero();
  }

  @Test
  void aChildNotYetBornIsUnderNoAgeAndHasNoAge() {
    LocalDate born = LocalDate.of(2024, 6, 15);
    assertThat(Ages.isUnder(born, 5, LocalDate.of(2024, 6, 14))).isFalse();
    assertThatThrownBy(() -> Ages.yearsOn(born, LocalDate.of(2024, 6, 14)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("referenceDate: '2024-06-14' is before the date of birth");
  }

  @Test
  void ageNeverDecreasesAndGrowsByOneAYear() {
    qt().forAll(
            integers().between(-20_000, 20_000),
            integers().between(0, 40_000),
            integers().between(0, 400))
        .checkAssert(
            (birthDay, days, more) -> {
              LocalDate born = LocalDate.ofEpochDay(birthDay);
              LocalDate day = born.plusDays(days);
              int age = Ages.yearsOn(born, day);
              assertThat(Ages.yearsOn(born, day.plusDays(more))).isGreaterThanOrEqualTo(age);
              assertThat(Ages.yearsOn(born, day.plusYears(1))).isBetween(age, age + 1);
              assertThat(Ages.isUnder(born, age + 1, day)).isTrue();
              assertThat(Ages.isUnder(born, age, day)).isFalse();
            });
  }
}
