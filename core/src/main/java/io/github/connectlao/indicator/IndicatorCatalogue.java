package io.github.connectlao.indicator;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.targets.Fraction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue of {@link IndicatorDefinition}s that a user can extend, and the evaluation of their
 * values for a unit and period and their rollups up the administrative hierarchy.
 *
 * <p>The defaults hold the birth-registration indicators. The "11 priority indicators" of the National
 * Assembly resolution cited by the MoHA news of 8 September 2022 were not found in any source and are not included: add them
 * with {@link #withDefinitions(Collection)} once their definitions are known (see {@code
 * docs/targets.md}).
 *
 * <pre>{@code
 * IndicatorCatalogue c = IndicatorCatalogue.laoPdr();
 * c.evaluate("BR_COMPLETENESS", "LA03", ReportingPeriod.ofYear(2022),
 *     DataValues.of(Map.of("births_registered", 1200, "births_estimated", 1500)));   // 80.0
 * }</pre>
 */
public final class IndicatorCatalogue {
  /** The source of the default birth-registration definitions. */
  public static final Source CRVS_DEFINITIONS =
      Source.of(
          "connect-lao docs/crvs.md: completeness = registered / estimated births (OpenCRVS);"
              + " coverage under 5 = SDG indicator 16.9.1; timeliness current / late / delayed",
          Confidence.SECONDARY,
          "Lao names to be supplied by MoHA; not invented here");

  private static final IndicatorCatalogue DEFAULTS = new IndicatorCatalogue(crvsDefinitions());

  private final Map<String, IndicatorDefinition> definitions;

  private IndicatorCatalogue(Collection<IndicatorDefinition> defs) {
    Map<String, IndicatorDefinition> m = new LinkedHashMap<>();
    for (IndicatorDefinition d : defs) {
      m.put(d.code(), d);
    }
    this.definitions = java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The default catalogue: the birth-registration indicators.
   *
   * @return the catalogue
   */
  public static IndicatorCatalogue laoPdr() {
    return DEFAULTS;
  }

  /**
   * An empty catalogue.
   *
   * @return the catalogue
   */
  public static IndicatorCatalogue empty() {
    return new IndicatorCatalogue(List.of());
  }

  /**
   * This catalogue with more definitions (a definition with an existing code replaces it).
   *
   * @param added the definitions
   * @return the new catalogue
   */
  public IndicatorCatalogue withDefinitions(Collection<IndicatorDefinition> added) {
    List<IndicatorDefinition> all = new ArrayList<>(definitions.values());
    all.addAll(added);
    return new IndicatorCatalogue(all);
  }

  /**
   * This catalogue with more definitions.
   *
   * @param added the definitions
   * @return the new catalogue
   */
  public IndicatorCatalogue withDefinitions(IndicatorDefinition... added) {
    return withDefinitions(List.of(added));
  }

  /** @return every definition, in the order added */
  public List<IndicatorDefinition> all() {
    return List.copyOf(definitions.values());
  }

  /**
   * A definition by code.
   *
   * @param code the code
   * @return the definition, when present
   */
  public Optional<IndicatorDefinition> find(String code) {
    return Optional.ofNullable(definitions.get(code));
  }

  /**
   * A definition by code.
   *
   * @param code the code
   * @return the definition
   * @throws InvalidValueException when the catalogue has no such code
   */
  public IndicatorDefinition definition(String code) {
    return find(code)
        .orElseThrow(
            () ->
                new InvalidValueException(
                    "indicator",
                    code,
                    "is not in the catalogue (" + String.join(", ", definitions.keySet()) + ")"));
  }

  /**
   * The value of an indicator for a unit and period.
   *
   * @param code the indicator's code
   * @param unitCode the unit's code (for the result)
   * @param period the period (for annualisation and the result)
   * @param values the data values of that unit and period
   * @return the value, or no value with the reason
   * @throws InvalidValueException when a numerator exceeds its denominator where that is impossible,
   *     or when indicators refer to each other in a cycle
   */
  public IndicatorValue evaluate(
      String code, String unitCode, ReportingPeriod period, DataValues values) {
    InvalidValueException.required(period, "period");
    InvalidValueException.required(values, "values");
    IndicatorDefinition d = definition(code);
    Eval e = eval(d, period, values, new HashSet<>());
    Optional<BigDecimal> rounded =
        e.exact.map(f -> f.toBigDecimal(d.decimals(), RoundingMode.HALF_UP));
    return new IndicatorValue(
        code,
        unitCode,
        period,
        e.numerator,
        e.denominator,
        e.exact,
        rounded,
        Optional.ofNullable(e.reason));
  }

  private record Eval(
      Optional<BigDecimal> numerator,
      Optional<BigDecimal> denominator,
      Optional<Fraction> exact,
      @Nullable String reason) {}

  private Eval eval(
      IndicatorDefinition d, ReportingPeriod period, DataValues values, Set<String> visiting) {
    InvalidValueException.check(
        visiting.add(d.code()), "indicator", d.code(), "refers to itself through other indicators");
    Optional<BigDecimal> num = term(d.numerator(), period, values, visiting);
    Optional<BigDecimal> den = term(d.denominator(), period, values, visiting);
    visiting.remove(d.code());
    if (den.isEmpty()) {
      return new Eval(num, den, Optional.empty(), "denominator " + d.denominator() + " is missing");
    }
    if (den.get().signum() == 0) {
      return new Eval(num, den, Optional.empty(), "denominator " + d.denominator() + " is zero");
    }
    if (num.isEmpty()) {
      return new Eval(num, den, Optional.empty(), "numerator " + d.numerator() + " is missing");
    }
    if (d.numeratorAtMostDenominator()) {
      InvalidValueException.check(
          num.get().compareTo(den.get()) <= 0,
          "numerator " + d.numerator(),
          num.get().toPlainString(),
          "is above the denominator "
              + d.denominator()
              + " = "
              + den.get().toPlainString()
              + " in "
              + d.code()
              + " for "
              + period
              + ", which is impossible for this indicator");
    }
    Fraction v =
        Fraction.ofDecimal(num.get()).multiply(d.factor()).divide(Fraction.ofDecimal(den.get()));
    if (d.annualised()) {
      v = v.multiply(Fraction.of(IndicatorDefinition.ANNUALISATION_DAYS, period.days()));
    }
    return new Eval(num, den, Optional.of(v), null);
  }

  private Optional<BigDecimal> term(
      Term t, ReportingPeriod period, DataValues values, Set<String> visiting) {
    if (t instanceof Term.DataItem item) {
      return values.get(item.name());
    }
    IndicatorDefinition ref = definition(t.name());
    return eval(ref, period, values, visiting)
        .exact
        .map(f -> f.toBigDecimal(12, RoundingMode.HALF_EVEN));
  }

  /**
   * The values of an indicator for every unit of a gazetteer, each from the sums of the data of the
   * unit and all units below it (sums of numerators over sums of denominators, never averages).
   *
   * @param code the indicator's code
   * @param gazetteer the hierarchy
   * @param period the period
   * @param byUnit the data values by unit code (units without data may be absent)
   * @return one value per unit, in gazetteer order (no value where there is no data)
   * @throws InvalidValueException when a unit code in {@code byUnit} is not in the gazetteer
   */
  public List<IndicatorValue> rollup(
      String code, Gazetteer gazetteer, ReportingPeriod period, Map<String, DataValues> byUnit) {
    definition(code);
    int n = gazetteer.size();
    DataValues[] own = new DataValues[n];
    java.util.Arrays.fill(own, DataValues.empty());
    byUnit.forEach(
        (unit, v) -> {
          int i = gazetteer.indexOf(unit);
          InvalidValueException.check(i >= 0, "unitCode", unit, "is not in the gazetteer");
          own[i] = own[i].plus(v);
        });
    // Children follow their parent in depth-first pre-order: one reverse pass sums every subtree.
    DataValues[] total = own.clone();
    for (int i = n - 1; i > 0; i--) {
      int p = gazetteer.parentIndex(i);
      if (p >= 0) {
        total[p] = total[p].plus(total[i]);
      }
    }
    List<IndicatorValue> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      result.add(evaluate(code, gazetteer.unitAt(i).code(), period, total[i]));
    }
    return List.copyOf(result);
  }

