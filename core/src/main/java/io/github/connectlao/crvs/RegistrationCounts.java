package io.github.connectlao.crvs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.util.Arrays;
import java.util.Optional;

/**
 * Counts of births (ການເກີດ) per administrative unit × sex × timeliness, optionally per year of
 * birth: the mergeable aggregate of a {@link BirthRegistry}.
 *
 * <p>The counts are held in one dense {@code long} array indexed {@code [year][unit][sex][timeliness]}
 * by the gazetteer's pre-order unit index. Before {@link #rolledUp()} a unit counts only the births
 * whose place of birth is that unit; after it, every unit counts the births of its whole subtree, so
 * the nation holds the national total and every level is available at once.
 *
 * <p>Counts form a commutative monoid under {@link #merge(RegistrationCounts)}: merging is
 * associative and {@link #empty(Gazetteer)} (or {@link #emptyByYear(Gazetteer)}) is its identity, so
 * a registry split into parts and aggregated part by part merges to the aggregate of the whole. This
 * is what a distributed engine's combiner needs (see {@code docs/performance.md}).
 *
 * <pre>{@code
 * RegistrationCounts c = registry.aggregate(RegistrationPolicy.laoDefault()).rolledUp();
 * long girlsOnTime = c.count(g.indexOf("LA05"), Sex.FEMALE, Timeliness.CURRENT);
 * long national = c.total(0);
 * }</pre>
 */
public final class RegistrationCounts {
  static final int SEXES = 3;
  static final int CLASSES = 4;
  static final int CELLS = SEXES * CLASSES;

  private final Gazetteer gazetteer;
  private final boolean byYear;
  private final int firstYear;
  private final int years;
  private final boolean rolledUp;
  private final long[] counts;

  RegistrationCounts(Gazetteer gazetteer, boolean byYear, int firstYear, int years, boolean rolledUp,
      long[] counts) {
    this.gazetteer = gazetteer;
    this.byYear = byYear;
    this.firstYear = firstYear;
    this.years = years;
    this.rolledUp = rolledUp;
    this.counts = counts;
  }

  /**
   * The identity of {@link #merge(RegistrationCounts)} for counts without a year dimension.
   *
   * @param gazetteer the units counted
   * @return zero counts for every unit
   */
  public static RegistrationCounts empty(Gazetteer gazetteer) {
    return new RegistrationCounts(gazetteer, false, 0, 1, false, new long[gazetteer.size() * CELLS]);
  }

  /**
   * The identity of {@link #merge(RegistrationCounts)} for counts per year of birth.
   *
   * @param gazetteer the units counted
   * @return counts with no year yet
   */
  public static RegistrationCounts emptyByYear(Gazetteer gazetteer) {
    return new RegistrationCounts(gazetteer, true, 0, 0, false, new long[0]);
  }

  static int cell(Sex sex, Timeliness timeliness) {
    return sex.ordinal() * CLASSES + timeliness.ordinal();
  }

  /**
   * Merges two aggregates of the same gazetteer, as if their registrations had been aggregated
   * together. Associative and commutative; the empty counts are its identity.
   *
   * @param other counts of the same kind (both by year or both not, both rolled up or both not)
   * @return the sum, a new object
   * @throws InvalidValueException when the two are not of the same kind or gazetteer
   */
  public RegistrationCounts merge(RegistrationCounts other) {
    InvalidValueException.check(other.gazetteer.size() == gazetteer.size(), "other", other,
        "counts a gazetteer of " + other.gazetteer.size() + " units, not " + gazetteer.size());
    InvalidValueException.check(other.byYear == byYear, "other", other,
        byYear ? "has no year dimension" : "has a year dimension");
    boolean thisEmpty = byYear && years == 0;
    boolean otherEmpty = other.byYear && other.years == 0;
    if (thisEmpty) {
      return other;
    }
    if (otherEmpty) {
      return this;
    }
    InvalidValueException.check(other.rolledUp == rolledUp, "other", other,
        rolledUp ? "is not rolled up" : "is rolled up");
    if (!byYear) {
      long[] sum = counts.clone();
      for (int i = 0; i < sum.length; i++) {
        sum[i] += other.counts[i];
      }
      return new RegistrationCounts(gazetteer, false, 0, 1, rolledUp, sum);
    }
    int first = Math.min(firstYear, other.firstYear);
    int last = Math.max(firstYear + years, other.firstYear + other.years);
    int block = gazetteer.size() * CELLS;
    long[] sum = new long[(last - first) * block];
    addYears(sum, first, block, this);
    addYears(sum, first, block, other);
    return new RegistrationCounts(gazetteer, true, first, last - first, rolledUp, sum);
  }

