package io.github.connectlao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FractionTest {

  @ParameterizedTest(name = "at least {0} of {1} is {2}")
  @CsvSource({
    "2/3, 18, 12",
    "1/3, 148, 50",
    "1/3, 150, 50",
    "2/3, 362, 242",
    "2/3, 0, 0",
    "1, 148, 148",
    "0, 148, 0",
    "1/3, 9, 3",
    "1/3, 5, 2"
  })
  void atLeastCounts(String fraction, long total, long expected) {
    assertThat(Fraction.parse(fraction).ceilOf(total)).isEqualTo(expected);
  }

  @Test
  void roundingIsExplicit() {
    Fraction third = Fraction.of(1, 3);
    assertThat(third.ceilOf(148)).isEqualTo(50);
    assertThat(third.floorOf(148)).isEqualTo(49);
    assertThat(third.roundOf(148, RoundingMode.HALF_UP)).isEqualTo(49);
    assertThat(third.floorOf(150)).isEqualTo(50);
    assertThat(Fraction.of(1, 2).roundOf(5, RoundingMode.HALF_EVEN)).isEqualTo(2);
    assertThat(Fraction.of(1, 2).roundOf(5, RoundingMode.HALF_UP)).isEqualTo(3);
  }

  @Test
  void arithmeticIsExact() {
    Fraction a = Fraction.of(2, 3);
    Fraction b = Fraction.of(1, 6);
    assertThat(a.add(b)).isEqualTo(Fraction.of(5, 6));
    assertThat(a.subtract(b)).isEqualTo(Fraction.of(1, 2));
    assertThat(a.multiply(b)).isEqualTo(Fraction.of(1, 9));
    assertThat(a.divide(b)).isEqualTo(Fraction.of(4));
    assertThat(Fraction.of(4, -6)).hasToString("-2/3");
    assertThat(Fraction.of(6, 3)).hasToString("2");
    assertThat(a.compareTo(Fraction.parse("0.6667"))).isNegative();
    assertThat(Fraction.ofDecimal(new BigDecimal("73.40"))).isEqualTo(Fraction.of(367, 5));
    assertThat(a.toPercentString(1)).isEqualTo("66.7%");
  }

  @Test
  void percentagesOnlyWhenAsked() {
    assertThat(Fraction.parsePercent("66.7%")).isEqualTo(Fraction.of(667, 1000));
    assertThat(Fraction.parsePercent("50 %")).isEqualTo(Fraction.of(1, 2));
    assertThatThrownBy(() -> Fraction.parse("66.7%"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'66.7%'")
        .hasMessageContaining("parsePercent");
    assertThatThrownBy(() -> Fraction.parsePercent("66.7")).hasMessageContaining("'66.7'");
    // 66.7% is not 2/3: the required count can differ
    assertThat(Fraction.parsePercent("66.7%").ceilOf(18)).isEqualTo(13);
    assertThat(Fraction.of(2, 3).ceilOf(18)).isEqualTo(12);
  }

  @Test
  void badInputNamesTheValue() {
    assertThatThrownBy(() -> Fraction.parse("2/0"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'2/0'");
    assertThatThrownBy(() -> Fraction.parse("two thirds")).hasMessageContaining("'two thirds'");
    assertThatThrownBy(() -> Fraction.of(4, 3).requireShare("share"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("share: '4/3'")
        .hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> Fraction.of(1, 3).ceilOf(-1)).hasMessageContaining("'-1'");
    assertThatThrownBy(() -> Fraction.ONE.divide(Fraction.ZERO)).hasMessageContaining("zero");
  }

  @Test
  void parseReadsToString() {
    qt().withExamples(500)
        .forAll(integers().between(-10_000, 10_000), integers().between(1, 10_000))
        .checkAssert(
            (n, d) -> {
              Fraction f = Fraction.of(n, d);
              assertThat(Fraction.parse(f.toString())).isEqualTo(f);
              assertThat(f.denominator().signum()).isPositive();
              assertThat(f.numerator().gcd(f.denominator())).isEqualTo(java.math.BigInteger.ONE);
            });
  }

  @Test
  void requiredCountIsMonotoneInTheFraction() {
    qt().withExamples(500)
        .forAll(
            integers().between(0, 1000),
            integers().between(0, 1000),
            integers().between(1, 1000),
            integers().between(0, 100_000))
        .checkAssert(
            (a, b, d, total) -> {
              Fraction lo = Fraction.of(Math.min(a, b), 1000);
              Fraction hi = Fraction.of(Math.max(a, b), 1000);
              assertThat(lo.ceilOf(total)).isLessThanOrEqualTo(hi.ceilOf(total));
              assertThat(hi.ceilOf(total)).isLessThanOrEqualTo(total);
            });
  }

  @Test
  void requiredCountIsMonotoneInTheTotal() {
    qt().withExamples(500)
        .forAll(
            integers().between(0, 1000),
            integers().between(0, 100_000),
            integers().between(0, 100_000))
        .checkAssert(
            (a, t1, t2) -> {
              Fraction f = Fraction.of(a, 1000);
              long lo = Math.min(t1, t2);
              long hi = Math.max(t1, t2);
              assertThat(f.ceilOf(lo)).isLessThanOrEqualTo(f.ceilOf(hi));
              // "at least": the count reaches the share and one fewer does not
              long c = f.ceilOf(hi);
              assertThat(Fraction.of(c).compareTo(f.multiply(hi))).isGreaterThanOrEqualTo(0);
              if (c > 0) {
                assertThat(Fraction.of(c - 1).compareTo(f.multiply(hi))).isNegative();
              }
            });
  }

  @Test
  void additionIsAssociativeAndCommutative() {
    qt().withExamples(300)
        .forAll(
            integers().between(-1000, 1000),
            integers().between(1, 50),
            integers().between(-1000, 1000),
            integers().between(1, 50))
        .checkAssert(
            (a, b, c, d) -> {
              Fraction x = Fraction.of(a, b);
              Fraction y = Fraction.of(c, d);
              Fraction z = Fraction.of(a + c, b + d);
              assertThat(x.add(y).add(z)).isEqualTo(x.add(y.add(z)));
              assertThat(x.add(y)).isEqualTo(y.add(x));
            });
  }
}
