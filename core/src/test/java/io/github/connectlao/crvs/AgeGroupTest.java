package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AgeGroupTest {

  static Gen<AgeGroup> groups() {
    return integers()
        .between(0, 120)
        .zip(
            integers().between(1, 121),
            (from, width) ->
                width == 121
                    ? AgeGroup.of(from, Integer.MAX_VALUE)
                    : AgeGroup.of(from, from + width));
  }

  @Test
  void theDocumentedExamples() {
    assertThat(AgeGroup.under(5)).hasToString("0-4");
    assertThat(AgeGroup.under(18)).hasToString("0-17");
    assertThat(AgeGroup.ALL).hasToString("all ages");
    assertThat(AgeGroup.of(15, Integer.MAX_VALUE)).hasToString("15+");
    assertThat(AgeGroup.parse("all")).isEqualTo(AgeGroup.ALL);
    assertThat(AgeGroup.parse("Total")).isEqualTo(AgeGroup.ALL);
    assertThat(AgeGroup.parse("15+")).isEqualTo(AgeGroup.of(15, Integer.MAX_VALUE));
    assertThat(AgeGroup.parse(" 0 - 4 ")).isEqualTo(AgeGroup.under(5));
    assertThat(AgeGroup.parse("7-7")).isEqualTo(AgeGroup.of(7, 8));
  }

  @Test
  void parseReadsWhatToStringPrints() {
    qt().forAll(groups()).checkAssert(g -> assertThat(AgeGroup.parse(g.toString())).isEqualTo(g));
  }

  @Test
  void containsTheLowerBoundAndNotTheUpper() {
    AgeGroup under5 = AgeGroup.under(5);
    assertThat(under5.contains(0)).isTrue();
    assertThat(under5.contains(4)).isTrue();
    assertThat(under5.contains(5)).isFalse();
    assertThat(under5.contains(-1)).isFalse();
    assertThat(AgeGroup.ALL.contains(130)).isTrue();
    qt().forAll(groups(), integers().between(-5, 300))
        .checkAssert(
            (g, age) ->
                assertThat(g.contains(age))
                    .isEqualTo(age >= g.fromYears() && age < g.toYearsExclusive()));
  }

  @Test
  void refusesBoundsOutOfOrder() {
    assertThatThrownBy(() -> AgeGroup.of(-1, 5))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("fromYears: '-1' must not be negative");
    assertThatThrownBy(() -> AgeGroup.of(5, 5))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("toYearsExclusive: '5' must be above fromYears 5");
    assertThatThrownBy(() -> AgeGroup.under(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("toYearsExclusive: ");
  }

  @Test
  void refusesTextThatIsNoAgeGroupNamingTheField() {
    for (String bad : new String[] {"", "five", "4-0", "-4", "0-", "+", "0..4", "10-x"}) {
      assertThatThrownBy(() -> AgeGroup.parse(bad))
          .as(bad)
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("ageGroup: ");
    }
    assertThatThrownBy(() -> AgeGroup.parse("4-0"))
        .hasMessageContaining("upper age below its lower age");
  }
}
