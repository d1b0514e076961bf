package io.github.connectlao.crvs;

import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A completeness or coverage figure: a count of registrations over a population-based
 * denominator, or <em>no value</em> with the reason when the denominator is missing or zero
 * (never 0, never NaN).
 *
 * <p>Example: {@code completeness LA03 2015-01-01/2015-12-31 both sexes: 41.2% (1,760 / 4,273.8)},
 * or {@code ... : no value (no population for LA03 in 2016 (both sexes, all ages))}.
 *
 * @param indicator what is measured, e.g. {@code completeness} or {@code coverage under 5}
 * @param unitCode the unit's code
 * @param period the window or reference date, as text
 * @param sex the sex, or empty for both sexes
 * @param numerator the registrations counted
 * @param denominator the denominator (estimated births, or population), when known and positive
 * @param noValueReason why there is no value, when the denominator is missing or zero
 * @param terms how the denominator was computed, one line per input (e.g. per calendar year)
 * @param sources the sources of the denominator's inputs
 */
public record RegistrationRate(
    String indicator,
    String unitCode,
    String period,
    Optional<Sex> sex,
    long numerator,
    Optional<Double> denominator,
    Optional<String> noValueReason,
    List<String> terms,
    List<Source> sources) {

  /**
   * Validates the figure: exactly one of a positive denominator and a reason.
   *
   * @param indicator indicator
   * @param unitCode unit
   * @param period period
   * @param sex sex
   * @param numerator numerator
   * @param denominator denominator
   * @param noValueReason reason
   * @param terms terms
   * @param sources sources
   */
  public RegistrationRate {
    indicator = InvalidValueException.requiredText(indicator, "indicator");
    unitCode = InvalidValueException.requiredText(unitCode, "unitCode");
    period = InvalidValueException.requiredText(period, "period");
    InvalidValueException.required(sex, "sex");
    InvalidValueException.check(numerator >= 0, "numerator", numerator, "must not be negative");
    InvalidValueException.required(denominator, "denominator");
    InvalidValueException.required(noValueReason, "noValueReason");
    InvalidValueException.check(
        denominator.isPresent() != noValueReason.isPresent(),
        "denominator",
        denominator.orElse(null),
        "needs exactly one of a denominator and a no-value reason");
    denominator.ifPresent(
        d ->
            InvalidValueException.check(
                d > 0 && Double.isFinite(d), "denominator", d, "must be positive and finite"));
    terms = List.copyOf(terms);
    sources = List.copyOf(sources);
  }

  /** @return true when there is a value */
  public boolean hasValue() {
    return denominator.isPresent();
  }

  /** @return numerator / denominator (e.g. 0.412), or empty when there is no value */
  public Optional<Double> value() {
    return denominator.map(d -> numerator / d);
  }

  /** @return the value as a percentage (e.g. 41.2), or empty when there is no value */
  public Optional<Double> percent() {
    return value().map(v -> v * 100);
  }

  /** What the numerator of completeness counts. */
  public enum Basis {
    /** Registered births that occurred in the window (by date of birth, registered by the cut-off). */
    OCCURRENCE,
    /**
     * Registrations made in the window, whenever the birth occurred (as OpenCRVS and the Lao
     * Statistics Bureau count).
     */
    REGISTRATION
  }

  /** The rule for population figures of other years, stated wherever a figure is missing. */
  public static final String YEAR_RULE =
      "population and birth rates are used only for the year they describe; "
          + "no other year's figure is used";

  /**
   * Completeness: a numerator over the estimated births in a window, estimated births = crude
   * birth rate × population / 1000, prorated by days in each calendar year the window overlaps.
   *
   * @param unit the unit
   * @param window the window
   * @param sex a sex, or empty for both
   * @param numerator the registrations counted ({@link Basis})
   * @param basis what the numerator counts (named in the indicator)
   * @param table the population and crude birth rates
   * @param indicator the indicator's name, e.g. {@code completeness}
   * @return the figure, or no value naming every missing input (as data: {@link NoValue#ofCompleteness})
   */
  public static RegistrationRate completeness(
      AdminUnit unit,
      DateRange window,
      Optional<Sex> sex,
      long numerator,
      Basis basis,
      PopulationTable table,
      String indicator) {
    List<String> terms = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    Set<Source> sources = new LinkedHashSet<>();
    double estimated = 0;
    for (int y = window.start().getYear(); y <= window.end().getYear(); y++) {
      Optional<PopulationTable.Population> pop = table.population(unit, y, sex, AgeGroup.ALL);
      Optional<PopulationTable.BirthRate> cbr = table.crudeBirthRate(unit, y, sex);
      if (pop.isEmpty()) {
        missing.add(
            new NoValue(
                    NoValue.Kind.NO_POPULATION,
                    unit.code(),
                    java.util.OptionalInt.of(y),
                    sex,
                    Optional.of(AgeGroup.ALL))
                .toString());
      }
      if (cbr.isEmpty()) {
        missing.add(
            new NoValue(
                    NoValue.Kind.NO_BIRTH_RATE,
                    unit.code(),
                    java.util.OptionalInt.of(y),
                    sex,
                    Optional.empty())
                .toString());
      }
      if (pop.isPresent() && cbr.isPresent()) {
        long days = window.daysIn(y);
        int yearDays = LocalDate.of(y, 1, 1).lengthOfYear();
        double births = cbr.get().perThousand() * pop.get().count() / 1000.0 * days / yearDays;
        estimated += births;
        terms.add(
            String.format(
                Locale.ROOT,
                "%d: %s per 1000 x %,d / 1000 x %d/%d days = %,.1f",
                y,
                cbr.get().perThousand(),
                pop.get().count(),
                days,
                yearDays,
                births));
        sources.add(cbr.get().source());
        sources.add(pop.get().source());
      }
    }
    String name = basis == Basis.REGISTRATION ? indicator + " (registration basis)" : indicator;
    if (!missing.isEmpty()) {
      return new RegistrationRate(
          name,
          unit.code(),
          window.toString(),
          sex,
          numerator,
          Optional.empty(),
          Optional.of(String.join("; ", missing)),
          terms,
          List.copyOf(sources));
    }
    if (estimated <= 0) {
      return new RegistrationRate(
          name,
          unit.code(),
          window.toString(),
          sex,
          numerator,
          Optional.empty(),
          Optional.of(
              new NoValue(
                      NoValue.Kind.ZERO_ESTIMATED_BIRTHS,
                      unit.code(),
                      java.util.OptionalInt.empty(),
                      sex,
                      Optional.empty())
                  .toString()),
          terms,
          List.copyOf(sources));
    }
    return new RegistrationRate(
        name,
        unit.code(),
        window.toString(),
        sex,
        numerator,
        Optional.of(estimated),
        Optional.empty(),
        terms,
        List.copyOf(sources));
  }

  /**
   * Coverage among children under an age on a reference date: a numerator (registered, alive and
   * under the age on the day) over the population of that age group in the day's year.
   *
   * @param unit the unit
   * @param referenceDate the day
   * @param underYears the age limit
   * @param sex a sex, or empty for both
   * @param numerator the children counted
   * @param table the population by age group
   * @return the figure, or no value naming the missing population
   */
  public static RegistrationRate coverage(
      AdminUnit unit,
      LocalDate referenceDate,
      int underYears,
      Optional<Sex> sex,
      long numerator,
      PopulationTable table) {
    String sexText = sex.map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("both sexes");
    AgeGroup group = AgeGroup.under(underYears);
    int year = referenceDate.getYear();
    Optional<PopulationTable.Population> pop = table.populationOfAges(unit, year, sex, group);
    String indicator = "coverage under " + underYears;
    if (pop.isEmpty()) {
      return new RegistrationRate(
          indicator,
          unit.code(),
          referenceDate.toString(),
          sex,
          numerator,
          Optional.empty(),
          Optional.of(
              new NoValue(
                      NoValue.Kind.NO_POPULATION,
                      unit.code(),
                      java.util.OptionalInt.of(year),
                      sex,
                      Optional.of(group))
                  .toString()),
          List.of(),
          List.of());
    }
    List<String> terms =
        List.of(
            String.format(
                Locale.ROOT,
                "%d: population %s aged %s = %,d",
                year,
                sexText,
                group,
                pop.get().count()));
    if (pop.get().count() == 0) {
      return new RegistrationRate(
          indicator,
          unit.code(),
          referenceDate.toString(),
          sex,
          numerator,
          Optional.empty(),
          Optional.of(
              new NoValue(
                      NoValue.Kind.ZERO_POPULATION,
                      unit.code(),
                      java.util.OptionalInt.of(year),
                      sex,
                      Optional.of(group))
                  .toString()),
          terms,
          List.of(pop.get().source()));
    }
    return new RegistrationRate(
        indicator,
        unit.code(),
        referenceDate.toString(),
        sex,
        numerator,
        Optional.of((double) pop.get().count()),
        Optional.empty(),
        terms,
        List.of(pop.get().source()));
  }

  @Override
  public String toString() {
    String head =
        indicator
            + " "
            + unitCode
            + " "
            + period
            + " "
            + sex.map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("both sexes")
            + ": ";
    return head
        + denominator
            .map(
                d ->
                    String.format(
                        Locale.ROOT, "%.1f%% (%,d / %,.1f)", numerator * 100 / d, numerator, d))
            .orElseGet(() -> "no value (" + noValueReason.orElse("") + ")");
  }
}