  private static void addYears(long[] sum, int first, int block, RegistrationCounts c) {
    int offset = (c.firstYear - first) * block;
    for (int i = 0; i < c.counts.length; i++) {
      sum[offset + i] += c.counts[i];
    }
  }

  /**
   * Rolls the counts up the hierarchy in one reverse pass over the units: afterwards every unit
   * counts the births of its whole subtree (the nation: the country).
   *
   * @return the rolled-up counts (this object when already rolled up)
   */
  public RegistrationCounts rolledUp() {
    if (rolledUp) {
      return this;
    }
    long[] sum = counts.clone();
    int[] parent = gazetteer.parentIndexes();
    int block = gazetteer.size() * CELLS;
    for (int y = 0; y < years; y++) {
      int base = y * block;
      for (int u = parent.length - 1; u > 0; u--) {
        int from = base + u * CELLS;
        int to = base + parent[u] * CELLS;
        for (int k = 0; k < CELLS; k++) {
          sum[to + k] += sum[from + k];
        }
      }
    }
    return new RegistrationCounts(gazetteer, byYear, firstYear, years, true, sum);
  }

  /** @return the gazetteer whose unit indexes these counts use */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** @return true after {@link #rolledUp()}: every unit counts its whole subtree */
  public boolean isRolledUp() {
    return rolledUp;
  }

  /** @return true when the counts are kept per year of birth */
  public boolean isByYear() {
    return byYear;
  }

  /** @return the first year of birth counted, if counted by year and any birth was counted */
  public Optional<Integer> firstYear() {
    return byYear && years > 0 ? Optional.of(firstYear) : Optional.empty();
  }

  /** @return the last year of birth counted, if counted by year and any birth was counted */
  public Optional<Integer> lastYear() {
    return byYear && years > 0 ? Optional.of(firstYear + years - 1) : Optional.empty();
  }

  /**
   * Births at a unit (its subtree once rolled up) of one sex and timeliness, all years together.
   *
   * @param unitIndex the unit's gazetteer index
   * @param sex the sex
   * @param timeliness the timeliness
   * @return the count
   */
  public long count(int unitIndex, Sex sex, Timeliness timeliness) {
    int block = gazetteer.size() * CELLS;
    int at = unitIndex * CELLS + cell(sex, timeliness);
    long n = 0;
    for (int y = 0; y < years; y++) {
      n += counts[y * block + at];
    }
    return n;
  }

  /**
   * Births of one year at a unit of one sex and timeliness.
   *
   * @param unitIndex the unit's gazetteer index
   * @param year the year of birth
   * @param sex the sex
   * @param timeliness the timeliness
   * @return the count (0 for a year outside the counted range)
   * @throws InvalidValueException when the counts are not kept by year
   */
  public long count(int unitIndex, int year, Sex sex, Timeliness timeliness) {
    InvalidValueException.check(byYear, "year", year, "cannot be asked: these counts are not kept by year");
    if (year < firstYear || year >= firstYear + years) {
      return 0;
    }
    return counts[((year - firstYear) * gazetteer.size() + unitIndex) * CELLS + cell(sex, timeliness)];
  }

  /**
   * Births at a unit of one sex and timeliness, by the unit itself.
   *
   * @param unit a unit of the gazetteer
   * @param sex the sex
   * @param timeliness the timeliness
   * @return the count
   */
  public long count(AdminUnit unit, Sex sex, Timeliness timeliness) {
    return count(gazetteer.index(unit), sex, timeliness);
  }

  /**
   * All births at a unit.
   *
   * @param unitIndex the unit's gazetteer index
   * @return the count
   */
  public long total(int unitIndex) {
    long n = 0;
    for (Sex s : Sex.values()) {
      for (Timeliness t : Timeliness.values()) {
        n += count(unitIndex, s, t);
      }
    }
    return n;
  }

  /**
   * Births at a unit with one timeliness, both sexes.
   *
   * @param unitIndex the unit's gazetteer index
   * @param timeliness the timeliness
   * @return the count
   */
  public long total(int unitIndex, Timeliness timeliness) {
    long n = 0;
    for (Sex s : Sex.values()) {
      n += count(unitIndex, s, timeliness);
    }
    return n;
  }

  /**
   * Births at a unit of one sex, all timeliness classes.
   *
   * @param unitIndex the unit's gazetteer index
   * @param sex the sex
   * @return the count
   */
  public long total(int unitIndex, Sex sex) {
    long n = 0;
    for (Timeliness t : Timeliness.values()) {
      n += count(unitIndex, sex, t);
    }
    return n;
  }

  /**
   * Registered births at a unit (current, late and delayed).
   *
   * @param unitIndex the unit's gazetteer index
   * @return the count
   */
  public long registered(int unitIndex) {
    return total(unitIndex) - total(unitIndex, Timeliness.NOT_REGISTERED);
  }

  /**
   * Births of one year at a unit, and how many of them are registered.
   *
   * @param unitIndex the unit's gazetteer index
   * @param year the year of birth
   * @return {@code {births, registered}}
   * @throws InvalidValueException when the counts are not kept by year
   */
  public long[] birthsAndRegistered(int unitIndex, int year) {
    long births = 0;
    long notRegistered = 0;
    for (Sex s : Sex.values()) {
      for (Timeliness t : Timeliness.values()) {
        long n = count(unitIndex, year, s, t);
        births += n;
        if (t == Timeliness.NOT_REGISTERED) {
          notRegistered += n;
        }
      }
    }
    return new long[] {births, births - notRegistered};
  }

  /** @return the sum of all cells: the number of births counted (before the rollup) */
  public long sum() {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RegistrationCounts)) {
      return false;
    }
    RegistrationCounts c = (RegistrationCounts) o;
    if (c.gazetteer.size() != gazetteer.size() || c.byYear != byYear || c.rolledUp != rolledUp) {
      return false;
    }
    if (!byYear || (years > 0 && c.years > 0 && firstYear == c.firstYear && years == c.years)) {
      return Arrays.equals(counts, c.counts);
    }
    // same counts over possibly different year ranges: compare each year
    int first = Math.min(years == 0 ? c.firstYear : firstYear, c.years == 0 ? firstYear : c.firstYear);
    int last = Math.max(firstYear + years, c.firstYear + c.years);
    int block = gazetteer.size() * CELLS;
    for (int y = first; y < last; y++) {
      for (int k = 0; k < block; k++) {
        if (at(y, k, block) != c.at(y, k, block)) {
          return false;
        }
      }
    }
    return true;
  }

  private long at(int year, int k, int block) {
    return year < firstYear || year >= firstYear + years ? 0 : counts[(year - firstYear) * block + k];
  }

  @Override
  public int hashCode() {
    int block = gazetteer.size() * CELLS;
    long[] all = new long[block];
    for (int i = 0; i < counts.length; i++) {
      all[i % block] += counts[i];
    }
    return Arrays.hashCode(all) * 31 + (rolledUp ? 1 : 0);
  }

  @Override
  public String toString() {
    return "RegistrationCounts[" + gazetteer.size() + " units, " + sum() + " cell total"
        + (byYear ? years == 0 ? ", by year (none)" : ", by year " + firstYear + "-" + (firstYear + years - 1) : "")
        + (rolledUp ? ", rolled up" : "") + "]";
  }
}
