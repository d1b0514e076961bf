package io.github.connectlao.crvs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Birth registration statistics over a set of registrations, at any level of a gazetteer: counts
 * by timeliness, completeness and coverage (ສະຖິຕິການຈົດທະບຽນການເກີດ).
 *
 * <pre>{@code
 * BirthStatistics s = BirthStatistics.of(Gazetteer.laoPdr(), registrations, RegistrationPolicy.laoDefault());
 * s.counts(lao.unit("LA03"));                                   // TimelinessCounts[current=..]
 * s.counts(lao.nation(), BirthFilter.ALL.sex(Sex.FEMALE).bornInYear(2015));
 * s.completeness(lao.nation(), DateWindow.ofYear(2015), Optional.empty(), PopulationTable.census2015());
 * s.coverage(lao.unit("LA03"), LocalDate.of(2024, 6, 30), 5, Optional.empty(), myPopulation);
 * }</pre>
 *
 * <p>This is the object-based reference implementation: every query is one plain pass over the
 * registrations. A birth belongs to a unit when its place of birth is the unit or lies below it.
 * Registrations must have been validated ({@link Registrations#validate}); an unknown place code
 * is refused here.
 */
public final class BirthStatistics {
  private final Gazetteer gazetteer;
  private final List<BirthRegistration> registrations;
  private final int[] place;
  private final Timeliness[] timeliness;
  private final RegistrationPolicy policy;

  private BirthStatistics(Gazetteer gazetteer, List<BirthRegistration> registrations, RegistrationPolicy policy) {
    this.gazetteer = gazetteer;
    this.registrations = registrations;
    this.policy = policy;
    this.place = new int[registrations.size()];
    this.timeliness = new Timeliness[registrations.size()];
    for (int i = 0; i < place.length; i++) {
      BirthRegistration r = registrations.get(i);
      int p = gazetteer.indexOf(r.placeOfBirthCode());
      if (p < 0) {
        throw new InvalidValueException("placeOfBirthCode", r.placeOfBirthCode(),
            "is not a unit of the gazetteer (record #" + (i + 1) + "); validate the registrations first");
      }
      place[i] = p;
      timeliness[i] = r.timeliness(policy);
    }
  }

  /**
   * Statistics over registrations.
   *
   * @param gazetteer the units places of birth belong to
   * @param registrations the registrations (validated)
   * @param policy the timeliness rules
   * @return the statistics
   * @throws InvalidValueException when a place of birth is not in the gazetteer
   */
  public static BirthStatistics of(Gazetteer gazetteer, Collection<BirthRegistration> registrations,
      RegistrationPolicy policy) {
    return new BirthStatistics(Objects.requireNonNull(gazetteer, "gazetteer"), List.copyOf(registrations),
        Objects.requireNonNull(policy, "policy"));
  }

  /** @return the gazetteer */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** @return the policy */
  public RegistrationPolicy policy() {
    return policy;
  }

  /** @return the number of registrations (known births) */
  public int size() {
    return registrations.size();
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
    int u = gazetteer.index(unit);
    int end = gazetteer.subtreeEnd(u);
    long[] c = new long[Timeliness.values().length];
    for (int i = 0; i < place.length; i++) {
      if (place[i] >= u && place[i] < end && filter.test(registrations.get(i))) {
        c[timeliness[i].ordinal()]++;
      }
    }
    return TimelinessCounts.of(c[0], c[1], c[2], c[3]);
  }

  /**
   * Counts for every unit of a level below (or at) a unit.
   *
   * @param unit the unit
   * @param level the level of the rows, at or below the unit's level
   * @param filter the filter
   * @return counts per unit, in gazetteer order (units without births have empty counts)
   */
  public Map<AdminUnit, TimelinessCounts> countsByUnit(AdminUnit unit, AdminLevel level, BirthFilter filter) {
    List<AdminUnit> units = unit.level() == level ? List.of(unit) : gazetteer.descendants(unit, level);
    Map<AdminUnit, TimelinessCounts> out = new LinkedHashMap<>();
    for (AdminUnit d : units) {
      out.put(d, counts(d, filter));
    }
    return out;
  }

  /**
   * Counts by sex.
   *
   * @param unit the unit
   * @param filter the filter (its own sex part, if any, still applies)
   * @return counts per sex
   */
  public Map<Sex, TimelinessCounts> countsBySex(AdminUnit unit, BirthFilter filter) {
    Map<Sex, TimelinessCounts> out = new EnumMap<>(Sex.class);
    for (Sex s : Sex.values()) {
      out.put(s, filter.sex().isPresent() && filter.sex().get() != s ? TimelinessCounts.EMPTY
          : counts(unit, filter.sex(s)));
    }
    return out;
  }

  /**
   * Counts by birth setting (health facility, home, unknown).
   *
   * @param unit the unit
   * @param filter the filter
   * @return counts per setting
   */
  public Map<BirthSetting, TimelinessCounts> countsBySetting(AdminUnit unit, BirthFilter filter) {
    Map<BirthSetting, TimelinessCounts> out = new EnumMap<>(BirthSetting.class);
    for (BirthSetting s : BirthSetting.values()) {
      out.put(s, filter.setting().isPresent() && filter.setting().get() != s ? TimelinessCounts.EMPTY
          : counts(unit, filter.setting(s)));
    }
    return out;
  }

  /**
   * Counts by calendar year of birth.
   *
   * @param unit the unit
   * @param filter the filter
   * @return counts per year of birth, in year order (only years with births)
   */
  public Map<Integer, TimelinessCounts> countsByBirthYear(AdminUnit unit, BirthFilter filter) {
    return countsByYear(unit, filter, r -> Optional.of(r.dateOfBirth().getYear()));
  }

  /**
   * Counts of registered births by calendar year of registration.
   *
   * @param unit the unit
   * @param filter the filter
   * @return counts per year of registration, in year order (unregistered births are not counted)
   */
  public Map<Integer, TimelinessCounts> countsByRegistrationYear(AdminUnit unit, BirthFilter filter) {
    return countsByYear(unit, filter, r -> r.registrationDate().map(LocalDate::getYear));
  }

  private Map<Integer, TimelinessCounts> countsByYear(AdminUnit unit, BirthFilter filter,
      Function<BirthRegistration, Optional<Integer>> year) {
    int u = gazetteer.index(unit);
    int end = gazetteer.subtreeEnd(u);
    Map<Integer, TimelinessCounts> out = new TreeMap<>();
    for (int i = 0; i < place.length; i++) {
      BirthRegistration r = registrations.get(i);
      if (place[i] >= u && place[i] < end && filter.test(r)) {
        Timeliness t = timeliness[i];
        year.apply(r).ifPresent(y -> out.merge(y, TimelinessCounts.EMPTY.plus(t), TimelinessCounts::plus));
      }
    }
    return out;
  }

  /**
   * Completeness of birth registration: registered births that occurred in the window / estimated
   * births in the window, where estimated births = crude birth rate × population / 1000, prorated
   * by days in each calendar year the window overlaps.
   *
   * @param unit the unit
   * @param window the window of birth dates
   * @param sex a sex, or empty for both
   * @param table the population and crude birth rates
   * @return the figure, or no value naming every missing input
   */
  public RegistrationRate completeness(AdminUnit unit, DateWindow window, Optional<Sex> sex, PopulationTable table) {
    return completeness(unit, window, sex, table, EnumSet.of(Timeliness.CURRENT, Timeliness.LATE, Timeliness.DELAYED));
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
  public RegistrationRate completeness(AdminUnit unit, DateWindow window, Optional<Sex> sex, PopulationTable table,
      Set<Timeliness> counted) {
    InvalidValueException.check(!counted.isEmpty() && !counted.contains(Timeliness.NOT_REGISTERED), "counted",
        counted, "must be a non-empty set of registered classes");
    BirthFilter filter = BirthFilter.ALL.bornIn(window);
    if (sex.isPresent()) {
      filter = filter.sex(sex.get());
    }
    TimelinessCounts c = counts(unit, filter);
    long numerator = 0;
    for (Timeliness t : counted) {
      numerator += c.count(t);
    }
    String sexText = sex.map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("both sexes");
    List<String> terms = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    Set<Source> sources = new LinkedHashSet<>();
    double estimated = 0;
    for (int y = window.start().getYear(); y <= window.end().getYear(); y++) {
      Optional<PopulationTable.Population> pop = table.population(unit, y, sex, AgeGroup.ALL);
      Optional<PopulationTable.BirthRate> cbr = table.crudeBirthRate(unit, y, sex);
      if (pop.isEmpty()) {
        missing.add("no population for " + unit.code() + " in " + y + " (" + sexText + ", all ages)");
      }
      if (cbr.isEmpty()) {
        missing.add("no crude birth rate for " + unit.code() + " in " + y + " (" + sexText + ")");
      }
      if (pop.isPresent() && cbr.isPresent()) {
        long days = window.daysIn(y);
        int yearDays = LocalDate.of(y, 1, 1).lengthOfYear();
        double births = cbr.get().perThousand() * pop.get().count() / 1000.0 * days / yearDays;
        estimated += births;
        terms.add(String.format(Locale.ROOT, "%d: %s per 1000 x %,d / 1000 x %d/%d days = %,.1f", y,
            cbr.get().perThousand(), pop.get().count(), days, yearDays, births));
        sources.add(cbr.get().source());
        sources.add(pop.get().source());
      }
    }
    String indicator = counted.size() == 3 ? "completeness" : "completeness " + counted;
    if (!missing.isEmpty()) {
      return new RegistrationRate(indicator, unit.code(), window.toString(), sex, numerator, Optional.empty(),
          Optional.of(String.join("; ", missing)), terms, List.copyOf(sources));
    }
    if (estimated <= 0) {
      return new RegistrationRate(indicator, unit.code(), window.toString(), sex, numerator, Optional.empty(),
          Optional.of("estimated births are zero"), terms, List.copyOf(sources));
    }
    return new RegistrationRate(indicator, unit.code(), window.toString(), sex, numerator, Optional.of(estimated),
        Optional.empty(), terms, List.copyOf(sources));
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
  public RegistrationRate coverage(AdminUnit unit, LocalDate referenceDate, int underYears, Optional<Sex> sex,
      PopulationTable table) {
    InvalidValueException.check(underYears > 0, "underYears", underYears, "must be positive");
    int u = gazetteer.index(unit);
    int end = gazetteer.subtreeEnd(u);
    long numerator = 0;
    for (int i = 0; i < place.length; i++) {
      BirthRegistration r = registrations.get(i);
      if (place[i] >= u && place[i] < end && sex.map(s -> s == r.sex()).orElse(true)
          && r.isRegisteredAndAliveOn(referenceDate) && Ages.isUnder(r.dateOfBirth(), underYears, referenceDate)) {
        numerator++;
      }
    }
    String sexText = sex.map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("both sexes");
    AgeGroup group = AgeGroup.under(underYears);
    int year = referenceDate.getYear();
    Optional<PopulationTable.Population> pop = table.populationOfAges(unit, year, sex, group);
    String indicator = "coverage under " + underYears;
    if (pop.isEmpty()) {
      return new RegistrationRate(indicator, unit.code(), referenceDate.toString(), sex, numerator, Optional.empty(),
          Optional.of("no population for " + unit.code() + " in " + year + " (" + sexText + ", ages " + group + ")"),
          List.of(), List.of());
    }
    List<String> terms = List.of(String.format(Locale.ROOT, "%d: population %s aged %s = %,d", year, sexText, group,
        pop.get().count()));
    if (pop.get().count() == 0) {
      return new RegistrationRate(indicator, unit.code(), referenceDate.toString(), sex, numerator, Optional.empty(),
          Optional.of("population is zero"), terms, List.of(pop.get().source()));
    }
    return new RegistrationRate(indicator, unit.code(), referenceDate.toString(), sex, numerator,
        Optional.of((double) pop.get().count()), Optional.empty(), terms, List.of(pop.get().source()));
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
  public SuppressedTable publishableTable(AdminUnit unit, AdminLevel level, BirthFilter filter, int threshold) {
    Map<AdminUnit, TimelinessCounts> byUnit = countsByUnit(unit, level, filter);
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
    return "BirthStatistics[" + registrations.size() + " births, " + policy + "]";
  }
}
