package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The counting engine against a plain object-based oracle written here from the definitions
 * (timeliness bands, cut-off, periods, windows, settings, coverage with deaths), and its merge
 * through serialisation.
 */
class CountingEngineTest {
  static final Gazetteer G = BirthRegistryTest.G;
  static final List<AdminUnit> PLACES = G.all().subList(1, G.size());
  static final RegistrationPolicy BANDS =
      RegistrationPolicy.laoPdr()
          .withDelayedSplit(RegistrationPolicy.FIVE_YEARS_DAYS, RegistrationPolicy.OPENCRVS_BANDS);
  static final RegistrationPolicy NOTICE =
      RegistrationPolicy.of(7, 90, Source.synthetic("test"))
          .countingFrom(RegistrationPolicy.CountFrom.BIRTH_NOTICE);

  /** Random registrations born 1995..2025 with notices, registrations up to 20 years later, and deaths. */
  static List<BirthRegistration> random(long seed, int n) {
    Random r = new Random(seed);
    List<BirthRegistration> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate born = LocalDate.of(1995, 1, 1).plusDays(r.nextInt(31 * 365));
      AdminUnit place = PLACES.get(r.nextInt(PLACES.size()));
      while (!place.isValidOn(born)) {
        place = PLACES.get(r.nextInt(PLACES.size()));
      }
      BirthRegistration.Builder b =
          BirthRegistration.builder("T" + i, Sex.values()[r.nextInt(3)], born, place.code());
      if (r.nextInt(3) > 0) {
        b.inHealthFacility(r.nextBoolean());
      }
      if (r.nextInt(3) == 0) {
        b.birthNoticeDate(born.plusDays(r.nextInt(60)));
      }
      if (r.nextInt(4) > 0) {
        int kind = r.nextInt(4);
        int delay =
            kind == 0
                ? r.nextInt(40)
                : kind == 1 ? r.nextInt(400) : kind == 2 ? r.nextInt(2200) : r.nextInt(7300);
        b.registered(born.plusDays(delay), null);
      }
      if (r.nextInt(10) == 0) {
        b.dateOfDeath(born.plusDays(r.nextInt(8000)));
      }
      out.add(b.build());
    }
    return out;
  }

  static TimelinessBand band(BirthRegistration r, RegistrationPolicy p, LocalDate asOf) {
    Optional<LocalDate> reg = r.registrationDate().filter(d -> !d.isAfter(asOf));
    return p.band(r.dateOfBirth(), r.birthNoticeDate(), reg);
  }

  static boolean within(AdminUnit unit, BirthRegistration r) {
    AdminUnit u = G.unit(r.placeOfBirthCode());
    return u.equals(unit) || G.contains(unit, u);
  }

  static long oracle(List<BirthRegistration> rs, Predicate<BirthRegistration> p) {
    return rs.stream().filter(p).count();
  }

  @Test
  void everyStatisticOfOnePassEqualsTheObjectOracle() {
    qt().withExamples(8)
        .forAll(longs().all(), integers().between(0, 1500), integers().between(0, 3))
        .checkAssert(
            (seed, n, variant) -> {
              List<BirthRegistration> rs = random(seed, n);
              BirthRegistry registry = BirthRegistry.of(BirthRegistryTest.RULES, rs.stream());
              Random r = new Random(seed);
              LocalDate asOf = LocalDate.of(2005, 1, 1).plusDays(r.nextInt(25 * 365));
              LocalDate ref = asOf.minusDays(r.nextInt(400));
              RegistrationPolicy policy = variant % 2 == 0 ? BANDS : NOTICE;
              DateRange window =
                  DateRange.of(
                      asOf.minusYears(3).plusDays(r.nextInt(300)), asOf.minusDays(r.nextInt(200)));
              RegistryQuery.Period period =
                  variant < 2
                      ? RegistryQuery.Period.BIRTH_YEAR
                      : RegistryQuery.Period.REGISTRATION_YEAR;
              RegistryQuery q =
                  RegistryQuery.of(policy)
                      .downTo(AdminLevel.DISTRICT)
                      .per(period)
                      .asOf(asOf)
                      .coverageUnder(ref, 5, 18)
                      .bySetting();
              q = variant < 2 ? q.bornIn(window) : q.registeredIn(window);
              RegistrationCounts c = registry.aggregate(q).rolledUp();
              assertThat(registry.aggregate(q.parallel()).rolledUp()).isEqualTo(c);
              AdminUnit province =
                  G.units(AdminLevel.PROVINCE).get(r.nextInt(G.count(AdminLevel.PROVINCE)));
              AdminUnit district =
                  G.units(AdminLevel.DISTRICT).get(r.nextInt(G.count(AdminLevel.DISTRICT)));
              for (AdminUnit unit : List.of(G.nation(), province, district)) {
                int u = G.index(unit);
                for (TimelinessBand band : TimelinessBand.values()) {
                  for (BirthSetting setting : BirthSetting.values()) {
                    Predicate<BirthRegistration> base =
                        x ->
                            within(unit, x)
                                && !x.dateOfBirth().isAfter(asOf)
                                && band(x, policy, asOf) == band
                                && BirthSetting.of(x) == setting;
                    Predicate<BirthRegistration> inWindow =
                        q.bornInWindow().isPresent()
                            ? x -> window.contains(x.dateOfBirth())
                            : x ->
                                x.registrationDate()
                                    .filter(d -> !d.isAfter(asOf) && window.contains(d))
                                    .isPresent();
                    assertThat(
                            c.count(
                                u, Optional.empty(), Optional.empty(), Optional.of(setting), band))
                        .as("%s %s %s", unit.code(), band, setting)
                        .isEqualTo(oracle(rs, base.and(inWindow)));
                    for (int y = window.start().getYear(); y <= window.end().getYear(); y++) {
                      int year = y;
                      Predicate<BirthRegistration> inYear =
                          period == RegistryQuery.Period.BIRTH_YEAR
                              ? x -> x.dateOfBirth().getYear() == year
                              : x ->
                                  x.registrationDate().map(d -> d.getYear() == year).orElse(false);
                      assertThat(
                              c.count(
                                  u, Optional.of(y), Optional.empty(), Optional.of(setting), band))
                          .isEqualTo(oracle(rs, base.and(inWindow).and(inYear)));
                    }
                  }
                }
                for (int age : new int[] {5, 18}) {
                  for (Sex sex : Sex.values()) {
                    long want =
                        oracle(
                            rs,
                            x ->
                                within(unit, x)
                                    && x.sex() == sex
                                    && x.isRegisteredAndAliveOn(ref)
                                    && Ages.isUnder(x.dateOfBirth(), age, ref));
                    assertThat(c.coverageCount(u, age, Optional.of(sex), Optional.empty()))
                        .as("coverage under %d %s %s on %s", age, unit.code(), sex, ref)
                        .isEqualTo(want);
                  }
                }
              }
            });
  }

  @Test
  void splitAggregateSerialiseDeserialiseMergeEqualsTheWhole() {
    qt().withExamples(10)
        .forAll(longs().all(), integers().between(0, 3000), integers().between(1, 5))
        .checkAssert(
            (seed, n, parts) -> {
              BirthRegistry whole =
                  BirthRegistry.of(BirthRegistryTest.RULES, random(seed, n).stream());
              RegistryQuery q =
                  RegistryQuery.of(BANDS)
                      .downTo(AdminLevel.DISTRICT)
                      .per(RegistryQuery.Period.BIRTH_YEAR)
                      .asOf(LocalDate.of(2024, 6, 30))
                      .coverageUnder(LocalDate.of(2024, 6, 30), 5, 18)
                      .bySetting();
              RegistrationCounts merged = RegistrationCounts.empty(G, q);
              for (BirthRegistry part : whole.split(parts)) {
                RegistrationCounts shipped = roundTrip(part.aggregate(q));
                merged = merged.merge(shipped);
                assertThat(RegistrationCounts.fromArray(merged, merged.toArray()))
                    .isEqualTo(merged);
              }
              RegistrationCounts expected = whole.aggregate(q);
              assertThat(merged).isEqualTo(expected);
              assertThat(merged.rolledUp()).isEqualTo(expected.rolledUp());
              assertThat(
                      roundTrip(expected.rolledUp())
                          .count(G.indexOf("LA01"), Sex.FEMALE, Timeliness.LATE))
                  .isEqualTo(
                      expected.rolledUp().count(G.indexOf("LA01"), Sex.FEMALE, Timeliness.LATE));
            });
  }

  @Test
  void anAccumulatorFedRowByRowEqualsTheEngine() {
    qt().withExamples(5)
        .forAll(longs().all(), integers().between(0, 3000))
        .checkAssert(
            (seed, n) -> {
              List<BirthRegistration> rs = random(seed, n);
              RegistryQuery q =
                  RegistryQuery.of(NOTICE)
                      .per(RegistryQuery.Period.REGISTRATION_YEAR)
                      .coverageUnder(LocalDate.of(2020, 1, 1), 1, 5, 18);
              RegistrationCounts.Accumulator a = RegistrationCounts.accumulator(G, q);
              RegistrationCounts.Accumulator b = RegistrationCounts.accumulator(G, q);
              for (int i = 0; i < rs.size(); i++) {
                (i % 3 == 0 ? a : b).add(rs.get(i));
              }
              assertThat(a.merge(b).result())
                  .isEqualTo(BirthRegistry.of(BirthRegistryTest.RULES, rs.stream()).aggregate(q));
            });
  }

  @Test
  void theLoopWithoutPeriodOrCutOffEqualsTheGeneralOnes() {
    qt().withExamples(8)
        .forAll(longs().all(), integers().between(0, 3000))
        .checkAssert(
            (seed, n) -> {
              BirthRegistry r = BirthRegistry.of(BirthRegistryTest.RULES, random(seed, n).stream());
              RegistryQuery plain =
                  RegistryQuery.of(BANDS)
                      .downTo(AdminLevel.DISTRICT)
                      .coverageUnder(LocalDate.of(2012, 3, 4), 5, 18)
                      .bySetting();
              DateRange everything =
                  DateRange.of(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31));
              assertThat(r.aggregate(plain).toArray())
                  .isEqualTo(r.aggregate(plain.bornIn(everything)).toArray());
              long registered = r.aggregate(plain).rolledUp().registered(0);
              assertThat(r.aggregate(plain.registeredIn(everything)).rolledUp().total(0))
                  .isEqualTo(registered);
            });
  }

  @Test
  void monoidLawsHoldForAFullQuery() {
    RegistryQuery q =
        RegistryQuery.of(BANDS)
            .per(RegistryQuery.Period.BIRTH_YEAR)
            .coverageUnder(LocalDate.of(2024, 1, 1), 5);
    RegistrationCounts a =
        BirthRegistry.of(BirthRegistryTest.RULES, random(1, 500).stream()).aggregate(q);
    RegistrationCounts b =
        BirthRegistry.of(BirthRegistryTest.RULES, random(2, 300).stream()).aggregate(q);
    RegistrationCounts c =
        BirthRegistry.of(BirthRegistryTest.RULES, random(3, 0).stream()).aggregate(q);
    RegistrationCounts e = RegistrationCounts.empty(G, q);
    assertThat(a.merge(b)).isEqualTo(b.merge(a));
    assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
    assertThat(a.merge(e)).isEqualTo(a);
    assertThat(e.merge(a)).isEqualTo(a);
    assertThat(a.merge(b).hashCode()).isEqualTo(b.merge(a).hashCode());
    assertThatThrownBy(
            () ->
                a.merge(
                    BirthRegistry.of(BirthRegistryTest.RULES, random(2, 3).stream())
                        .aggregate(q.asOf(LocalDate.of(2024, 1, 1)))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("another query");
  }

  @Test
  void aBirthIn1900AndOneIn2025CostYearsTimesUnitsTimesCells() {
    List<BirthRegistration> rs =
        List.of(
            BirthRegistration.builder("A", Sex.MALE, LocalDate.of(1900, 1, 1), "LA01").build(),
            BirthRegistration.builder("B", Sex.FEMALE, LocalDate.of(2025, 12, 31), "LA01")
                .registered(LocalDate.of(2026, 1, 2), null)
                .build());
    RegistrationCounts c =
        BirthRegistry.of(BirthRegistryTest.RULES, rs.stream())
            .aggregate(
                RegistryQuery.of(BANDS)
                    .downTo(AdminLevel.PROVINCE)
                    .per(RegistryQuery.Period.BIRTH_YEAR));
    assertThat(c.firstYear()).contains(1900);
    assertThat(c.lastYear()).contains(2025);
    // 126 years + the outside block, 19 units, 3 sexes x 5 bands x 1 bucket, plus the 3-value
    // header
    assertThat(c.toArray()).hasSize(3 + 127 * 19 * 15);
  }

  @Test
  void storageHoldsThirteenBytesAndRefusesWhatItCannotHold() {
    BirthRegistry r = BirthRegistry.of(BirthRegistryTest.RULES, random(5, 1000).stream());
    assertThat(r.bytesPerRegistration()).isEqualTo(13.0);
    assertThatThrownBy(
            () ->
                BirthRegistry.of(
                    BirthRegistryTest.RULES,
                    java.util.stream.Stream.of(
                        BirthRegistration.builder(
                                "SECRET-ID", Sex.MALE, LocalDate.of(1800, 1, 1), "LA01")
                            .registered(LocalDate.of(2020, 1, 1), null)
                            .build())))
        // the rule set's plausible-date bound (1900-01-01) refuses it before the storage's own
        // limit
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("1900-01-01")
        .hasMessageNotContaining("SECRET-ID");
    BirthRegistration first = random(9, 1).get(0);
    BirthRegistry one =
        BirthRegistry.of(BirthRegistryTest.RULES, java.util.stream.Stream.of(first));
    assertThat(one.birthNoticeDate(0)).isEqualTo(first.birthNoticeDate());
    assertThat(one.dateOfDeath(0)).isEqualTo(first.dateOfDeath());
    assertThat(one.timeliness(0, NOTICE)).isEqualTo(first.timeliness(NOTICE));
  }

  @Test
  void noticeBasedTimingCountsTheLegalPeriodFromTheNotice() {
    LocalDate born = LocalDate.of(2023, 1, 1);
    RegistrationPolicy law = RegistrationPolicy.laoLaw();
    // registered on day 40 after the birth, 20 days after the notice: late from the birth, current
    // from the notice
    assertThat(law.band(born, Optional.of(born.plusDays(20)), Optional.of(born.plusDays(40))))
        .isEqualTo(TimelinessBand.CURRENT);
    assertThat(
            RegistrationPolicy.laoPdr()
                .band(born, Optional.of(born.plusDays(20)), Optional.of(born.plusDays(40))))
        .isEqualTo(TimelinessBand.LATE);
    // no notice recorded: counted from the birth
    assertThat(law.band(born, Optional.empty(), Optional.of(born.plusDays(40))))
        .isEqualTo(TimelinessBand.LATE);
    assertThat(BANDS.bandOfDelay(1825)).isEqualTo(TimelinessBand.DELAYED_WITHIN_SPLIT);
    assertThat(BANDS.bandOfDelay(1826)).isEqualTo(TimelinessBand.DELAYED_AFTER_SPLIT);
    assertThat(BANDS.timelinessOfDelay(1826)).isEqualTo(Timeliness.DELAYED);
    assertThat(RegistrationPolicy.laoPdr().bandOfDelay(9000))
        .isEqualTo(TimelinessBand.DELAYED_WITHIN_SPLIT);
    assertThat(law.toString()).contains("counted from the birth notice");
    assertThat(RegistrationPolicy.LAO_LAW.confidence())
        .isEqualTo(io.github.connectlao.Confidence.SECONDARY);
  }

  static RegistrationCounts roundTrip(RegistrationCounts c) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(c);
      }
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return ((RegistrationCounts) in.readObject()).withGazetteer(G);
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
