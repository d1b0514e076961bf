package io.github.connectlao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SamSangReportTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final Source SYNTHETIC = Source.synthetic("test fixture, not real counts");

  @Test
  void nationalRowsFirstThenEachProvince() {
    SamSangReport r = SamSang.rollup(LAO, 2025).build();
    assertThat(r.national())
        .extracting(SamSangRow::status)
        .containsExactly(
            SamSangStatus.forLevel(AdminLevel.PROVINCE),
            SamSangStatus.forLevel(AdminLevel.DISTRICT),
            SamSangStatus.forLevel(AdminLevel.VILLAGE));
    assertThat(r.rows().subList(0, 3)).isEqualTo(r.national());
    assertThat(r.province("LA03"))
        .allSatisfy(row -> assertThat(row.area().code()).isEqualTo("LA03"))
        .hasSize(2);
  }

  @Test
  void unknownProvinceOrRowNamesTheField() {
    SamSangReport r = SamSang.rollup(LAO, 2025).build();
    assertThatThrownBy(() -> r.province("LA99"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("provinceCode"));
    assertThatThrownBy(() -> r.province("LA")) // the nation is not a province
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("provinceCode"));
    assertThatThrownBy(
            () -> r.row("LA03", SamSangStatus.forLevel(AdminLevel.PROVINCE))) // no such row
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("areaCode"));
  }

  @Test
  void listsAreCopied() {
    List<String> problems = new ArrayList<>(List.of("p"));
    List<SamSangRow> rows = new ArrayList<>(SamSang.rollup(LAO, 2025).build().rows());
    SamSangReport r = new SamSangReport(2025, rows, problems);
    problems.add("q");
    rows.clear();
    assertThat(r.problems()).containsExactly("p");
    assertThat(r.rows()).hasSize(39);
    assertThatThrownBy(() -> r.problems().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void tablePrintsUnknownNeverZeroAndListsDataAndProblems() {
    SamSangReport r =
        SamSang.rollup(LAO, 2025)
            .counts(
                List.of(
                    SamSangCount.of("LA05", AdminLevel.DISTRICT, 2024, 2, SYNTHETIC),
                    SamSangCount.of("LA99", AdminLevel.DISTRICT, 2024, 1, SYNTHETIC)))
            .build();
    String table = r.toTable();
    assertThat(table).startsWith("Sam Sang targets (ສາມສ້າງ), situation in 2025");
    String villagesLine =
        table
            .lines()
            .filter(l -> l.startsWith("LA ") && l.contains("village"))
            .findFirst()
            .orElseThrow();
    assertThat(villagesLine).contains("unknown").doesNotContain(" 0 ");
    String la05 =
        table
            .lines()
            .filter(l -> l.startsWith("LA05") && l.contains("district"))
            .findFirst()
            .orElseThrow();
    assertThat(la05).contains(" 5 ").contains(" 2 ").contains("2024");
    assertThat(table)
        .contains("Data: " + SYNTHETIC)
        .contains("Problem: count LA99 2024: unknown area code, skipped");
  }

  @Test
  void toStringCountsOnly() {
    SamSangReport r = new SamSangReport(2025, List.of(), List.of("a problem naming LA0501"));
    assertThat(r).hasToString("SamSangReport[2025, 0 rows, 1 problems]");
  }
}
