package io.github.connectlao.targets;

import io.github.connectlao.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact rational number, always in lowest terms with a positive denominator: the arithmetic of
 * targets such as "at least 2/3 of the provinces".
 *
 * <p>There is deliberately no factory from {@code double}: a percentage becomes a fraction only when
 * asked, with {@link #parsePercent(String)}. Rounding to whole units is explicit: {@link
 * #ceilOf(long)} ("at least"), {@link #floorOf(long)} ("at most") or {@link #roundOf(long,
 * RoundingMode)}.
 *
 * <pre>{@code
 * Fraction.parse("2/3").ceilOf(18);    // 12
 * Fraction.of(1, 3).ceilOf(148);       // 50  (49.33 rounded up)
 * Fraction.of(1, 3).ceilOf(150);       // 50  (exact)
 * Fraction.parsePercent("66.7%");      // 667/1000
 * }</pre>
 *
 * <p>Parsing is bounded, so that no text can make it run long or allocate much: a text longer than
 * {@link #MAX_TEXT_LENGTH} characters is refused before it is read, and a decimal whose exact
 * fraction would need a power of ten beyond {@link #MAX_DECIMAL_EXPONENT} (such as {@code
 * 1e99999999}) is refused before that power is computed; both with an {@link
 * InvalidValueException}.
 */
public final class Fraction implements Comparable<Fraction> {
  /** Zero. */
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

  /** One. */
  public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  /** The longest text {@link #parse(String)} and {@link #parsePercent(String)} read, in characters. */
  public static final int MAX_TEXT_LENGTH = 1_000;

  /**
   * The largest power of ten a decimal may need to become a fraction ({@code 1e1000} and {@code
   * 1e-1000} are accepted, {@code 1e1001} is not), in {@link #parse(String)}, {@link
   * #parsePercent(String)} and {@link #ofDecimal(BigDecimal)}.
   */
  public static final int MAX_DECIMAL_EXPONENT = 1_000;

