package io.github.connectlao.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TableTest {

  @Test
  void everyKindOfMissingValueBecomesNoValueNeverZero() {
    for (Object missing :
        Arrays.asList(
            null,
            "–",
            Table.NO_VALUE,
            Optional.empty(),
            OptionalLong.empty(),
            OptionalInt.empty(),
            OptionalDouble.empty(),
            OptionalDouble.of(Double.NaN),
            Double.NaN,
            Double.POSITIVE_INFINITY)) {
      assertThat(Table.cell(missing)).as(String.valueOf(missing)).isSameAs(Table.NO_VALUE);
    }
    assertThat(Table.format(Table.NO_VALUE)).isEqualTo("–");
  }

  @Test
  void presentOptionalsAreUnwrapped() {
    assertThat(Table.cell(Optional.of(3L))).isEqualTo(3L);
    assertThat(Table.cell(Optional.of(Optional.empty()))).isSameAs(Table.NO_VALUE);
    assertThat(Table.cell(OptionalLong.of(0))).isEqualTo(0L);
    assertThat(Table.cell(OptionalInt.of(7))).isEqualTo(7);
    assertThat(Table.cell(OptionalDouble.of(0.5))).isEqualTo(0.5);
    assertThat(Table.cell("Vientiane")).isEqualTo("Vientiane");
    assertThat(Table.cell(0)).isEqualTo(0);
  }

  @Test
  void formatWritesOneDecimalAndTextsInTheLanguage() {
    assertThat(Table.format(12.345)).isEqualTo("12.3");
    assertThat(Table.format(2.5f)).isEqualTo("2.5");
    assertThat(Table.format(1234L)).isEqualTo("1234");
    Table.Text t = Table.text("Vientiane Capital", "ນະຄອນຫຼວງວຽງຈັນ");
    assertThat(Table.format(t, Lang.EN)).isEqualTo("Vientiane Capital");
    assertThat(Table.format(t, Lang.LO)).isEqualTo("ນະຄອນຫຼວງວຽງຈັນ");
    assertThat(Table.format(t))
        .isEqualTo("Vientiane Capital ນະຄອນຫຼວງວຽງຈັນ")
        .isEqualTo(t.toString());
    assertThat(Table.text("Only English", null).in(Lang.LO)).isEqualTo("Only English");
  }

  @Test
  void keysAreStableLowerCaseIdentifiers() {
    assertThat(Table.key("Registered %")).isEqualTo("registered_pct");
    assertThat(Table.key("Births (2015)")).isEqualTo("births_2015");
    assertThat(Table.key("  Province  ")).isEqualTo("province");
    assertThat(Table.key("ແຂວງ")).isEqualTo("column");
    assertThat(Table.key("")).isEqualTo("column");
  }

  @Test
  void theBuilderNormalisesCellsAndDefaultsLabelsToColumns() {
    Table t =
        Table.builder("units", "Units per province", "Province", "Units", "Share %")
            .row("Vientiane", 9L, null)
            .row("Luang Prabang", OptionalLong.empty(), 0.25)
            .note("source: the gazetteer")
            .build();
    assertThat(t.rows())
        .containsExactly(
            List.of("Vientiane", 9L, Table.NO_VALUE),
            List.of("Luang Prabang", Table.NO_VALUE, 0.25));
    assertThat(t.labels()).isEqualTo(t.columns());
    assertThat(t.synthetic()).isFalse();
    assertThat(t.numeric(0)).isFalse();
    assertThat(t.numeric(1)).isTrue();
    assertThat(t.numeric(2)).isTrue();
    assertThat(t.bilingual(0)).isFalse();
    assertThat(t).hasToString("Table units (2 rows × 3 columns)");
  }

  @Test
  void labelsFollowTheLanguageAndCanBeReplacedOneByOne() {
    Table lo =
        Table.builder("t", "T", "Province", "Units").labels(Lang.LO, "ແຂວງ").row("a", 1).build();
    assertThat(lo.labels()).containsExactly("ແຂວງ", "Units");
    Table both =
        Table.builder("t", "T", "Province", "Units")
            .labels(Lang.BOTH, "ແຂວງ", "ຫົວໜ່ວຍ")
            .label(1, "Count")
            .build();
    assertThat(both.labels()).containsExactly("Province ແຂວງ", "Count");
    assertThat(both.columns()).containsExactly("Province", "Units");
  }

  @Test
  void aTableThatSaysSyntheticIsSynthetic() {
    assertThat(Table.builder("s", "SYNTHETIC illustration", "a").build().synthetic()).isTrue();
    assertThat(Table.builder("s", "x", "a").note("SYNTHETIC data").build().synthetic()).isTrue();
    assertThat(Table.builder("s", "ຂໍ້ມູນສັງເຄາະ", "a").build().synthetic()).isTrue();
    assertThat(Table.builder("s", "x", "a").synthetic(true).build().synthetic()).isTrue();
    assertThat(Table.builder("s", "x", "a").build().synthetic()).isFalse();
  }

  @Test
  void badShapesAreRefusedNamingTheTableButNoCell() {
    assertThatThrownBy(() -> Table.builder("units", "T", "a", "b").row("Somchai", 1, 2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table units: a row has 3 cells, the header has 2")
        .message()
        .doesNotContain("Somchai");
    assertThatThrownBy(
            () -> new Table("units", "T", List.of("a", "b"), List.of(), "", List.of("x", "y", "z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table units: 3 labels for 2 columns");
    assertThatThrownBy(() -> Table.builder(null, "T", "a").build()).hasMessageContaining("id");
    assertThatThrownBy(() -> Table.builder("t", null, "a").build()).hasMessageContaining("title");
  }

  @Test
  void rowsAreCopied() {
    Table t = Table.builder("t", "T", "a").row(1).build();
    assertThatThrownBy(() -> t.rows().add(List.of(2)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> t.rows().get(0).set(0, 5))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
