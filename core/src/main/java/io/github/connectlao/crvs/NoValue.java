package io.github.connectlao.crvs;

import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Why a {@link RegistrationRate} has no value, as data rather than text: a reason code and its
 * parameters (unit, year, sex, ages), so that a report can say it in any language. {@link
 * #toString()} is the English phrase {@link RegistrationRate#noValueReason()} joins with {@code "; "},
 * e.g. {@code no population for LA03 in 2016 (both sexes, all ages)}.
 *
 * <pre>{@code
 * List<NoValue> why = NoValue.ofCompleteness(unit, window, Optional.empty(), table);
 * why.get(0).kind();   // NO_POPULATION
 * why.get(0).year();   // OptionalInt[2016]
 * }</pre>
 *
 * @param kind the reason
 * @param unitCode the unit's code
 * @param year the year of the missing figure, when the reason names one
 * @param sex the sex of the figure, empty for both sexes
 * @param ages the age group of a missing population, when the reason names one
 */
public record NoValue(
    Kind kind, String unitCode, OptionalInt year, Optional<Sex> sex, Optional<AgeGroup> ages) {

  /** The reasons a rate has no value. */
  public enum Kind {
    /** The population table has no population for the unit, year, sex and ages. */
    NO_POPULATION,
    /** The population table has no crude birth rate for the unit, year and sex. */
    NO_BIRTH_RATE,
    /** The estimated births of the window are zero (a population or rate of 0). */
    ZERO_ESTIMATED_BIRTHS,
    /** The population of the age group is zero. */
    ZERO_POPULATION
  }

  /**
   * Validates the reason.
   *
   * @param kind kind
   * @param unitCode unit
   * @param year year
   * @param sex sex
   * @param ages ages
   */
  public NoValue {
    InvalidValueException.required(kind, "kind");
    unitCode = InvalidValueException.requiredText(unitCode, "unitCode");
    InvalidValueException.required(year, "year");
    InvalidValueException.required(sex, "sex");
    InvalidValueException.required(ages, "ages");
  }

  /**
   * Every input missing for completeness over a window (the reasons {@link
   * RegistrationRate#completeness} names), in its order: per calendar year, the population then
   * the crude birth rate; or {@link Kind#ZERO_ESTIMATED_BIRTHS}; empty when there is a value.
   *
   * @param unit the unit
   * @param window the window
   * @param sex a sex, or empty for both
   * @param table the population and crude birth rates
   * @return the reasons, empty when the figure has a value
   */
  public static List<NoValue> ofCompleteness(
      AdminUnit unit, DateRange window, Optional<Sex> sex, PopulationTable table) {
    List<NoValue> missing = new ArrayList<>();
    double estimated = 0;
    for (int y = window.start().getYear(); y <= window.end().getYear(); y++) {
      Optional<PopulationTable.Population> pop = table.population(unit, y, sex, AgeGroup.ALL);
      Optional<PopulationTable.BirthRate> cbr = table.crudeBirthRate(unit, y, sex);
      if (pop.isEmpty()) {
        missing.add(
            new NoValue(
                Kind.NO_POPULATION,
                unit.code(),
                OptionalInt.of(y),
                sex,
                Optional.of(AgeGroup.ALL)));
      }
      if (cbr.isEmpty()) {
        missing.add(
            new NoValue(Kind.NO_BIRTH_RATE, unit.code(), OptionalInt.of(y), sex, Optional.empty()));
      }
      if (pop.isPresent() && cbr.isPresent()) {
        estimated +=
            cbr.get().perThousand()
                * pop.get().count()
                / 1000.0
                * window.daysIn(y)
                / LocalDate.of(y, 1, 1).lengthOfYear();
      }
    }
    if (missing.isEmpty() && estimated <= 0) {
      missing.add(
          new NoValue(
              Kind.ZERO_ESTIMATED_BIRTHS, unit.code(), OptionalInt.empty(), sex, Optional.empty()));
    }
    return List.copyOf(missing);
  }

  /**
   * Why coverage under an age on a day has no value (the reason {@link RegistrationRate#coverage}
   * names), or empty when it has one.
   *
   * @param unit the unit
   * @param referenceDate the day
   * @param underYears the age limit
   * @param sex a sex, or empty for both
   * @param table the population by age group
   * @return the reason, empty when the figure has a value
   */
  public static Optional<NoValue> ofCoverage(
      AdminUnit unit,
      LocalDate referenceDate,
      int underYears,
      Optional<Sex> sex,
      PopulationTable table) {
    AgeGroup group = AgeGroup.under(underYears);
    int year = referenceDate.getYear();
    Optional<PopulationTable.Population> pop = table.populationOfAges(unit, year, sex, group);
    if (pop.isEmpty()) {
      return Optional.of(
          new NoValue(
              Kind.NO_POPULATION, unit.code(), OptionalInt.of(year), sex, Optional.of(group)));
    }
    if (pop.get().count() == 0) {
      return Optional.of(
          new NoValue(
              Kind.ZERO_POPULATION, unit.code(), OptionalInt.of(year), sex, Optional.of(group)));
    }
    return Optional.empty();
  }

  /** @return the English phrase, e.g. {@code no crude birth rate for LA03 in 2016 (both sexes)} */
  @Override
  public String toString() {
    String sexText = sex.map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("both sexes");
    return switch (kind) {
      case NO_POPULATION ->
          "no population for "
              + unitCode
              + " in "
              + year.orElseThrow()
              + " ("
              + sexText
              + ", "
              + ages.map(a -> a.equals(AgeGroup.ALL) ? "all ages" : "ages " + a).orElse("all ages")
              + ")";
      case NO_BIRTH_RATE ->
          "no crude birth rate for "
              + unitCode
              + " in "
              + year.orElseThrow()
              + " ("
              + sexText
              + ")";
      case ZERO_ESTIMATED_BIRTHS -> "estimated births are zero";
      case ZERO_POPULATION -> "population is zero";
    };
  }
}
