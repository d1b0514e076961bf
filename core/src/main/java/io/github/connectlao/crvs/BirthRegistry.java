package io.github.connectlao.crvs;

import io.github.connectlao.Confidence;
import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.CsvColumn;
import io.github.connectlao.csv.CsvImportException;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.CsvWriter;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.file.Files;
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
import org.jspecify.annotations.Nullable;

/**
 * A columnar, immutable register of births (ທະບຽນການເກີດ) for whole-country statistics: millions
 * of registrations in primitive columns keyed by the gazetteer's dense unit index, with no object
 * per record once built. It is the library's one counting engine: {@link #aggregate(RegistryQuery)}
 * counts timeliness (by unit, sex, setting and period, with a cut-off date), the numerators of
 * completeness on both bases and of coverage on any reference date, in one pass.
 *
 * <p><b>Storage: 13 bytes per registration.</b> The place of birth's unit index ({@code char}, so
 * a gazetteer of at most {@value #MAX_UNITS} units), the date of birth as an epoch day ({@code
 * int}), the registration, birth-notice and death dates as {@code char} day offsets from the birth
 * (at most {@value RegistrationPolicy#MAX_DELAY_DAYS} days, about 179 years; {@code 0xFFFF} when
 * absent) and one byte of flags (sex, health-facility birth known / yes, certificate issued,
 * notice known). Identifiers, names and offices are checked when loading but not kept: the
 * registry is for statistics, and holds no personal data. Timeliness is derived when counting,
 * from the thresholds of a {@link RegistrationPolicy}, so the policy is a parameter.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.laoPdr();
 * BirthRegistry registry = BirthRegistry.of(g, registrations.stream());
 * RegistrationCounts counts = registry.aggregate(RegistrationPolicy.laoPdr()).rolledUp();
 * counts.count(g.indexOf("LA05"), Sex.FEMALE, Timeliness.CURRENT);
 * RegistrationCounts all = registry.aggregate(RegistryQuery.of(RegistrationPolicy.laoPdr())
 *     .downTo(AdminLevel.DISTRICT).coverageUnder(LocalDate.of(2024, 6, 30), 5, 18).parallel()).rolledUp();
 * }</pre>
 */
public final class BirthRegistry {
  /** The most units a gazetteer may have to index places of birth ({@code char} indexes). */
  public static final int MAX_UNITS = 65_536;

  static final int SEX_MASK = 0b11;
  static final int FACILITY_KNOWN = 1 << 2;
  static final int FACILITY_YES = 1 << 3;
  static final int CERTIFICATE = 1 << 4;
  static final int NOTICE_KNOWN = 1 << 5;

  /** The offset of an absent date. */
  static final char ABSENT = 0xFFFF;

  private static final Source CALLER =
      Source.of("registrations supplied by the caller", Confidence.UNVERIFIED);

  private final Gazetteer gazetteer;
  private final Source source;
  private final int size;
  private final char[] place;
  private final int[] birth;
  private final char[] delay;
  private final char[] notice;
  private final char[] death;
  private final byte[] flags;
  private final int minBirth;
  private final int maxBirth;
  private final int minRegistration;
  private final int maxRegistration;
  private final RegistrationCounts.Layout[] layouts =
      new RegistrationCounts.Layout[AdminLevel.values().length];

