package io.github.connectlao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.testing.ResourceOracles;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Parsing a fraction is bounded: huge exponents and texts are refused before any expansion. */
class FractionLimitsTest {

  @Test
  void aHugeExponentIsRefusedBeforeThePowerOfTenIsComputed() {
    // hang detector only: the unbounded version computed 10^99999999 (minutes)
    for (String s :
        new String[] {"1e99999999", "1E999999999", "-1e-99999999", "1e1001", "1e-1001"}) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(30),
          () ->
              assertThatThrownBy(() -> Fraction.parse(s))
                  .isInstanceOf(InvalidValueException.class)
                  .hasMessageContaining("10^" + Fraction.MAX_DECIMAL_EXPONENT));
    }
    assertThatThrownBy(() -> Fraction.parsePercent("1e99999999%"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Fraction.ofDecimal(new BigDecimal("1E999999999")))
        .isInstanceOf(InvalidValueException.class);
    // an exponent beyond the int range is a malformed number, not a crash
    assertThatThrownBy(() -> Fraction.parse("1E9999999999"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void theBoundsThemselvesAreAccepted() {
    assertThat(Fraction.parse("1e1000").numerator()).isEqualTo(java.math.BigInteger.TEN.pow(1000));
    assertThat(Fraction.parse("1e-1000").denominator())
        .isEqualTo(java.math.BigInteger.TEN.pow(1000));
    assertThat(Fraction.parse("0.75")).isEqualTo(Fraction.of(3, 4));
  }

  @Test
  void aTextLongerThanTheLimitIsRefusedWithoutEchoingIt() {
    String digits = "7".repeat(Fraction.MAX_TEXT_LENGTH + 1);
    assertThatThrownBy(() -> Fraction.parse(digits))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining((Fraction.MAX_TEXT_LENGTH + 1) + " characters")
        .hasMessageNotContaining(digits);
    assertThat(Fraction.parse("7".repeat(Fraction.MAX_TEXT_LENGTH)).denominator())
        .isEqualTo(java.math.BigInteger.ONE);
  }

  @Test
  void refusingAHugeExponentAllocatesAlmostNothing() {
    long bytes =
        ResourceOracles.allocatedBytes(
            () -> {
              try {
                Fraction.parse("1e99999999");
              } catch (InvalidValueException expected) {
                // refused
              }
            });
    assertThat(bytes).as("bytes allocated to refuse 1e99999999").isLessThan(1 << 20);
  }
}
