package io.github.connectlao.crvs;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BirthRegistryTest {
  /** The embedded gazetteer plus two synthetic villages per district, so births fall at districts and villages. */
  static final Gazetteer G =
      Gazetteer.laoPdr()
          .withUnits(
              SyntheticRegistrations.villages(Gazetteer.laoPdr(), 2).stream()
                  .filter(v -> v.code().hashCode() % 3 != 0)
                  .collect(Collectors.toList()));

  static final RegistrationPolicy LAO = RegistrationPolicy.laoPdr();

  /** The rule set with a reference date far ahead: the engine tests draw registrations up to 20 years after birth. */
  static final RegistrationRules RULES = RegistrationRules.of(G, LocalDate.of(2100, 12, 31));

  static final RegistrationPolicy SHORT =
      RegistrationPolicy.of(7, 60, Source.synthetic("test policy"));

  /** The plain object-based computation: group by (unit, sex, timeliness) over every unit and its ancestors. */
  static Map<List<Object>, Long> objectBased(
      Gazetteer g, List<BirthRegistration> rs, RegistrationPolicy p) {
    return rs.stream()
        .flatMap(
            r -> {
              AdminUnit u = g.unit(r.placeOfBirthCode());
              List<AdminUnit> chain = new ArrayList<>(g.ancestors(u));
              chain.add(u);
              return chain.stream().map(a -> List.<Object>of(a.code(), r.sex(), r.timeliness(p)));
            })
        .collect(groupingBy(k -> k, counting()));
  }

  static void assertSameAsObjects(RegistrationCounts rolled, Map<List<Object>, Long> expected) {
    Gazetteer g = rolled.gazetteer();
    for (int u = 0; u < g.size(); u++) {
      for (Sex s : Sex.values()) {
        for (Timeliness t : Timeliness.values()) {
          long want = expected.getOrDefault(List.of(g.unitAt(u).code(), s, t), 0L);
          assertThat(rolled.count(u, s, t))
              .as("%s %s %s", g.unitAt(u).code(), s, t)
              .isEqualTo(want);
        }
      }
    }
  }

  @Test
  void registryEqualsTheObjectBasedComputationOnRandomData() {
    qt().withExamples(15)
        .forAll(longs().all(), integers().between(0, 3000))
        .checkAssert(
            (seed, n) -> {
              List<BirthRegistration> rs =
                  SyntheticRegistrations.generate(G, n, seed).collect(Collectors.toList());
              BirthRegistry registry = BirthRegistry.of(BirthRegistryTest.RULES, rs.stream());
              assertThat(registry.size()).isEqualTo(n);
              for (RegistrationPolicy p : List.of(LAO, SHORT)) {
                RegistrationCounts rolled = registry.aggregate(p).rolledUp();
                assertSameAsObjects(rolled, objectBased(G, rs, p));
                assertThat(rolled.total(0)).isEqualTo((long) n);
                assertThat(registry.aggregateByYear(p).rolledUp().total(0)).isEqualTo((long) n);
              }
            });
  }

  @Test
  void yearlyCountsEqualTheObjectBasedComputation() {
    List<BirthRegistration> rs =
        SyntheticRegistrations.generate(G, 4000, 7).collect(Collectors.toList());
    RegistrationCounts byYear =
        BirthRegistry.of(BirthRegistryTest.RULES, rs.stream()).aggregateByYear(LAO).rolledUp();
    Map<List<Object>, Long> expected =
        rs.stream()
            .map(
                r ->
                    List.<Object>of(
                        G.ancestorAt(G.unit(r.placeOfBirthCode()), AdminLevel.PROVINCE)
                            .orElseThrow()
                            .code(),
                        r.dateOfBirth().getYear(),
                        r.isRegistered()))
            .collect(groupingBy(k -> k, counting()));
    for (AdminUnit p : G.units(AdminLevel.PROVINCE)) {
      for (int y = 2006; y <= 2025; y++) {
        long[] br = byYear.birthsAndRegistered(G.index(p), y);
        long reg = expected.getOrDefault(List.of(p.code(), y, true), 0L);
        long not = expected.getOrDefault(List.of(p.code(), y, false), 0L);
        assertThat(br).containsExactly(reg + not, reg);
      }
    }
    assertThat(byYear.firstYear()).contains(2006);
    assertThat(byYear.lastYear()).contains(2025);
    assertThat(byYear.count(0, 1990, Sex.MALE, Timeliness.CURRENT)).isZero();
  }

  @Test
  void mergeIsAssociativeWithTheEmptyCountsAsIdentity() {
    qt().withExamples(20)
        .forAll(
            longs().all(),
            integers().between(0, 500),
            integers().between(0, 500),
            integers().between(0, 500))
        .checkAssert(
            (seed, a, b, c) -> {
              for (boolean byYear : new boolean[] {false, true}) {
                RegistrationCounts x = counts(SyntheticRegistrations.registry(G, a, seed), byYear);
                RegistrationCounts y =
                    counts(SyntheticRegistrations.registry(G, b, seed + 1), byYear);
                RegistrationCounts z =
                    counts(SyntheticRegistrations.registry(G, c, seed + 2), byYear);
                RegistrationCounts e =
                    byYear ? RegistrationCounts.emptyByYear(G) : RegistrationCounts.empty(G);
                assertThat(x.merge(y).merge(z)).isEqualTo(x.merge(y.merge(z)));
                assertThat(x.merge(y)).isEqualTo(y.merge(x));
                assertThat(x.merge(e)).isEqualTo(x);
                assertThat(e.merge(x)).isEqualTo(x);
                assertThat(x.merge(y).sum()).isEqualTo((long) a + b);
                assertThat(x.merge(y).rolledUp()).isEqualTo(x.rolledUp().merge(y.rolledUp()));
              }
            });
  }

  private static RegistrationCounts counts(BirthRegistry r, boolean byYear) {
    return byYear ? r.aggregateByYear(LAO) : r.aggregate(LAO);
  }

  @Test
  void splitAndMergeEqualsTheWhole() {
    qt().withExamples(20)
        .forAll(longs().all(), integers().between(0, 3000), integers().between(1, 9))
        .checkAssert(
            (seed, n, parts) -> {
              BirthRegistry whole = SyntheticRegistrations.registry(G, n, seed);
              List<BirthRegistry> split = whole.split(parts);
              assertThat(split).hasSize(parts);
              assertThat(split.stream().mapToInt(BirthRegistry::size).sum()).isEqualTo(n);
              RegistrationCounts merged =
                  split.stream()
                      .map(r -> r.aggregate(LAO))
                      .reduce(RegistrationCounts.empty(G), RegistrationCounts::merge);
              assertThat(merged).isEqualTo(whole.aggregate(LAO));
              RegistrationCounts mergedYears =
                  split.stream()
                      .map(r -> r.aggregateByYear(LAO))
                      .reduce(RegistrationCounts.emptyByYear(G), RegistrationCounts::merge);
              assertThat(mergedYears).isEqualTo(whole.aggregateByYear(LAO));
              assertThat(mergedYears.rolledUp()).isEqualTo(whole.aggregateByYear(LAO).rolledUp());
            });
  }

  @Test
  void parallelEqualsSequential() {
    qt().withExamples(10)
        .forAll(longs().all(), integers().between(0, 5000))
        .checkAssert(
            (seed, n) -> {
              BirthRegistry r = SyntheticRegistrations.registry(G, n, seed);
              assertThat(r.parallel(LAO, AdminLevel.VILLAGE, false, 100))
                  .isEqualTo(r.aggregate(LAO));
              assertThat(r.parallel(LAO, AdminLevel.VILLAGE, true, 100))
                  .isEqualTo(r.aggregateByYear(LAO));
              assertThat(r.aggregateParallel(LAO)).isEqualTo(r.aggregate(LAO));
              assertThat(
                      r.aggregate(
                          RegistryQuery.of(LAO).per(RegistryQuery.Period.BIRTH_YEAR).parallel()))
                  .isEqualTo(r.aggregateByYear(LAO));
            });
  }

  @Test
  void everyLevelOfTheRollupSumsToTheNationalTotal() {
    Gazetteer full =
        Gazetteer.laoPdr().withUnits(SyntheticRegistrations.villages(Gazetteer.laoPdr(), 2));
    qt().withExamples(10)
        .forAll(longs().all(), integers().between(0, 5000))
        .checkAssert(
            (seed, n) -> {
              RegistrationCounts c =
                  SyntheticRegistrations.registry(full, n, seed).aggregate(SHORT).rolledUp();
              assertThat(c.total(0)).isEqualTo((long) n);
              for (AdminLevel level : AdminLevel.values()) {
                long sum = full.units(level).stream().mapToLong(u -> c.total(full.index(u))).sum();
                assertThat(sum).as(level.name()).isEqualTo((long) n);
                for (Timeliness t : Timeliness.values()) {
                  long byClass =
                      full.units(level).stream().mapToLong(u -> c.total(full.index(u), t)).sum();
                  assertThat(byClass).isEqualTo(c.total(0, t));
                }
              }
              // and in the partial gazetteer, every unit is its own births plus its children's
              RegistrationCounts own = SyntheticRegistrations.registry(G, n, seed).aggregate(SHORT);
              RegistrationCounts rolled = own.rolledUp();
              for (int u = 0; u < G.size(); u++) {
                long children =
                    G.children(G.unitAt(u)).stream().mapToLong(x -> rolled.total(G.index(x))).sum();
                assertThat(rolled.total(u)).isEqualTo(own.total(u) + children);
              }
            });
  }

  @Test
  void holdsThirteenBytesPerRegistrationAndReadsBackEachColumn() {
    List<BirthRegistration> rs =
        SyntheticRegistrations.generate(G, 2000, 3).collect(Collectors.toList());
    BirthRegistry r = BirthRegistry.of(BirthRegistryTest.RULES, rs.stream());
    assertThat(r.memoryBytes()).isEqualTo(13L * 2000);
    assertThat(r.bytesPerRegistration()).isEqualTo(13.0).isLessThanOrEqualTo(16.0);
    for (int i = 0; i < rs.size(); i++) {
      BirthRegistration b = rs.get(i);
      assertThat(G.unitAt(r.placeIndex(i)).code()).isEqualTo(b.placeOfBirthCode());
      assertThat(r.sex(i)).isEqualTo(b.sex());
      assertThat(r.dateOfBirth(i)).isEqualTo(b.dateOfBirth());
      assertThat(r.registrationDelayDays(i).map(Integer::longValue))
          .isEqualTo(b.registrationDelayDays());
      assertThat(r.inHealthFacility(i)).isEqualTo(b.inHealthFacility());
      assertThat(r.certificateIssued(i)).isEqualTo(b.certificateIssued());
      assertThat(r.timeliness(i, LAO)).isEqualTo(b.timeliness(LAO));
    }
    assertThat(r.source().confidence()).isEqualTo(Confidence.UNVERIFIED);
    assertThat(r.toString())
        .isEqualTo(
            "BirthRegistry[2000 registrations, born "
                + r.firstBirth().get()
                + ".."
                + r.lastBirth().get()
                + ", unverified]");
  }

  @Test
  void refusesAPlaceOutsideTheGazetteerNamingTheCodeButNotTheId() {
    BirthRegistration r =
        BirthRegistration.builder("SECRET-ID", Sex.MALE, LocalDate.of(2020, 1, 1), "LA99").build();
    assertThatThrownBy(
            () -> BirthRegistry.of(BirthRegistryTest.RULES, java.util.stream.Stream.of(r)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("LA99")
        .hasMessageNotContaining("SECRET-ID");
  }

  @Test
  void countsDownToALevelEqualTheFullCountsAtThatLevelAndAbove() {
    qt().withExamples(10)
        .forAll(longs().all(), integers().between(0, 4000))
        .checkAssert(
            (seed, n) -> {
              BirthRegistry r = SyntheticRegistrations.registry(G, n, seed);
              RegistrationCounts full = r.aggregateByYear(SHORT).rolledUp();
              for (AdminLevel level : AdminLevel.values()) {
                RegistrationCounts part =
                    r.aggregate(
                            RegistryQuery.of(SHORT)
                                .downTo(level)
                                .per(RegistryQuery.Period.BIRTH_YEAR))
                        .rolledUp();
                assertThat(part.deepestLevel()).isEqualTo(level);
                assertThat(
                        r.aggregate(
                                RegistryQuery.of(SHORT)
                                    .downTo(level)
                                    .per(RegistryQuery.Period.BIRTH_YEAR)
                                    .parallel())
                            .rolledUp())
                    .isEqualTo(part);
                assertThat(
                        r.split(3).stream()
                            .map(
                                x ->
                                    x.aggregate(
                                        RegistryQuery.of(SHORT)
                                            .downTo(level)
                                            .per(RegistryQuery.Period.BIRTH_YEAR)))
                            .reduce(
                                RegistrationCounts.empty(G, level, true), RegistrationCounts::merge)
                            .rolledUp())
                    .isEqualTo(part);
                for (int u = 0; u < G.size(); u++) {
                  if (G.unitAt(u).level().depth() <= level.depth()) {
                    for (Sex s : Sex.values()) {
                      for (Timeliness t : Timeliness.values()) {
                        assertThat(part.count(u, s, t)).isEqualTo(full.count(u, s, t));
                        assertThat(part.count(u, 2020, s, t)).isEqualTo(full.count(u, 2020, s, t));
                      }
                    }
                  }
                }
              }
            });
  }

  @Test
  void mergingDifferentKindsIsRefused() {
    RegistrationCounts provinces =
        SyntheticRegistrations.registry(G, 10, 1)
            .aggregate(RegistryQuery.of(LAO).downTo(AdminLevel.PROVINCE));
    assertThatThrownBy(() -> provinces.merge(RegistrationCounts.empty(G)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("province");
    assertThatThrownBy(() -> provinces.count(G.indexOf("LA0101"), Sex.MALE, Timeliness.LATE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("below the deepest level");
    assertThat(provinces.toString())
        .isEqualTo("RegistrationCounts[19 units down to province, 10 cell total]");
    RegistrationCounts plain = RegistrationCounts.empty(G);
    RegistrationCounts years = SyntheticRegistrations.registry(G, 10, 1).aggregateByYear(LAO);
    assertThatThrownBy(() -> plain.merge(years)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> years.merge(years.rolledUp()))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> plain.merge(RegistrationCounts.empty(Gazetteer.laoPdr())))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> plain.count(0, 2020, Sex.MALE, Timeliness.LATE))
        .isInstanceOf(InvalidValueException.class);
  }
}
