package io.github.connectlao.crvs;

import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * What one pass of the counting engine ({@link BirthRegistry#aggregate(RegistryQuery)}) counts:
 * every statistic asked for here comes out of the same pass over the registrations.
 *
 * <pre>{@code
 * RegistryQuery q = RegistryQuery.of(RegistrationPolicy.laoPdr())
 *     .downTo(AdminLevel.DISTRICT)             // units counted (deeper births count at their district)
 *     .per(RegistryQuery.Period.BIRTH_YEAR)    // or REGISTRATION_YEAR, or ALL (default)
 *     .asOf(LocalDate.of(2024, 6, 30))         // cut-off: later births and registrations are not counted
 *     .coverageUnder(LocalDate.of(2024, 6, 30), 5, 18)
 *     .bySetting()                             // health facility / home / unknown as a dimension
 *     .parallel();
 * RegistrationCounts c = registry.aggregate(q).rolledUp();
 * }</pre>
 *
 * <p>Immutable: every method returns a new query.
 */
public final class RegistryQuery {
  /** The most coverage ages one pass counts. */
  public static final int MAX_COVERAGE_AGES = 3;

  /** The period dimension of the timeliness counts. */
  public enum Period {
    /** No period dimension: every birth (that passes the windows) together. */
    ALL,
    /** Per calendar year of birth (occurrence basis). */
    BIRTH_YEAR,
    /** Per calendar year of registration (registration basis); births not registered have no year. */
    REGISTRATION_YEAR
  }

  private final RegistrationPolicy policy;
  private final AdminLevel deepest;
  private final Period period;
  private final Optional<DateRange> bornIn;
  private final Optional<DateRange> registeredIn;
  private final Optional<LocalDate> asOf;
  private final Optional<LocalDate> coverageDate;
  private final int[] coverageAges;
  private final boolean bySetting;
  private final boolean parallel;

  private RegistryQuery(
      RegistrationPolicy policy,
      AdminLevel deepest,
      Period period,
      Optional<DateRange> bornIn,
      Optional<DateRange> registeredIn,
      Optional<LocalDate> asOf,
      Optional<LocalDate> coverageDate,
      int[] coverageAges,
      boolean bySetting,
      boolean parallel) {
    this.policy = InvalidValueException.required(policy, "policy");
    this.deepest = InvalidValueException.required(deepest, "deepest");
    this.period = InvalidValueException.required(period, "period");
    this.bornIn = bornIn;
    this.registeredIn = registeredIn;
    this.asOf = asOf;
    this.coverageDate = coverageDate;
    this.coverageAges = coverageAges;
    this.bySetting = bySetting;
    this.parallel = parallel;
    coverageDate.ifPresent(
        d ->
            asOf.ifPresent(
                a ->
                    InvalidValueException.check(
                        !d.isAfter(a),
                        "coverageDate",
                        d,
                        "is after the cut-off date "
                            + a
                            + ": registrations after the cut-off are not counted")));
  }

  /**
   * Every unit, no period, no coverage, one core.
   *
   * @param policy the timeliness rules
   * @return the query
   */
  public static RegistryQuery of(RegistrationPolicy policy) {
    return new RegistryQuery(
        policy,
        AdminLevel.VILLAGE,
        Period.ALL,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        new int[0],
        false,
        false);
  }

  /**
   * @param level the deepest level counted: births below it are counted at their unit of this level
   * @return this query with that level
   */
  public RegistryQuery downTo(AdminLevel level) {
    return new RegistryQuery(
        policy,
        level,
        period,
        bornIn,
        registeredIn,
        asOf,
        coverageDate,
        coverageAges,
        bySetting,
        parallel);
  }

  /**
   * @param p the period dimension
   * @return this query with that period dimension
   */
  public RegistryQuery per(Period p) {
    return new RegistryQuery(
        policy,
        deepest,
        p,
        bornIn,
        registeredIn,
        asOf,
        coverageDate,
        coverageAges,
        bySetting,
        parallel);
  }

  /**
   * Counts only births in a window (timeliness counts; coverage counts every child).
   *
   * @param window the window of birth dates
   * @return this query with that window
   */
  public RegistryQuery bornIn(DateRange window) {
    return new RegistryQuery(
        policy,
        deepest,
        period,
        Optional.of(window),
        registeredIn,
        asOf,
        coverageDate,
        coverageAges,
        bySetting,
        parallel);
  }

  /**
   * Counts only births registered in a window (registration basis; timeliness counts only).
   *
   * @param window the window of registration dates
   * @return this query with that window
   */
  public RegistryQuery registeredIn(DateRange window) {
    return new RegistryQuery(
        policy,
        deepest,
        period,
        bornIn,
        Optional.of(window),
        asOf,
        coverageDate,
        coverageAges,
        bySetting,
        parallel);
  }

  /**
   * The cut-off date: births after it are not counted at all, registrations after it count as
   * not (yet) registered, so timeliness is judged as of that day.
   *
   * @param date the cut-off
   * @return this query with that cut-off
   */
  public RegistryQuery asOf(LocalDate date) {
    return new RegistryQuery(
        policy,
        deepest,
        period,
        bornIn,
        registeredIn,
        Optional.of(date),
        coverageDate,
        coverageAges,
        bySetting,
        parallel);
  }

  /**
   * Also counts, in the same pass, the children registered, alive and under each age on a
   * reference date (the numerators of coverage).
   *
   * @param referenceDate the day
   * @param ages up to {@value #MAX_COVERAGE_AGES} distinct positive ages, e.g. 5 and 18
   * @return this query with coverage
   */
  public RegistryQuery coverageUnder(LocalDate referenceDate, int... ages) {
    InvalidValueException.required(referenceDate, "referenceDate");
    int[] a = ages.clone();
    Arrays.sort(a);
    InvalidValueException.check(
        a.length >= 1 && a.length <= MAX_COVERAGE_AGES,
        "ages",
        Arrays.toString(ages),
        "must be 1 to " + MAX_COVERAGE_AGES + " ages");
    for (int i = 0; i < a.length; i++) {
      InvalidValueException.check(a[i] > 0 && a[i] <= 150, "ages", a[i], "must be from 1 to 150");
      InvalidValueException.check(i == 0 || a[i] != a[i - 1], "ages", a[i], "is given twice");
    }
    return new RegistryQuery(
        policy,
        deepest,
        period,
        bornIn,
        registeredIn,
        asOf,
        Optional.of(referenceDate),
        a,
        bySetting,
        parallel);
  }

  /** @return this query with the birth setting (health facility, home, unknown) as a dimension */
  public RegistryQuery bySetting() {
    return new RegistryQuery(
        policy,
        deepest,
        period,
        bornIn,
        registeredIn,
        asOf,
        coverageDate,
        coverageAges,
        true,
        parallel);
  }

  /** @return this query run over the available cores (the result is identical) */
  public RegistryQuery parallel() {
    return new RegistryQuery(
        policy,
        deepest,
        period,
        bornIn,
        registeredIn,
        asOf,
        coverageDate,
        coverageAges,
        bySetting,
        true);
  }

  /** @return this query run on the calling thread */
  public RegistryQuery sequential() {
    return new RegistryQuery(
        policy,
        deepest,
        period,
        bornIn,
        registeredIn,
        asOf,
        coverageDate,
        coverageAges,
        bySetting,
        false);
  }

  /** @return the timeliness rules */
  public RegistrationPolicy policy() {
    return policy;
  }

  /** @return the deepest level counted */
  public AdminLevel deepest() {
    return deepest;
  }

  /** @return the period dimension */
  public Period period() {
    return period;
  }

  /** @return the window of births counted, if any */
  public Optional<DateRange> bornInWindow() {
    return bornIn;
  }

  /** @return the window of registrations counted, if any */
  public Optional<DateRange> registeredInWindow() {
    return registeredIn;
  }

  /** @return the cut-off date, if any */
  public Optional<LocalDate> cutOff() {
    return asOf;
  }

  /** @return the coverage reference date, if coverage is counted */
  public Optional<LocalDate> coverageDate() {
    return coverageDate;
  }

  /** @return the coverage ages, ascending (empty when coverage is not counted) */
  public int[] coverageAges() {
    return coverageAges.clone();
  }

  int coverageAgeCount() {
    return coverageAges.length;
  }

  /** @return whether the birth setting is a dimension */
  public boolean isBySetting() {
    return bySetting;
  }

  /** @return whether the pass runs over the available cores */
  public boolean isParallel() {
    return parallel;
  }

  @Override
  public String toString() {
    return "RegistryQuery["
        + policy
        + ", down to "
        + deepest.nameEnglish()
        + ", per "
        + period
        + bornIn.map(w -> ", born " + w).orElse("")
        + registeredIn.map(w -> ", registered " + w).orElse("")
        + asOf.map(d -> ", as of " + d).orElse("")
        + coverageDate
            .map(d -> ", coverage under " + Arrays.toString(coverageAges) + " on " + d)
            .orElse("")
        + (bySetting ? ", by setting" : "")
        + (parallel ? ", parallel" : "")
        + "]";
  }
}