  private BirthRegistry(
      Gazetteer gazetteer,
      Source source,
      int size,
      char[] place,
      int[] birth,
      char[] delay,
      char[] notice,
      char[] death,
      byte[] flags) {
    this.gazetteer = gazetteer;
    this.source = source;
    this.size = size;
    this.place = place;
    this.birth = birth;
    this.delay = delay;
    this.notice = notice;
    this.death = death;
    this.flags = flags;
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    int minReg = Integer.MAX_VALUE;
    int maxReg = Integer.MIN_VALUE;
    for (int i = 0; i < size; i++) {
      int b = birth[i];
      min = Math.min(min, b);
      max = Math.max(max, b);
      if (delay[i] != ABSENT) {
        minReg = Math.min(minReg, b + delay[i]);
        maxReg = Math.max(maxReg, b + delay[i]);
      }
    }
    this.minBirth = min;
    this.maxBirth = max;
    this.minRegistration = minReg;
    this.maxRegistration = maxReg;
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
   * Builds a registry from registrations checked by a rule set of the caller's (e.g. with the day
   * the data were extracted as the reference date).
   *
   * @param rules the rules, with the gazetteer the places of birth are codes of
   * @param registrations the registrations
   * @return the registry
   * @throws InvalidValueException naming the field, the value and the reason of the first
   *     registration that breaks a rule
   */
  public static BirthRegistry of(RegistrationRules rules, Stream<BirthRegistration> registrations) {
    Builder b = builder(rules);
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
  public static ImportResult<BirthRegistry> readCsv(Path file, Gazetteer gazetteer) {
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
  public static ImportResult<BirthRegistry> readCsv(Path file, RegistrationRules rules) {
    try (CsvReader csv = CsvReader.open(file)) {
      return RegistryCsv.read(csv, rules, RegistryCsv.expectedRows(size(file)));
    } catch (UncheckedIOException e) {
      throw new CsvImportException(
          file + ": cannot read: " + Objects.requireNonNullElse(e.getCause(), e).getMessage());
    }
  }

  /** @return the file's size, or 0 when it cannot be known (the read then reports the problem) */
  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
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
  public static ImportResult<BirthRegistry> readCsv(
      InputStream in, String sourceName, Gazetteer gazetteer) {
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
  public static ImportResult<BirthRegistry> readCsv(
      InputStream in, String sourceName, RegistrationRules rules) {
    CsvReader csv =
        CsvReader.of(
            new FilterInputStream(in) {
              @Override
              public void close() {
                // the caller's stream stays open
              }
            },
            sourceName);
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
    Writer w =
        out instanceof Writer writer
            ? writer
            : new Writer() {
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
    List<CsvColumn> columns =
        BirthRegistrationCsv.COLUMNS.subList(0, BirthRegistrationCsv.COLUMNS.size() - 1);
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
    return aggregate(RegistryQuery.of(policy));
  }

  /**
   * As {@link #aggregate(RegistrationPolicy)}, over the available cores; the result is identical.
   *
   * @param policy classifies the delays
   * @return the counts at the places of birth
   */
  public RegistrationCounts aggregateParallel(RegistrationPolicy policy) {
    return aggregate(RegistryQuery.of(policy).parallel());
  }

  /**
   * Counts the births per year of birth × unit × sex × timeliness in one pass, on one core.
   *
   * @param policy classifies the delays
   * @return the counts at the places of birth, by year
   */
  public RegistrationCounts aggregateByYear(RegistrationPolicy policy) {
    return aggregate(RegistryQuery.of(policy).per(RegistryQuery.Period.BIRTH_YEAR));
  }

  /**
   * Counts everything a query asks for in one pass over the registrations (over the available
   * cores when the query says so; the result is identical). Allocates counters of (periods + 1) ×
   * units × cells, never anything proportional to the number of registrations.
   *
   * <p>Example: {@code registry.aggregate(RegistryQuery.of(policy).downTo(AdminLevel.PROVINCE)
   * .per(Period.BIRTH_YEAR)).rolledUp()} counts every province and the nation per year of birth.
   *
   * @param query what to count
   * @return the counts, not yet rolled up
   */
  public RegistrationCounts aggregate(RegistryQuery query) {
    InvalidValueException.required(query, "query");
    Plan plan = new Plan(query, layout(query.deepest()));
    long[] counts = query.isParallel() ? parallel(plan, 100_000) : plan.count(0, size);
    return plan.result(counts);
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

  RegistrationCounts parallel(
      RegistrationPolicy policy, AdminLevel deepest, boolean byYear, int minPart) {
    RegistryQuery q =
        RegistryQuery.of(policy)
            .downTo(deepest)
            .per(byYear ? RegistryQuery.Period.BIRTH_YEAR : RegistryQuery.Period.ALL);
    Plan plan = new Plan(q, layout(deepest));
    return plan.result(parallel(plan, minPart));
  }

  /**
   * Counts in parts on the common pool. Not one part per thread but up to four: a thread that the
   * operating system delays leaves its remaining parts to the others (work stealing), instead of
   * the whole call waiting for its one big part; each part's counters (cells, not rows) stay a
   * small fraction of the work, so allocating and merging them costs little.
   */
  private long[] parallel(Plan plan, int minPart) {
    int threads = Math.max(2, ForkJoinPool.getCommonPoolParallelism() + 1);
    long cells = (long) plan.out + plan.block;
    long byCounters = Math.max(threads, size / Math.max(1, 16 * cells));
    int parts = (int) Math.max(1, Math.min(Math.min(4L * threads, byCounters), size / minPart));
    if (parts == 1) {
      return plan.count(0, size);
    }
    return IntStream.range(0, parts)
        .parallel()
        .mapToObj(
            p -> plan.count((int) ((long) size * p / parts), (int) ((long) size * (p + 1) / parts)))
        .reduce(
            (a, b) -> {
              for (int i = 0; i < a.length; i++) {
                a[i] += b[i];
              }
              return a;
            })
        .orElseThrow();
  }

  /**
   * The first epoch day of birth that is under an age on a reference date, by {@link Ages}: the
   * one place the age rule lives, turned into a threshold for the hot loop.
   */
  static int underAgeThreshold(LocalDate referenceDate, int years) {
    LocalDate d = referenceDate.minusYears(years).minusDays(3);
    while (!Ages.isUnder(d, years, referenceDate)) {
      d = d.plusDays(1);
    }
    return (int) d.toEpochDay();
  }

  private static int year(int epochDay) {
    return LocalDate.ofEpochDay(epochDay).getYear();
  }

  private static int firstDay(int year) {
    return (int) LocalDate.of(year, 1, 1).toEpochDay();
  }

  /** Every lookup table one query needs, derived once from the query, the policy and the layout. */
  private final class Plan {
    /** A cell counts at most one part's registrations, at most 2^31 - 1: an int cannot overflow. */
    private static final int CHUNK = 1 << 30;

    final RegistrationCounts.Layout layout;
    final RegistrationCounts.Shape shape;
    final int cells;
    final int block;
    final int firstYear;
    final int years;
    final int out;
    final int[] birthOff;
    final int @Nullable [] regOff;
    final boolean general;
    final boolean plain;
    final boolean fromNotice;
    final int[] bounds;
    final int asOf;
    final int ref;
    final int[] thresholds = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
    final int buckets;
    final int[] targetOff;
    final int[] groupOff = new int[64];

    Plan(RegistryQuery q, RegistrationCounts.Layout layout) {
      this.layout = layout;
      this.shape = RegistrationCounts.Shape.of(q);
      this.cells = shape.slotCells();
      this.block = layout.slots * cells;
      this.buckets = shape.buckets();
      this.asOf =
          q.cutOff()
              .map(
                  d ->
                      (int)
                          Math.max(
                              Integer.MIN_VALUE + 1,
                              Math.min(Integer.MAX_VALUE - 1, d.toEpochDay())))
              .orElse(Integer.MAX_VALUE - 1);
      Optional<DateRange> bornIn = q.bornInWindow();
      Optional<DateRange> regIn = q.registeredInWindow();
      RegistryQuery.Period per = q.period();
      int lo = 0;
      int hi = -1;
      if (size > 0 && per == RegistryQuery.Period.BIRTH_YEAR) {
        lo = minBirth;
        hi = Math.min(maxBirth, asOf);
        if (bornIn.isPresent()) {
          lo = Math.max(lo, (int) bornIn.get().start().toEpochDay());
          hi = Math.min(hi, (int) bornIn.get().end().toEpochDay());
        }
      } else if (minRegistration <= maxRegistration
          && per == RegistryQuery.Period.REGISTRATION_YEAR) {
        lo = minRegistration;
        hi = Math.min(maxRegistration, asOf);
        if (regIn.isPresent()) {
          lo = Math.max(lo, (int) regIn.get().start().toEpochDay());
          hi = Math.min(hi, (int) regIn.get().end().toEpochDay());
        }
      }
      if (per == RegistryQuery.Period.ALL) {
        firstYear = 0;
        years = 1;
      } else if (lo > hi) {
        firstYear = 0;
        years = 0;
      } else {
        firstYear = year(lo);
        years = year(hi) - firstYear + 1;
      }
      out = years * block;
      // births: the period block of each day of birth, or "outside"
      birthOff = size == 0 ? new int[0] : new int[maxBirth - minBirth + 1];
      if (size > 0) {
        int bLo =
            Math.max(minBirth, bornIn.map(w -> (int) w.start().toEpochDay()).orElse(minBirth));
        int bHi =
            Math.min(
                Math.min(maxBirth, asOf),
                bornIn.map(w -> (int) w.end().toEpochDay()).orElse(maxBirth));
        Arrays.fill(birthOff, out);
        if (per == RegistryQuery.Period.BIRTH_YEAR) {
          fillYears(birthOff, minBirth, Math.max(bLo, lo), Math.min(bHi, hi));
        } else if (bLo <= bHi) {
          Arrays.fill(birthOff, bLo - minBirth, bHi - minBirth + 1, 0);
        }
      }
      // registrations: the period block of each day of registration, when the query needs it
      boolean needsReg = per == RegistryQuery.Period.REGISTRATION_YEAR || regIn.isPresent();
      if (needsReg && minRegistration <= maxRegistration) {
        regOff = new int[maxRegistration - minRegistration + 1];
        Arrays.fill(regOff, out);
        int rLo =
            Math.max(
                minRegistration,
                regIn.map(w -> (int) w.start().toEpochDay()).orElse(minRegistration));
        int rHi =
            Math.min(
                Math.min(maxRegistration, asOf),
                regIn.map(w -> (int) w.end().toEpochDay()).orElse(maxRegistration));
        if (per == RegistryQuery.Period.REGISTRATION_YEAR) {
          fillYears(regOff, minRegistration, Math.max(rLo, lo), Math.min(rHi, hi));
        } else if (rLo <= rHi) {
          Arrays.fill(regOff, rLo - minRegistration, rHi - minRegistration + 1, 0);
        }
      } else {
        regOff = needsReg ? new int[0] : null;
      }
      fromNotice = q.policy().countFrom() == RegistrationPolicy.CountFrom.BIRTH_NOTICE;
      general = needsReg || fromNotice;
      // no period, no window, no cut-off that bites: every birth in block 0, no lookup needed
      plain =
          per == RegistryQuery.Period.ALL
              && bornIn.isEmpty()
              && !general
              && (size == 0
                  || (asOf >= maxBirth
                      && (minRegistration > maxRegistration || asOf >= maxRegistration)));
      bounds = q.policy().bandUpperBounds();
      ref =
          q.coverageDate()
              .map(
                  d ->
                      (int)
                          Math.max(
                              Integer.MIN_VALUE + 1,
                              Math.min(Integer.MAX_VALUE - 1, d.toEpochDay())))
              .orElse(Integer.MIN_VALUE + 1);
      int[] ages = q.coverageAges();
      for (int i = 0; i < ages.length; i++) {
        thresholds[i] = underAgeThreshold(q.coverageDate().orElseThrow(), ages[i]);
      }
      targetOff = new int[layout.target.length];
      for (int u = 0; u < targetOff.length; u++) {
        targetOff[u] = layout.target[u] * cells;
      }
      for (int f = 0; f < 64; f++) {
        int sex = Math.min(f & SEX_MASK, 2);
        BirthSetting setting =
            (f & FACILITY_KNOWN) == 0
                ? BirthSetting.UNKNOWN
                : (f & FACILITY_YES) != 0
                    ? BirthSetting.HEALTH_FACILITY
                    : BirthSetting.HOME_OR_OTHER;
        groupOff[f] = shape.group(Sex.values()[sex], setting) * RegistrationCounts.BANDS * buckets;
      }
    }

    private void fillYears(int[] table, int origin, int from, int to) {
      for (int y = firstYear; y < firstYear + years; y++) {
        int s = Math.max(from, firstDay(y));
        int e = Math.min(to, firstDay(y + 1) - 1);
        if (s <= e) {
          Arrays.fill(table, s - origin, e - origin + 1, (y - firstYear) * block);
        }
      }
    }

    long[] count(int from, int to) {
      long[] counts = new long[out + block];
      int[] hist = new int[out + block];
      for (int start = from; start < to; start += Math.min(CHUNK, to - start)) {
        int end = start + Math.min(CHUNK, to - start);
        if (general) {
          countGeneral(start, end, hist);
        } else if (plain) {
          countPlain(
              place,
              birth,
              delay,
              death,
              flags,
              start,
              end,
              targetOff,
              groupOff,
              bounds[0],
              bounds[1],
              bounds[2],
              bounds[3],
              ref,
              thresholds[0],
              thresholds[1],
              thresholds[2],
              buckets,
              hist);
        } else {
          countFast(
              place,
              birth,
              delay,
              death,
              flags,
              start,
              end,
              birthOff,
              minBirth,
              targetOff,
              groupOff,
              bounds[0],
              bounds[1],
              bounds[2],
              bounds[3],
              asOf,
              ref,
              thresholds[0],
              thresholds[1],
              thresholds[2],
              buckets,
              hist);
        }
        for (int i = 0; i < hist.length; i++) {
          counts[i] += hist[i];
        }
        Arrays.fill(hist, 0);
      }
      return counts;
    }

    @SuppressWarnings("ShortCircuitBoolean") // branch-free on purpose: the inner loop of counting
    private void countGeneral(int from, int to, int[] hist) {
      int l0 = bounds[0];
      int l1 = bounds[1];
      int l2 = bounds[2];
      int l3 = bounds[3];
      int t0 = thresholds[0];
      int t1 = thresholds[1];
      int t2 = thresholds[2];
      int k = buckets;
      boolean useReg = regOff != null;
      int[] regs = regOff == null ? new int[0] : regOff;
      for (int i = from; i < to; i++) {
        int b = birth[i];
        int d = delay[i];
        int r = b + d;
        boolean reg = d != ABSENT & r <= asOf;
        int n = notice[i];
        int e = fromNotice && n != ABSENT ? Math.max(0, d - n) : d;
        int dd = reg ? e : ABSENT;
        int band = (dd > l0 ? 1 : 0) + (dd > l1 ? 1 : 0) + (dd > l2 ? 1 : 0) + (dd > l3 ? 1 : 0);
        int x = death[i];
        boolean covered = reg & r <= ref & (x == ABSENT | b + x > ref);
        int bucket = covered ? (b >= t0 ? 1 : 0) + (b >= t1 ? 1 : 0) + (b >= t2 ? 1 : 0) : 0;
        int p = birthOff[b - minBirth];
        if (useReg) {
          p = Math.max(p, reg ? regs[r - minRegistration] : out);
        }
        hist[p + targetOff[place[i]] + groupOff[flags[i] & 63] + band * k + bucket]++;
      }
    }

    RegistrationCounts result(long[] counts) {
      return new RegistrationCounts(layout, shape, firstYear, years, false, counts);
    }
  }

  /**
   * The hot loop: small and static so that the JIT compiles it on its own. Branch-free: the band
   * is the number of the policy's bounds the delay exceeds (an absent or later-than-cut-off
   * registration is the sentinel, above them all: not registered), the coverage bucket the number
   * of age thresholds the birth is on or after, for a child registered and alive on the reference
   * date; the period comes from a per-day table ("outside" for births the windows leave out).
   */
  @SuppressWarnings("ShortCircuitBoolean") // branch-free on purpose: the inner loop of counting
  private static void countFast(
      char[] place,
      int[] birth,
      char[] delay,
      char[] death,
      byte[] flags,
      int from,
      int to,
      int[] birthOff,
      int origin,
      int[] targetOff,
      int[] groupOff,
      int l0,
      int l1,
      int l2,
      int l3,
      int asOf,
      int ref,
      int t0,
      int t1,
      int t2,
      int k,
      int[] hist) {
    for (int i = from; i < to; i++) {
      int b = birth[i];
      int d = delay[i];
      int r = b + d;
      boolean reg = d != ABSENT & r <= asOf;
      int dd = reg ? d : ABSENT;
      int band = (dd > l0 ? 1 : 0) + (dd > l1 ? 1 : 0) + (dd > l2 ? 1 : 0) + (dd > l3 ? 1 : 0);
      int x = death[i];
      boolean covered = reg & r <= ref & (x == ABSENT | b + x > ref);
      int bucket = covered ? (b >= t0 ? 1 : 0) + (b >= t1 ? 1 : 0) + (b >= t2 ? 1 : 0) : 0;
      hist[
          birthOff[b - origin]
              + targetOff[place[i]]
              + groupOff[flags[i] & 63]
              + band * k
              + bucket]++;
    }
  }

  /** As {@link #countFast} when every birth falls in the one period and no cut-off applies. */
  @SuppressWarnings("ShortCircuitBoolean") // branch-free on purpose: the inner loop of counting
  private static void countPlain(
      char[] place,
      int[] birth,
      char[] delay,
      char[] death,
      byte[] flags,
      int from,
      int to,
      int[] targetOff,
      int[] groupOff,
      int l0,
      int l1,
      int l2,
      int l3,
      int ref,
      int t0,
      int t1,
      int t2,
      int k,
      int[] hist) {
    for (int i = from; i < to; i++) {
      int b = birth[i];
      int d = delay[i];
      int band = (d > l0 ? 1 : 0) + (d > l1 ? 1 : 0) + (d > l2 ? 1 : 0) + (d > l3 ? 1 : 0);
      int x = death[i];
      boolean covered = d != ABSENT & b + d <= ref & (x == ABSENT | b + x > ref);
      int bucket = covered ? (b >= t0 ? 1 : 0) + (b >= t1 ? 1 : 0) + (b >= t2 ? 1 : 0) : 0;
      hist[targetOff[place[i]] + groupOff[flags[i] & 63] + band * k + bucket]++;
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
    InvalidValueException.check(
        from >= 0 && from <= to && to <= size,
        "range",
        from + ".." + to,
        "is not within 0.." + size);
    return new BirthRegistry(
        gazetteer,
        source,
        to - from,
        Arrays.copyOfRange(place, from, to),
        Arrays.copyOfRange(birth, from, to),
        Arrays.copyOfRange(delay, from, to),
        Arrays.copyOfRange(notice, from, to),
        Arrays.copyOfRange(death, from, to),
        Arrays.copyOfRange(flags, from, to));
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
    return 2L * place.length
        + 4L * birth.length
        + 2L * delay.length
        + 2L * notice.length
        + 2L * death.length
        + flags.length;
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
    return d == ABSENT ? Optional.empty() : Optional.of(d);
  }

  /**
   * @param i a position
   * @return the birth notice date, if recorded
   */
  public Optional<LocalDate> birthNoticeDate(int i) {
    int n = notice[Objects.checkIndex(i, size)];
    return n == ABSENT ? Optional.empty() : Optional.of(LocalDate.ofEpochDay((long) birth[i] + n));
  }

  /**
   * @param i a position
   * @return the date of death, if recorded
   */
  public Optional<LocalDate> dateOfDeath(int i) {
    int x = death[Objects.checkIndex(i, size)];
    return x == ABSENT ? Optional.empty() : Optional.of(LocalDate.ofEpochDay((long) birth[i] + x));
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
   * @return the timeliness of the registration under a policy (from the notice when the policy says so)
   * @param policy the policy
   */
  public Timeliness timeliness(int i, RegistrationPolicy policy) {
    LocalDate b = dateOfBirth(i);
    return policy
        .band(b, birthNoticeDate(i), registrationDelayDays(i).map(b::plusDays))
        .timeliness();
  }

  /** @return the earliest date of birth, if any registration is held */
  public Optional<LocalDate> firstBirth() {
    return size == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(minBirth));
  }

  /** @return the latest date of birth, if any registration is held */
  public Optional<LocalDate> lastBirth() {
    return size == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(maxBirth));
  }

  /** @return the latest registration date, if any registration is registered */
  public Optional<LocalDate> lastRegistration() {
    return minRegistration > maxRegistration
        ? Optional.empty()
        : Optional.of(LocalDate.ofEpochDay(maxRegistration));
  }

  /** @return the earliest registration date, if any registration is registered */
  public Optional<LocalDate> firstRegistration() {
    return minRegistration > maxRegistration
        ? Optional.empty()
        : Optional.of(LocalDate.ofEpochDay(minRegistration));
  }

  @Override
  public String toString() {
    return "BirthRegistry["
        + size
        + " registrations"
        + firstBirth().map(d -> ", born " + d + ".." + lastBirth().get()).orElse("")
        + ", "
        + source.confidence().name().toLowerCase(java.util.Locale.ROOT)
        + "]";
  }

  /** Fills a {@link BirthRegistry}; not thread-safe. */
  public static final class Builder {
    private final Gazetteer gazetteer;
    private Source source = CALLER;
    private int size;
    private char[] place = new char[1024];
    private int[] birth = new int[1024];
    private char[] delay = new char[1024];
    private char[] notice = new char[1024];
    private char[] death = new char[1024];
    private byte[] flags = new byte[1024];
    private @Nullable RegistrationRules rules;
    private final IdSet ids = new IdSet();
    private final RegistrationFields fields = new RegistrationFields();
    private long added;

    private Builder(Gazetteer gazetteer) {
      this.gazetteer = InvalidValueException.required(gazetteer, "gazetteer");
      InvalidValueException.check(
          gazetteer.size() <= MAX_UNITS,
          "gazetteer",
          gazetteer.description(),
          "has " + gazetteer.size() + " units; the registry indexes at most " + MAX_UNITS);
    }

    /**
     * @param source where the registrations come from (default: supplied by the caller, unverified)
     * @return this builder
     */
    public Builder source(Source source) {
      this.source = InvalidValueException.required(source, "source");
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
      InvalidValueException.required(r, "registration");
      if (rules == null) {
        rules = RegistrationRules.of(gazetteer);
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
      rules.decode(r, f, (field, reason) -> {});
      addChecked(
          f.place, r.sex(), f.birth, f.registration, f.notice, f.death, f.facility, f.certificate);
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
    public Builder addColumns(
        int placeIndex,
        Sex sex,
        long birthEpochDay,
        int delayDays,
        Optional<Boolean> inHealthFacility,
        boolean certificateIssued) {
      InvalidValueException.check(
          placeIndex >= 0 && placeIndex < gazetteer.size(),
          "placeIndex",
          placeIndex,
          "is not a unit index of the gazetteer");
      InvalidValueException.check(
          birthEpochDay > Integer.MIN_VALUE
              && birthEpochDay < Integer.MAX_VALUE - RegistrationPolicy.MAX_DELAY_DAYS,
          "dateOfBirth",
          birthEpochDay,
          "is out of range");
      InvalidValueException.check(
          delayDays >= -1,
          "registrationDelayDays",
          delayDays,
          "is negative: registration before the birth");
      InvalidValueException.check(
          delayDays >= 0 || !certificateIssued,
          "certificateIssued",
          true,
          "is set for a birth that is not registered");
      int b = (int) birthEpochDay;
      addChecked(
          placeIndex,
          sex,
          b,
          delayDays < 0 ? NONE : b + delayDays,
          NONE,
          NONE,
          inHealthFacility.map(f -> f ? 1 : 0).orElse(-1),
          certificateIssued);
      return this;
    }

    /** Marks an absent date in {@link #addChecked}. */
    static final int NONE = Integer.MIN_VALUE;

    /**
     * Adds one row that the rule set has already accepted; the contract between every reader
     * (CSV into the registry, CSV into objects, JSON, {@link #add}) and the columnar storage.
     * Only what the storage itself cannot hold is checked: a date more than {@value
     * RegistrationPolicy#MAX_DELAY_DAYS} days after the birth, or before it.
     *
     * @param placeIndex the gazetteer index of the place of birth
     * @param sex the sex
     * @param birthEpochDay the date of birth as an epoch day
     * @param registrationEpochDay the registration date as an epoch day, or {@link #NONE}
     * @param noticeEpochDay the birth notice date as an epoch day, or {@link #NONE}
     * @param deathEpochDay the date of death as an epoch day, or {@link #NONE}
     * @param facility -1 when unknown, 0 when not in a health facility, 1 when in one
     * @param certificate whether a certificate was issued
     * @throws InvalidValueException naming the field when a date cannot be stored
     */
    void addChecked(
        int placeIndex,
        Sex sex,
        int birthEpochDay,
        int registrationEpochDay,
        int noticeEpochDay,
        int deathEpochDay,
        int facility,
        boolean certificate) {
      int f = sex.ordinal();
      if (facility >= 0) {
        f |= FACILITY_KNOWN | (facility == 1 ? FACILITY_YES : 0);
      }
      if (certificate) {
        f |= CERTIFICATE;
      }
      if (noticeEpochDay != NONE) {
        f |= NOTICE_KNOWN;
      }
      if (placeIndex < 0 || placeIndex >= gazetteer.size()) {
        // not through InvalidValueException.check, which would box the index on every row
        throw new InvalidValueException(
            "placeIndex", placeIndex, "is not a unit index of the gazetteer");
      }
      add(
          placeIndex,
          birthEpochDay,
          offset("registrationDate", birthEpochDay, registrationEpochDay),
          offset("birthNoticeDate", birthEpochDay, noticeEpochDay),
          offset("dateOfDeath", birthEpochDay, deathEpochDay),
          (byte) f);
    }

    private static char offset(String field, int birth, int day) {
      if (day == NONE) {
        return ABSENT;
      }
      long d = (long) day - birth;
      if (d < 0 || d > RegistrationPolicy.MAX_DELAY_DAYS) {
        throw new InvalidValueException(
            field,
            LocalDate.ofEpochDay(day),
            d < 0
                ? "is before the date of birth " + LocalDate.ofEpochDay(birth)
                : "is "
                    + d
                    + " days after the date of birth "
                    + LocalDate.ofEpochDay(birth)
                    + "; the registry holds at most "
                    + RegistrationPolicy.MAX_DELAY_DAYS
                    + " days (about 179 years)");
      }
      return (char) d;
    }

    /** Adds a row without notice or death: a delay of -1 means not registered. */
    void addRaw(int placeIndex, int birthEpochDay, int delayDays, byte flagBits) {
      InvalidValueException.check(
          delayDays <= RegistrationPolicy.MAX_DELAY_DAYS,
          "registrationDelayDays",
          delayDays,
          "is more than the " + RegistrationPolicy.MAX_DELAY_DAYS + " days the registry holds");
      add(
          placeIndex,
          birthEpochDay,
          delayDays < 0 ? ABSENT : (char) delayDays,
          ABSENT,
          ABSENT,
          (byte) (flagBits & ~NOTICE_KNOWN));
    }

    private void add(
        int placeIndex,
        int birthEpochDay,
        char delayDays,
        char noticeDays,
        char deathDays,
        byte f) {
      if (size == place.length) {
        grow((int) Math.min(Integer.MAX_VALUE - 8, Math.max(1024, place.length * 2L)));
      }
      place[size] = (char) placeIndex;
      birth[size] = birthEpochDay;
      delay[size] = delayDays;
      notice[size] = noticeDays;
      death[size] = deathDays;
      flags[size] = f;
      size++;
    }

    private void grow(int n) {
      place = Arrays.copyOf(place, n);
      birth = Arrays.copyOf(birth, n);
      delay = Arrays.copyOf(delay, n);
      notice = Arrays.copyOf(notice, n);
      death = Arrays.copyOf(death, n);
      flags = Arrays.copyOf(flags, n);
    }

    void ensureCapacity(int n) {
      if (place.length < n) {
        grow(n);
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
      if (place.length != size) {
        grow(size);
      }
      BirthRegistry r =
          new BirthRegistry(gazetteer, source, size, place, birth, delay, notice, death, flags);
      place = new char[0];
      birth = new int[0];
      delay = new char[0];
      notice = new char[0];
      death = new char[0];
      flags = new byte[0];
      size = 0;
      return r;
    }
  }
}
