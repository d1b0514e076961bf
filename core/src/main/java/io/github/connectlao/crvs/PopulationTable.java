package io.github.connectlao.crvs;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.OnBadRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Population and crude birth rates by unit, year, sex and age group: the denominators of
 * completeness and coverage (ຈຳນວນພົນລະເມືອງ).
 *
 * <pre>{@code
 * PopulationTable t = PopulationTable.census2015();              // bundled, sourced
 * t.population(lao.unit("LA03"), 2015, Optional.empty(), AgeGroup.ALL); // 175,753 (both sexes)
 * t.population(lao.unit("LA03"), 2016, Optional.empty(), AgeGroup.ALL); // empty: never another year
 * PopulationTable mine = PopulationTable.builder()
 *     .population("LA03", 2024, Optional.empty(), AgeGroup.under(5), 21_000, mySource)
 *     .build();
 * }</pre>
 *
 * <p>A lookup never falls back to another year, sex or age group: a missing figure is an empty
 * result, which the statistics turn into <em>no value</em> with the reason. The only inheritance
 * is explicit: {@link #inheritingBirthRateFrom(String)} lets every unit without its own crude
 * birth rate use the rate of one named unit (e.g. the nation) for the same year and sex.
 *
 * <p>Units are matched by their code or any of their identifiers (ISO 3166-2, LSB code...).
 */
public final class PopulationTable {

  /**
   * A population count.
   *
   * @param unitCode the unit's code
   * @param year the year the count refers to
   * @param sex the sex, or empty for both sexes
   * @param ageGroup the age group
   * @param count the population
   * @param source where the count comes from
   */
  public record Population(
      String unitCode, int year, Optional<Sex> sex, AgeGroup ageGroup, long count, Source source) {
    /**
     * Validates the entry.
     *
     * @param unitCode code
     * @param year year
     * @param sex sex
     * @param ageGroup age group
     * @param count count
     * @param source source
     */
    public Population {
      unitCode = InvalidValueException.requiredText(unitCode, "unitCode");
      InvalidValueException.required(sex, "sex");
      InvalidValueException.check(
          sex.map(s -> s != Sex.UNKNOWN).orElse(true),
          "sex",
          Sex.UNKNOWN,
          "is not a population group: use a sex or empty for both sexes");
      InvalidValueException.required(ageGroup, "ageGroup");
      InvalidValueException.check(count >= 0, "count", count, "must not be negative");
      InvalidValueException.required(source, "source");
    }
  }

  /**
   * A crude birth rate: live births per 1000 population in a year.
   *
   * @param unitCode the unit's code
   * @param year the year
   * @param sex empty for the usual rate (all births over the whole population); a sex for births
   *     of that sex per 1000 population of that sex
   * @param perThousand the rate per 1000
   * @param source where the rate comes from
   */
  public record BirthRate(
      String unitCode, int year, Optional<Sex> sex, double perThousand, Source source) {
    /**
     * Validates the entry.
     *
     * @param unitCode code
     * @param year year
     * @param sex sex
     * @param perThousand rate
     * @param source source
     */
    public BirthRate {
      unitCode = InvalidValueException.requiredText(unitCode, "unitCode");
      InvalidValueException.required(sex, "sex");
      InvalidValueException.check(
          sex.map(s -> s != Sex.UNKNOWN).orElse(true),
          "sex",
          Sex.UNKNOWN,
          "is not a population group: use a sex or empty for both sexes");
      InvalidValueException.check(
          perThousand >= 0 && perThousand <= 1000 && !Double.isNaN(perThousand),
          "perThousand",
          perThousand,
          "must be between 0 and 1000");
      InvalidValueException.required(source, "source");
      // -0 is 0: a rate read as "-0" equals the rate written back as "0"
      perThousand = perThousand + 0.0;
    }
  }

  /** Census 2015 national totals (both sexes 6,492,228; females 3,237,458; reference date 2015-03-01). */
  public static final Source CENSUS_2015_NATIONAL =
      Source.of(
          "Lao Statistics Bureau, Results of Population and Housing Census 2015 (final report 2016-10-21), via "
              + "Vietnam News Agency en.vietnamplus.vn/lao-population-reaches-over-64-million/101130.vnp",
          Confidence.SECONDARY,
          "reference date 2015-03-01");

  /** National males 2015 = census total minus census females. */
  public static final Source CENSUS_2015_MALES =
      Source.of(
          "derived: census 2015 total 6,492,228 minus females 3,237,458 ("
              + CENSUS_2015_NATIONAL.citation()
              + ")",
          Confidence.DERIVED);

  /** World Bank WDI crude birth rates 2010, 2015, 2016 for the Lao PDR. */
  public static final Source CBR_WDI =
      Source.of(
          "World Bank WDI SP.DYN.CBRT.IN, file API_SP.DYN.CBRT.IN_DS2_en_csv_v2_10402674.csv last updated "
              + "2019-01-30",
          Confidence.VERIFIED,
          "old vintage (UN WPP 2017 based); later WDI vintages revise these");

  /** The census 2015 crude birth rate of 28 per 1000. */
  public static final Source CBR_CENSUS_2015 =
      Source.of(
          "Lao Statistics Bureau, census 2015 final report, via Vietnam News Agency",
          Confidence.SECONDARY,
          "Vientiane Capital lowest at 22 (not bundled: single figure, no year-matched table)");

  private final Map<String, Population> populations;
  private final Map<String, BirthRate> rates;
  private final Optional<String> inheritFrom;

  private PopulationTable(
      Map<String, Population> populations,
      Map<String, BirthRate> rates,
      Optional<String> inheritFrom) {
    this.populations = populations;
    this.rates = rates;
    this.inheritFrom = inheritFrom;
  }

  /** @return a builder for a user-supplied table */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding this table's entries, to add or replace some */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.populations.putAll(populations);
    b.rates.putAll(rates);
    b.inheritFrom = inheritFrom.orElse(null);
    return b;
  }

  /**
   * The 2015 census population of the nation (both sexes, females, males derived), all ages, for
   * the year 2015; and the national crude birth rates of the World Bank WDI for 2010, 2015 and 2016
   * ({@link #CBR_WDI}, verified). It holds no province: the only per-province 2015 figures found
   * are an encyclopedia's (CC BY-SA), which the library does not ship; {@link #laoPdr()} has every
   * province in 2020. Use {@link #inheritingBirthRateFrom(String)} with {@code "LA"} to apply the
   * national rate to other units explicitly. The census's own rate of 28 per 1000
   * ({@link #CBR_CENSUS_2015}, secondary) is available through {@link #census2015WithCensusBirthRate()}.
   *
   * @return the table
   */
  public static PopulationTable census2015() {
    return Holder.CENSUS;
  }

  /**
   * The embedded population table of the Lao PDR, every figure with its source (see
   * {@code SOURCES.md} beside the data files), loaded lazily and once:
   * <ul>
   *   <li>the nation in 2015 (census, reference date 2015-03-01): both sexes, females, males derived;
   *   <li>the nation and every province in 2020 (Lao Statistics Bureau projection, medium assumption,
   *       mid-year): all ages and under 18 (derived: total minus 18+); all ages in 2021;
   *   <li>the national crude birth rate 2000–2021 of the World Bank (WDI file of 2024-02-21).
   * </ul>
   * Provinces have no crude birth rate of their own (use {@link #inheritingBirthRateFrom(String)}
   * with {@code "LA"}), and no 2015 figure: the only per-province census figures found come from
   * Wikipedia (CC BY-SA), which this table does not embed. No age group under 5 is embedded.
   *
   * <pre>{@code
   * PopulationTable.laoPdr().population(lao.unit("LA03"), 2020, Optional.empty(), AgeGroup.ALL); // 199,090
   * }</pre>
   *
   * @return the table
   */
  public static PopulationTable laoPdr() {
    return LaoPdrHolder.TABLE;
  }

  private static final class LaoPdrHolder {
    static final PopulationTable TABLE = EmbeddedReferenceData.population();

    private LaoPdrHolder() {}
  }

  /**
   * As {@link #census2015()}, with the 2015 national crude birth rate replaced by the census's 28
   * per 1000 (secondary).
   *
   * @return the table
   */
  public static PopulationTable census2015WithCensusBirthRate() {
    return census2015().toBuilder()
        .crudeBirthRate("LA", 2015, Optional.empty(), 28, CBR_CENSUS_2015)
        .build();
  }

  /**
   * This table where every unit without its own crude birth rate for a year and sex uses the rate
   * of one unit (typically the nation) for the same year and sex. An explicit, documented choice:
   * nothing is inherited otherwise.
   *
   * @param unitCode the code of the unit whose rates are inherited, e.g. {@code "LA"}
   * @return the new table
   */
  public PopulationTable inheritingBirthRateFrom(String unitCode) {
    return new PopulationTable(
        populations,
        rates,
        Optional.of(
            InvalidValueException.requiredText(unitCode, "unitCode").toUpperCase(Locale.ROOT)));
  }

  /**
   * The population of a unit in a year, for a sex and an age group, exactly as entered.
   *
   * @param unit the unit
   * @param year the year
   * @param sex a sex, or empty for both sexes
   * @param ageGroup the age group
   * @return the entry, or empty (never another year's or group's)
   */
  public Optional<Population> population(
      AdminUnit unit, int year, Optional<Sex> sex, AgeGroup ageGroup) {
    for (String code : codes(unit)) {
      Population p = populations.get(key(code, year, sex) + "|" + ageGroup);
      if (p != null) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The crude birth rate of a unit in a year, for a sex, or the inherited one when {@link
   * #inheritingBirthRateFrom(String)} was asked (its source then says so).
   *
   * @param unit the unit
   * @param year the year
   * @param sex a sex, or empty for the usual rate
   * @return the rate, or empty (never another year's)
   */
  public Optional<BirthRate> crudeBirthRate(AdminUnit unit, int year, Optional<Sex> sex) {
    for (String code : codes(unit)) {
      BirthRate r = rates.get(key(code, year, sex));
      if (r != null) {
        return Optional.of(r);
      }
    }
    if (inheritFrom.isPresent()) {
      BirthRate r = rates.get(key(inheritFrom.get(), year, sex));
      if (r != null) {
        return Optional.of(
            new BirthRate(
                unit.code(),
                year,
                sex,
                r.perThousand(),
                Source.of(
                    "rate of "
                        + r.unitCode()
                        + " applied to "
                        + unit.code()
                        + " by explicit option; "
                        + r.source(),
                    Confidence.DERIVED,
                    "inherited crude birth rate: the unit's own rate is not known")));
      }
    }
    return Optional.empty();
  }

  /**
   * The population of an age group, either entered as such or, when absent, the exact sum of
   * entered groups that partition it (e.g. 0-4 + 5-9 + 10-14 + 15-17 for under 18) for the same
   * unit, year and sex. Never another year, sex or unit; never an approximate group.
   *
   * @param unit the unit
   * @param year the year
   * @param sex a sex, or empty for both sexes
   * @param ageGroup the age group
   * @return the entry (a sum has a DERIVED source naming its parts), or empty
   */
  public Optional<Population> populationOfAges(
      AdminUnit unit, int year, Optional<Sex> sex, AgeGroup ageGroup) {
    Optional<Population> exact = population(unit, year, sex, ageGroup);
    if (exact.isPresent()) {
      return exact;
    }
    List<Population> parts = new ArrayList<>();
    for (Population p : populations.values()) {
      if (p.year() == year
          && p.sex().equals(sex)
          && codes(unit).stream().anyMatch(c -> c.equalsIgnoreCase(p.unitCode()))
          && p.ageGroup().fromYears() >= ageGroup.fromYears()
          && p.ageGroup().toYearsExclusive() <= ageGroup.toYearsExclusive()
          && !p.ageGroup().equals(ageGroup)) {
        parts.add(p);
      }
    }
    List<Population> chain =
        partition(parts, ageGroup.fromYears(), ageGroup.toYearsExclusive(), new ArrayList<>());
    if (chain == null) {
      return Optional.empty();
    }
    long sum = 0;
    List<String> names = new ArrayList<>();
    Set<String> citations = new LinkedHashSet<>();
    for (Population p : chain) {
      sum += p.count();
      names.add(p.ageGroup().toString());
      citations.add(p.source().toString());
    }
    return Optional.of(
        new Population(
            unit.code(),
            year,
            sex,
            ageGroup,
            sum,
            Source.of(
                "sum of age groups "
                    + String.join(" + ", names)
                    + " ("
                    + String.join("; ", citations)
                    + ")",
                Confidence.DERIVED)));
  }

  private static @Nullable List<Population> partition(
      List<Population> parts, int from, int to, List<Population> chain) {
    if (from == to) {
      return chain;
    }
    for (Population p : parts) {
      if (p.ageGroup().fromYears() == from) {
        chain.add(p);
        List<Population> done = partition(parts, p.ageGroup().toYearsExclusive(), to, chain);
        if (done != null) {
          return done;
        }
        chain.remove(chain.size() - 1);
      }
    }
    return null;
  }

  /**
   * Reads a user-supplied table from CSV, reporting every bad row and keeping the good ones.
   * Columns (by name): {@code unit_code}, {@code year}, {@code sex} ({@code both}, {@code male},
   * {@code female}; default both), {@code age_group} ({@code all ages}, {@code 0-4}, {@code 15+};
   * default all ages), {@code population} and/or {@code crude_birth_rate} (per 1000; only with all
   * ages), {@code source} (citation, required) and {@code confidence} (default UNVERIFIED). A
   * second row for the same unit, year, sex and age group is an error, not a replacement. Unit
   * codes are not checked here; {@link io.github.connectlao.crvs.PopulationCsv} (which this
   * delegates to) also reads Lao headers and checks codes against a gazetteer.
   *
   * <pre>{@code
   * unit_code,year,sex,age_group,population,crude_birth_rate,source,confidence
   * LA03,2024,both,0-4,21000,,Provincial health office 2024 estimate,unverified
   * }</pre>
   *
   * @param in the CSV text
   * @param sourceName a name for the input, used in errors
   * @return the table of the good rows and the errors
   */
  public static io.github.connectlao.csv.ImportResult<PopulationTable> readCsv(
      java.io.Reader in, String sourceName) {
    try (CsvReader csv = CsvReader.of(in, sourceName)) {
      return PopulationCsv.read(csv, OnBadRow.COLLECT);
    }
  }

  /** @return every population entry */
  public List<Population> populations() {
    return List.copyOf(populations.values());
  }

  /** @return every crude birth rate entry */
  public List<BirthRate> birthRates() {
    return List.copyOf(rates.values());
  }

  /** @return the unit whose rates are inherited, if that option was asked */
  public Optional<String> inheritsBirthRateFrom() {
    return inheritFrom;
  }

  @Override
  public String toString() {
    return "PopulationTable["
        + populations.size()
        + " population entries, "
        + rates.size()
        + " birth rates"
        + inheritFrom.map(c -> ", birth rate inherited from " + c).orElse("")
        + "]";
  }

  private static List<String> codes(AdminUnit unit) {
    List<String> codes = new ArrayList<>();
    codes.add(unit.code());
    codes.addAll(unit.identifiers().values());
    return codes;
  }

  private static String key(String code, int year, Optional<Sex> sex) {
    return code.strip().toUpperCase(Locale.ROOT)
        + "|"
        + year
        + "|"
        + sex.map(Sex::name).orElse("BOTH");
  }

  /** Collects entries; a later entry with the same unit, year, sex (and age group) replaces an earlier one. */
  public static final class Builder {
    private final Map<String, Population> populations = new LinkedHashMap<>();
    private final Map<String, BirthRate> rates = new LinkedHashMap<>();
    private @Nullable String inheritFrom;

    private Builder() {}

    /**
     * Adds a population entry.
     *
     * @param p the entry
     * @return this builder
     */
    public Builder add(Population p) {
      populations.put(key(p.unitCode(), p.year(), p.sex()) + "|" + p.ageGroup(), p);
      return this;
    }

    /**
     * Adds a crude birth rate entry.
     *
     * @param r the entry
     * @return this builder
     */
    public Builder add(BirthRate r) {
      rates.put(key(r.unitCode(), r.year(), r.sex()), r);
      return this;
    }

    /**
     * Adds a population entry.
     *
     * @param unitCode the unit's code
     * @param year the year
     * @param sex a sex, or empty for both
     * @param ageGroup the age group
     * @param count the population
     * @param source where it comes from
     * @return this builder
     */
    public Builder population(
        String unitCode,
        int year,
        Optional<Sex> sex,
        AgeGroup ageGroup,
        long count,
        Source source) {
      return add(new Population(unitCode, year, sex, ageGroup, count, source));
    }

    /**
     * Adds a crude birth rate.
     *
     * @param unitCode the unit's code
     * @param year the year
     * @param sex a sex, or empty for the usual rate
     * @param perThousand births per 1000 population
     * @param source where it comes from
     * @return this builder
     */
    public Builder crudeBirthRate(
        String unitCode, int year, Optional<Sex> sex, double perThousand, Source source) {
      return add(new BirthRate(unitCode, year, sex, perThousand, source));
    }

    /** @return the table */
    public PopulationTable build() {
      return new PopulationTable(
          Collections.unmodifiableMap(new LinkedHashMap<>(populations)),
          Collections.unmodifiableMap(new LinkedHashMap<>(rates)),
          Optional.ofNullable(inheritFrom));
    }
  }

  private static final class Holder {
    static final PopulationTable CENSUS = loadCensus();

    private Holder() {}
  }

  private static PopulationTable loadCensus() {
    Builder b =
        builder()
            .population("LA", 2015, Optional.empty(), AgeGroup.ALL, 6_492_228, CENSUS_2015_NATIONAL)
            .population(
                "LA", 2015, Optional.of(Sex.FEMALE), AgeGroup.ALL, 3_237_458, CENSUS_2015_NATIONAL)
            .population(
                "LA",
                2015,
                Optional.of(Sex.MALE),
                AgeGroup.ALL,
                6_492_228 - 3_237_458,
                CENSUS_2015_MALES)
            .crudeBirthRate("LA", 2010, Optional.empty(), 26.715, CBR_WDI)
            .crudeBirthRate("LA", 2015, Optional.empty(), 24.317, CBR_WDI)
            .crudeBirthRate("LA", 2016, Optional.empty(), 23.85, CBR_WDI);
    return b.build();
  }
}
