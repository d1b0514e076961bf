package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.Gazetteer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RegistrationCountsTest {
  static final Gazetteer LAO = Gazetteer.laoPdr();
  static final RegistrationPolicy POLICY = RegistrationPolicy.laoPdr();
  static final RegistryQuery ALL = RegistryQuery.of(POLICY);
  static final RegistryQuery BY_YEAR =
      RegistryQuery.of(POLICY).per(RegistryQuery.Period.BIRTH_YEAR);
  static final LocalDate BORN = LocalDate.of(2020, 1, 1);
  static final String[] DISTRICTS = {"LA0101", "LA0102", "LA0501", "LA0502", "LA1001"};

  private static RegistrationCounts.Accumulator add(
      RegistrationCounts.Accumulator a,
      String place,
      Sex sex,
      LocalDate born,
      LocalDate registered) {
    return a.add(
        place,
        sex,
        born,
        Optional.empty(),
        Optional.ofNullable(registered),
        Optional.empty(),
        Optional.empty(),
        registered != null);
  }

  /** Counts of n random births (seeded) in a few districts, 2015 to 2022, with every timeliness. */
  private static RegistrationCounts random(RegistryQuery q, long seed, int n) {
    Random r = new Random(seed);
    RegistrationCounts.Accumulator a = RegistrationCounts.accumulator(LAO, q);
    for (int i = 0; i < n; i++) {
      LocalDate born = LocalDate.of(2015 + r.nextInt(8), 1 + r.nextInt(12), 1 + r.nextInt(28));
      int kind = r.nextInt(4);
      LocalDate reg =
          kind == 0 ? null : born.plusDays(kind == 1 ? r.nextInt(30) : kind == 2 ? 40 : 800);
      add(a, DISTRICTS[r.nextInt(DISTRICTS.length)], Sex.values()[r.nextInt(3)], born, reg);
    }
    return a.result();
  }

  @Test
  void theDocumentedExampleCountsGirlsOnTimeInAProvinceAndTheNation() {
    RegistrationCounts.Accumulator a = RegistrationCounts.accumulator(LAO, ALL);
    add(a, "LA0501", Sex.FEMALE, BORN, BORN.plusDays(10)); // current
    add(a, "LA0502", Sex.FEMALE, BORN, BORN.plusDays(29)); // current
    add(a, "LA0501", Sex.FEMALE, BORN, BORN.plusDays(200)); // late
    add(a, "LA0501", Sex.MALE, BORN, BORN.plusDays(5)); // current, a boy
    add(a, "LA0101", Sex.FEMALE, BORN, BORN.plusDays(3)); // current, another province
    add(a, "LA0101", Sex.FEMALE, BORN, null); // not registered
    RegistrationCounts counts = a.result();
    RegistrationCounts c = counts.rolledUp();
    int la05 = LAO.indexOf("LA05");
    assertThat(c.count(la05, Sex.FEMALE, Timeliness.CURRENT)).isEqualTo(2);
    assertThat(c.count(la05, Sex.FEMALE, Timeliness.LATE)).isEqualTo(1);
    assertThat(c.count(la05, Sex.MALE, Timeliness.CURRENT)).isEqualTo(1);
    assertThat(c.count(LAO.unit("LA05"), Sex.FEMALE, Timeliness.CURRENT)).isEqualTo(2);
    assertThat(c.total(0)).isEqualTo(6);
    assertThat(c.registered(0)).isEqualTo(5);
    assertThat(c.total(0, Timeliness.NOT_REGISTERED)).isEqualTo(1);
    assertThat(c.total(0, Sex.FEMALE)).isEqualTo(5);
    // before the rollup a unit counts only the births whose place of birth is that unit
    assertThat(counts.isRolledUp()).isFalse();
    assertThat(counts.total(la05)).isZero();
    assertThat(counts.total(LAO.indexOf("LA0501"))).isEqualTo(3);
    assertThat(counts.total(0)).isZero();
    assertThat(c.isRolledUp()).isTrue();
    assertThat(counts.sum()).isEqualTo(6);
  }

  @Test
  void rollingUpTwiceIsRollingUpOnce() {
    RegistrationCounts c = random(ALL, 1, 50).rolledUp();
    assertThat(c.rolledUp()).isSameAs(c);
    assertThat(c.total(0)).isEqualTo(50);
  }

  @Test
  void mergeIsCommutativeAndAssociativeWithEmptyAsIdentity() {
    qt().withExamples(40)
        .forAll(
            longs().all(),
            integers().between(0, 30),
            integers().between(0, 30),
            integers().between(0, 30))
        .checkAssert(
            (seed, n1, n2, n3) -> {
              for (RegistryQuery q : new RegistryQuery[] {ALL, BY_YEAR}) {
                RegistrationCounts a = random(q, seed, n1);
                RegistrationCounts b = random(q, seed + 1, n2);
                RegistrationCounts c = random(q, seed + 2, n3);
                assertThat(a.merge(b)).isEqualTo(b.merge(a));
                assertThat(a.merge(b).hashCode()).isEqualTo(b.merge(a).hashCode());
                assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
                assertThat(a.merge(b).sum()).isEqualTo(n1 + n2);
                for (RegistrationCounts e :
                    new RegistrationCounts[] {
                      RegistrationCounts.empty(LAO, q),
                      q == ALL
                          ? RegistrationCounts.empty(LAO)
                          : RegistrationCounts.emptyByYear(LAO),
                      RegistrationCounts.empty(LAO, AdminLevel.VILLAGE, q != ALL)
                    }) {
                  assertThat(a.merge(e)).isEqualTo(a);
                  assertThat(e.merge(a)).isEqualTo(a);
                }
              }
            });
  }

  @Test
  void mergedPartsAreTheCountsOfTheWhole() {
    qt().withExamples(30)
        .forAll(longs().all(), integers().between(0, 60), integers().between(0, 60))
        .checkAssert(
            (seed, n, cut) -> {
              Random r = new Random(seed);
              RegistrationCounts.Accumulator whole = RegistrationCounts.accumulator(LAO, BY_YEAR);
              RegistrationCounts.Accumulator first = RegistrationCounts.accumulator(LAO, BY_YEAR);
              RegistrationCounts.Accumulator second = RegistrationCounts.accumulator(LAO, BY_YEAR);
              for (int i = 0; i < n; i++) {
                LocalDate born = LocalDate.of(2010 + r.nextInt(12), 3, 1 + r.nextInt(28));
                LocalDate reg = r.nextBoolean() ? born.plusDays(r.nextInt(1000)) : null;
                String place = DISTRICTS[r.nextInt(DISTRICTS.length)];
                Sex sex = Sex.values()[r.nextInt(3)];
                add(whole, place, sex, born, reg);
                add(i < cut ? first : second, place, sex, born, reg);
              }
              RegistrationCounts merged = first.result().merge(second.result());
              assertThat(merged).isEqualTo(whole.result());
              assertThat(merged.rolledUp()).isEqualTo(whole.result().rolledUp());
              assertThat(first.merge(second).result()).isEqualTo(whole.result());
            });
  }

  @Test
  void mergeRefusesCountsOfAnotherKindNamingTheArgument() {
    RegistrationCounts a = random(ALL, 1, 10);
    RegistrationCounts[] others = {
      random(BY_YEAR, 2, 10), // by year
      random(ALL, 2, 10).rolledUp(), // rolled up
      random(RegistryQuery.of(POLICY).downTo(AdminLevel.DISTRICT), 2, 10), // another level
      random(
          RegistryQuery.of(
              RegistrationPolicy.of(7, 60, io.github.connectlao.Source.synthetic("test"))),
          2,
          10), // another policy
      RegistrationCounts.accumulator(BirthRegistryTest.G, ALL).result() // another gazetteer
    };
    for (RegistrationCounts other : others) {
      InvalidValueException e =
          catchThrowableOfType(() -> a.merge(other), InvalidValueException.class);
      assertThat(e).as("merge with %s", other).isNotNull();
      assertThat(e.field()).isEqualTo("other");
    }
  }

  @Test
  void theArrayFormReadsBackToEqualCounts() {
    qt().withExamples(40)
        .forAll(longs().all(), integers().between(0, 40), integers().between(0, 1))
        .checkAssert(
            (seed, n, rolled) -> {
              for (RegistryQuery q :
                  new RegistryQuery[] {ALL, BY_YEAR, ALL.bySetting().coverageUnder(BORN, 5)}) {
                RegistrationCounts c = random(q, seed, n);
                if (rolled == 1) {
                  c = c.rolledUp();
                }
                RegistrationCounts back =
                    RegistrationCounts.fromArray(RegistrationCounts.empty(LAO, q), c.toArray());
                assertThat(back).isEqualTo(c);
                assertThat(back.isRolledUp()).isEqualTo(c.isRolledUp());
                assertThat(back.toArray()).isEqualTo(c.toArray());
                assertThat(back.firstYear()).isEqualTo(c.firstYear());
              }
            });
  }

  @Test
  void theArrayFormIsACopy() {
    RegistrationCounts c = random(ALL, 3, 20);
    long[] a = c.toArray();
    a[3 + 1] += 100;
    assertThat(c.toArray()).isNotEqualTo(a);
    RegistrationCounts read = RegistrationCounts.fromArray(c, c.toArray());
    long[] b = c.toArray();
    RegistrationCounts fromB = RegistrationCounts.fromArray(c, b);
    b[3] += 7;
    assertThat(fromB).isEqualTo(read);
  }

  @Test
  void anArrayThatDoesNotFitTheQueryIsRefusedNamingTheArray() {
    RegistrationCounts c = random(ALL, 3, 20);
    long[] good = c.toArray();
    long[][] bad = {
      new long[0],
      new long[] {0, 1},
      java.util.Arrays.copyOf(good, good.length - 1),
      java.util.Arrays.copyOf(good, good.length + 1),
      random(BY_YEAR, 3, 20).toArray(),
      {0, -1, 0}
    };
    for (long[] array : bad) {
      InvalidValueException e =
          catchThrowableOfType(
              () -> RegistrationCounts.fromArray(c, array), InvalidValueException.class);
      assertThat(e).as("array of %d values", array.length).isNotNull();
      assertThat(e.field()).isEqualTo("array");
    }
  }

  private static RegistrationCounts roundTrip(RegistrationCounts c)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(out)) {
      o.writeObject(c);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      return (RegistrationCounts) in.readObject();
    }
  }

  @Test
  void serialisedCountsReadBackEqualAndMergeable() throws Exception {
    RegistryQuery q = BY_YEAR.coverageUnder(LocalDate.of(2024, 6, 30), 5, 18).bySetting();
    RegistrationCounts a = random(q, 11, 40);
    RegistrationCounts b = random(q, 12, 40);
    RegistrationCounts back = roundTrip(a);
    assertThat(back).isEqualTo(a);
    assertThat(back.merge(b)).isEqualTo(a.merge(b));
    assertThat(back.gazetteer().size()).isEqualTo(LAO.size());
    assertThat(back.coverageAges()).containsExactly(5, 18);
    assertThat(back.coverageDate()).contains(LocalDate.of(2024, 6, 30));
    assertThat(back.isBySetting()).isTrue();
    assertThat(back.rolledUp().count(LAO.unit("LA05"), Sex.FEMALE, Timeliness.CURRENT))
        .isEqualTo(a.rolledUp().count(LAO.unit("LA05"), Sex.FEMALE, Timeliness.CURRENT));
  }

  @Test
  void deserialisedCountsOfAnotherGazetteerNeedItAttached() throws Exception {
    Gazetteer g = BirthRegistryTest.G;
    RegistrationCounts c = RegistrationCounts.accumulator(g, ALL).result();
    RegistrationCounts back = roundTrip(c);
    assertThatThrownBy(back::gazetteer)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("withGazetteer");
    assertThat(back.withGazetteer(g).gazetteer()).isSameAs(g);
    InvalidValueException e =
        catchThrowableOfType(() -> back.withGazetteer(LAO), InvalidValueException.class);
    assertThat(e.field()).isEqualTo("gazetteer");
  }

  @Test
  void askingForADimensionThatWasNotCountedNamesTheArgument() {
    RegistrationCounts plain = random(ALL, 5, 10);
    InvalidValueException year =
        catchThrowableOfType(
            () -> plain.count(0, 2020, Sex.MALE, Timeliness.CURRENT), InvalidValueException.class);
    assertThat(year.field()).isEqualTo("year");
    assertThat(
            catchThrowableOfType(
                    () -> plain.birthsAndRegistered(0, 2020), InvalidValueException.class)
                .field())
        .isEqualTo("year");
    InvalidValueException setting =
        catchThrowableOfType(
            () ->
                plain.count(
                    0,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(BirthSetting.HOME_OR_OTHER),
                    TimelinessBand.CURRENT),
            InvalidValueException.class);
    assertThat(setting.field()).isEqualTo("setting");
    InvalidValueException age =
        catchThrowableOfType(
            () -> plain.coverageCount(0, 5, Optional.empty(), Optional.empty()),
            InvalidValueException.class);
    assertThat(age.field()).isEqualTo("underYears");
    RegistrationCounts provinces =
        random(RegistryQuery.of(POLICY).downTo(AdminLevel.PROVINCE), 5, 10);
    InvalidValueException unit =
        catchThrowableOfType(
            () -> provinces.total(LAO.indexOf("LA0501")), InvalidValueException.class);
    assertThat(unit.field()).isEqualTo("unitIndex");
  }

  @Test
  void belowTheDeepestLevelBirthsAreCountedAtTheirAncestor() {
    RegistrationCounts.Accumulator a =
        RegistrationCounts.accumulator(LAO, RegistryQuery.of(POLICY).downTo(AdminLevel.PROVINCE));
    add(a, "LA0501", Sex.FEMALE, BORN, BORN.plusDays(1));
    add(a, "LA0502", Sex.MALE, BORN, null);
    RegistrationCounts c = a.result();
    assertThat(c.deepestLevel()).isEqualTo(AdminLevel.PROVINCE);
    assertThat(c.total(LAO.indexOf("LA05"))).isEqualTo(2);
    assertThat(c.rolledUp().total(0)).isEqualTo(2);
  }

  @Test
  void countsByYearKeepTheirYearsAndAYearOutsideCountsZero() {
    RegistrationCounts.Accumulator a = RegistrationCounts.accumulator(LAO, BY_YEAR);
    add(a, "LA0101", Sex.FEMALE, LocalDate.of(2018, 5, 1), LocalDate.of(2018, 5, 2));
    add(a, "LA0101", Sex.FEMALE, LocalDate.of(2021, 5, 1), null);
    RegistrationCounts c = a.result().rolledUp();
    assertThat(c.isByYear()).isTrue();
    assertThat(c.period()).isEqualTo(RegistryQuery.Period.BIRTH_YEAR);
    assertThat(c.firstYear()).contains(2018);
    assertThat(c.lastYear()).contains(2021);
    assertThat(c.count(0, 2018, Sex.FEMALE, Timeliness.CURRENT)).isEqualTo(1);
    assertThat(c.count(0, 2021, Sex.FEMALE, Timeliness.NOT_REGISTERED)).isEqualTo(1);
    assertThat(c.count(0, 2019, Sex.FEMALE, Timeliness.CURRENT)).isZero();
    assertThat(c.count(0, 1990, Sex.FEMALE, Timeliness.CURRENT)).isZero();
    assertThat(c.birthsAndRegistered(0, 2018)).containsExactly(1, 1);
    assertThat(c.birthsAndRegistered(0, 2021)).containsExactly(1, 0);
    assertThat(RegistrationCounts.emptyByYear(LAO).firstYear()).isEmpty();
    assertThat(RegistrationCounts.empty(LAO).firstYear()).isEmpty();
  }

  @Test
  void coverageCountsTheRegisteredLivingChildrenUnderEachAge() {
    LocalDate ref = LocalDate.of(2024, 6, 30);
    RegistryQuery q = ALL.coverageUnder(ref, 18, 5);
    RegistrationCounts.Accumulator a = RegistrationCounts.accumulator(LAO, q);
    add(
        a,
        "LA0101",
        Sex.FEMALE,
        LocalDate.of(2021, 1, 1),
        LocalDate.of(2021, 1, 5)); // under 5 and 18
    add(a, "LA0101", Sex.MALE, LocalDate.of(2012, 1, 1), LocalDate.of(2013, 1, 5)); // under 18 only
    add(a, "LA0101", Sex.MALE, LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 5)); // adult
    add(a, "LA0101", Sex.MALE, LocalDate.of(2022, 1, 1), null); // not registered
    add(
        a,
        "LA0101",
        Sex.MALE,
        LocalDate.of(2023, 1, 1),
        LocalDate.of(2024, 12, 1)); // registered after the date
    a.add(
        "LA0101",
        Sex.FEMALE,
        LocalDate.of(2020, 1, 1),
        Optional.empty(),
        Optional.of(LocalDate.of(2020, 1, 2)),
        Optional.of(LocalDate.of(2022, 1, 1)),
        Optional.empty(),
        true); // died
    RegistrationCounts c = a.result().rolledUp();
    assertThat(c.coverageAges()).containsExactly(5, 18);
    assertThat(c.coverageCount(0, 5, Optional.empty(), Optional.empty())).isEqualTo(1);
    assertThat(c.coverageCount(0, 18, Optional.empty(), Optional.empty())).isEqualTo(2);
    assertThat(c.coverageCount(0, 18, Optional.of(Sex.MALE), Optional.empty())).isEqualTo(1);
    assertThat(c.total(0)).isEqualTo(6);
  }

  @Test
  void theAccumulatorNamesTheFieldItCannotCount() {
    RegistrationCounts.Accumulator a = RegistrationCounts.accumulator(LAO, ALL);
    InvalidValueException place =
        catchThrowableOfType(
            () -> add(a, "LA9999", Sex.MALE, BORN, null), InvalidValueException.class);
    assertThat(place.field()).isEqualTo("placeOfBirthCode");
    InvalidValueException cert =
        catchThrowableOfType(
            () ->
                a.add(
                    "LA0101",
                    Sex.MALE,
                    BORN,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    true),
            InvalidValueException.class);
    assertThat(cert.field()).isEqualTo("certificateIssued");
    assertThatThrownBy(() -> add(a, "LA0101", null, BORN, null)).hasMessageContaining("sex");
    InvalidValueException dob =
        catchThrowableOfType(
            () -> add(a, "LA0101", Sex.MALE, null, null), InvalidValueException.class);
    assertThat(dob.field()).isEqualTo("dateOfBirth");
    // nothing refused was counted
    assertThat(a.result().sum()).isZero();
  }

  @Test
  void aRegistrationIsCountedByItsValuesAndToStringShowsNoChild() {
    BirthRegistration r =
        BirthRegistration.builder("CHILD-SECRET-77", Sex.FEMALE, BORN, "LA0501")
            .childName("Somchai Secret")
            .registered(BORN.plusDays(3), "LA0501")
            .build();
    RegistrationCounts c = RegistrationCounts.accumulator(LAO, ALL).add(r).result();
    assertThat(c.rolledUp().count(LAO.indexOf("LA05"), Sex.FEMALE, Timeliness.CURRENT))
        .isEqualTo(1);
    assertThat(c.toString()).doesNotContain("CHILD-SECRET-77", "Somchai").contains("1 cell total");
    assertThat(c.rolledUp().toString()).contains("rolled up");
  }
}
