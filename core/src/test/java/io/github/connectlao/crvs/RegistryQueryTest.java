package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RegistryQueryTest {
  static final RegistrationPolicy POLICY = RegistrationPolicy.laoPdr();
  static final LocalDate DAY = LocalDate.of(2024, 6, 30);

  @Test
  void theDocumentedExampleSetsEveryDimension() {
    RegistryQuery q =
        RegistryQuery.of(POLICY)
            .downTo(AdminLevel.DISTRICT)
            .per(RegistryQuery.Period.BIRTH_YEAR)
            .asOf(DAY)
            .coverageUnder(DAY, 5, 18)
            .bySetting()
            .parallel();
    assertThat(q.policy()).isSameAs(POLICY);
    assertThat(q.deepest()).isEqualTo(AdminLevel.DISTRICT);
    assertThat(q.period()).isEqualTo(RegistryQuery.Period.BIRTH_YEAR);
    assertThat(q.cutOff()).contains(DAY);
    assertThat(q.coverageDate()).contains(DAY);
    assertThat(q.coverageAges()).containsExactly(5, 18);
    assertThat(q.isBySetting()).isTrue();
    assertThat(q.isParallel()).isTrue();
    assertThat(q.sequential().isParallel()).isFalse();
  }

  @Test
  void theDefaultCountsEveryUnitWithNoPeriodNoWindowNoCoverageOnOneCore() {
    RegistryQuery q = RegistryQuery.of(POLICY);
    assertThat(q.deepest()).isEqualTo(AdminLevel.VILLAGE);
    assertThat(q.period()).isEqualTo(RegistryQuery.Period.ALL);
    assertThat(q.bornInWindow()).isEmpty();
    assertThat(q.registeredInWindow()).isEmpty();
    assertThat(q.cutOff()).isEmpty();
    assertThat(q.coverageDate()).isEmpty();
    assertThat(q.coverageAges()).isEmpty();
    assertThat(q.isBySetting()).isFalse();
    assertThat(q.isParallel()).isFalse();
    assertThatThrownBy(() -> RegistryQuery.of(null)).hasMessageContaining("policy");
  }

  @Test
  void everyMethodReturnsANewQueryAndLeavesThisOneAlone() {
    RegistryQuery q = RegistryQuery.of(POLICY);
    DateRange w = DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
    RegistryQuery changed =
        q.downTo(AdminLevel.PROVINCE)
            .per(RegistryQuery.Period.REGISTRATION_YEAR)
            .bornIn(w)
            .registeredIn(w)
            .asOf(DAY)
            .coverageUnder(DAY, 5)
            .bySetting()
            .parallel();
    assertThat(changed).isNotSameAs(q);
    assertThat(changed.bornInWindow()).contains(w);
    assertThat(changed.registeredInWindow()).contains(w);
    assertThat(changed.deepest()).isEqualTo(AdminLevel.PROVINCE);
    assertThat(changed.period()).isEqualTo(RegistryQuery.Period.REGISTRATION_YEAR);
    assertThat(q.toString()).isEqualTo(RegistryQuery.of(POLICY).toString());
    assertThat(q.deepest()).isEqualTo(AdminLevel.VILLAGE);
    assertThat(q.bornInWindow()).isEmpty();
    assertThat(q.coverageAges()).isEmpty();
    // and the ages given out are a copy
    int[] ages = changed.coverageAges();
    ages[0] = 99;
    assertThat(changed.coverageAges()).containsExactly(5);
  }

  @Test
  void coverageAgesComeBackSortedWhateverTheirOrder() {
    qt().withExamples(200)
        .forAll(integers().between(1, 150), integers().between(1, 150), integers().between(1, 150))
        .assuming((a, b, c) -> a.intValue() != b && b.intValue() != c && a.intValue() != c)
        .checkAssert(
            (a, b, c) -> {
              int[] sorted = {a, b, c};
              Arrays.sort(sorted);
              assertThat(RegistryQuery.of(POLICY).coverageUnder(DAY, c, a, b).coverageAges())
                  .containsExactly(sorted);
            });
  }

  @Test
  void badCoverageAgesAreRefusedNamingAges() {
    int[][] bad = {{}, {0}, {-5}, {151}, {5, 5}, {1, 2, 3, 4}};
    for (int[] ages : bad) {
      InvalidValueException e =
          catchThrowableOfType(
              () -> RegistryQuery.of(POLICY).coverageUnder(DAY, ages), InvalidValueException.class);
      assertThat(e).as(Arrays.toString(ages)).isNotNull();
      assertThat(e.field()).isEqualTo("ages");
    }
    assertThat(RegistryQuery.of(POLICY).coverageUnder(DAY, 1, 150, 18).coverageAges())
        .containsExactly(1, 18, 150);
    assertThatThrownBy(() -> RegistryQuery.of(POLICY).coverageUnder(null, 5))
        .hasMessageContaining("referenceDate");
  }

  @Test
  void aCoverageDateAfterTheCutOffIsRefusedInEitherOrder() {
    InvalidValueException first =
        catchThrowableOfType(
            () -> RegistryQuery.of(POLICY).asOf(DAY).coverageUnder(DAY.plusDays(1), 5),
            InvalidValueException.class);
    assertThat(first.field()).isEqualTo("coverageDate");
    InvalidValueException later =
        catchThrowableOfType(
            () -> RegistryQuery.of(POLICY).coverageUnder(DAY.plusDays(1), 5).asOf(DAY),
            InvalidValueException.class);
    assertThat(later.field()).isEqualTo("coverageDate");
    assertThat(RegistryQuery.of(POLICY).asOf(DAY).coverageUnder(DAY, 5).coverageDate())
        .contains(DAY);
  }

  @Test
  void aParallelPassCountsExactlyWhatASequentialOneDoes() {
    BirthRegistry registry =
        BirthRegistry.of(BirthRegistryTest.RULES, CountingEngineTest.random(42, 3000).stream());
    RegistryQuery q =
        RegistryQuery.of(POLICY)
            .downTo(AdminLevel.DISTRICT)
            .per(RegistryQuery.Period.BIRTH_YEAR)
            .coverageUnder(DAY, 5, 18)
            .bySetting();
    assertThat(registry.aggregate(q.parallel())).isEqualTo(registry.aggregate(q.sequential()));
    assertThat(registry.aggregate(q.parallel()).toArray())
        .isEqualTo(registry.aggregate(q).toArray());
  }

  @Test
  void toStringDescribesTheQuery() {
    String s =
        RegistryQuery.of(POLICY)
            .downTo(AdminLevel.DISTRICT)
            .per(RegistryQuery.Period.BIRTH_YEAR)
            .asOf(DAY)
            .coverageUnder(DAY, 18, 5)
            .bySetting()
            .toString();
    assertThat(s).contains("district", "BIRTH_YEAR", "as of 2024-06-30", "[5, 18]", "by setting");
  }
}
