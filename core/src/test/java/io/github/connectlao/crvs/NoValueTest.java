package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.DateRange;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The structured no-value reasons say exactly what the rates' English text says, for every unit
 * level, year, sex and age limit of the embedded table (so a report can translate them without
 * parsing text, and English output is unchanged).
 */
class NoValueTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final PopulationTable TABLE = PopulationTable.laoPdr();

  @Test
  void completenessReasonsAreTheRatesText() {
    int checked = 0;
    int withReason = 0;
    for (AdminUnit u :
        List.of(
            LAO.nation(),
            LAO.units(AdminLevel.PROVINCE).get(2),
            LAO.units(AdminLevel.DISTRICT).get(0))) {
      for (int y = 1998; y <= 2026; y++) {
        for (Optional<Sex> sex : List.of(Optional.<Sex>empty(), Optional.of(Sex.FEMALE))) {
          DateRange w = DateRange.of(LocalDate.of(y, 7, 1), LocalDate.of(y + 1, 6, 30));
          RegistrationRate r =
              RegistrationRate.completeness(
                  u, w, sex, 10, RegistrationRate.Basis.OCCURRENCE, TABLE, "completeness");
          List<NoValue> why = NoValue.ofCompleteness(u, w, sex, TABLE);
          assertThat(why.isEmpty()).isEqualTo(r.hasValue());
          assertThat(r.noValueReason().orElse(""))
              .isEqualTo(String.join("; ", why.stream().map(NoValue::toString).toList()));
          checked++;
          withReason += why.isEmpty() ? 0 : 1;
        }
      }
    }
    assertThat(withReason).as("both outcomes are exercised").isGreaterThan(0).isLessThan(checked);
  }

  @Test
  void coverageReasonIsTheRatesText() {
    int withReason = 0;
    for (AdminUnit u : List.of(LAO.nation(), LAO.units(AdminLevel.PROVINCE).get(0))) {
      for (int y = 2015; y <= 2025; y++) {
        for (int age : new int[] {5, 18}) {
          LocalDate d = LocalDate.of(y, 6, 30);
          RegistrationRate r = RegistrationRate.coverage(u, d, age, Optional.empty(), 3, TABLE);
          Optional<NoValue> why = NoValue.ofCoverage(u, d, age, Optional.empty(), TABLE);
          assertThat(why.map(NoValue::toString)).isEqualTo(r.noValueReason());
          withReason += why.isPresent() ? 1 : 0;
        }
      }
    }
    assertThat(withReason).isGreaterThan(0);
  }

  @Test
  void aReasonIsDataNotText() {
    NoValue n =
        NoValue.ofCompleteness(
                LAO.unit("LA03"),
                DateRange.ofYear(2016),
                Optional.empty(),
                PopulationTable.builder().build())
            .get(0);
    assertThat(n.kind()).isEqualTo(NoValue.Kind.NO_POPULATION);
    assertThat(n.year()).isEqualTo(OptionalInt.of(2016));
    assertThat(n.unitCode()).isEqualTo("LA03");
    assertThat(n).hasToString("no population for LA03 in 2016 (both sexes, all ages)");
  }
}