  private static final Pattern RATIO = Pattern.compile("([+-]?\\d+)(?:\\s*/\\s*(\\d+))?");

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  private static Fraction normalised(BigInteger n, BigInteger d, String field) {
    InvalidValueException.check(d.signum() != 0, field, n + "/" + d, "has a zero denominator");
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    BigInteger g = n.gcd(d);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      n = n.divide(g);
      d = d.divide(g);
    }
    if (n.signum() == 0) {
      return ZERO;
    }
    return new Fraction(n, d);
  }

  /**
   * The fraction {@code numerator/denominator}, reduced.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the fraction
   */
  public static Fraction of(long numerator, long denominator) {
    return normalised(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator), "fraction");
  }

  /**
   * The fraction {@code numerator/denominator}, reduced.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the fraction
   */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    return normalised(
        InvalidValueException.required(numerator, "numerator"),
        InvalidValueException.required(denominator, "denominator"),
        "fraction");
  }

  /**
   * A whole number.
   *
   * @param value the number
   * @return the fraction {@code value/1}
   */
  public static Fraction of(long value) {
    return of(value, 1);
  }

  /**
   * The exact value of a decimal number, e.g. {@code 73.4} is {@code 367/5}.
   *
   * @param value the decimal
   * @return the fraction
   * @throws InvalidValueException when the value needs a power of ten beyond {@link
   *     #MAX_DECIMAL_EXPONENT} (refused before it is computed)
   */
  public static Fraction ofDecimal(BigDecimal value) {
    InvalidValueException.required(value, "value");
    checkExponent(value, "value");
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() <= 0) {
      return new Fraction(v.toBigIntegerExact(), BigInteger.ONE).normalise();
    }
    return normalised(v.unscaledValue(), BigInteger.TEN.pow(v.scale()), "value");
  }

  /**
   * Refuses a decimal whose scale (or precision) would need a power of ten beyond the bound: a
   * check on two ints, done before any expansion.
   */
  private static void checkExponent(BigDecimal value, String field) {
    long scale = value.scale();
    InvalidValueException.check(
        Math.abs(scale) <= MAX_DECIMAL_EXPONENT && value.precision() <= MAX_TEXT_LENGTH,
        field,
        value.precision() <= 64
            ? value.toString()
            : "a decimal of " + value.precision() + " digits",
        "needs a power of ten beyond 10^"
            + MAX_DECIMAL_EXPONENT
            + " (the largest a fraction is made from)");
  }

  private static String bounded(String text, String field) {
    String s = InvalidValueException.requiredText(text, field);
    InvalidValueException.check(
        s.length() <= MAX_TEXT_LENGTH,
        field,
        s.length() + " characters",
        "is longer than the " + MAX_TEXT_LENGTH + " characters a " + field + " may have");
    return s;
  }

  private Fraction normalise() {
    return normalised(numerator, denominator, "fraction");
  }

  /**
   * Reads the text {@link #toString()} prints: {@code 2/3}, {@code -1/2}, {@code 5}; a decimal such
   * as {@code 0.75} is also read exactly. A percentage is refused here: use {@link
   * #parsePercent(String)}.
   *
   * @param text the text
   * @return the fraction
   * @throws InvalidValueException naming the text when it does not parse, is longer than {@link
   *     #MAX_TEXT_LENGTH} or is a decimal beyond {@link #MAX_DECIMAL_EXPONENT}
   */
  public static Fraction parse(String text) {
    String s = bounded(text, "fraction");
    InvalidValueException.check(
        !s.endsWith("%"), "fraction", s, "is a percentage; use Fraction.parsePercent to read it");
    Matcher m = RATIO.matcher(s);
    if (m.matches()) {
      BigInteger d = m.group(2) == null ? BigInteger.ONE : new BigInteger(m.group(2));
      InvalidValueException.check(d.signum() != 0, "fraction", s, "has a zero denominator");
      return normalised(new BigInteger(m.group(1)), d, "fraction");
    }
    BigDecimal decimal;
    try {
      decimal = new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw new InvalidValueException("fraction", s, "is not a fraction such as 2/3, 5 or 0.75");
    }
    checkExponent(decimal, "fraction");
    return ofDecimal(decimal);
  }

  /**
   * Reads a percentage exactly: {@code 66.7%} is {@code 667/1000}, {@code 50%} is {@code 1/2}.
   *
   * @param text a decimal number followed by {@code %}
   * @return the fraction (the percentage divided by 100)
   * @throws InvalidValueException naming the text when it is not a percentage, is longer than
   *     {@link #MAX_TEXT_LENGTH} or is a decimal beyond {@link #MAX_DECIMAL_EXPONENT}
   */
  public static Fraction parsePercent(String text) {
    String s = bounded(text, "percentage");
    InvalidValueException.check(s.endsWith("%"), "percentage", s, "must end with %, e.g. 66.7%");
    BigDecimal decimal;
    try {
      decimal = new BigDecimal(s.substring(0, s.length() - 1).strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException("percentage", s, "is not a percentage such as 66.7%");
    }
    checkExponent(decimal, "percentage");
    return ofDecimal(decimal).divide(of(100));
  }

  /** @return the numerator (carries the sign) */
  public BigInteger numerator() {
    return numerator;
  }

  /** @return the denominator, always positive */
  public BigInteger denominator() {
    return denominator;
  }

  /** @return -1, 0 or 1 as this fraction is negative, zero or positive */
  public int signum() {
    return numerator.signum();
  }

  /**
   * Adds a fraction.
   *
   * @param other the addend
   * @return {@code this + other}
   */
  public Fraction add(Fraction other) {
    return normalised(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator),
        "sum");
  }

  /**
   * Subtracts a fraction.
   *
   * @param other the subtrahend
   * @return {@code this - other}
   */
  public Fraction subtract(Fraction other) {
    return add(other.negate());
  }

  /**
   * Multiplies by a fraction.
   *
   * @param other the factor
   * @return {@code this × other}
   */
  public Fraction multiply(Fraction other) {
    return normalised(
        numerator.multiply(other.numerator), denominator.multiply(other.denominator), "product");
  }

  /**
   * Multiplies by a whole number.
   *
   * @param factor the factor
   * @return {@code this × factor}
   */
  public Fraction multiply(long factor) {
    return multiply(of(factor));
  }

  /**
   * Divides by a fraction.
   *
   * @param other the divisor, not zero
   * @return {@code this / other}
   * @throws InvalidValueException when {@code other} is zero
   */
  public Fraction divide(Fraction other) {
    InvalidValueException.check(other.signum() != 0, "divisor", other, "is zero");
    return normalised(
        numerator.multiply(other.denominator), denominator.multiply(other.numerator), "quotient");
  }

  /** @return {@code -this} */
  public Fraction negate() {
    return signum() == 0 ? this : new Fraction(numerator.negate(), denominator);
  }

  /** @return the absolute value */
  public Fraction abs() {
    return signum() < 0 ? negate() : this;
  }

  /**
   * The smaller of two fractions.
   *
   * @param other the other fraction
   * @return the minimum
   */
  public Fraction min(Fraction other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * The larger of two fractions.
   *
   * @param other the other fraction
   * @return the maximum
   */
  public Fraction max(Fraction other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Rounds to a whole number.
   *
   * @param mode how to round ({@link RoundingMode#CEILING} for "at least")
   * @return the whole number
   */
  public BigInteger round(RoundingMode mode) {
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), 0, mode)
        .toBigIntegerExact();
  }

  /**
   * The smallest whole number of units that is at least this share of a total: "at least 2/3 of 18"
   * is 12, "at least 1/3 of 148" is 50.
   *
   * @param total the total, not negative
   * @return {@code ⌈this × total⌉}
   */
  public long ceilOf(long total) {
    return roundOf(total, RoundingMode.CEILING);
  }

  /**
   * The largest whole number of units that is at most this share of a total.
   *
   * @param total the total, not negative
   * @return {@code ⌊this × total⌋}
   */
  public long floorOf(long total) {
    return roundOf(total, RoundingMode.FLOOR);
  }

  /**
   * This share of a total, rounded as asked.
   *
   * @param total the total, not negative
   * @param mode the rounding
   * @return the rounded product
   */
  public long roundOf(long total, RoundingMode mode) {
    InvalidValueException.check(total >= 0, "total", total, "must not be negative");
    return multiply(total).round(mode).longValueExact();
  }

  /**
   * Whether this is a share: between 0 and 1 inclusive.
   *
   * @return true when {@code 0 <= this <= 1}
   */
  public boolean isShare() {
    return signum() >= 0 && compareTo(ONE) <= 0;
  }

  /**
   * Requires this fraction to be a share (0 to 1), as where "a share of the units" is meant.
   *
   * @param field the name of the field, for the error
   * @return this fraction
   * @throws InvalidValueException naming the field and value when it is below 0 or above 1
   */
  public Fraction requireShare(String field) {
    InvalidValueException.check(
        isShare(),
        field,
        this,
        "is not a share: it must be between 0 and 1 (use 2/3, not 66.7 or 200/3)");
    return this;
  }

  /**
   * The decimal value, rounded.
   *
   * @param scale digits after the decimal point
   * @param mode the rounding
   * @return the decimal
   */
  public BigDecimal toBigDecimal(int scale, RoundingMode mode) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, mode);
  }

  /**
   * The approximate value, for display and for growth rates only (never for counts).
   *
   * @return the nearest double
   */
  public double doubleValue() {
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), java.math.MathContext.DECIMAL64)
        .doubleValue();
  }

  /**
   * This fraction as a percentage, e.g. {@code 2/3} as {@code 66.7%} with one decimal.
   *
   * @param decimals digits after the decimal point
   * @return the text
   */
  public String toPercentString(int decimals) {
    return multiply(of(100)).toBigDecimal(decimals, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** @return whether this fraction is a whole number */
  public boolean isWhole() {
    return denominator.equals(BigInteger.ONE);
  }

  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fraction f
        && f.numerator.equals(numerator)
        && f.denominator.equals(denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /** @return {@code 2/3}, or {@code 5} for a whole number; {@link #parse(String)} reads it back */
  @Override
  public String toString() {
    return isWhole() ? numerator.toString() : numerator + "/" + denominator;
  }
}