  private static List<IndicatorDefinition> crvsDefinitions() {
    List<IndicatorDefinition> list = new ArrayList<>();
    list.add(
        IndicatorDefinition.builder("BR_COMPLETENESS")
            .nameEnglish("Completeness of birth registration (registered / estimated births)")
            .numerator(Term.item("births_registered"))
            .denominator(Term.item("births_estimated"))
            .percentage()
            .source(CRVS_DEFINITIONS)
            .build());
    list.add(
        share(
            "BR_CURRENT_SHARE",
            "Births registered within the legal period (current), share of registrations",
            "births_registered_current"));
    list.add(
        share(
            "BR_LATE_SHARE",
            "Births registered late (after the legal period, within one year), share",
            "births_registered_late"));
    list.add(
        share(
            "BR_DELAYED_SHARE",
            "Births registered delayed (after one year), share of registrations",
            "births_registered_delayed"));
    list.add(
        IndicatorDefinition.builder("BR_COVERAGE_U5")
            .nameEnglish("Children under 5 whose births are registered (SDG 16.9.1)")
            .numerator(Term.item("children_u5_registered"))
            .denominator(Term.item("population_u5"))
            .percentage()
            .source(CRVS_DEFINITIONS)
            .build());
    list.add(
        IndicatorDefinition.builder("BR_COVERAGE_U18")
            .nameEnglish("Children under 18 whose births are registered")
            .numerator(Term.item("children_u18_registered"))
            .denominator(Term.item("population_u18"))
            .percentage()
            .source(CRVS_DEFINITIONS)
            .build());
    return list;
  }

  private static IndicatorDefinition share(String code, String name, String item) {
    return IndicatorDefinition.builder(code)
        .nameEnglish(name)
        .numerator(Term.item(item))
        .denominator(Term.item("births_registered"))
        .percentage()
        .numeratorAtMostDenominator(true)
        .source(CRVS_DEFINITIONS)
        .build();
  }

  @Override
  public String toString() {
    return "IndicatorCatalogue" + definitions.keySet();
  }
}
