package io.github.connectlao.crvs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of one pass of the counting engine over a {@link BirthRegistry}: counts of births
 * (ການເກີດ) per period × unit × sex (× birth setting) × {@link TimelinessBand}, and, when the
 * {@link RegistryQuery} asked for coverage, the children registered, alive and under each age on
 * the reference date. Completeness and coverage rates are computed from it by {@link
 * BirthStatistics} with a {@link PopulationTable}.
 *
 * <p>The counts are held in one dense {@code long} array indexed {@code
 * [period][unit][group][band][ageBucket]} by the gazetteer's pre-order unit index, where a group is
 * a sex (and a setting, when counted by setting) and the age bucket says under which of the
 * coverage ages the child was on the reference date (0: under none, or not counted for coverage).
 * One extra period block, "outside", holds the births that the period or the windows leave out,
 * so that coverage still counts every child. Before {@link #rolledUp()} a unit counts only the
 * births whose place of birth is that unit; after it, every unit counts its whole subtree.
 *
 * <p><b>Mergeable.</b> Counts form a commutative monoid under {@link #merge(RegistrationCounts)}
 * with {@link #empty(Gazetteer, RegistryQuery)} as identity, so a registry split into parts and
 * counted part by part (on other machines: the counts are {@link Serializable}, see {@link
 * #toArray()} for a compact form) merges to the counts of the whole. {@link Accumulator} adds
 * registrations one by one, by values.
 *
 * <pre>{@code
 * RegistrationCounts c = registry.aggregate(RegistrationPolicy.laoPdr()).rolledUp();
 * long girlsOnTime = c.count(g.indexOf("LA05"), Sex.FEMALE, Timeliness.CURRENT);
 * long national = c.total(0);
 * }</pre>
 */
public final class RegistrationCounts implements Serializable {
  private static final long serialVersionUID = 2L;
  static final int SEXES = 3;
  static final int SETTINGS = 3;
  static final int BANDS = TimelinessBand.values().length;

  private final Layout layout;
  private final Shape shape;
  private final int firstYear;
  private final int years;
  private final boolean rolledUp;

  /** (periods + 1 outside) blocks of {@code layout.slots * shape.slotCells} counts. */
  private final long[] counts;

  RegistrationCounts(
      Layout layout, Shape shape, int firstYear, int years, boolean rolledUp, long[] counts) {
    this.layout = layout;
    this.shape = shape;
    this.firstYear = firstYear;
    this.years = years;
    this.rolledUp = rolledUp;
    this.counts = counts;
    if (counts.length != (long) (periods() + 1) * block()) {
      throw new IllegalStateException("counts of length " + counts.length + " for " + this);
    }
  }

  /**
   * What a query counts, as far as merging and reading the counts need it: serialisable, compared
   * by value. {@code key} describes everything that must be equal for two counts to merge.
   */
  static final class Shape implements Serializable {
    private static final long serialVersionUID = 1L;
    final String key;
    final boolean byYear;
    final RegistryQuery.Period period;
    final boolean bySetting;
    final int[] ages;
    final @Nullable String coverageDate;
    final boolean identity;

    Shape(
        String key,
        RegistryQuery.Period period,
        boolean bySetting,
        int[] ages,
        @Nullable String coverageDate,
        boolean identity) {
      this.key = key;
      this.period = period;
      this.byYear = period != RegistryQuery.Period.ALL;
      this.bySetting = bySetting;
      this.ages = ages;
      this.coverageDate = coverageDate;
      this.identity = identity;
    }

    static Shape of(RegistryQuery q) {
      RegistrationPolicy p = q.policy();
      String key =
          Arrays.toString(p.bandUpperBounds())
              + " "
              + p.countFrom()
              + " "
              + q.period()
              + " born "
              + q.bornInWindow().map(Object::toString).orElse("any")
              + " registered "
              + q.registeredInWindow().map(Object::toString).orElse("any")
              + " as of "
              + q.cutOff().map(Object::toString).orElse("none")
              + " coverage "
              + Arrays.toString(q.coverageAges())
              + " on "
              + q.coverageDate().map(Object::toString).orElse("none")
              + (q.isBySetting() ? " by setting" : "");
      return new Shape(
          key,
          q.period(),
          q.isBySetting(),
          q.coverageAges(),
          q.coverageDate().map(Object::toString).orElse(null),
          false);
    }

    int groups() {
      return bySetting ? SEXES * SETTINGS : SEXES;
    }

    int buckets() {
      return ages.length + 1;
    }

    int slotCells() {
      return groups() * BANDS * buckets();
    }

    int group(Sex sex, BirthSetting setting) {
      return bySetting ? sex.ordinal() * SETTINGS + setting.ordinal() : sex.ordinal();
    }
  }

  // ------------------------------------------------------------------ identities

  /**
   * The identity of {@link #merge(RegistrationCounts)} for the counts of a query.
   *
   * @param gazetteer the units counted
   * @param query what is counted
   * @return zero counts
   */
  public static RegistrationCounts empty(Gazetteer gazetteer, RegistryQuery query) {
    Shape s = Shape.of(query);
    Layout layout = new Layout(gazetteer, query.deepest());
    return new RegistrationCounts(
        layout,
        s,
        0,
        s.byYear ? 0 : 1,
        false,
        new long[(s.byYear ? 1 : 2) * layout.slots * s.slotCells()]);
  }

  /**
   * The identity of {@link #merge(RegistrationCounts)} for counts without a year dimension, of
   * every unit, whatever the policy.
   *
   * @param gazetteer the units counted
   * @return zero counts for every unit
   */
  public static RegistrationCounts empty(Gazetteer gazetteer) {
    return empty(gazetteer, AdminLevel.VILLAGE, false);
  }

  /**
   * The identity of {@link #merge(RegistrationCounts)} for counts per year of birth, whatever the
   * policy.
   *
   * @param gazetteer the units counted
   * @return counts with no year yet
   */
  public static RegistrationCounts emptyByYear(Gazetteer gazetteer) {
    return empty(gazetteer, AdminLevel.VILLAGE, true);
  }

  /**
   * The identity of {@link #merge(RegistrationCounts)} for counts down to a level, whatever the
   * policy and the rest of the query.
   *
   * @param gazetteer the units counted
   * @param deepest the deepest level counted
   * @param byYear whether counted per year of birth
   * @return zero counts
   */
  public static RegistrationCounts empty(Gazetteer gazetteer, AdminLevel deepest, boolean byYear) {
    Layout layout = new Layout(gazetteer, deepest);
    Shape s =
        new Shape(
            "identity",
            byYear ? RegistryQuery.Period.BIRTH_YEAR : RegistryQuery.Period.ALL,
            false,
            new int[0],
            null,
            true);
    return new RegistrationCounts(
        layout,
        s,
        0,
        byYear ? 0 : 1,
        false,
        new long[(byYear ? 1 : 2) * layout.slots * s.slotCells()]);
  }

  // ------------------------------------------------------------------ monoid

  /**
   * Merges two aggregates of the same gazetteer and query, as if their registrations had been
   * counted together. Associative and commutative; the empty counts are its identity.
   *
   * @param other counts of the same kind (same query, both rolled up or both not)
   * @return the sum, a new object
   * @throws InvalidValueException when the two are not of the same kind or gazetteer
   */
  public RegistrationCounts merge(RegistrationCounts other) {
    InvalidValueException.check(
        other.layout.fingerprint == layout.fingerprint
            && other.layout.gazetteerSize == layout.gazetteerSize,
        "other",
        other,
        "counts a gazetteer of "
            + other.layout.gazetteerSize
            + " units, not this one of "
            + layout.gazetteerSize);
    InvalidValueException.check(
        other.layout.deepest == layout.deepest,
        "other",
        other,
        "counts down to the "
            + other.layout.deepest.nameEnglish()
            + " level, not the "
            + layout.deepest.nameEnglish());
    InvalidValueException.check(
        other.shape.byYear == shape.byYear,
        "other",
        other,
        shape.byYear ? "has no year dimension" : "has a year dimension");
    if (other.shape.identity) {
      return this;
    }
    if (shape.identity) {
      return other;
    }
    InvalidValueException.check(
        other.shape.key.equals(shape.key),
        "other",
        other,
        "counts another query (" + other.shape.key + ", not " + shape.key + ")");
    InvalidValueException.check(
        other.rolledUp == rolledUp, "other", other, rolledUp ? "is not rolled up" : "is rolled up");
    int block = block();
    if (!shape.byYear
        || other.years == 0
        || (years > 0 && firstYear == other.firstYear && years == other.years)) {
      if (shape.byYear && years == 0 && other.years > 0) {
        return other.merge(this);
      }
      long[] sum = counts.clone();
      int otherOutside = other.years * block;
      int outside = years * block;
      if (other.years == years) {
        for (int i = 0; i < sum.length; i++) {
          sum[i] += other.counts[i];
        }
      } else {
        for (int k = 0; k < block; k++) {
          sum[outside + k] += other.counts[otherOutside + k];
        }
      }
      return new RegistrationCounts(layout, shape, firstYear, years, rolledUp, sum);
    }
    if (years == 0) {
      return other.merge(this);
    }
    int first = Math.min(firstYear, other.firstYear);
    int last = Math.max(firstYear + years, other.firstYear + other.years);
    long[] sum = new long[(last - first + 1) * block];
    addYears(sum, first, last, block, this);
    addYears(sum, first, last, block, other);
    return new RegistrationCounts(layout, shape, first, last - first, rolledUp, sum);
  }

  private static void addYears(long[] sum, int first, int last, int block, RegistrationCounts c) {
    int offset = (c.firstYear - first) * block;
    int n = c.years * block;
    for (int i = 0; i < n; i++) {
      sum[offset + i] += c.counts[i];
    }
    int outside = (last - first) * block;
    for (int k = 0; k < block; k++) {
      sum[outside + k] += c.counts[n + k];
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
    int cells = shape.slotCells();
    int block = block();
    for (int y = 0; y <= years; y++) {
      int base = y * block;
      for (int u = layout.slots - 1; u > 0; u--) {
        int from = base + u * cells;
        int to = base + parent[u] * cells;
        for (int k = 0; k < cells; k++) {
          sum[to + k] += sum[from + k];
        }
      }
    }
    return new RegistrationCounts(layout, shape, firstYear, years, true, sum);
  }

  /**
   * Starts counting registrations one by one for a query (e.g. in a distributed engine's
   * combiner: one accumulator per partition, {@link Accumulator#result()} shipped as serialised
   * counts and merged). Counted by the same engine as {@link BirthRegistry#aggregate(RegistryQuery)}:
   * rows are buffered in columns and counted every {@value Accumulator#BUFFER} rows.
   *
   * @param gazetteer the units places of birth are codes of
   * @param query what to count (run on the calling thread)
   * @return an empty accumulator
   */
  public static Accumulator accumulator(Gazetteer gazetteer, RegistryQuery query) {
    return new Accumulator(gazetteer, query.sequential());
  }

  /** Adds registrations one by one, by values; not thread-safe. */
  public static final class Accumulator {
    /** Rows buffered before they are counted. */
    public static final int BUFFER = 1 << 16;

    private final Gazetteer gazetteer;
    private final RegistryQuery query;
    private BirthRegistry.Builder buffer;
    private RegistrationCounts counts;

    private Accumulator(Gazetteer gazetteer, RegistryQuery query) {
      this.gazetteer = InvalidValueException.required(gazetteer, "gazetteer");
      this.query = query;
      this.buffer = BirthRegistry.builder(gazetteer);
      this.counts = empty(gazetteer, query);
    }

    /**
     * Adds one registration by values.
     *
     * @param placeOfBirthCode the code of the place of birth, a unit of the gazetteer
     * @param sex the sex
     * @param dateOfBirth the date of birth
     * @param birthNotice the birth notice date, if any
     * @param registration the registration date, if registered
     * @param death the date of death, if any
     * @param inHealthFacility whether born in a health facility, if known
     * @param certificateIssued whether a certificate was issued
     * @return this accumulator
     * @throws InvalidValueException naming the field when a value cannot be counted
     */
    public Accumulator add(
        String placeOfBirthCode,
        Sex sex,
        LocalDate dateOfBirth,
        Optional<LocalDate> birthNotice,
        Optional<LocalDate> registration,
        Optional<LocalDate> death,
        Optional<Boolean> inHealthFacility,
        boolean certificateIssued) {
      int p =
          gazetteer.indexOf(
              InvalidValueException.requiredText(placeOfBirthCode, "placeOfBirthCode"));
      if (p < 0) {
        throw new InvalidValueException(
            "placeOfBirthCode", placeOfBirthCode, "is not a unit of the gazetteer");
      }
      InvalidValueException.required(sex, "sex");
      int b = day(dateOfBirth, "dateOfBirth");
      InvalidValueException.check(
          registration.isPresent() || !certificateIssued,
          "certificateIssued",
          true,
          "is set for a birth that is not registered");
      buffer.addChecked(
          p,
          sex,
          b,
          registration.map(d -> day(d, "registrationDate")).orElse(BirthRegistry.Builder.NONE),
          birthNotice.map(d -> day(d, "birthNoticeDate")).orElse(BirthRegistry.Builder.NONE),
          death.map(d -> day(d, "dateOfDeath")).orElse(BirthRegistry.Builder.NONE),
          inHealthFacility.map(f -> f ? 1 : 0).orElse(-1),
          certificateIssued);
      if (buffer.size() == BUFFER) {
        flush();
      }
      return this;
    }

    private static int day(LocalDate d, String field) {
      InvalidValueException.required(d, field);
      long e = d.toEpochDay();
      InvalidValueException.check(
          e > Integer.MIN_VALUE && e < Integer.MAX_VALUE - 70_000, field, d, "is out of range");
      return (int) e;
    }

    /**
     * Adds one registration.
     *
     * @param r the registration
     * @return this accumulator
     */
    public Accumulator add(BirthRegistration r) {
      return add(
          r.placeOfBirthCode(),
          r.sex(),
          r.dateOfBirth(),
          r.birthNoticeDate(),
          r.registrationDate(),
          r.dateOfDeath(),
          r.inHealthFacility(),
          r.certificateIssued());
    }

    /**
     * Adds what another accumulator counted.
     *
     * @param other an accumulator of the same gazetteer and query
     * @return this accumulator
     */
    public Accumulator merge(Accumulator other) {
      return merge(other.result());
    }

    /**
     * Adds counts made elsewhere (e.g. deserialised).
     *
     * @param other counts of the same gazetteer and query, not rolled up
     * @return this accumulator
     */
    public Accumulator merge(RegistrationCounts other) {
      counts = counts.merge(other);
      return this;
    }

    private void flush() {
      if (buffer.size() > 0) {
        counts = counts.merge(buffer.build().aggregate(query));
        buffer = BirthRegistry.builder(gazetteer);
      }
    }

    /** @return the counts so far (not rolled up); the accumulator can go on */
    public RegistrationCounts result() {
      flush();
      return counts;
    }
  }

  // ------------------------------------------------------------------ compact form

  /**
   * The counts as one array (for a columnar store, a message, a distributed engine's shuffle):
   * {@code [firstYear, years, rolledUp 0/1, counts...]}, the counts in the order described in the
   * class comment. {@link #fromArray(RegistrationCounts, long[])} reads it back given counts of
   * the same query (e.g. {@link #empty(Gazetteer, RegistryQuery)}).
   *
   * @return a new array
   */
  public long[] toArray() {
    long[] a = new long[3 + counts.length];
    a[0] = firstYear;
    a[1] = years;
    a[2] = rolledUp ? 1 : 0;
    System.arraycopy(counts, 0, a, 3, counts.length);
    return a;
  }

  /**
   * Reads the form written by {@link #toArray()}.
   *
   * @param like counts of the same gazetteer and query (their values are not used)
   * @param array the array
   * @return the counts
   * @throws InvalidValueException when the array does not fit that query
   */
  public static RegistrationCounts fromArray(RegistrationCounts like, long[] array) {
    InvalidValueException.check(
        array.length >= 3 && array[1] >= 0 && array[1] < 100_000,
        "array",
        array.length,
        "is not the array form of registration counts");
    int years = (int) array[1];
    long expected = (long) ((like.shape.byYear ? years : 1) + 1) * like.block();
    InvalidValueException.check(
        array.length - 3 == expected && (like.shape.byYear || years == 1),
        "array",
        array.length,
        "does not fit counts of this query (" + (expected + 3) + " values expected)");
    return new RegistrationCounts(
        like.layout,
        like.shape,
        (int) array[0],
        years,
        array[2] == 1,
        Arrays.copyOfRange(array, 3, array.length));
  }

  // ------------------------------------------------------------------ reading

  private int block() {
    return layout.slots * shape.slotCells();
  }

  private int periods() {
    return years;
  }

  /**
   * @return the gazetteer whose unit indexes these counts use
   * @throws IllegalStateException for deserialised counts of a gazetteer other than the embedded
   *     one, until {@link #withGazetteer(Gazetteer)} attaches it
   */
  public Gazetteer gazetteer() {
    return layout.gazetteer();
  }

  /**
   * Attaches the gazetteer to deserialised counts.
   *
   * @param g the gazetteer the counts were made with
   * @return counts that know it
   * @throws InvalidValueException when it is another gazetteer
   */
  public RegistrationCounts withGazetteer(Gazetteer g) {
    InvalidValueException.check(
        Layout.fingerprint(g) == layout.fingerprint && g.size() == layout.gazetteerSize,
        "gazetteer",
        g.description(),
        "is not the gazetteer these counts were made with");
    return new RegistrationCounts(
        new Layout(g, layout.deepest), shape, firstYear, years, rolledUp, counts);
  }

  /** @return the deepest level counted: births below it are counted at their unit of this level */
  public AdminLevel deepestLevel() {
    return layout.deepest;
  }

  /** @return true after {@link #rolledUp()}: every unit counts its whole subtree */
  public boolean isRolledUp() {
    return rolledUp;
  }

  /** @return true when the counts are kept per year (of birth or of registration) */
  public boolean isByYear() {
    return shape.byYear;
  }

  /** @return the period dimension */
  public RegistryQuery.Period period() {
    return shape.period;
  }

  /** @return the coverage ages counted, ascending (empty when no coverage was asked) */
  public int[] coverageAges() {
    return shape.ages.clone();
  }

  /** @return the coverage reference date, if coverage was counted */
  public Optional<LocalDate> coverageDate() {
    return Optional.ofNullable(shape.coverageDate).map(LocalDate::parse);
  }

  /** @return whether the birth setting is a dimension */
  public boolean isBySetting() {
    return shape.bySetting;
  }

  /** @return the first year counted, if counted by year and any birth was counted */
  public Optional<Integer> firstYear() {
    return shape.byYear && years > 0 ? Optional.of(firstYear) : Optional.empty();
  }

  /** @return the last year counted, if counted by year and any birth was counted */
  public Optional<Integer> lastYear() {
    return shape.byYear && years > 0 ? Optional.of(firstYear + years - 1) : Optional.empty();
  }

  private int slot(int unitIndex) {
    int s = layout.slotOf[Objects.checkIndex(unitIndex, layout.slotOf.length)];
    if (s < 0) {
      throw new InvalidValueException(
          "unitIndex",
          unitIndex,
          "is a unit below the deepest level counted, " + layout.deepest.nameEnglish());
    }
    return s;
  }

  private int yearBlock(int year) {
    InvalidValueException.check(
        shape.byYear, "year", year, "cannot be asked: these counts are not kept by year");
    return year < firstYear || year >= firstYear + years ? -1 : year - firstYear;
  }

  /**
   * The general count: births at a unit in one band, optionally of one year, sex and setting.
   *
   * @param unitIndex the unit's gazetteer index
   * @param year a year (only for counts by year), or empty for every year
   * @param sex a sex, or empty for all
   * @param setting a birth setting (only for counts by setting), or empty for all
   * @param band the band
   * @return the count
   */
  public long count(
      int unitIndex,
      Optional<Integer> year,
      Optional<Sex> sex,
      Optional<BirthSetting> setting,
      TimelinessBand band) {
    InvalidValueException.check(
        setting.isEmpty() || shape.bySetting,
        "setting",
        setting.orElse(null),
        "cannot be asked: these counts are not kept by birth setting");
    int s = slot(unitIndex);
    int fromY = 0;
    int toY = years;
    if (year.isPresent()) {
      int y = yearBlock(year.get());
      if (y < 0) {
        return 0;
      }
      fromY = y;
      toY = y + 1;
    }
    int cells = shape.slotCells();
    int buckets = shape.buckets();
    long n = 0;
    for (int y = fromY; y < toY; y++) {
      int base = y * block() + s * cells;
      for (Sex x : Sex.values()) {
        if (sex.isPresent() && sex.get() != x) {
          continue;
        }
        for (BirthSetting st :
            shape.bySetting ? BirthSetting.values() : new BirthSetting[] {BirthSetting.UNKNOWN}) {
          if (setting.isPresent() && setting.get() != st) {
            continue;
          }
          int at = base + (shape.group(x, st) * BANDS + band.ordinal()) * buckets;
          for (int k = 0; k < buckets; k++) {
            n += counts[at + k];
          }
        }
      }
    }
    return n;
  }

  /**
   * The counts by timeliness at a unit, optionally of one year, sex and setting.
   *
   * @param unitIndex the unit's gazetteer index
   * @param year a year (only for counts by year), or empty for every year
   * @param sex a sex, or empty for all
   * @param setting a birth setting (only for counts by setting), or empty for all
   * @return the counts
   */
  public TimelinessCounts counts(
      int unitIndex, Optional<Integer> year, Optional<Sex> sex, Optional<BirthSetting> setting) {
    long[] c = new long[BANDS];
    for (TimelinessBand b : TimelinessBand.values()) {
      c[b.ordinal()] = count(unitIndex, year, sex, setting, b);
    }
    return TimelinessCounts.of(c[0], c[1], c[2] + c[3], c[4]);
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
    return count(unitIndex, Optional.empty(), Optional.of(sex), timeliness);
  }

  private long count(
      int unitIndex, Optional<Integer> year, Optional<Sex> sex, Timeliness timeliness) {
    long n = 0;
    for (TimelinessBand b : TimelinessBand.values()) {
      if (b.timeliness() == timeliness) {
        n += count(unitIndex, year, sex, Optional.empty(), b);
      }
    }
    return n;
  }

  /**
   * Births at a unit of one sex in one band, all years together.
   *
   * @param unitIndex the unit's gazetteer index
   * @param sex the sex
   * @param band the band
   * @return the count
   */
  public long count(int unitIndex, Sex sex, TimelinessBand band) {
    return count(unitIndex, Optional.empty(), Optional.of(sex), Optional.empty(), band);
  }

  /**
   * Births of one year at a unit of one sex and timeliness.
   *
   * @param unitIndex the unit's gazetteer index
   * @param year the year (of birth or registration, as counted)
   * @param sex the sex
   * @param timeliness the timeliness
   * @return the count (0 for a year outside the counted range)
   * @throws InvalidValueException when the counts are not kept by year
   */
  public long count(int unitIndex, int year, Sex sex, Timeliness timeliness) {
    yearBlock(year);
    return count(unitIndex, Optional.of(year), Optional.of(sex), timeliness);
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
    return count(layout.indexOf(unit), sex, timeliness);
  }

  /**
   * All births at a unit.
   *
   * @param unitIndex the unit's gazetteer index
   * @return the count
   */
  public long total(int unitIndex) {
    return counts(unitIndex, Optional.empty(), Optional.empty(), Optional.empty()).total();
  }

  /**
   * Births at a unit with one timeliness, both sexes.
   *
   * @param unitIndex the unit's gazetteer index
   * @param timeliness the timeliness
   * @return the count
   */
  public long total(int unitIndex, Timeliness timeliness) {
    return count(unitIndex, Optional.empty(), Optional.empty(), timeliness);
  }

  /**
   * Births at a unit of one sex, all timeliness classes.
   *
   * @param unitIndex the unit's gazetteer index
   * @param sex the sex
   * @return the count
   */
  public long total(int unitIndex, Sex sex) {
    return counts(unitIndex, Optional.empty(), Optional.of(sex), Optional.empty()).total();
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
   * @param year the year
   * @return {@code {births, registered}}
   * @throws InvalidValueException when the counts are not kept by year
   */
  public long[] birthsAndRegistered(int unitIndex, int year) {
    yearBlock(year);
    TimelinessCounts c = counts(unitIndex, Optional.of(year), Optional.empty(), Optional.empty());
    return new long[] {c.total(), c.registered()};
  }

  /**
   * The numerator of coverage: children registered (by the reference date), alive and under an
   * age on the reference date, at a unit, whatever their period (windows do not apply).
   *
   * @param unitIndex the unit's gazetteer index
   * @param underYears one of the {@link #coverageAges()}
   * @param sex a sex, or empty for all
   * @param setting a birth setting (only for counts by setting), or empty for all
   * @return the count
   * @throws InvalidValueException when that age was not counted
   */
  public long coverageCount(
      int unitIndex, int underYears, Optional<Sex> sex, Optional<BirthSetting> setting) {
    int a = Arrays.binarySearch(shape.ages, underYears);
    InvalidValueException.check(
        a >= 0,
        "underYears",
        underYears,
        "was not counted: the query asked for coverage " + "under " + Arrays.toString(shape.ages));
    InvalidValueException.check(
        setting.isEmpty() || shape.bySetting,
        "setting",
        setting.orElse(null),
        "cannot be asked: these counts are not kept by birth setting");
    int s = slot(unitIndex);
    int cells = shape.slotCells();
    int buckets = shape.buckets();
    // bucket k: under ages[ages.length - k] but not under the next smaller age; under age a =
    // buckets above
    int minBucket = shape.ages.length - a;
    long n = 0;
    for (int y = 0; y <= years; y++) {
      int base = y * block() + s * cells;
      for (Sex x : Sex.values()) {
        if (sex.isPresent() && sex.get() != x) {
          continue;
        }
        for (BirthSetting st :
            shape.bySetting ? BirthSetting.values() : new BirthSetting[] {BirthSetting.UNKNOWN}) {
          if (setting.isPresent() && setting.get() != st) {
            continue;
          }
          for (int band = 0; band < BANDS; band++) {
            int at = base + (shape.group(x, st) * BANDS + band) * buckets;
            for (int k = minBucket; k < buckets; k++) {
              n += counts[at + k];
            }
          }
        }
      }
    }
    return n;
  }

  /** @return the sum of all cells inside the periods: the number of births counted (before the rollup) */
  public long sum() {
    long n = 0;
    int end = years * block();
    for (int i = 0; i < end; i++) {
      n += counts[i];
    }
    return n;
  }

  /**
   * The counted units of a gazetteer down to a level, in pre-order, with the slot every unit's
   * births are counted in (its own, or that of its ancestor at the deepest level). Serialisable
   * without the gazetteer: a fingerprint of its unit codes identifies it.
   */
  static final class Layout implements Serializable {
    private static final long serialVersionUID = 1L;
    private transient volatile Gazetteer gazetteer;
    final AdminLevel deepest;
    final int gazetteerSize;
    final long fingerprint;
    final String description;
    final int slots;
    final int[] slotOf;
    final int[] target;
    final int[] parentSlot;
    final String[] codes;

    Layout(Gazetteer g, AdminLevel deepest) {
      this.gazetteer = g;
      this.deepest = InvalidValueException.required(deepest, "deepest");
      this.description = g.description();
      int n = g.size();
      this.gazetteerSize = n;
      this.fingerprint = fingerprint(g);
      slotOf = new int[n];
      target = new int[n];
      codes = new String[n];
      int[] parent = g.parentIndexes();
      int[] parentOfSlot = new int[n];
      int s = 0;
      for (int u = 0; u < n; u++) {
        codes[u] = g.unitAt(u).code();
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

    static long fingerprint(Gazetteer g) {
      long h = 1125899906842597L;
      for (int u = 0; u < g.size(); u++) {
        String c = g.unitAt(u).code();
        for (int i = 0; i < c.length(); i++) {
          h = 31 * h + c.charAt(i);
        }
        h = 31 * h + g.parentIndex(u) + 7;
      }
      return h;
    }

    Gazetteer gazetteer() {
      Gazetteer g = gazetteer;
      if (g == null) {
        Gazetteer lao = Gazetteer.laoPdr();
        if (lao.size() == gazetteerSize && fingerprint(lao) == fingerprint) {
          gazetteer = lao;
          return lao;
        }
        throw new IllegalStateException(
            "these deserialised counts were made with the gazetteer '"
                + description
                + "'; attach it with withGazetteer(g)");
      }
      return g;
    }

    int indexOf(AdminUnit unit) {
      Gazetteer g = gazetteer;
      if (g != null) {
        return g.index(unit);
      }
      for (int u = 0; u < codes.length; u++) {
        if (codes[u].equals(unit.code())) {
          return u;
        }
      }
      throw new InvalidValueException(
          "unit", unit.code(), "is not a unit of the gazetteer these counts were made with");
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RegistrationCounts c)) {
      return false;
    }
    if (c.layout.fingerprint != layout.fingerprint
        || c.shape.byYear != shape.byYear
        || c.rolledUp != rolledUp
        || c.layout.deepest != layout.deepest) {
      return false;
    }
    if (!c.shape.identity && !shape.identity && !c.shape.key.equals(shape.key)) {
      return false;
    }
    if (c.shape.slotCells() != shape.slotCells()) {
      return c.isZero() && isZero();
    }
    int block = block();
    if (!shape.byYear || (firstYear == c.firstYear && years == c.years)) {
      return Arrays.equals(counts, c.counts);
    }
    // same counts over possibly different year ranges: compare each year, then the outside block
    int first =
        Math.min(years == 0 ? c.firstYear : firstYear, c.years == 0 ? firstYear : c.firstYear);
    int last = Math.max(firstYear + years, c.firstYear + c.years);
    for (int y = first; y < last; y++) {
      for (int k = 0; k < block; k++) {
        if (at(y, k, block) != c.at(y, k, block)) {
          return false;
        }
      }
    }
    return Arrays.equals(
        counts,
        years * block,
        (years + 1) * block,
        c.counts,
        c.years * block,
        (c.years + 1) * block);
  }

  private boolean isZero() {
    for (long x : counts) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  private long at(int year, int k, int block) {
    return year < firstYear || year >= firstYear + years
        ? 0
        : counts[(year - firstYear) * block + k];
  }

  @Override
  public int hashCode() {
    int block = block();
    long[] all = new long[block];
    for (int i = 0; i < counts.length; i++) {
      all[i % block] += counts[i];
    }
    return isZero() ? (rolledUp ? 1 : 0) : Arrays.hashCode(all) * 31 + (rolledUp ? 1 : 0);
  }

  @Override
  public String toString() {
    return "RegistrationCounts["
        + layout.slots
        + " units down to "
        + layout.deepest.nameEnglish()
        + ", "
        + sum()
        + " cell total"
        + (shape.byYear
            ? years == 0
                ? ", by year (none)"
                : ", by year " + firstYear + "-" + (firstYear + years - 1)
            : "")
        + (rolledUp ? ", rolled up" : "")
        + "]";
  }
}
