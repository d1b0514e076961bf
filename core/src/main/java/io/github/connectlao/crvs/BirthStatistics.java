package io.github.connectlao.crvs;

import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Birth registration statistics at any level of a gazetteer: counts by timeliness, completeness
 * (on the occurrence and the registration basis) and coverage on any date
 * (ສະຖິຕິການຈົດທະບຽນການເກີດ). A thin view over the one counting engine, {@link
 * BirthRegistry#aggregate(RegistryQuery)}: each question below is one pass of it; ask {@link
 * #count(RegistryQuery)} for several statistics in one pass.
 *
 * <pre>{@code
 * BirthStatistics s = BirthStatistics.of(Gazetteer.laoPdr(), registrations, RegistrationPolicy.laoPdr());
 * s.counts(lao.unit("LA03"));                                   // TimelinessCounts[current=..]
 * s.counts(lao.nation(), BirthFilter.ALL.sex(Sex.FEMALE).bornInYear(2015));
 * s.completeness(lao.nation(), DateRange.ofYear(2015), Optional.empty(), PopulationTable.census2015());
 * s.coverage(lao.unit("LA03"), LocalDate.of(2024, 6, 30), 5, Optional.empty(), myPopulation);
 * }</pre>
 *
 * <p>A birth belongs to a unit when its place of birth is the unit or lies below it. With a
 * cut-off date ({@link #asOf(LocalDate)}) births after it are not counted and registrations after
 * it count as not registered.
 */
public final class BirthStatistics {
  private static final Set<Timeliness> REGISTERED =
      EnumSet.of(Timeliness.CURRENT, Timeliness.LATE, Timeliness.DELAYED);
  private final BirthRegistry registry;
  private final RegistrationPolicy policy;
  private final Optional<LocalDate> asOf;

  private BirthStatistics(
      BirthRegistry registry, RegistrationPolicy policy, Optional<LocalDate> asOf) {
    this.registry = InvalidValueException.required(registry, "registry");
    this.policy = InvalidValueException.required(policy, "policy");
    this.asOf = asOf;
  }

  /**
   * Statistics over registrations (held in a {@link BirthRegistry}).
   *
   * @param gazetteer the units places of birth belong to
   * @param registrations the registrations (validated)
   * @param policy the timeliness rules
   * @return the statistics
   * @throws InvalidValueException when a place of birth is not in the gazetteer
   */
  public static BirthStatistics of(
      Gazetteer gazetteer, Collection<BirthRegistration> registrations, RegistrationPolicy policy) {
    return new BirthStatistics(
        BirthRegistry.of(
            InvalidValueException.required(gazetteer, "gazetteer"), registrations.stream()),
        policy,
        Optional.empty());
  }

  /**
   * Statistics over a registry.
   *
   * @param registry the registry
   * @param policy the timeliness rules
   * @return the statistics
   */
  public static BirthStatistics of(BirthRegistry registry, RegistrationPolicy policy) {
    return new BirthStatistics(registry, policy, Optional.empty());
  }

  /**
   * @param date the cut-off: births after it are not counted, registrations after it count as not registered
   * @return these statistics as of that day
   */
  public BirthStatistics asOf(LocalDate date) {
    return new BirthStatistics(registry, policy, Optional.of(date));
  }

  /** @return the gazetteer */
  public Gazetteer gazetteer() {
    return registry.gazetteer();
  }

  /** @return the policy */
  public RegistrationPolicy policy() {
    return policy;
  }

  /** @return the registry counted */
  public BirthRegistry registry() {
    return registry;
  }

  /** @return the number of registrations (known births) */
  public int size() {
    return registry.size();
  }

  /** @return the query every question starts from: this policy and cut-off */
  public RegistryQuery query() {
    RegistryQuery q = RegistryQuery.of(policy);
    return asOf.isPresent() ? q.asOf(asOf.get()) : q;
  }

  /**
   * Runs one pass of the engine and rolls the counts up.
   *
   * @param query what to count (start from {@link #query()})
   * @return the rolled-up counts
   */
  public RegistrationCounts count(RegistryQuery query) {
    return registry.aggregate(query).rolledUp();
  }

  private RegistryQuery query(AdminLevel level, BirthFilter filter) {
    RegistryQuery q = query().downTo(level);
    if (filter.born().isPresent()) {
      q = q.bornIn(filter.born().get());
    }
    if (filter.registered().isPresent()) {
      q = q.registeredIn(filter.registered().get());
    }
    return filter.setting().isPresent() ? q.bySetting() : q;
  }

  private static TimelinessCounts read(
      RegistrationCounts c, AdminUnit unit, Optional<Integer> year, BirthFilter filter) {
    return c.counts(c.gazetteer().index(unit), year, filter.sex(), filter.setting());
  }

  /**
   * Counts all known births of a unit (its subtree) by timeliness.
   *
   * @param unit any unit of the gazetteer
   * @return the counts
   */
  public TimelinessCounts counts(AdminUnit unit) {
    return counts(unit, BirthFilter.ALL);
  }

  /**
   * Counts the births of one sex in a unit.
   *
   * @param unit the unit
   * @param sex the sex
   * @return the counts
   */
  public TimelinessCounts counts(AdminUnit unit, Sex sex) {
    return counts(unit, BirthFilter.ALL.sex(sex));
  }

  /**
   * Counts the births of a unit that pass a filter, by timeliness.
   *
   * @param unit the unit
   * @param filter sex, windows of birth or registration, setting
   * @return the counts
   */
  public TimelinessCounts counts(AdminUnit unit, BirthFilter filter) {
    gazetteer().index(unit);
    return read(count(query(unit.level(), filter)), unit, Optional.empty(), filter);
  }

  /**
   * Counts for every unit of a level below (or at) a unit, in one pass.
   *
   * @param unit the unit
   * @param level the level of the rows, at or below the unit's level
   * @param filter the filter
   * @return counts per unit, in gazetteer order (units without births have empty counts)
   */
  public Map<AdminUnit, TimelinessCounts> countsByUnit(
      AdminUnit unit, AdminLevel level, BirthFilter filter) {
    List<AdminUnit> units =
        unit.level() == level ? List.of(unit) : gazetteer().descendants(unit, level);
    RegistrationCounts c = count(query(level, filter));
    Map<AdminUnit, TimelinessCounts> out = new LinkedHashMap<>();
    for (AdminUnit d : units) {
      out.put(d, read(c, d, Optional.empty(), filter));
    }
    return out;
  }

  /**
   * Counts by sex, in one pass.
   *
   * @param unit the unit
   * @param filter the filter (its own sex part, if any, still applies)
   * @return counts per sex
   */
  public Map<Sex, TimelinessCounts> countsBySex(AdminUnit unit, BirthFilter filter) {
    RegistrationCounts c = count(query(unit.level(), filter));
    Map<Sex, TimelinessCounts> out = new EnumMap<>(Sex.class);
    for (Sex s : Sex.values()) {
      out.put(
          s,
          filter.sex().isPresent() && filter.sex().get() != s
              ? TimelinessCounts.EMPTY
              : read(c, unit, Optional.empty(), filter.sex(s)));
    }
    return out;
  }

  /**
   * Counts by birth setting (health facility, home, unknown), in one pass.
   *
   * @param unit the unit
   * @param filter the filter
   * @return counts per setting
   */
  public Map<BirthSetting, TimelinessCounts> countsBySetting(AdminUnit unit, BirthFilter filter) {
    RegistrationCounts c = count(query(unit.level(), filter).bySetting());
    Map<BirthSetting, TimelinessCounts> out = new EnumMap<>(BirthSetting.class);
    for (BirthSetting s : BirthSetting.values()) {
      out.put(
          s,
          filter.setting().isPresent() && filter.setting().get() != s
              ? TimelinessCounts.EMPTY
              : read(c, unit, Optional.empty(), filter.setting(s)));
    }
    return out;
  }

  /**
   * Counts by calendar year of birth, in one pass.
   *
   * @param unit the unit
   * @param filter the filter
   * @return counts per year of birth, in year order (only years with births)
   */
  public Map<Integer, TimelinessCounts> countsByBirthYear(AdminUnit unit, BirthFilter filter) {
    return byYear(
        count(query(unit.level(), filter).per(RegistryQuery.Period.BIRTH_YEAR)), unit, filter);
  }

  /**
   * Counts of registered births by calendar year of registration, in one pass.
   *
   * @param unit the unit
   * @param filter the filter
   * @return counts per year of registration, in year order (unregistered births are not counted)
   */
  public Map<Integer, TimelinessCounts> countsByRegistrationYear(
      AdminUnit unit, BirthFilter filter) {
    return byYear(
        count(query(unit.level(), filter).per(RegistryQuery.Period.REGISTRATION_YEAR)),
        unit,
        filter);
  }

  private static Map<Integer, TimelinessCounts> byYear(
      RegistrationCounts c, AdminUnit unit, BirthFilter filter) {
    Map<Integer, TimelinessCounts> out = new TreeMap<>();
    if (c.firstYear().isPresent()) {
      for (int y = c.firstYear().get(); y <= c.lastYear().get(); y++) {
        TimelinessCounts t = read(c, unit, Optional.of(y), filter);
        if (t.total() > 0) {
          out.put(y, t);
        }
      }
    }
    return out;
  }

  /**
   * Completeness of birth registration on the occurrence basis: registered births that occurred
   * in the window / estimated births in the window, where estimated births = crude birth rate ×
   * population / 1000, prorated by days in each calendar year the window overlaps.
   *
   * @param unit the unit
   * @param window the window of birth dates
   * @param sex a sex, or empty for both
   * @param table the population and crude birth rates
   * @return the figure, or no value naming every missing input
   */
  public RegistrationRate completeness(
      AdminUnit unit, DateRange window, Optional<Sex> sex, PopulationTable table) {
    return completeness(unit, window, sex, table, REGISTERED);
  }

  /**
   * Completeness on either basis: {@link RegistrationRate.Basis#OCCURRENCE} counts registered
   * births that occurred in the window, {@link RegistrationRate.Basis#REGISTRATION} the
   * registrations made in the window (whenever the birth was); both over the births estimated for
   * the window.
   *
   * @param unit the unit
   * @param window the window
   * @param sex a sex, or empty for both
   * @param table the population and crude birth rates
   * @param basis what the numerator counts
   * @return the figure, or no value naming every missing input
   */
  public RegistrationRate completeness(
      AdminUnit unit,
      DateRange window,
      Optional<Sex> sex,
      PopulationTable table,
      RegistrationRate.Basis basis) {
    if (basis == RegistrationRate.Basis.OCCURRENCE) {
      return completeness(unit, window, sex, table);
    }
    BirthFilter f = BirthFilter.ALL.registeredIn(window);
    TimelinessCounts c = counts(unit, sex.isPresent() ? f.sex(sex.get()) : f);
    return RegistrationRate.completeness(
        unit, window, sex, c.registered(), basis, table, "completeness");
  }

  /**
   * Completeness counting only some timeliness classes in the numerator, e.g. {@code
   * EnumSet.of(CURRENT)} for "registered within the legal period".
   *
   * @param unit the unit
   * @param window the window of birth dates
   * @param sex a sex, or empty for both
   * @param table the population and crude birth rates
   * @param counted the registered classes counted in the numerator
   * @return the figure, or no value naming every missing input
   */
  public RegistrationRate completeness(
      AdminUnit unit,
      DateRange window,
      Optional<Sex> sex,
      PopulationTable table,
      Set<Timeliness> counted) {
    InvalidValueException.check(
        !counted.isEmpty() && !counted.contains(Timeliness.NOT_REGISTERED),
        "counted",
        counted,
        "must be a non-empty set of registered classes");
    BirthFilter filter = BirthFilter.ALL.bornIn(window);
    if (sex.isPresent()) {
      filter = filter.sex(sex.get());
    }
    TimelinessCounts c = counts(unit, filter);
    long numerator = 0;
    for (Timeliness t : counted) {
      numerator += c.count(t);
    }
    String indicator = counted.size() == 3 ? "completeness" : "completeness " + counted;
    return RegistrationRate.completeness(
        unit, window, sex, numerator, RegistrationRate.Basis.OCCURRENCE, table, indicator);
  }

  /**
   * Coverage of birth registration among children under an age (SDG 16.9.1 for under 5):
   * registered living children under that age on the reference date / population of that age
   * group in the reference date's year (entered as such, or the exact sum of entered groups that
   * partition it: {@link PopulationTable#populationOfAges}).
   *
   * @param unit the unit
   * @param referenceDate the day ages and registrations are taken on
   * @param underYears the age limit (5, 18...)
   * @param sex a sex, or empty for both
   * @param table the population by age group
   * @return the figure, or no value naming the missing population
   */
  public RegistrationRate coverage(
      AdminUnit unit,
      LocalDate referenceDate,
      int underYears,
      Optional<Sex> sex,
      PopulationTable table) {
    InvalidValueException.check(underYears > 0, "underYears", underYears, "must be positive");
    RegistryQuery q =
        RegistryQuery.of(policy).downTo(unit.level()).coverageUnder(referenceDate, underYears);
    RegistrationCounts c = count(q);
    long numerator = c.coverageCount(c.gazetteer().index(unit), underYears, sex, Optional.empty());
    return RegistrationRate.coverage(unit, referenceDate, underYears, sex, numerator, table);
  }

  /**
   * A table of births by unit (rows) and timeliness (columns) ready for publication with
   * small-cell suppression.
   *
   * @param unit the unit whose subunits are the rows
   * @param level the rows' level
   * @param filter the filter
   * @param threshold cells from 1 to {@code threshold - 1} are suppressed
   * @return the suppressed table
   */
  public SuppressedTable publishableTable(
      AdminUnit unit, AdminLevel level, BirthFilter filter, int threshold) {
    return table(countsByUnit(unit, level, filter), threshold);
  }

  /**
   * A publishable table from counts per unit.
   *
   * @param byUnit counts per unit, in row order
   * @param threshold cells from 1 to {@code threshold - 1} are suppressed
   * @return the suppressed table
   */
  public static SuppressedTable table(Map<AdminUnit, TimelinessCounts> byUnit, int threshold) {
    List<String> rows = new ArrayList<>();
    long[][] cells = new long[byUnit.size()][];
    int i = 0;
    for (Map.Entry<AdminUnit, TimelinessCounts> e : byUnit.entrySet()) {
      rows.add(e.getKey().code());
      TimelinessCounts c = e.getValue();
      cells[i++] = new long[] {c.current(), c.late(), c.delayed(), c.notRegistered()};
    }
    List<String> columns = new ArrayList<>();
    for (Timeliness t : Timeliness.values()) {
      columns.add(t.name().toLowerCase(Locale.ROOT));
    }
    return SuppressedTable.of(rows, columns, cells, threshold);
  }

  @Override
  public String toString() {
    return "BirthStatistics["
        + registry.size()
        + " births, "
        + policy
        + asOf.map(d -> ", as of " + d).orElse("")
        + "]";
  }
}
