package io.github.connectlao.crvs;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The national birth registration target and the sourced baselines, as reference figures to
 * compare computed statistics with.
 *
 * <pre>{@code
 * CrvsReferenceFigures.TARGET_2024.percent();        // 70.0 (at least 70% of births registered by 2024)
 * CrvsReferenceFigures.COMPLETENESS_2017.source();   // ESCAP CRVS decade country page [secondary]
 * }</pre>
 */
public final class CrvsReferenceFigures {
  private CrvsReferenceFigures() {}

  /**
   * One reference figure.
   *
   * @param indicator what is measured
   * @param percent the figure in percent
   * @param year the year it refers to
   * @param isTarget true for a target, false for an observed baseline
   * @param source where it comes from
   */
  public record Figure(
      String indicator, double percent, int year, boolean isTarget, Source source) {
    /**
     * Validates the figure.
     *
     * @param indicator indicator
     * @param percent percent
     * @param year year
     * @param isTarget target or baseline
     * @param source source
     */
    public Figure {
      indicator = InvalidValueException.requiredText(indicator, "indicator");
      InvalidValueException.check(
          percent >= 0 && percent <= 100, "percent", percent, "must be between 0 and 100");
      InvalidValueException.required(source, "source");
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%s %s%.0f%% (%d) — %s",
          indicator,
          isTarget ? ">= " : "",
          percent,
          year,
          source);
    }
  }

  /** National CRVS target: at least 70% of births registered by 2024. */
  public static final Figure TARGET_2024 =
      new Figure(
          "births registered (national CRVS target)",
          70,
          2024,
          true,
          Source.of(
              "getinthepicture.org/country/lao-pdr (ESCAP CRVS decade country page)",
              Confidence.SECONDARY,
              "text truncated in the source: 'By 2024 at least 70% of births registered'"));

  /** Birth registration completeness of about 34% in 2017. */
  public static final Figure COMPLETENESS_2017 =
      new Figure(
          "birth registration completeness (CRVS)",
          34,
          2017,
          false,
          Source.of("getinthepicture.org (ESCAP CRVS decade country page)", Confidence.SECONDARY));

  /** About 43% of the whole population with a registered birth in 2018. */
  public static final Figure POPULATION_REGISTERED_2018 =
      new Figure(
          "share of total population with birth registered",
          43,
          2018,
          false,
          Source.of(
              "MOHA 2018 as quoted in laotribune.com 'MOHA, LSB and Partners working to make Everyone Visible'",
              Confidence.SECONDARY,
              "share of the whole population, not of births: not comparable with completeness"));

  /** @return every reference figure */
  public static List<Figure> all() {
    return List.of(TARGET_2024, COMPLETENESS_2017, POPULATION_REGISTERED_2018);
  }

  /** Indicator name of the registered births in {@link #values()} (registration basis). */
  public static final String REGISTERED_BIRTHS = "number_of_birth_registrations_recorded";

  /** Indicator name of the registered deaths in {@link #values()}. */
  public static final String REGISTERED_DEATHS = "number_of_death_registrations_recorded";

  /** Indicator name of the World Bank crude birth rate (file of 2024-02-21) in {@link #values()}. */
  public static final String CRUDE_BIRTH_RATE = "crude_birth_rate";

  /**
   * One sourced row of the embedded file {@code crvs_reference.csv}: a national count, rate or
   * percentage for a year.
   *
   * <pre>{@code
   * CrvsReferenceFigures.registeredBirths(2018, Optional.empty()); // 70,732 registrations made in 2018 (LSB)
   * }</pre>
   *
   * @param indicator the indicator's name in the file, e.g. {@link #REGISTERED_BIRTHS}
   * @param code the indicator's code at its source, e.g. {@code SP.DYN.CBRT.IN}
   * @param geography the unit's code ({@code LA} for the nation)
   * @param sex a sex, or empty for both sexes
   * @param year the year
   * @param value the value
   * @param unit its unit, e.g. {@code count}, {@code percent}
   * @param source the source, with its confidence
   */
  public record Value(
      String indicator,
      String code,
      String geography,
      Optional<Sex> sex,
      int year,
      double value,
      String unit,
      Source source) {
    /**
     * Validates the row.
     *
     * @param indicator indicator
     * @param code code
     * @param geography geography
     * @param sex sex
     * @param year year
     * @param value value
     * @param unit unit
     * @param source source
     */
    public Value {
      indicator = InvalidValueException.requiredText(indicator, "indicator");
      InvalidValueException.required(code, "code");
      geography = InvalidValueException.requiredText(geography, "geography");
      InvalidValueException.required(sex, "sex");
      InvalidValueException.check(
          Double.isFinite(value), "value", value, "must be a finite number");
      unit = InvalidValueException.requiredText(unit, "unit");
      InvalidValueException.required(source, "source");
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%s %s %d%s = %s %s [%s]",
          indicator,
          geography,
          year,
          sex.map(s -> " " + s.name().toLowerCase(Locale.ROOT)).orElse(""),
          value == Math.rint(value)
              ? String.format(Locale.ROOT, "%,d", (long) value)
              : Double.toString(value),
          unit,
          source.confidence().name().toLowerCase(Locale.ROOT));
    }
  }

  private static final class Holder {
    static final List<Value> VALUES = EmbeddedReferenceData.crvsReference();

    private Holder() {}
  }

  /**
   * Every row of the embedded {@code crvs_reference.csv} (registered births and deaths by sex
   * 2015–2018 from the Lao Statistics Bureau's SDG platform, the World Bank crude birth rate
   * 2000–2021, completeness and coverage reference figures), loaded once, lazily.
   *
   * @return the rows, in file order
   */
  public static List<Value> values() {
    return Holder.VALUES;
  }

  /**
   * The rows of one indicator for the nation.
   *
   * @param indicator the indicator's name, e.g. {@link #REGISTERED_BIRTHS}
   * @return its rows, by year and sex, in file order
   */
  public static List<Value> national(String indicator) {
    return values().stream()
        .filter(v -> v.indicator().equals(indicator) && v.geography().equals("LA"))
        .toList();
  }

  /**
   * The number of birth registrations recorded nationally in a year (registration basis: late
   * registrations of earlier births included), as published by the Lao Statistics Bureau.
   *
   * @param year the year of registration
   * @param sex a sex, or empty for both sexes
   * @return the row, or empty for a year the source does not cover (only 2015–2018 are embedded)
   */
  public static Optional<Value> registeredBirths(int year, Optional<Sex> sex) {
    return national(REGISTERED_BIRTHS).stream()
        .filter(v -> v.year() == year && v.sex().equals(sex))
        .findFirst();
  }
}
