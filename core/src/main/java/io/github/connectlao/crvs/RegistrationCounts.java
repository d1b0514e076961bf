package io.github.connectlao.crvs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.util.Arrays;
import java.util.Objects;
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
 * <p>Counts may stop at a level ({@link BirthRegistry#aggregate(RegistrationPolicy, AdminLevel,
 * boolean, boolean)}): births below it are counted at their unit of that level, and the units below
 * it cannot be asked for.
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
  private final Layout layout;
  private final boolean byYear;
  private final int firstYear;
  private final int years;
  private final boolean rolledUp;
  private final long[] counts;

  RegistrationCounts(Layout layout, boolean byYear, int firstYear, int years, boolean rolledUp,
      long[] counts) {
    this.layout = layout;
    this.gazetteer = layout.gazetteer;
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
    return empty(gazetteer, AdminLevel.VILLAGE, false);
  }

  /**
   * The identity of {@link #merge(RegistrationCounts)} for counts of one kind.
   *
   * @param gazetteer the units counted
   * @param deepest the deepest level counted (births below it count at their unit of this level)
   * @param byYear whether counted per year of birth
   * @return zero counts
   */
  public static RegistrationCounts empty(Gazetteer gazetteer, AdminLevel deepest, boolean byYear) {
    Layout layout = new Layout(gazetteer, deepest);
    return byYear ? new RegistrationCounts(layout, true, 0, 0, false, new long[0])
        : new RegistrationCounts(layout, false, 0, 1, false, new long[layout.slots * CELLS]);
  }

  /**
   * The identity of {@link #merge(RegistrationCounts)} for counts per year of birth.
   *
   * @param gazetteer the units counted
   * @return counts with no year yet
   */
  public static RegistrationCounts emptyByYear(Gazetteer gazetteer) {
    return empty(gazetteer, AdminLevel.VILLAGE, true);
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
    InvalidValueException.check(other.layout.deepest == layout.deepest, "other", other,
        "counts down to the " + other.layout.deepest.nameEnglish() + " level, not the " + layout.deepest.nameEnglish());
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
      return new RegistrationCounts(layout, false, 0, 1, rolledUp, sum);
    }
    int first = Math.min(firstYear, other.firstYear);
    int last = Math.max(firstYear + years, other.firstYear + other.years);
    int block = layout.slots * CELLS;
    long[] sum = new long[(last - first) * block];
    addYears(sum, first, block, this);
    addYears(sum, first, block, other);
    return new RegistrationCounts(layout, true, first, last - first, rolledUp, sum);
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
    int[] parent = layout.parentSlot;
    int block = layout.slots * CELLS;
    for (int y = 0; y < years; y++) {
      int base = y * block;
      for (int u = layout.slots - 1; u > 0; u--) {
        int from = base + u * CELLS;
        int to = base + parent[u] * CELLS;
        for (int k = 0; k < CELLS; k++) {
          sum[to + k] += sum[from + k];
        }
      }
    }
    return new RegistrationCounts(layout, byYear, firstYear, years, true, sum);
  }

  /** @return the gazetteer whose unit indexes these counts use */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** @return the deepest level counted: births below it are counted at their unit of this level */
  public AdminLevel deepestLevel() {
    return layout.deepest;
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
    int block = layout.slots * CELLS;
    int at = slot(unitIndex) * CELLS + cell(sex, timeliness);
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
    return counts[((year - firstYear) * layout.slots + slot(unitIndex)) * CELLS + cell(sex, timeliness)];
  }

  private int slot(int unitIndex) {
    int s = layout.slotOf[Objects.checkIndex(unitIndex, layout.slotOf.length)];
    if (s < 0) {
      throw new InvalidValueException("unitIndex", unitIndex, "is a unit below the deepest level counted, "
          + layout.deepest.nameEnglish());
    }
    return s;
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

  /**
   * The counted units of a gazetteer down to a level, in pre-order, with the slot every unit's
   * births are counted in (its own, or that of its ancestor at the deepest level).
   */
  static final class Layout {
    final Gazetteer gazetteer;
    final AdminLevel deepest;
    final int slots;
    final int[] slotOf;
    final int[] target;
    final int[] parentSlot;

    Layout(Gazetteer g, AdminLevel deepest) {
      this.gazetteer = g;
      this.deepest = Objects.requireNonNull(deepest, "deepest");
      int n = g.size();
      slotOf = new int[n];
      target = new int[n];
      int[] parent = g.parentIndexes();
      int[] parentOfSlot = new int[n];
      int s = 0;
      for (int u = 0; u < n; u++) {
        if (g.unitAt(u).level().depth() <= deepest.depth()) {
          slotOf[u] = s;
          target[u] = s;
          parentOfSlot[s] = u == 0 ? -1 : slotOf[parent[u]];
          s++;
        } else {
          slotOf[u] = -1;
          target[u] = target[parent[u]];
        }
      }
      slots = s;
      parentSlot = Arrays.copyOf(parentOfSlot, s);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RegistrationCounts)) {
      return false;
    }
    RegistrationCounts c = (RegistrationCounts) o;
    if (c.gazetteer.size() != gazetteer.size() || c.byYear != byYear || c.rolledUp != rolledUp
        || c.layout.deepest != layout.deepest) {
      return false;
    }
    if (!byYear || (years > 0 && c.years > 0 && firstYear == c.firstYear && years == c.years)) {
      return Arrays.equals(counts, c.counts);
    }
    // same counts over possibly different year ranges: compare each year
    int first = Math.min(years == 0 ? c.firstYear : firstYear, c.years == 0 ? firstYear : c.firstYear);
    int last = Math.max(firstYear + years, c.firstYear + c.years);
    int block = layout.slots * CELLS;
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
    int block = layout.slots * CELLS;
    long[] all = new long[block];
    for (int i = 0; i < counts.length; i++) {
      all[i % block] += counts[i];
    }
    return Arrays.hashCode(all) * 31 + (rolledUp ? 1 : 0);
  }

  @Override
  public String toString() {
    return "RegistrationCounts[" + layout.slots + " units down to " + layout.deepest.nameEnglish() + ", "
        + sum() + " cell total"
        + (byYear ? years == 0 ? ", by year (none)" : ", by year " + firstYear + "-" + (firstYear + years - 1) : "")
        + (rolledUp ? ", rolled up" : "") + "]";
  }
}
