package io.github.connectlao.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectlao.InvalidValueException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnBadRowTest {
  private static final CsvColumn CODE = CsvColumn.of("code");
  private static final CsvColumn COUNT = CsvColumn.of("count");
  private static final String FILE = "code,count\nLA01,5\nLA02,-3\nLA03,7\nLA04,x\n";

  private static ImportResult<List<Integer>> importWith(OnBadRow onBadRow) {
    try (CsvReader csv = CsvReader.of(new StringReader(FILE), "counts.csv")) {
      return csv.importRows(
          List.of(CODE, COUNT),
          List.of(CODE, COUNT),
          row -> {
            String text = row.require(COUNT);
            int n;
            try {
              n = Integer.parseInt(text);
            } catch (NumberFormatException e) {
              throw new InvalidValueException("count", text, "is not a whole number");
            }
            InvalidValueException.check(n >= 0, "count", n, "must not be negative");
            return n;
          },
          onBadRow);
    }
  }

  @Test
  void collectKeepsEveryGoodRowAndReportsEveryBadRow() {
    ImportResult<List<Integer>> r = importWith(OnBadRow.COLLECT);
    assertThat(r.accepted()).containsExactly(5, 7);
    assertThat(r.errors()).extracting(RowError::line).containsExactly(3L, 5L);
    assertThat(r.errors()).extracting(RowError::column).containsExactly("count", "count");
    assertThat(OnBadRow.COLLECT.stops()).isFalse();
  }

  @Test
  void stopEndsTheImportAtTheFirstBadRowNamingItsLine() {
    CsvImportException e =
        catchThrowableOfType(CsvImportException.class, () -> importWith(OnBadRow.STOP));
    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.line()).isEqualTo(3);
              assertThat(err.reason()).isEqualTo("must not be negative");
            });
    assertThat(e.getMessage()).contains("counts.csv").contains("3");
    assertThat(OnBadRow.STOP.stops()).isTrue();
  }
}
