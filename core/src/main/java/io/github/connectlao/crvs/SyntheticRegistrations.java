package io.github.connectlao.crvs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.internal.BundledCsv;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * <b>Synthetic</b> birth registrations for tests, demonstrations and benchmarks: generated, not
 * real; every identifier starts with {@code SYN-} and every registry made here has the {@link
 * #SOURCE} of confidence {@code SYNTHETIC}.
 *
 * <p>The same {@code (gazetteer, count, seed)} always gives the same registrations. Births fall
 * between {@link #FIRST_BIRTH} and {@link #LAST_BIRTH}, spread over the provinces in proportion to
 * their projected 2020 population (the Lao Statistics Bureau projection embedded as {@code population_province_projection_2020.csv}), then uniformly over
 * the lowest units (villages, or districts without villages) of each province. About a quarter
 * are not registered; registration delays are skewed like real data (most within the 30-day legal
 * period, a long tail to years); registrations that would fall after {@link #OBSERVED} are not yet
 * made. About 51% are boys, 10% have no facility information, and 85% of registered births have a
 * certificate. These shares are parameters of the generator, not facts about the Lao PDR.
 *
 * <pre>{@code
 * Stream<BirthRegistration> births = SyntheticRegistrations.generate(Gazetteer.laoPdr(), 1000, 42);
 * BirthRegistry registry = SyntheticRegistrations.registry(Gazetteer.laoPdr(), 1_000_000, 42);
 * }</pre>
 */
public final class SyntheticRegistrations {
  /** The label of every generated dataset. */
  public static final Source SOURCE =
      Source.synthetic(
          "connect-lao SyntheticRegistrations: generated births, "
              + "not real data; provinces weighted by their 2015 census population");

  /** The earliest generated date of birth. */
  public static final LocalDate FIRST_BIRTH = LocalDate.of(2006, 1, 1);

  /** The latest generated date of birth. */
  public static final LocalDate LAST_BIRTH = LocalDate.of(2025, 12, 31);

  /** The day the data is "observed": no registration is generated after it. */
  public static final LocalDate OBSERVED = LocalDate.of(2026, 6, 30);

  private SyntheticRegistrations() {}

  /**
   * Generates synthetic registrations as objects, with identifiers {@code SYN-0}, {@code SYN-1}, ….
   *
   * @param gazetteer the units to place the births in
   * @param count how many
   * @param seed the random seed
   * @return an ordered stream of {@code count} registrations (the same for the same arguments)
   */
  public static Stream<BirthRegistration> generate(Gazetteer gazetteer, int count, long seed) {
    InvalidValueException.check(count >= 0, "count", count, "must not be negative");
    Generator gen = new Generator(gazetteer, seed);
    Spliterator<BirthRegistration> s =
        new Spliterators.AbstractSpliterator<>(
            count,
            Spliterator.ORDERED | Spliterator.SIZED | Spliterator.NONNULL | Spliterator.IMMUTABLE) {
          private int i;

          @Override
          public boolean tryAdvance(Consumer<? super BirthRegistration> action) {
            if (i >= count) {
              return false;
            }
            gen.next();
            action.accept(gen.toRegistration(i++));
            return true;
          }
        };
    return StreamSupport.stream(s, false);
  }

  /**
   * Generates synthetic registrations straight into registry columns, without an object per
   * registration; equal to {@code BirthRegistry.of(gazetteer, generate(gazetteer, count, seed))}.
   *
   * @param gazetteer the units to place the births in
   * @param count how many
   * @param seed the random seed
   * @return the registry, with {@link #SOURCE} as its source
   */
  public static BirthRegistry registry(Gazetteer gazetteer, int count, long seed) {
    InvalidValueException.check(count >= 0, "count", count, "must not be negative");
    Generator gen = new Generator(gazetteer, seed);
    BirthRegistry.Builder b = BirthRegistry.builder(gazetteer).source(SOURCE);
    b.ensureCapacity(count);
    for (int i = 0; i < count; i++) {
      gen.next();
      b.addRaw(gen.place, gen.birth, gen.delay, gen.flags());
    }
    return b.build();
  }

  /**
   * Synthetic villages to add to a gazetteer with {@link Gazetteer#withUnits(java.util.Collection)}:
   * {@code perDistrict} villages under every district, coded {@code SV-<district code>-<n>}, named
   * "Synthetic village n", with the {@link #SOURCE} of confidence {@code SYNTHETIC}.
   *
   * @param gazetteer the gazetteer whose districts get villages
   * @param perDistrict villages per district
   * @return the new units
   */
  public static List<AdminUnit> villages(Gazetteer gazetteer, int perDistrict) {
    InvalidValueException.check(
        perDistrict >= 0, "perDistrict", perDistrict, "must not be negative");
    List<AdminUnit> list = new ArrayList<>();
    for (AdminUnit d : gazetteer.units(AdminLevel.DISTRICT)) {
      for (int k = 1; k <= perDistrict; k++) {
        list.add(
            AdminUnit.builder("SV-" + d.code() + "-" + k, AdminLevel.VILLAGE)
                .parent(d.code())
                .nameEnglish("Synthetic village " + k)
                .source(SOURCE)
                .build());
      }
    }
    return List.copyOf(list);
  }

  /** The projected 2020 population per province P-code (Lao Statistics Bureau), used as weights. */
  static Map<String, Long> provinceWeights() {
    Map<String, Long> weights = new HashMap<>();
    for (BundledCsv.Row row : BundledCsv.read("population_province_projection_2020.csv")) {
      String code = row.require("pcode");
      if (code.length() == 4) {
        weights.put(code, Long.parseLong(row.require("proj_2020_total")));
      }
    }
    return weights;
  }

  /** Draws one registration at a time into primitive fields. */
  static final class Generator {
    private final Gazetteer g;
    private final SplittableRandom rnd;
    private final double[] cumulative;
    private final int[] leafStart;
    private final int[] leaves;
    private final String[] officeCode;

    /** Per province group: the first day every one of its units existed (a unit created later, such
     * as Xaisomboun in 2013, gets no birth before it). */
    private final int[] groupFirstDay;

    private final int firstDay = (int) FIRST_BIRTH.toEpochDay();
    private final int days = (int) (LAST_BIRTH.toEpochDay() - FIRST_BIRTH.toEpochDay()) + 1;
    private final int observed = (int) OBSERVED.toEpochDay();

    int place;
    int birth;
    int delay;
    int sex;
    int facility;
    boolean certificate;

    Generator(Gazetteer g, long seed) {
      this.g = g;
      this.rnd = new SplittableRandom(seed);
      Map<String, Long> weights = provinceWeights();
      List<AdminUnit> provinces = g.units(AdminLevel.PROVINCE);
      List<int[]> groups = new ArrayList<>();
      List<Double> w = new ArrayList<>();
      double mean = weights.values().stream().mapToLong(Long::longValue).average().orElse(1);
      for (AdminUnit p : provinces) {
        int pi = g.index(p);
        List<Integer> own = new ArrayList<>();
        for (int i = pi + 1; i < g.subtreeEnd(pi); i++) {
          if (g.subtreeEnd(i) == i + 1) {
            own.add(i);
          }
        }
        if (own.isEmpty()) {
          own.add(pi);
        }
        groups.add(own.stream().mapToInt(Integer::intValue).toArray());
        w.add(weights.containsKey(p.code()) ? weights.get(p.code()) : mean);
      }
      if (groups.isEmpty()) {
        groups.add(new int[] {0});
        w.add(1.0);
      }
      cumulative = new double[groups.size()];
      leafStart = new int[groups.size() + 1];
      double sum = 0;
      int n = 0;
      for (int k = 0; k < groups.size(); k++) {
        sum += w.get(k);
        cumulative[k] = sum;
        leafStart[k] = n;
        n += groups.get(k).length;
      }
      leafStart[groups.size()] = n;
      leaves = new int[n];
      for (int k = 0; k < groups.size(); k++) {
        System.arraycopy(groups.get(k), 0, leaves, leafStart[k], groups.get(k).length);
      }
      officeCode = new String[g.size()];
      groupFirstDay = new int[groups.size()];
      for (int k = 0; k < groups.size(); k++) {
        long first = firstDay;
        for (int leaf : groups.get(k)) {
          for (int u = leaf; u > 0; u = g.parentIndex(u)) {
            Optional<io.github.connectlao.PartialDate> from = g.unitAt(u).validFrom();
            if (from.isPresent()) {
              first = Math.max(first, from.get().latest().toEpochDay() + 1);
            }
          }
        }
        groupFirstDay[k] = (int) Math.min(first, firstDay + days - 1L);
      }
    }

    void next() {
      double u = rnd.nextDouble() * cumulative[cumulative.length - 1];
      int k = Arrays.binarySearch(cumulative, u);
      k = k >= 0 ? Math.min(k + 1, cumulative.length - 1) : Math.min(-k - 1, cumulative.length - 1);
      place = leaves[leafStart[k] + rnd.nextInt(leafStart[k + 1] - leafStart[k])];
      int from = groupFirstDay[k];
      birth = from + rnd.nextInt(firstDay + days - from);
      double s = rnd.nextDouble();
      sex = s < 0.51 ? 0 : s < 0.999 ? 1 : 2;
      double f = rnd.nextDouble();
      facility = f < 0.10 ? -1 : f < 0.10 + 0.90 * 0.62 ? 1 : 0;
      double r = rnd.nextDouble();
      double v = rnd.nextDouble();
      if (r < 0.25) {
        delay = -1;
      } else if (r < 0.25 + 0.75 * 0.55) {
        delay = (int) (31 * v * v);
      } else if (r < 0.25 + 0.75 * 0.80) {
        delay = 31 + (int) (335 * v * v);
      } else {
        delay = 366 + (int) Math.expm1(v * Math.log(6000));
      }
      if (delay >= 0 && (long) birth + delay > observed) {
        delay = -1;
      }
      certificate = delay >= 0 && rnd.nextDouble() < 0.85;
    }

    byte flags() {
      int fl = sex;
      if (facility >= 0) {
        fl |= BirthRegistry.FACILITY_KNOWN | (facility == 1 ? BirthRegistry.FACILITY_YES : 0);
      }
      if (certificate) {
        fl |= BirthRegistry.CERTIFICATE;
      }
      return (byte) fl;
    }

    BirthRegistration toRegistration(int i) {
      LocalDate born = LocalDate.ofEpochDay(birth);
      BirthRegistration.Builder b =
          BirthRegistration.builder("SYN-" + i, Sex.values()[sex], born, g.unitAt(place).code());
      if (facility >= 0) {
        b.inHealthFacility(facility == 1);
      }
      if (delay >= 0) {
        b.registered(born.plusDays(delay), office(place));
        b.certificateIssued(certificate);
      }
      return b.build();
    }

    private String office(int unit) {
      String c = officeCode[unit];
      if (c == null) {
        int u = unit;
        while (u > 0 && g.unitAt(u).level().depth() > AdminLevel.DISTRICT.depth()) {
          u = g.parentIndex(u);
        }
        c = g.unitAt(u).code();
        officeCode[unit] = c;
      }
      return c;
    }
  }
}
