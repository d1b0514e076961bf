package io.github.connectlao.benchmarks;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.partitioningBy;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.Ages;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.BirthRegistry;
import io.github.connectlao.crvs.RegistrationCounts;
import io.github.connectlao.crvs.RegistrationPolicy;
import io.github.connectlao.crvs.RegistryQuery;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.crvs.SyntheticRegistrations;
import io.github.connectlao.crvs.Timeliness;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The shared workloads of the benchmarks, each written once per approach, with the answers in one
 * comparable form so every approach is checked against the registry.
 *
 * <p>Data: <b>synthetic</b> registrations ({@link SyntheticRegistrations}, seed {@link #SEED}) over
 * the embedded gazetteer plus the community villages (unofficial) plus {@link
 * #SYNTHETIC_VILLAGES_PER_DISTRICT} synthetic villages per district.
 *
 * <p>Answers: a rollup is a {@code long[units × 12]} array indexed {@code [unit][sex][timeliness]};
 * completeness is a {@code long[provinces × years × 2]} array of {births, registered} per province
 * and year of birth.
 */
public final class Workloads {
  /** The seed of every generated dataset. */
  public static final long SEED = 42;

  /** Synthetic villages added under each district. */
  public static final int SYNTHETIC_VILLAGES_PER_DISTRICT = 20;

  /** The timeliness policy of every workload. */
  public static final RegistrationPolicy POLICY = RegistrationPolicy.laoPdr();

  /** The first year of birth of the synthetic data. */
  public static final int FIRST_YEAR = SyntheticRegistrations.FIRST_BIRTH.getYear();

  /** The number of years of birth of the synthetic data. */
  public static final int YEARS = SyntheticRegistrations.LAST_BIRTH.getYear() - FIRST_YEAR + 1;

  private static Gazetteer gazetteer;

  private Workloads() {}

  /** @return the gazetteer of every workload (built once) */
  public static synchronized Gazetteer gazetteer() {
    if (gazetteer == null) {
      Gazetteer withVillages = Gazetteer.laoPdr().withCommunityVillages().accepted();
      gazetteer =
          withVillages.withUnits(
              SyntheticRegistrations.villages(Gazetteer.laoPdr(), SYNTHETIC_VILLAGES_PER_DISTRICT));
    }
    return gazetteer;
  }

  /**
   * @param n registrations
   * @return the synthetic registry
   */
  public static BirthRegistry registry(int n) {
    return SyntheticRegistrations.registry(gazetteer(), n, SEED);
  }

  /**
   * @param n registrations
   * @return the same synthetic registrations as objects
   */
  public static List<BirthRegistration> records(int n) {
    return SyntheticRegistrations.generate(gazetteer(), n, SEED)
        .collect(Collectors.toCollection(() -> new ArrayList<>(n)));
  }

  /**
   * Writes the synthetic registrations to a CSV file in the registry's format.
   *
   * @param n registrations
   * @param file the file
   */
  public static void writeCsv(int n, Path file) {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      BirthRegistry.writeCsv(SyntheticRegistrations.generate(gazetteer(), n, SEED), w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- the registry

  /**
   * @param counts rolled-up counts
   * @return the answer array
   */
  public static long[] answer(RegistrationCounts counts) {
    Gazetteer g = counts.gazetteer();
    long[] out = new long[g.size() * 12];
    for (int u = 0; u < g.size(); u++) {
      for (Sex s : Sex.values()) {
        for (Timeliness t : Timeliness.values()) {
          out[u * 12 + s.ordinal() * 4 + t.ordinal()] = counts.count(u, s, t);
        }
      }
    }
    return out;
  }

  /**
   * Completeness for every province with the registry.
   *
   * @param registry the registry
   * @return {births, registered} per province and year
   */
  public static long[] completenessRegistry(BirthRegistry registry) {
    RegistrationCounts c =
        registry
            .aggregate(
                RegistryQuery.of(POLICY)
                    .downTo(AdminLevel.PROVINCE)
                    .per(RegistryQuery.Period.BIRTH_YEAR))
            .rolledUp();
    List<AdminUnit> provinces = registry.gazetteer().units(AdminLevel.PROVINCE);
    long[] out = new long[provinces.size() * YEARS * 2];
    for (int p = 0; p < provinces.size(); p++) {
      int index = registry.gazetteer().index(provinces.get(p));
      for (int y = 0; y < YEARS; y++) {
        long[] br = c.birthsAndRegistered(index, FIRST_YEAR + y);
        out[(p * YEARS + y) * 2] = br[0];
        out[(p * YEARS + y) * 2 + 1] = br[1];
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- the full workload

  /** The reference date of the coverage part of the full workload. */
  public static final LocalDate REFERENCE_DATE = LocalDate.of(2024, 6, 30);

  /**
   * The full workload, as one engine query: timeliness × sex for the nation, every province and
   * every district (births below a district counted at it), plus the children registered, alive
   * and under 5 and under 18 on {@link #REFERENCE_DATE}, rolled up.
   */
  public static final RegistryQuery FULL =
      RegistryQuery.of(POLICY).downTo(AdminLevel.DISTRICT).coverageUnder(REFERENCE_DATE, 5, 18);

  /** Values per unit and sex in a full answer: 4 timeliness classes, then under 5 and under 18. */
  public static final int FULL_CELLS = 6;

  /**
   * @param counts rolled-up counts of {@link #FULL}
   * @param u the units counted (nation, provinces, districts)
   * @return the full answer: {@code [slot][sex][current, late, delayed, not registered, under 5, under 18]}
   */
  public static long[] fullAnswer(RegistrationCounts counts, Units u) {
    long[] out = new long[u.slots * 3 * FULL_CELLS];
    for (int s = 0; s < u.slots; s++) {
      for (Sex sex : Sex.values()) {
        int at = (s * 3 + sex.ordinal()) * FULL_CELLS;
        for (Timeliness t : Timeliness.values()) {
          out[at + t.ordinal()] = counts.count(u.unitOfSlot[s], sex, t);
        }
        out[at + 4] =
            counts.coverageCount(
                u.unitOfSlot[s], 5, java.util.Optional.of(sex), java.util.Optional.empty());
        out[at + 5] =
            counts.coverageCount(
                u.unitOfSlot[s], 18, java.util.Optional.of(sex), java.util.Optional.empty());
      }
    }
    return out;
  }

  /** The nation, provinces and districts of a gazetteer as dense slots in pre-order. */
  public static final class Units {
    /** Number of slots. */
    public final int slots;

    /** The slot every unit is counted in (a village: its district's). */
    public final int[] slotOf;

    /** The gazetteer index of every slot. */
    public final int[] unitOfSlot;

    /** The parent slot of every slot (-1 for the nation). */
    public final int[] parentSlot;

    /** The depth of every slot: 0 nation, 1 province, 2 district. */
    public final int[] depth;

    /**
     * @param g the gazetteer
     */
    public Units(Gazetteer g) {
      int n = g.size();
      slotOf = new int[n];
      int[] unitOf = new int[n];
      int[] parentOf = new int[n];
      int[] depthOf = new int[n];
      int[] parent = g.parentIndexes();
      int s = 0;
      for (int u = 0; u < n; u++) {
        if (g.unitAt(u).level().depth() <= AdminLevel.DISTRICT.depth()) {
          slotOf[u] = s;
          unitOf[s] = u;
          parentOf[s] = u == 0 ? -1 : slotOf[parent[u]];
          depthOf[s] = g.unitAt(u).level().depth() - AdminLevel.NATIONAL.depth();
          s++;
        } else {
          slotOf[u] = slotOf[parent[u]];
        }
      }
      slots = s;
      unitOfSlot = java.util.Arrays.copyOf(unitOf, s);
      parentSlot = java.util.Arrays.copyOf(parentOf, s);
      depth = java.util.Arrays.copyOf(depthOf, s);
    }
  }

  /** A grouping key of the full workload with streams. */
  public record FullKey(String place, Sex sex, Timeliness timeliness, int ageBucket) {}

  /**
   * The age bucket of a record on {@link #REFERENCE_DATE}: 2 registered, alive and under 5; 1
   * under 18 (not under 5); 0 otherwise.
   *
   * @param r the record
   * @return the bucket
   */
  static int ageBucket(BirthRegistration r) {
    if (!r.isRegisteredAndAliveOn(REFERENCE_DATE)) {
      return 0;
    }
    return Ages.isUnder(r.dateOfBirth(), 5, REFERENCE_DATE)
        ? 2
        : Ages.isUnder(r.dateOfBirth(), 18, REFERENCE_DATE) ? 1 : 0;
  }

  /**
   * The full workload with {@code Collectors.groupingBy} over record objects: group by place × sex
   * × timeliness × age bucket, then add every group to its ancestors down to districts.
   *
   * @param records the registrations
   * @param g the gazetteer
   * @param u the slots
   * @return the full answer
   */
  public static long[] fullStreams(List<BirthRegistration> records, Gazetteer g, Units u) {
    Map<FullKey, Long> byPlace =
        records.stream()
            .collect(
                groupingBy(
                    r ->
                        new FullKey(
                            r.placeOfBirthCode(), r.sex(), r.timeliness(POLICY), ageBucket(r)),
                    counting()));
    long[] out = new long[u.slots * 3 * FULL_CELLS];
    byPlace.forEach(
        (k, v) -> {
          int s = u.slotOf[g.indexOf(k.place())];
          for (; s >= 0; s = u.parentSlot[s]) {
            int at = (s * 3 + k.sex().ordinal()) * FULL_CELLS;
            out[at + k.timeliness().ordinal()] += v;
            if (k.ageBucket() == 2) {
              out[at + 4] += v;
            }
            if (k.ageBucket() >= 1) {
              out[at + 5] += v;
            }
          }
        });
    return out;
  }

  /**
   * The full workload as a hand-tuned single-thread loop over the registry's own compact columns:
   * the floor. Branch-free category (timeliness + coverage bucket as sums of comparisons), an
   * {@code int} histogram of districts × sex × 4 classes × 3 buckets (24 KB, held in L1), flushed
   * to {@code long} every {@link #FLOOR_CHUNK} rows so that no cell can overflow, then rolled up.
   *
   * @param c the columns
   * @param u the slots
   * @return the full answer
   */
  public static long[] fullFloor(Compact c, Units u) {
    final int legal = POLICY.legalPeriodDays();
    final int late = POLICY.lateLimitDays().orElse(RegistrationPolicy.MAX_DELAY_DAYS);
    final int ref = (int) REFERENCE_DATE.toEpochDay();
    final int under18 = firstDayUnder(18);
    final int under5 = firstDayUnder(5);
    final int absent = 0xFFFF;
    int cells = 3 * 4 * 3;
    int[] slotOff = new int[u.slotOf.length];
    for (int i = 0; i < slotOff.length; i++) {
      slotOff[i] = u.slotOf[i] * cells;
    }
    int[] hist = new int[u.slots * cells];
    long[] sum = new long[hist.length];
    char[] place = c.place;
    int[] birth = c.birth;
    char[] delay = c.delay;
    char[] death = c.death;
    byte[] sex = c.sex;
    for (int from = 0; from < c.size; from += FLOOR_CHUNK) {
      int to = Math.min(c.size, from + FLOOR_CHUNK);
      for (int i = from; i < to; i++) {
        int b = birth[i];
        int d = delay[i];
        int t = (d > legal ? 1 : 0) + (d > late ? 1 : 0) + (d == absent ? 1 : 0);
        int x = death[i];
        boolean covered = d != absent & b + d <= ref & (x == absent | b + x > ref);
        int bucket = covered ? (b >= under18 ? 1 : 0) + (b >= under5 ? 1 : 0) : 0;
        hist[slotOff[place[i]] + sex[i] * 12 + t * 3 + bucket]++;
      }
      for (int k = 0; k < hist.length; k++) {
        sum[k] += hist[k];
      }
      java.util.Arrays.fill(hist, 0);
    }
    for (int s = u.slots - 1; s > 0; s--) {
      int p = u.parentSlot[s];
      for (int k = 0; k < cells; k++) {
        sum[p * cells + k] += sum[s * cells + k];
      }
    }
    long[] out = new long[u.slots * 3 * FULL_CELLS];
    for (int s = 0; s < u.slots; s++) {
      for (int x = 0; x < 3; x++) {
        int at = (s * 3 + x) * FULL_CELLS;
        for (int t = 0; t < 4; t++) {
          int cell = s * cells + x * 12 + t * 3;
          out[at + t] = sum[cell] + sum[cell + 1] + sum[cell + 2];
          out[at + 4] += sum[cell + 2];
          out[at + 5] += sum[cell + 1] + sum[cell + 2];
        }
      }
    }
    return out;
  }

  /** Rows counted in {@code int}s before they are added to {@code long}s (far below 2^31). */
  public static final int FLOOR_CHUNK = 1 << 28;

  /**
   * @param years an age
   * @return the first epoch day of birth under that age on {@link #REFERENCE_DATE}
   */
  public static int firstDayUnder(int years) {
    LocalDate d = REFERENCE_DATE.minusYears(years).minusDays(3);
    while (!Ages.isUnder(d, years, REFERENCE_DATE)) {
      d = d.plusDays(1);
    }
    return (int) d.toEpochDay();
  }

  /** The registry's columns as the registry holds them (13 bytes per row), for the floor. */
  public static final class Compact {
    /** Rows. */
    public final int size;

    /** Unit index of the place of birth. */
    public final char[] place;

    /** Epoch day of birth. */
    public final int[] birth;

    /** Days from birth to registration, 0xFFFF when not registered. */
    public final char[] delay;

    /** Days from birth to death, 0xFFFF when alive. */
    public final char[] death;

    /** Sex ordinal. */
    public final byte[] sex;

    /**
     * @param r the registry
     */
    public Compact(BirthRegistry r) {
      size = r.size();
      place = new char[size];
      birth = new int[size];
      delay = new char[size];
      death = new char[size];
      sex = new byte[size];
      for (int i = 0; i < size; i++) {
        place[i] = (char) r.placeIndex(i);
        birth[i] = (int) r.dateOfBirth(i).toEpochDay();
        delay[i] = (char) (int) r.registrationDelayDays(i).orElse(0xFFFF);
        LocalDate born = r.dateOfBirth(i);
        death[i] =
            (char)
                (int)
                    r.dateOfDeath(i)
                        .map(x -> (int) (x.toEpochDay() - born.toEpochDay()))
                        .orElse(0xFFFF);
        sex[i] = (byte) r.sex(i).ordinal();
      }
    }
  }

  // ---------------------------------------------------------------- (a) Java streams over records

  /** A grouping key of the streams approach. */
  public record Key(String place, Sex sex, Timeliness timeliness) {}

  /**
   * The full rollup with {@code Collectors.groupingBy} over record objects: group by place × sex ×
   * timeliness, then add every group to its ancestors.
   *
   * @param records the registrations
   * @param g the gazetteer
   * @return counts per unit code × sex × timeliness, every level
   */
  public static Map<Key, Long> rollupStreams(List<BirthRegistration> records, Gazetteer g) {
    Map<Key, Long> byPlace =
        records.stream()
            .collect(
                groupingBy(
                    r -> new Key(r.placeOfBirthCode(), r.sex(), r.timeliness(POLICY)), counting()));
    Map<Key, Long> all = new HashMap<>(byPlace);
    byPlace.forEach(
        (k, v) -> {
          for (AdminUnit a : g.ancestors(g.unit(k.place()))) {
            all.merge(new Key(a.code(), k.sex(), k.timeliness()), v, Long::sum);
          }
        });
    return all;
  }

  /**
   * @param m the streams result
   * @param g the gazetteer
   * @return the answer array
   */
  public static long[] answer(Map<Key, Long> m, Gazetteer g) {
    long[] out = new long[g.size() * 12];
    m.forEach(
        (k, v) ->
            out[g.indexOf(k.place()) * 12 + k.sex().ordinal() * 4 + k.timeliness().ordinal()] = v);
    return out;
  }

  /**
   * The province code of every unit code, as a user of streams would prepare it.
   *
   * @param g the gazetteer
   * @return unit code to province code (the nation maps to itself)
   */
  public static Map<String, String> provinceOf(Gazetteer g) {
    Map<String, String> m = new HashMap<>();
    for (AdminUnit u : g.all()) {
      m.put(u.code(), g.ancestorAt(u, AdminLevel.PROVINCE).orElse(u).code());
    }
    return m;
  }

  /**
   * Completeness for every province with {@code groupingBy} over record objects.
   *
   * @param records the registrations
   * @param provinceOf unit code to province code
   * @return province code → year → registered? → count
   */
  public static Map<String, Map<Integer, Map<Boolean, Long>>> completenessStreams(
      List<BirthRegistration> records, Map<String, String> provinceOf) {
    return records.stream()
        .collect(
            groupingBy(
                r -> provinceOf.get(r.placeOfBirthCode()),
                groupingBy(
                    r -> r.dateOfBirth().getYear(),
                    partitioningBy(BirthRegistration::isRegistered, counting()))));
  }

  /**
   * @param m the streams result
   * @param g the gazetteer
   * @return the answer array
   */
  public static long[] completenessAnswer(
      Map<String, Map<Integer, Map<Boolean, Long>>> m, Gazetteer g) {
    List<AdminUnit> provinces = g.units(AdminLevel.PROVINCE);
    long[] out = new long[provinces.size() * YEARS * 2];
    for (int p = 0; p < provinces.size(); p++) {
      Map<Integer, Map<Boolean, Long>> byYear = m.getOrDefault(provinces.get(p).code(), Map.of());
      for (int y = 0; y < YEARS; y++) {
        Map<Boolean, Long> reg = byYear.getOrDefault(FIRST_YEAR + y, Map.of());
        long yes = reg.getOrDefault(true, 0L);
        out[(p * YEARS + y) * 2] = yes + reg.getOrDefault(false, 0L);
        out[(p * YEARS + y) * 2 + 1] = yes;
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- (d) the floor: a raw loop

  /** Plain primitive columns, the input of the floor and of the peers. */
  public static final class Columns {
    /** Number of rows. */
    public final int size;

    /** Unit index of the place of birth. */
    public final int[] place;

    /** Sex ordinal. */
    public final int[] sex;

    /** Delay in days, -1 when not registered. */
    public final int[] delay;

    /** Date of birth, epoch day. */
    public final int[] birth;

    /** Parent index of every unit. */
    public final int[] parent;

    /** Province number (0..17, in gazetteer order) of every unit; -1 for the nation. */
    public final int[] provinceNumber;

    /** Province, district and village index of every unit (-1 where the unit is above that level). */
    public final int[][] levels;

    /** The number of units. */
    public final int units;

    /**
     * Copies a registry's columns.
     *
     * @param r the registry
     */
    public Columns(BirthRegistry r) {
      size = r.size();
      place = new int[size];
      sex = new int[size];
      delay = new int[size];
      birth = new int[size];
      for (int i = 0; i < size; i++) {
        place[i] = r.placeIndex(i);
        sex[i] = r.sex(i).ordinal();
        delay[i] = r.registrationDelayDays(i).orElse(-1);
        birth[i] = (int) r.dateOfBirth(i).toEpochDay();
      }
      Gazetteer g = r.gazetteer();
      units = g.size();
      parent = g.parentIndexes();
      provinceNumber = new int[units];
      levels = new int[3][units];
      List<AdminUnit> provinces = g.units(AdminLevel.PROVINCE);
      Map<String, Integer> number = new HashMap<>();
      for (int p = 0; p < provinces.size(); p++) {
        number.put(provinces.get(p).code(), p);
      }
      for (int u = 0; u < units; u++) {
        AdminUnit unit = g.unitAt(u);
        provinceNumber[u] =
            g.ancestorAt(unit, AdminLevel.PROVINCE).map(p -> number.get(p.code())).orElse(-1);
        for (int l = 1; l <= 3; l++) {
          AdminLevel level = AdminLevel.values()[l];
          levels[l - 1][u] = g.ancestorAt(unit, level).map(g::index).orElse(-1);
        }
      }
    }
  }

  /**
   * The full rollup as a raw loop over primitive arrays: the practical floor.
   *
   * @param c the columns
   * @return the answer array
   */
  public static long[] rollupFloor(Columns c) {
    int legal = POLICY.legalPeriodDays();
    int late = POLICY.lateLimitDays().orElse(Integer.MAX_VALUE);
    long[] counts = new long[c.units * 12];
    int[] place = c.place;
    int[] sex = c.sex;
    int[] delay = c.delay;
    for (int i = 0; i < c.size; i++) {
      int d = delay[i];
      int t = d < 0 ? 3 : d <= legal ? 0 : d <= late ? 1 : 2;
      counts[place[i] * 12 + sex[i] * 4 + t]++;
    }
    int[] parent = c.parent;
    for (int u = c.units - 1; u > 0; u--) {
      int from = u * 12;
      int to = parent[u] * 12;
      for (int k = 0; k < 12; k++) {
        counts[to + k] += counts[from + k];
      }
    }
    return counts;
  }

  /**
   * Completeness for every province as a raw loop.
   *
   * @param c the columns
   * @return the answer array
   */
  public static long[] completenessFloor(Columns c) {
    int firstDay = (int) LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
    int[] yearOf = new int[(int) LocalDate.of(FIRST_YEAR + YEARS, 1, 1).toEpochDay() - firstDay];
    for (int y = 0; y < YEARS; y++) {
      int from = (int) LocalDate.of(FIRST_YEAR + y, 1, 1).toEpochDay() - firstDay;
      int to = (int) LocalDate.of(FIRST_YEAR + y + 1, 1, 1).toEpochDay() - firstDay;
      java.util.Arrays.fill(yearOf, from, to, y);
    }
    int provinces = 0;
    for (int p : c.provinceNumber) {
      provinces = Math.max(provinces, p + 1);
    }
    long[] out = new long[provinces * YEARS * 2];
    for (int i = 0; i < c.size; i++) {
      int at = (c.provinceNumber[c.place[i]] * YEARS + yearOf[c.birth[i] - firstDay]) * 2;
      out[at]++;
      if (c.delay[i] >= 0) {
        out[at + 1]++;
      }
    }
    return out;
  }

  /**
   * Throws when two answers differ.
   *
   * @param what the workload and approach
   * @param expected the registry's answer
   * @param actual the other approach's answer
   */
  public static void check(String what, long[] expected, long[] actual) {
    if (!java.util.Arrays.equals(expected, actual)) {
      throw new IllegalStateException(what + ": the answer differs from the registry's");
    }
  }
}
