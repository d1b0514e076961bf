package io.github.connectlao.crvs;

import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The birth-registration section of a national report: timeliness, completeness and coverage for
 * a window of births, with provinces in a publishable (suppressed) table, as text (its JSON form is in the
 * {@code connect-lao-json} module).
 *
 * <pre>{@code
 * BirthRegistrationReport r = BirthRegistrationReport.of(lao, registrations, RegistrationPolicy.laoPdr(),
 *     PopulationTable.census2015(), DateRange.ofYear(2015), LocalDate.of(2016, 3, 1),
 *     Source.synthetic("SyntheticRegistrations seed 42"));
 * System.out.print(r.toText());
 * }</pre>
 *
 * <p>The data's source is printed in the section's heading: a synthetic dataset is labelled
 * synthetic.
 *
 * @param dataSource where the registrations come from
 * @param policy the timeliness rules
 * @param births the window of births reported on
 * @param referenceDate the day coverage is measured on
 * @param national national counts by timeliness for births in the window
 * @param bySex national counts by sex
 * @param bySetting national counts by birth setting
 * @param provinces births in the window by province and timeliness, suppressed for publication
 * @param completeness national completeness, then per province
 * @param coverage national coverage under 5 and under 18 on the reference date
 */
public record BirthRegistrationReport(
    Source dataSource,
    RegistrationPolicy policy,
    DateRange births,
    LocalDate referenceDate,
    TimelinessCounts national,
    Map<Sex, TimelinessCounts> bySex,
    Map<BirthSetting, TimelinessCounts> bySetting,
    SuppressedTable provinces,
    List<RegistrationRate> completeness,
    List<RegistrationRate> coverage) {

  /**
   * Validates the parts.
   *
   * @param dataSource source
   * @param policy policy
   * @param births window
   * @param referenceDate date
   * @param national counts
   * @param bySex by sex
   * @param bySetting by setting
   * @param provinces table
   * @param completeness completeness
   * @param coverage coverage
   */
  public BirthRegistrationReport {
    InvalidValueException.required(dataSource, "dataSource");
    InvalidValueException.required(policy, "policy");
    InvalidValueException.required(births, "births");
    InvalidValueException.required(referenceDate, "referenceDate");
    InvalidValueException.required(national, "national");
    bySex = Map.copyOf(bySex);
    bySetting = Map.copyOf(bySetting);
    InvalidValueException.required(provinces, "provinces");
    completeness = List.copyOf(completeness);
    coverage = List.copyOf(coverage);
  }

  /**
   * Computes the section from registrations; see {@link #of(BirthRegistry, RegistrationPolicy,
   * PopulationTable, DateRange, LocalDate, Source)}.
   *
   * @param gazetteer the gazetteer
   * @param registrations the registrations (validated)
   * @param policy the timeliness rules
   * @param population the population table for completeness and coverage
   * @param births the window of births
   * @param referenceDate the cut-off and the day coverage is measured on
   * @param dataSource where the registrations come from (synthetic data must say so)
   * @return the section
   */
  public static BirthRegistrationReport of(
      Gazetteer gazetteer,
      Collection<BirthRegistration> registrations,
      RegistrationPolicy policy,
      PopulationTable population,
      DateRange births,
      LocalDate referenceDate,
      Source dataSource) {
    return of(
        BirthRegistry.of(gazetteer, registrations.stream()),
        policy,
        population,
        births,
        referenceDate,
        dataSource);
  }

  /**
   * Computes the section in one pass of the counting engine: births in the window counted as of
   * the reference date (later births and registrations are not counted), by province, sex and
   * setting, and children under 5 and under 18 registered and alive on the reference date.
   *
   * @param registry the registrations
   * @param policy the timeliness rules
   * @param population the population table for completeness and coverage
   * @param births the window of births
   * @param referenceDate the cut-off and the day coverage is measured on
   * @param dataSource where the registrations come from (synthetic data must say so)
   * @return the section
   */
  public static BirthRegistrationReport of(
      BirthRegistry registry,
      RegistrationPolicy policy,
      PopulationTable population,
      DateRange births,
      LocalDate referenceDate,
      Source dataSource) {
    RegistrationCounts c =
        registry
            .aggregate(
                RegistryQuery.of(policy)
                    .downTo(AdminLevel.PROVINCE)
                    .bornIn(births)
                    .asOf(referenceDate)
                    .coverageUnder(referenceDate, 5, 18)
                    .bySetting())
            .rolledUp();
    return of(c, policy, population, births, referenceDate, dataSource);
  }

  /**
   * Builds the section from the engine's counts.
   *
   * @param c rolled-up counts down to provinces (at least), births in the window, by setting,
   *     with coverage under 5 and 18 on the reference date
   * @param policy the policy the counts were made with
   * @param population the population table for completeness and coverage
   * @param births the window of births counted
   * @param referenceDate the reference date the counts were made with
   * @param dataSource where the registrations come from
   * @return the section
   */
  public static BirthRegistrationReport of(
      RegistrationCounts c,
      RegistrationPolicy policy,
      PopulationTable population,
      DateRange births,
      LocalDate referenceDate,
      Source dataSource) {
    InvalidValueException.check(
        c.isRolledUp() && c.isBySetting(), "counts", c, "must be rolled up and by setting");
    Gazetteer gazetteer = c.gazetteer();
    AdminUnit nation = gazetteer.nation();
    Optional<Integer> all = Optional.empty();
    List<RegistrationRate> completeness = new ArrayList<>();
    completeness.add(
        RegistrationRate.completeness(
            nation,
            births,
            Optional.empty(),
            c.counts(0, all, Optional.empty(), Optional.empty()).registered(),
            RegistrationRate.Basis.OCCURRENCE,
            population,
            "completeness"));
    Map<AdminUnit, TimelinessCounts> provinces = new LinkedHashMap<>();
    for (AdminUnit p : gazetteer.units(AdminLevel.PROVINCE)) {
      TimelinessCounts pc = c.counts(gazetteer.index(p), all, Optional.empty(), Optional.empty());
      provinces.put(p, pc);
      completeness.add(
          RegistrationRate.completeness(
              p,
              births,
              Optional.empty(),
              pc.registered(),
              RegistrationRate.Basis.OCCURRENCE,
              population,
              "completeness"));
    }
    List<RegistrationRate> coverage =
        List.of(
            RegistrationRate.coverage(
                nation,
                referenceDate,
                5,
                Optional.empty(),
                c.coverageCount(0, 5, Optional.empty(), Optional.empty()),
                population),
            RegistrationRate.coverage(
                nation,
                referenceDate,
                18,
                Optional.empty(),
                c.coverageCount(0, 18, Optional.empty(), Optional.empty()),
                population));
    Map<Sex, TimelinessCounts> bySex = new EnumMap<>(Sex.class);
    for (Sex s : Sex.values()) {
      bySex.put(s, c.counts(0, all, Optional.of(s), Optional.empty()));
    }
    Map<BirthSetting, TimelinessCounts> bySetting = new EnumMap<>(BirthSetting.class);
    for (BirthSetting s : BirthSetting.values()) {
      bySetting.put(s, c.counts(0, all, Optional.empty(), Optional.of(s)));
    }
    return new BirthRegistrationReport(
        dataSource,
        policy,
        births,
        referenceDate,
        c.counts(0, all, Optional.empty(), Optional.empty()),
        bySex,
        bySetting,
        BirthStatistics.table(provinces, SuppressedTable.DEFAULT_THRESHOLD),
        completeness,
        coverage);
  }

  /** @return the section as plain text */
  public String toText() {
    StringBuilder b = new StringBuilder();
    String nl = System.lineSeparator();
    b.append("Birth registration (ການຈົດທະບຽນການເກີດ), births ").append(births).append(nl);
    b.append("  data: ").append(dataSource).append(nl);
    b.append("  policy: ").append(policy).append(" — ").append(policy.source()).append(nl);
    b.append(
        String.format(
            Locale.ROOT,
            "  known births %,d; registered %,d; current %,d, late %,d, delayed %,d, "
                + "not registered %,d%n",
            national.total(),
            national.registered(),
            national.current(),
            national.late(),
            national.delayed(),
            national.notRegistered()));
    if (national.total() > 0) {
      b.append(
          String.format(
              Locale.ROOT,
              "  registered on time (current) %.1f%% of known births%n",
              national.share(Timeliness.CURRENT) * 100));
    }
    for (Sex sex : Sex.values()) {
      TimelinessCounts c = bySex.getOrDefault(sex, TimelinessCounts.EMPTY);
      b.append(
          String.format(
              Locale.ROOT,
              "  %-8s %,9d births, %,9d registered%n",
              sex.name().toLowerCase(Locale.ROOT),
              c.total(),
              c.registered()));
    }
    for (BirthSetting setting : BirthSetting.values()) {
      TimelinessCounts c = bySetting.getOrDefault(setting, TimelinessCounts.EMPTY);
      b.append(
          String.format(
              Locale.ROOT,
              "  %-16s %,9d births, %,9d registered%n",
              setting.name().toLowerCase(Locale.ROOT),
              c.total(),
              c.registered()));
    }
    b.append("  by province (cells below ")
        .append(provinces.threshold())
        .append(" and their complements shown as x):")
        .append(nl);
    for (String line : provinces.toText().split("\\R", -1)) {
      b.append("    ").append(line).append(nl);
    }
    b.append("  completeness (registered births / estimated births):").append(nl);
    for (RegistrationRate r : completeness) {
      b.append("    ").append(r).append(nl);
    }
    b.append("  coverage on ").append(referenceDate).append(':').append(nl);
    for (RegistrationRate r : coverage) {
      b.append("    ").append(r).append(nl);
    }
    b.append("  reference figures:").append(nl);
    for (CrvsReferenceFigures.Figure f : CrvsReferenceFigures.all()) {
      b.append("    ").append(f).append(nl);
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "BirthRegistrationReport["
        + births
        + ", "
        + national.total()
        + " births, data "
        + dataSource
        + "]";
  }
}
