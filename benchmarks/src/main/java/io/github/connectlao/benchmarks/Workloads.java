package io.github.connectlao.benchmarks;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.partitioningBy;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.BirthRegistry;
import io.github.connectlao.crvs.RegistrationCounts;
import io.github.connectlao.crvs.RegistrationPolicy;
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
  public static final RegistrationPolicy POLICY = RegistrationPolicy.laoDefault();
  /** The first year of birth of the synthetic data. */
  public static final int FIRST_YEAR = SyntheticRegistrations.FIRST_BIRTH.getYear();
  /** The number of years of birth of the synthetic data. */
  public static final int YEARS = SyntheticRegistrations.LAST_BIRTH.getYear() - FIRST_YEAR + 1;

  private static Gazetteer gazetteer;

  private Workloads() {}

  /** @return the gazetteer of every workload (built once) */
  public static synchronized Gazetteer gazetteer() {
    if (gazetteer == null) {
      Gazetteer withVillages = Gazetteer.laoPdr().withCommunityVillages().gazetteer();
      gazetteer = withVillages.withUnits(
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
    RegistrationCounts c = registry.aggregate(POLICY, AdminLevel.PROVINCE, true, false).rolledUp();
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
    Map<Key, Long> byPlace = records.stream()
        .collect(groupingBy(r -> new Key(r.placeOfBirthCode(), r.sex(), r.timeliness(POLICY)), counting()));
    Map<Key, Long> all = new HashMap<>(byPlace);
    byPlace.forEach((k, v) -> {
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
    m.forEach((k, v) -> out[g.indexOf(k.place()) * 12 + k.sex().ordinal() * 4 + k.timeliness().ordinal()] = v);
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
  public static Map<String, Map<Integer, Map<Boolean, Long>>> completenessStreams(List<BirthRegistration> records,
      Map<String, String> provinceOf) {
    return records.stream().collect(groupingBy(r -> provinceOf.get(r.placeOfBirthCode()),
        groupingBy(r -> r.dateOfBirth().getYear(), partitioningBy(BirthRegistration::isRegistered, counting()))));
  }

  /**
   * @param m the streams result
   * @param g the gazetteer
   * @return the answer array
   */
  public static long[] completenessAnswer(Map<String, Map<Integer, Map<Boolean, Long>>> m, Gazetteer g) {
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
        provinceNumber[u] = g.ancestorAt(unit, AdminLevel.PROVINCE).map(p -> number.get(p.code())).orElse(-1);
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
