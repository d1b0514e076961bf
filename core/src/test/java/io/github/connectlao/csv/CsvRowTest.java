package io.github.connectlao.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectlao.InvalidValueException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvRowTest {
  private static final CsvColumn CODE = CsvColumn.of("code");
  private static final CsvColumn NAME = CsvColumn.of("name");
  private static final CsvColumn NOTE = CsvColumn.of("note");

  /** Every row of a file, with the header bound to code, name and note. */
  private static List<CsvRow> rows(String text) {
    try (CsvReader csv = CsvReader.of(new StringReader(text), "test.csv")) {
      Map<String, Integer> index = csv.bind(List.of(CODE, NAME, NOTE), List.of(CODE));
      List<CsvRow> rows = new ArrayList<>();
      csv.next(index).ifPresent(rows::add);
      while (true) {
        var next = csv.next(index);
        if (next.isEmpty()) {
          return rows;
        }
        rows.add(next.get());
      }
    }
  }

  @Test
  void valuesAreReadByHeaderNameAndStripped() {
    CsvRow row = rows("name,code\n Vientiane ,LA01\n").get(0);
    assertThat(row.get(CODE)).contains("LA01");
    assertThat(row.get(NAME)).contains("Vientiane");
    assertThat(row.require(NAME)).isEqualTo("Vientiane");
    assertThat(row.line()).isEqualTo(2);
    assertThat(row.size()).isEqualTo(2);
    assertThat(row.headerSize()).isEqualTo(2);
    assertThat(row.has(NAME)).isTrue();
    assertThat(row.has(NOTE)).isFalse();
    assertThat(row.problem()).isEmpty();
    assertThat(row).hasToString("CsvRow[line=2, cells=2]");
  }

  @Test
  void aBlankCellOrAnAbsentColumnReadsAsEmptyAndRequireNamesTheColumn() {
    CsvRow row = rows("code,name\nLA01,  \n").get(0);
    assertThat(row.get(NAME)).isEmpty();
    assertThat(row.get(NOTE)).isEmpty();
    assertThatThrownBy(() -> row.require(NAME))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("name: '' is required");
  }

  @Test
  void aNeutralisedFormulaReadsBackAsWrittenAndIsNeverEvaluated() {
    CsvRow row = rows("code,note\nLA01,'=1+2\n").get(0);
    assertThat(row.get(NOTE)).contains("=1+2");
  }

  @Test
  void aShiftedRowIsRefusedWithoutShowingItsValues() {
    CsvRow row = rows("code,name\nLA01,Somchai,extra\n").get(0);
    RowRejectedException e = catchThrowableOfType(RowRejectedException.class, row::requireAligned);
    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.line()).isEqualTo(2);
              assertThat(err.column()).isEmpty();
              assertThat(err.reason())
                  .isEqualTo(
                      "has 3 cells but the header has 2: the columns are shifted, the row is refused"
                          + " (its values are not shown)");
            });
    assertThat(e.getMessage()).doesNotContain("Somchai");
    rows("code,name\nLA01,Noy\n").get(0).requireAligned();
  }

  @Test
  void aMalformedRecordRefusesEveryAccessWithItsProblem() {
    List<CsvRow> rows = rows("code,name\n\"LA01,Somchai\nLA02,Noy\n");
    CsvRow bad = rows.get(0);
    assertThat(bad.problem()).isPresent();
    assertThat(bad.problem().get().line()).isEqualTo(2);
    RowRejectedException e = catchThrowableOfType(RowRejectedException.class, () -> bad.get(CODE));
    assertThat(e.errors()).containsExactly(bad.problem().get());
    assertThatThrownBy(bad::requireAligned).isInstanceOf(RowRejectedException.class);
    assertThat(e.getMessage()).doesNotContain("Somchai");
  }
}
