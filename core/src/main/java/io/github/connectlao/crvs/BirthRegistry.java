package io.github.connectlao.crvs;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.CsvColumn;
import io.github.connectlao.csv.CsvImportException;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.CsvWriter;
import io.github.connectlao.csv.RowError;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A columnar, immutable register of births (ທະບຽນການເກີດ) for whole-country statistics: millions
 * of registrations in primitive columns keyed by the gazetteer's dense unit index, with no object
 * per record once built.
 *
 * <p>Each registration holds 13 bytes: the place of birth's unit index ({@code int}), the date of
 * birth as an epoch day ({@code int}), the registration delay in days ({@code int}, -1 when not
 * registered) and one byte of flags (sex, health-facility birth known / yes, certificate issued).
 * Identifiers, names, notice dates, offices and dates of death are checked when loading but not
 * kept: the registry is for statistics, and holds no personal data. Timeliness is derived from the
 * delay under a {@link RegistrationPolicy} when aggregating, so the policy is a parameter.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.laoPdr();
 * BirthRegistry registry = BirthRegistry.of(g, registrations.stream());
 * RegistrationCounts counts = registry.aggregate(RegistrationPolicy.laoDefault()).rolledUp();
 * counts.count(g.indexOf("LA05"), Sex.FEMALE, Timeliness.CURRENT);
 * }</pre>
 */
public final class BirthRegistry {
  static final int SEX_MASK = 0b11;
  static final int FACILITY_KNOWN = 1 << 2;
  static final int FACILITY_YES = 1 << 3;
  static final int CERTIFICATE = 1 << 4;
  private static final Source CALLER = Source.of("registrations supplied by the caller", Confidence.UNVERIFIED);

  private final Gazetteer gazetteer;
  private final Source source;
  private final int size;
  private final int[] place;
  private final int[] birth;
  private final int[] delay;
  private final byte[] flags;
  private final int minBirth;
  private final int maxBirth;
  private final RegistrationCounts.Layout[] layouts = new RegistrationCounts.Layout[AdminLevel.values().length];

