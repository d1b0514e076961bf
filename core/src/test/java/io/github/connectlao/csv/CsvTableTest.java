package io.github.connectlao.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectlao.InvalidValueException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {
  static final CsvColumn CODE = CsvColumn.of("code", "ລະຫັດ");
  static final CsvColumn NAME = CsvColumn.of("name", "name_en", "ຊື່");

  @Test
  void theHeaderIsInTheLanguageAsked() {
    CsvTable t = new CsvTable(List.of(CODE, NAME), List.of());
    assertThat(t.header(HeaderLanguage.ENGLISH)).containsExactly("code", "name");
    assertThat(t.header(HeaderLanguage.LAO)).containsExactly("ລະຫັດ", "ຊື່");
  }

  @Test
  void aRowWithTheWrongNumberOfCellsIsRefusedNamingRows() {
    InvalidValueException e =
        catchThrowableOfType(
            () ->
                new CsvTable(
                    List.of(CODE, NAME), List.of(List.of("LA01", "Vientiane"), List.of("LA02"))),
            InvalidValueException.class);
    assertThat(e.field()).isEqualTo("rows");
    assertThat(e.getMessage()).contains("row 1", "1 cells for 2 columns");
  }

  @Test
  void aNullCellIsEmptyAndTheTableIsACopy() {
    List<String> row = new ArrayList<>(Arrays.asList("LA01", null));
    List<List<String>> rows = new ArrayList<>(List.of(row));
    CsvTable t = new CsvTable(List.of(CODE, NAME), rows);
    row.set(0, "XX");
    rows.add(List.of("a", "b"));
    assertThat(t.rows()).containsExactly(List.of("LA01", ""));
  }

  @Test
  void theCsvTextNeutralisesFormulasAndReadsBackToTheSameCells() {
    CsvTable t =
        new CsvTable(
            List.of(CODE, NAME),
            List.of(
                List.of("LA01", "Vientiane, \"capital\""),
                List.of("LA02", "=SUM(A1)"),
                List.of("LA03", "ຜົ້ງສາລີ")));
    String csv = t.toCsv(HeaderLanguage.LAO);
    assertThat(csv)
        .doesNotStartWith("\uFEFF")
        .startsWith("ລະຫັດ,ຊື່")
        .contains("'=SUM(A1)")
        .doesNotContain(",=SUM");
    try (CsvReader r = CsvReader.of(new StringReader(csv), "t")) {
      ImportResult<List<List<String>>> back =
          r.importRows(
              List.of(CODE, NAME),
              List.of(CODE, NAME),
              row -> List.of(row.require(CODE), row.get(NAME).orElse("")),
              OnBadRow.STOP);
      assertThat(back.accepted().get(0)).containsExactly("LA01", "Vientiane, \"capital\"");
      assertThat(back.accepted().get(1)).containsExactly("LA02", "=SUM(A1)");
      assertThat(back.accepted().get(2)).containsExactly("LA03", "ຜົ້ງສາລີ");
    }
  }

  @Test
  void toStringCountsTheRowsWithoutShowingThem() {
    CsvTable t = new CsvTable(List.of(CODE), List.of(List.of("secret-1"), List.of("secret-2")));
    assertThat(t.toString()).contains("2 rows").doesNotContain("secret");
  }
}
