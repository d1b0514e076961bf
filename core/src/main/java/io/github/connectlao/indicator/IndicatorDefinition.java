package io.github.connectlao.indicator;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import org.jspecify.annotations.Nullable;

/**
 * The definition of an indicator (ຕົວຊີ້ບອກ): value = numerator × factor / denominator, with no value
 * when the denominator is zero or missing, as DHIS2 computes indicators.
 *
 * <pre>{@code
 * IndicatorDefinition d = IndicatorDefinition.builder("BR_CURRENT_SHARE")
 *     .nameEnglish("Registrations within the legal period")
 *     .numerator(Term.item("births_registered_current"))
 *     .denominator(Term.item("births_registered"))
 *     .percentage()
 *     .numeratorAtMostDenominator(true)
 *     .build();
 * }</pre>
 *
 * @param code the unique code
 * @param nameLao the Lao name (may be empty)
 * @param nameEnglish the English name (may be empty, but not both)
 * @param numerator the numerator
 * @param denominator the denominator
 * @param factor the factor: 1, 100 for a percentage, 1000 per thousand
 * @param decimals digits kept after the decimal point, 0 to 10
 * @param annualised whether values are scaled to a year: × {@value #ANNUALISATION_DAYS} / days in the
 *     period, as DHIS2 does (so a whole leap year is scaled by 365/366, as in DHIS2)
 * @param numeratorAtMostDenominator whether a numerator above its denominator is impossible (a share of
 *     a whole) and must be refused
 * @param source where the definition comes from
 */
public record IndicatorDefinition(
    String code,
    String nameLao,
    String nameEnglish,
    Term numerator,
    Term denominator,
    long factor,
    int decimals,
    boolean annualised,
    boolean numeratorAtMostDenominator,
    Source source) {

  /**
   * The days of a year for annualisation: 365 for every year, leap or not, as DHIS2 annualises
   * (indicator value × 365 / days in the period, {@code DateUtils.DAYS_IN_YEAR} in dhis2-core).
   */
  public static final int ANNUALISATION_DAYS = 365;

  /**
   * Validates the definition.
   *
   * @param code the code
   * @param nameLao the Lao name
   * @param nameEnglish the English name
   * @param numerator the numerator
   * @param denominator the denominator
   * @param factor the factor
   * @param decimals the decimals
   * @param annualised whether annualised
   * @param numeratorAtMostDenominator whether numerator must not exceed the denominator
   * @param source the source
   */
  public IndicatorDefinition {
    code = InvalidValueException.requiredText(code, "code");
    InvalidValueException.check(
        code.matches("[\\p{L}\\p{M}\\p{N}_.\\-]+"),
        "code",
        code,
        "must contain only letters, digits, _ . -");
    nameLao = nameLao == null ? "" : nameLao.strip();
    nameEnglish = nameEnglish == null ? "" : nameEnglish.strip();
    InvalidValueException.check(
        !nameLao.isEmpty() || !nameEnglish.isEmpty(),
        "name",
        "",
        "indicator " + code + " needs a Lao or an English name");
    InvalidValueException.required(numerator, "numerator");
    InvalidValueException.required(denominator, "denominator");
    InvalidValueException.check(
        !(numerator instanceof Term.IndicatorRef r && r.name().equals(code))
            && !(denominator instanceof Term.IndicatorRef d && d.name().equals(code)),
        "code",
        code,
        "refers to itself");
    InvalidValueException.check(factor > 0, "factor", factor, "must be positive (1, 100, 1000 …)");
    InvalidValueException.check(
        decimals >= 0 && decimals <= 10, "decimals", decimals, "must be 0 to 10");
    InvalidValueException.required(source, "source");
  }

  /**
   * Starts a builder (factor 1, one decimal, not annualised).
   *
   * @param code the code
   * @return the builder
   */
  public static Builder builder(String code) {
    return new Builder(code);
  }

  /** @return the English name, or the Lao name when there is none */
  public String name() {
    return nameEnglish.isEmpty() ? nameLao : nameEnglish;
  }

  @Override
  public String toString() {
    return code
        + " "
        + name()
        + " = "
        + numerator
        + (factor == 1 ? "" : " × " + factor)
        + " / "
        + denominator;
  }

  /** Builds an {@link IndicatorDefinition}. */
  public static final class Builder {
    private final String code;
    private String nameLao = "";
    private String nameEnglish = "";
    private @Nullable Term numerator;
    private @Nullable Term denominator;
    private long factor = 1;
    private int decimals = 1;
    private boolean annualised;
    private boolean atMost;
    private Source source = Source.of("defined by the user", Confidence.UNVERIFIED);

    private Builder(String code) {
      this.code = code;
    }

    /**
     * Sets the Lao name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder nameLao(String name) {
      this.nameLao = name;
      return this;
    }

    /**
     * Sets the English name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder nameEnglish(String name) {
      this.nameEnglish = name;
      return this;
    }

    /**
     * Sets the numerator.
     *
     * @param term the numerator
     * @return this builder
     */
    public Builder numerator(Term term) {
      this.numerator = term;
      return this;
    }

    /**
     * Sets the denominator.
     *
     * @param term the denominator
     * @return this builder
     */
    public Builder denominator(Term term) {
      this.denominator = term;
      return this;
    }

    /**
     * Sets the factor.
     *
     * @param factor 1, 100, 1000 …
     * @return this builder
     */
    public Builder factor(long factor) {
      this.factor = factor;
      return this;
    }

    /**
     * Sets the factor to 100.
     *
     * @return this builder
     */
    public Builder percentage() {
      return factor(100);
    }

    /**
     * Sets the decimals kept.
     *
     * @param decimals 0 to 10
     * @return this builder
     */
    public Builder decimals(int decimals) {
      this.decimals = decimals;
      return this;
    }

    /**
     * Sets whether values are annualised.
     *
     * @param annualised whether annualised
     * @return this builder
     */
    public Builder annualised(boolean annualised) {
      this.annualised = annualised;
      return this;
    }

    /**
     * Sets whether a numerator above the denominator is impossible.
     *
     * @param atMost true for a share of a whole
     * @return this builder
     */
    public Builder numeratorAtMostDenominator(boolean atMost) {
      this.atMost = atMost;
      return this;
    }

    /**
     * Sets the source.
     *
     * @param source the source
     * @return this builder
     */
    public Builder source(Source source) {
      this.source = source;
      return this;
    }

    /**
     * Builds the definition.
     *
     * @return the definition
     */
    public IndicatorDefinition build() {
      return new IndicatorDefinition(
          code,
          nameLao,
          nameEnglish,
          InvalidValueException.required(numerator, "numerator"),
          InvalidValueException.required(denominator, "denominator"),
          factor,
          decimals,
          annualised,
          atMost,
          source);
    }
  }
}
