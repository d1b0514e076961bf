package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.BilingualName;
import io.github.connectlao.Confidence;
import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CooperationPropertiesTest {

  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final Source SRC = Source.of("test", Confidence.SYNTHETIC);

  @Test
  void womenNeverExceedTheTotal() {
    qt().forAll(integers().between(-5, 200), integers().between(-5, 200))
        .checkAssert(
            (total, women) -> {
              if (total < 0 || women < 0 || women > total) {
                assertThatThrownBy(() -> Participants.of(total, women))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining(
                        total < 0 ? "people: '" + total + "'" : "women: '" + women + "'");
              } else {
                Participants p = Participants.of(total, women);
                if (total == 0) {
                  assertThat(p.womenShare()).isEmpty();
                } else {
                  assertThat(p.womenShare().getAsDouble())
                      .isBetween(0.0, 1.0)
                      .isEqualTo((double) women / total);
                }
              }
            });
  }

  @Test
  void coverageSharesLieInTheUnitIntervalAndCountReachedProvinces() {
    List<AdminUnit> all = new ArrayList<>(LAO.units(AdminLevel.PROVINCE));
    all.addAll(LAO.units(AdminLevel.DISTRICT));
    CooperationCatalogue c = LaoCooperation.laoPdr();
    qt().forAll(
            integers().between(0, all.size() - 1),
            integers().between(1, 40),
            integers().between(1, 13))
        .checkAssert(
            (start, n, step) -> {
              Set<String> codes = new LinkedHashSet<>();
              for (int k = 0; k < n; k++) {
                codes.add(all.get((start + k * step) % all.size()).code());
              }
              Phase phase =
                  Phase.of(
                      "p",
                      DateRange.ofYears(2022, 2023),
                      new TargetArea(List.copyOf(codes), Set.of(), java.util.Optional.empty()),
                      java.util.Optional.empty(),
                      java.util.Optional.empty(),
                      SRC);
              Coverage cov = c.coverage(phase, LAO);
              for (LevelCoverage l : cov.levels()) {
                l.plannedShare().ifPresent(s -> assertThat(s).isBetween(0.0, 1.0));
                assertThat(l.reached().isKnown()).isFalse();
              }
              long provinces =
                  codes.stream()
                      .map(LAO::unit)
                      .map(u -> LAO.ancestorAt(u, AdminLevel.PROVINCE).orElseThrow())
                      .distinct()
                      .count();
              assertThat(cov.at(AdminLevel.PROVINCE).planned())
                  .isEqualTo(UnitCount.known((int) provinces));
              boolean provinceTargeted =
                  codes.stream().anyMatch(x -> LAO.unit(x).level() == AdminLevel.PROVINCE);
              // a targeted province does not say which of its districts are planned: unknown, never
              // 0
              assertThat(cov.at(AdminLevel.DISTRICT).planned())
                  .isEqualTo(
                      provinceTargeted
                          ? UnitCount.unknown("the source does not name the target units")
                          : UnitCount.known(
                              (int)
                                  codes.stream()
                                      .filter(x -> LAO.unit(x).level() == AdminLevel.DISTRICT)
                                      .count()));
              // every targeted unit is covered by the phase on a day inside its period
              String any = codes.iterator().next();
              assertThat(
                      c.withProgramme(
                              new Programme(
                                  "X",
                                  BilingualName.of("x", "x"),
                                  Programme.Kind.PROJECT,
                                  List.of(),
                                  List.of(),
                                  List.of(),
                                  List.of(phase),
                                  List.of(),
                                  SRC))
                          .programmesCovering(LAO.unit(any), LocalDate.of(2023, 1, 1), LAO))
                  .anyMatch(
                      m ->
                          m.programme().id().equals("X")
                              && m.relation() == PhaseMatch.Relation.TARGETED);
            });
  }

  @Test
  void dateRangesRefuseAnEndBeforeTheStartAndParseBack() {
    qt().forAll(integers().between(1990, 2040), integers().between(1990, 2040))
        .checkAssert(
            (a, b) -> {
              if (b < a) {
                assertThatThrownBy(() -> DateRange.ofYears(a, b))
                    .hasMessageContaining("end: '" + b + "-12-31'");
              } else {
                DateRange p = DateRange.ofYears(a, b);
                assertThat(DateRange.parse(p.toString())).isEqualTo(p);
                assertThat(DateRange.parse(p.toCompactString())).isEqualTo(p);
                assertThat(p.contains(LocalDate.of(a, 1, 1))).isTrue();
                assertThat(p.contains(LocalDate.of(b, 12, 31))).isTrue();
                assertThat(p.contains(LocalDate.of(b + 1, 1, 1))).isFalse();
              }
            });
  }
}