  private BirthRegistry(Gazetteer gazetteer, Source source, int size, int[] place, int[] birth, int[] delay,
      byte[] flags) {
    this.gazetteer = gazetteer;
    this.source = source;
    this.size = size;
    this.place = place;
    this.birth = birth;
    this.delay = delay;
    this.flags = flags;
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < size; i++) {
      min = Math.min(min, birth[i]);
      max = Math.max(max, birth[i]);
    }
    this.minBirth = min;
    this.maxBirth = max;
  }

  /**
   * Builds a registry from registrations.
   *
   * @param gazetteer the units the places of birth are codes of
   * @param registrations the registrations
   * @return the registry
   * @throws InvalidValueException naming the code when a place of birth is not in the gazetteer
   */
  public static BirthRegistry of(Gazetteer gazetteer, Stream<BirthRegistration> registrations) {
    Builder b = builder(gazetteer);
    registrations.forEachOrdered(b::add);
    return b.build();
  }

  /**
   * Starts an empty registry to fill.
   *
   * @param gazetteer the units the places of birth are codes of
   * @return a builder
   */
  public static Builder builder(Gazetteer gazetteer) {
    return new Builder(gazetteer);
  }

  /**
   * Starts an empty registry to fill, checking each {@link Builder#add(BirthRegistration) added}
   * registration with a rule set.
   *
   * @param rules the rules (the gazetteer and the reference date)
   * @return a builder
   */
  public static Builder builder(RegistrationRules rules) {
    Builder b = new Builder(rules.gazetteer());
    b.rules = rules;
    return b;
  }

  /**
   * Reads registrations from a CSV file, checked against today; see {@link #readCsv(Path,
   * RegistrationRules)}.
   *
   * @param file the file, UTF-8, comma- or semicolon-separated
   * @param gazetteer the units the places of birth are codes of
   * @return the registry and the row errors
   * @throws CsvImportException when the file cannot be read, is empty or lacks a required column
   */
  public static RegistryImport readCsv(Path file, Gazetteer gazetteer) {
    return readCsv(file, RegistrationRules.of(gazetteer));
  }

  /**
   * Reads registrations from a CSV file straight into registry columns. The file, its columns
   * (English or Lao header names and their aliases), its values (Lao digits, every date form, Lao
   * yes/no and sex words) and the rules are those of {@link BirthRegistrationCsv}: the same rows are
   * accepted and the same errors reported, by the same code. Every bad row is reported with its
   * line (where the record starts), column, value and reason; the good rows are kept.
   *
   * @param file the file
   * @param rules the rules (the gazetteer and the reference date)
   * @return the registry and the row errors
   * @throws CsvImportException when the file cannot be read, is empty or lacks a required column
   */
  public static RegistryImport readCsv(Path file, RegistrationRules rules) {
    try (CsvReader csv = CsvReader.open(file)) {
      return RegistryCsv.read(csv, rules);
    } catch (UncheckedIOException e) {
      throw new CsvImportException(file + ": cannot read: " + e.getCause().getMessage());
    }
  }

  /**
   * Reads registrations from CSV bytes, checked against today; see {@link #readCsv(Path,
   * RegistrationRules)}.
   *
   * @param in the bytes (not closed)
   * @param sourceName the name used in error messages
   * @param gazetteer the units the places of birth are codes of
   * @return the registry and the row errors
   */
  public static RegistryImport readCsv(InputStream in, String sourceName, Gazetteer gazetteer) {
    return readCsv(in, sourceName, RegistrationRules.of(gazetteer));
  }

  /**
   * Reads registrations from CSV bytes; see {@link #readCsv(Path, RegistrationRules)}.
   *
   * @param in the bytes (not closed)
   * @param sourceName the name used in error messages
   * @param rules the rules
   * @return the registry and the row errors
   */
  public static RegistryImport readCsv(InputStream in, String sourceName, RegistrationRules rules) {
    CsvReader csv = CsvReader.of(new FilterInputStream(in) {
      @Override
      public void close() {
        // the caller's stream stays open
      }
    }, sourceName);
    return RegistryCsv.read(csv, rules);
  }

  /**
   * Writes registrations as CSV in the format {@link #readCsv(Path, Gazetteer)} reads (English
   * header; the child's name is not written), through {@link CsvWriter}, so cells a spreadsheet
   * would take for a formula are neutralised.
   *
   * @param registrations the registrations
   * @param out where to write
   * @throws UncheckedIOException when writing fails
   */
  public static void writeCsv(Stream<BirthRegistration> registrations, Appendable out) {
    Writer w = out instanceof Writer ? (Writer) out : new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        out.append(CharBuffer.wrap(cbuf, off, len));
      }

      @Override
      public void write(String str, int off, int len) throws IOException {
        out.append(str, off, off + len);
      }

      @Override
      public void flush() {
        // nothing buffered
      }

      @Override
      public void close() {
        // the caller's output stays open
      }
    };
    CsvWriter csv = CsvWriter.of(w);
    List<CsvColumn> columns = BirthRegistrationCsv.COLUMNS.subList(0, BirthRegistrationCsv.COLUMNS.size() - 1);
    List<String> header = new ArrayList<>();
    for (CsvColumn c : columns) {
      header.add(c.name());
    }
    csv.row(header);
    String[] cells = new String[columns.size()];
    var it = registrations.iterator();
    while (it.hasNext()) {
      BirthRegistration r = it.next();
      cells[0] = r.id();
      cells[1] = r.sex() == Sex.MALE ? "M" : r.sex() == Sex.FEMALE ? "F" : "U";
      cells[2] = r.dateOfBirth().toString();
      cells[3] = r.placeOfBirthCode();
      cells[4] = r.inHealthFacility().map(String::valueOf).orElse("");
      cells[5] = r.birthNoticeDate().map(String::valueOf).orElse("");
      cells[6] = r.registrationDate().map(String::valueOf).orElse("");
      cells[7] = r.registrationOfficeCode().orElse("");
      cells[8] = String.valueOf(r.certificateIssued());
      cells[9] = r.dateOfDeath().map(String::valueOf).orElse("");
      csv.row(cells);
    }
    csv.flush();
  }

  // ------------------------------------------------------------------ aggregation

  /**
   * Counts the births per unit × sex × timeliness in one pass, on one core (not yet rolled up:
   * call {@link RegistrationCounts#rolledUp()} for every level).
   *
   * @param policy classifies the delays
   * @return the counts at the places of birth
   */
  public RegistrationCounts aggregate(RegistrationPolicy policy) {
    return aggregate(policy, AdminLevel.VILLAGE, false, false);
  }

  /**
   * As {@link #aggregate(RegistrationPolicy)}, over the available cores; the result is identical.
   *
   * @param policy classifies the delays
   * @return the counts at the places of birth
   */
  public RegistrationCounts aggregateParallel(RegistrationPolicy policy) {
    return aggregate(policy, AdminLevel.VILLAGE, false, true);
  }

  /**
   * Counts the births per year of birth × unit × sex × timeliness in one pass, on one core.
   *
   * @param policy classifies the delays
   * @return the counts at the places of birth, by year
   */
  public RegistrationCounts aggregateByYear(RegistrationPolicy policy) {
    return aggregate(policy, AdminLevel.VILLAGE, true, false);
  }

  /**
   * Counts the births per unit × sex × timeliness (and year of birth, when asked) in one pass,
   * down to a level: a birth below that level is counted at its unit of that level, so counts for
   * provinces only are small and fast.
   *
   * <p>Example: {@code registry.aggregate(policy, AdminLevel.PROVINCE, true, false).rolledUp()}
   * counts every province and the nation per year.
   *
   * @param policy classifies the delays
   * @param deepest the deepest level counted ({@link AdminLevel#VILLAGE} for every unit)
   * @param byYear whether to count per year of birth
   * @param parallel whether to use the available cores (the result is identical)
   * @return the counts, not yet rolled up
   */
  public RegistrationCounts aggregate(RegistrationPolicy policy, AdminLevel deepest, boolean byYear,
      boolean parallel) {
    Objects.requireNonNull(policy, "policy");
    RegistrationCounts.Layout layout = layout(deepest);
    return parallel ? parallel(policy, layout, byYear, 100_000) : aggregateRange(policy, layout, 0, size, byYear);
  }

  private RegistrationCounts.Layout layout(AdminLevel deepest) {
    RegistrationCounts.Layout[] cache = layouts;
    RegistrationCounts.Layout l = cache[deepest.ordinal()];
    if (l == null) {
      l = new RegistrationCounts.Layout(gazetteer, deepest);
      cache[deepest.ordinal()] = l;
    }
    return l;
  }

  RegistrationCounts parallel(RegistrationPolicy policy, AdminLevel deepest, boolean byYear, int minPart) {
    return parallel(policy, layout(deepest), byYear, minPart);
  }

  private RegistrationCounts parallel(RegistrationPolicy policy, RegistrationCounts.Layout layout, boolean byYear,
      int minPart) {
    int parts = Math.max(1, Math.min(Math.max(2, ForkJoinPool.getCommonPoolParallelism()), size / minPart));
    if (parts == 1) {
      return aggregateRange(policy, layout, 0, size, byYear);
    }
    return IntStream.range(0, parts).parallel()
        .mapToObj(p -> aggregateRange(policy, layout, (int) ((long) size * p / parts),
            (int) ((long) size * (p + 1) / parts), byYear))
        .reduce(RegistrationCounts::merge)
        .orElseThrow();
  }

  RegistrationCounts aggregateRange(RegistrationPolicy policy, RegistrationCounts.Layout layout, int from, int to,
      boolean byYear) {
    int legal = policy.legalPeriodDays();
    int late = policy.lateLimitDays().orElse(Integer.MAX_VALUE);
    int cells = RegistrationCounts.CELLS;
    int[] target = layout.target;
    int[] place = this.place;
    int[] delay = this.delay;
    byte[] flags = this.flags;
    if (!byYear) {
      long[] counts = new long[layout.slots * cells];
      if (layout.slots == gazetteer.size()) {
        countEveryUnit(place, delay, flags, from, to, legal, late, counts);
      } else {
        count(place, delay, flags, target, from, to, legal, late, counts);
      }
      return new RegistrationCounts(layout, false, 0, 1, false, counts);
    }
    if (from >= to) {
      return new RegistrationCounts(layout, true, 0, 0, false, new long[0]);
    }
    int[] birth = this.birth;
    // the whole registry's range of years, so that parts and the whole share it
    int min = minBirth;
    int max = maxBirth;
    int firstYear = LocalDate.ofEpochDay(min).getYear();
    int lastYear = LocalDate.ofEpochDay(max).getYear();
    int firstDay = (int) LocalDate.of(firstYear, 1, 1).toEpochDay();
    int block = layout.slots * cells;
    // the offset of every day's year block, looked up instead of computed per record
    int[] yearOf = new int[max - firstDay + 1];
    for (int y = firstYear; y <= lastYear; y++) {
      int start = (int) LocalDate.of(y, 1, 1).toEpochDay() - firstDay;
      int end = Math.min(yearOf.length, (int) LocalDate.of(y + 1, 1, 1).toEpochDay() - firstDay);
      Arrays.fill(yearOf, start, end, (y - firstYear) * block);
    }
    long[] counts = new long[(lastYear - firstYear + 1) * block];
    countByYear(place, birth, delay, flags, target, yearOf, firstDay, from, to, legal, late, counts);
    return new RegistrationCounts(layout, true, firstYear, lastYear - firstYear + 1, false, counts);
  }

  // the hot loops, small and static so that the JIT compiles each on its own
  private static void countEveryUnit(int[] place, int[] delay, byte[] flags, int from, int to, int legal, int late,
      long[] counts) {
    for (int i = from; i < to; i++) {
      int d = delay[i];
      int t = d < 0 ? 3 : d <= legal ? 0 : d <= late ? 1 : 2;
      counts[place[i] * 12 + (flags[i] & SEX_MASK) * 4 + t]++;
    }
  }

  private static void count(int[] place, int[] delay, byte[] flags, int[] target, int from, int to, int legal,
      int late, long[] counts) {
    for (int i = from; i < to; i++) {
      int d = delay[i];
      int t = d < 0 ? 3 : d <= legal ? 0 : d <= late ? 1 : 2;
      counts[target[place[i]] * 12 + (flags[i] & SEX_MASK) * 4 + t]++;
    }
  }

  private static void countByYear(int[] place, int[] birth, int[] delay, byte[] flags, int[] target, int[] yearOf,
      int firstDay, int from, int to, int legal, int late, long[] counts) {
    for (int i = from; i < to; i++) {
      int d = delay[i];
      int t = d < 0 ? 3 : d <= legal ? 0 : d <= late ? 1 : 2;
      counts[yearOf[birth[i] - firstDay] + target[place[i]] * 12 + (flags[i] & SEX_MASK) * 4 + t]++;
    }
  }

  // ------------------------------------------------------------------ parts

  /**
   * The registrations from one position to another, as a registry of their own.
   *
   * @param from the first position (inclusive)
   * @param to the last position (exclusive)
   * @return the part
   */
  public BirthRegistry slice(int from, int to) {
    InvalidValueException.check(from >= 0 && from <= to && to <= size, "range", from + ".." + to,
        "is not within 0.." + size);
    return new BirthRegistry(gazetteer, source, to - from, Arrays.copyOfRange(place, from, to),
        Arrays.copyOfRange(birth, from, to), Arrays.copyOfRange(delay, from, to), Arrays.copyOfRange(flags, from, to));
  }

  /**
   * Splits the registry into consecutive parts of nearly equal size, e.g. to aggregate them apart
   * and {@link RegistrationCounts#merge(RegistrationCounts) merge} the results.
   *
   * @param parts the number of parts, at least 1
   * @return the parts, in order
   */
  public List<BirthRegistry> split(int parts) {
    InvalidValueException.check(parts >= 1, "parts", parts, "must be at least 1");
    List<BirthRegistry> list = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      list.add(slice((int) ((long) size * p / parts), (int) ((long) size * (p + 1) / parts)));
    }
    return List.copyOf(list);
  }

  // ------------------------------------------------------------------ access

  /** @return the number of registrations */
  public int size() {
    return size;
  }

  /** @return the gazetteer whose unit indexes the places are */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** @return where the registrations come from ({@link Confidence#SYNTHETIC} for generated data) */
  public Source source() {
    return source;
  }

  /** @return the bytes held by the columns (array lengths × element sizes) */
  public long memoryBytes() {
    return 4L * place.length + 4L * birth.length + 4L * delay.length + flags.length;
  }

  /** @return {@link #memoryBytes()} per registration (13 when the columns are trimmed) */
  public double bytesPerRegistration() {
    return size == 0 ? 0 : (double) memoryBytes() / size;
  }

  /**
   * @param i a position, 0 to {@link #size()} - 1
   * @return the gazetteer index of the place of birth
   */
  public int placeIndex(int i) {
    return place[Objects.checkIndex(i, size)];
  }

  /**
   * @param i a position
   * @return the date of birth
   */
  public LocalDate dateOfBirth(int i) {
    return LocalDate.ofEpochDay(birth[Objects.checkIndex(i, size)]);
  }

  /**
   * @param i a position
   * @return the sex
   */
  public Sex sex(int i) {
    return Sex.values()[flags[Objects.checkIndex(i, size)] & SEX_MASK];
  }

  /**
   * @param i a position
   * @return days from the birth to the registration, or empty when not registered
   */
  public Optional<Integer> registrationDelayDays(int i) {
    int d = delay[Objects.checkIndex(i, size)];
    return d < 0 ? Optional.empty() : Optional.of(d);
  }

  /**
   * @param i a position
   * @return whether the birth took place in a health facility, if known
   */
  public Optional<Boolean> inHealthFacility(int i) {
    int f = flags[Objects.checkIndex(i, size)];
    return (f & FACILITY_KNOWN) == 0 ? Optional.empty() : Optional.of((f & FACILITY_YES) != 0);
  }

  /**
   * @param i a position
   * @return whether a birth certificate was issued
   */
  public boolean certificateIssued(int i) {
    return (flags[Objects.checkIndex(i, size)] & CERTIFICATE) != 0;
  }

  /**
   * @param i a position
   * @return the timeliness of the registration under a policy
   * @param policy the policy
   */
  public Timeliness timeliness(int i, RegistrationPolicy policy) {
    int d = delay[Objects.checkIndex(i, size)];
    return d < 0 ? Timeliness.NOT_REGISTERED : policy.timelinessOfDelay(d);
  }

  /** @return the earliest date of birth, if any registration is held */
  public Optional<LocalDate> firstBirth() {
    return size == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(minBirth));
  }

  /** @return the latest date of birth, if any registration is held */
  public Optional<LocalDate> lastBirth() {
    return size == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(maxBirth));
  }

  @Override
  public String toString() {
    return "BirthRegistry[" + size + " registrations" + firstBirth().map(d -> ", born " + d + ".." + lastBirth().get())
        .orElse("") + ", " + source.confidence().name().toLowerCase(java.util.Locale.ROOT) + "]";
  }

  /** Fills a {@link BirthRegistry}; not thread-safe. */
  public static final class Builder {
    private final Gazetteer gazetteer;
    private Source source = CALLER;
    private int size;
    private int[] place = new int[1024];
    private int[] birth = new int[1024];
    private int[] delay = new int[1024];
    private byte[] flags = new byte[1024];
    private RegistrationRules rules;
    private IdSet ids;
    private RegistrationFields fields;
    private long added;

    private Builder(Gazetteer gazetteer) {
      this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /**
     * @param source where the registrations come from (default: supplied by the caller, unverified)
     * @return this builder
     */
    public Builder source(Source source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Adds a registration.
     *
     * @param r the registration
     * @return this builder
     * @throws InvalidValueException naming the field, the value and the reason when the
     *     registration breaks a {@link RegistrationRules rule} (checked against today unless the
     *     builder came from {@link BirthRegistry#builder(RegistrationRules)}), or its identifier was
     *     already added to this builder
     */
    public Builder add(BirthRegistration r) {
      Objects.requireNonNull(r, "registration");
      if (rules == null) {
        rules = RegistrationRules.of(gazetteer);
      }
      if (ids == null) {
        ids = new IdSet();
        fields = new RegistrationFields();
      }
      long position = ++added;
      List<RowError> problems = rules.check(r, position);
      if (problems.isEmpty()) {
        problems = RegistrationRules.duplicate(ids, r, position);
      }
      if (!problems.isEmpty()) {
        RowError e = problems.get(0);
        throw new InvalidValueException(e.column(), e.value(), e.reason());
      }
      RegistrationFields f = fields;
      rules.decode(r, f, (field, reason) -> { });
      addChecked(f.place, r.sex(), f.birth, f.registration, f.notice, f.death, f.facility, f.certificate);
      return this;
    }

    /**
     * Adds a registration given as column values.
     *
     * @param placeIndex the gazetteer index of the place of birth
     * @param sex the sex
     * @param birthEpochDay the date of birth as {@link LocalDate#toEpochDay()}
     * @param delayDays days from birth to registration, or -1 when not registered
     * @param inHealthFacility whether born in a health facility, if known
     * @param certificateIssued whether a certificate was issued (only for a registered birth)
     * @return this builder
     * @throws InvalidValueException naming the field when a value is out of range
     */
    public Builder addColumns(int placeIndex, Sex sex, long birthEpochDay, int delayDays,
        Optional<Boolean> inHealthFacility, boolean certificateIssued) {
      InvalidValueException.check(placeIndex >= 0 && placeIndex < gazetteer.size(), "placeIndex", placeIndex,
          "is not a unit index of the gazetteer");
      InvalidValueException.check(birthEpochDay >= Integer.MIN_VALUE && birthEpochDay <= Integer.MAX_VALUE,
          "dateOfBirth", birthEpochDay, "is out of range");
      InvalidValueException.check(delayDays >= -1, "registrationDelayDays", delayDays,
          "is negative: registration before the birth");
      InvalidValueException.check(delayDays >= 0 || !certificateIssued, "certificateIssued", true,
          "is set for a birth that is not registered");
      int f = sex.ordinal();
      if (inHealthFacility.isPresent()) {
        f |= FACILITY_KNOWN | (inHealthFacility.get() ? FACILITY_YES : 0);
      }
      if (certificateIssued) {
        f |= CERTIFICATE;
      }
      addRaw(placeIndex, (int) birthEpochDay, delayDays, (byte) f);
      return this;
    }

    /** Marks an absent date in {@link #addChecked}. */
    static final int NONE = Integer.MIN_VALUE;

    /**
     * Adds one row that the rule set has already accepted; the contract between every reader
     * (CSV into the registry, CSV into objects, JSON, {@link #add}) and the columnar storage.
     * No validation happens here.
     *
     * @param placeIndex the gazetteer index of the place of birth
     * @param sex the sex
     * @param birthEpochDay the date of birth as an epoch day
     * @param registrationEpochDay the registration date as an epoch day, or {@link #NONE}
     * @param noticeEpochDay the birth notice date as an epoch day, or {@link #NONE}
     * @param deathEpochDay the date of death as an epoch day, or {@link #NONE}
     * @param facility -1 when unknown, 0 when not in a health facility, 1 when in one
     * @param certificate whether a certificate was issued
     */
    void addChecked(int placeIndex, Sex sex, int birthEpochDay, int registrationEpochDay, int noticeEpochDay,
        int deathEpochDay, int facility, boolean certificate) {
      int f = sex.ordinal();
      if (facility >= 0) {
        f |= FACILITY_KNOWN | (facility == 1 ? FACILITY_YES : 0);
      }
      if (certificate) {
        f |= CERTIFICATE;
      }
      addRaw(placeIndex, birthEpochDay, registrationEpochDay == NONE ? -1 : registrationEpochDay - birthEpochDay,
          (byte) f);
    }

    void addRaw(int placeIndex, int birthEpochDay, int delayDays, byte flagBits) {
      if (size == place.length) {
        int n = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(1024, place.length * 2L));
        place = Arrays.copyOf(place, n);
        birth = Arrays.copyOf(birth, n);
        delay = Arrays.copyOf(delay, n);
        flags = Arrays.copyOf(flags, n);
      }
      place[size] = placeIndex;
      birth[size] = birthEpochDay;
      delay[size] = delayDays;
      flags[size] = flagBits;
      size++;
    }

    void ensureCapacity(int n) {
      if (place.length < n) {
        place = Arrays.copyOf(place, n);
        birth = Arrays.copyOf(birth, n);
        delay = Arrays.copyOf(delay, n);
        flags = Arrays.copyOf(flags, n);
      }
    }

    Gazetteer gazetteer() {
      return gazetteer;
    }

    /** @return the number of registrations added so far */
    public int size() {
      return size;
    }

    /**
     * @return the immutable registry, its columns trimmed to their size (13 bytes per registration)
     */
    public BirthRegistry build() {
      int[] p = place.length == size ? place : Arrays.copyOf(place, size);
      int[] b = birth.length == size ? birth : Arrays.copyOf(birth, size);
      int[] d = delay.length == size ? delay : Arrays.copyOf(delay, size);
      byte[] f = flags.length == size ? flags : Arrays.copyOf(flags, size);
      place = new int[0];
      birth = new int[0];
      delay = new int[0];
      flags = new byte[0];
      int n = size;
      size = 0;
      return new BirthRegistry(gazetteer, source, n, p, b, d, f);
    }
  }
}
