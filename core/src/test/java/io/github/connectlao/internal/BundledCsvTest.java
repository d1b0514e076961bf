package io.github.connectlao.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.ConnectLaoException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader of the bundled files, on small fixtures among the test resources (folder {@code
 * bundled-csv-fixtures} beside the shipped files, so that {@link BundledCsv#read} finds them).
 */
class BundledCsvTest {
  private static final String DIR = "bundled-csv-fixtures/";

  @Test
  void readsTheDataRowsWithTheLineWhereEachStarts() {
    List<BundledCsv.Row> rows = BundledCsv.read(DIR + "rows.csv");
    // line 3 is blank and skipped; the quoted cell of line 4 runs on to line 5
    assertThat(rows).extracting(BundledCsv.Row::line).containsExactly(2L, 4L, 6L);
    assertThat(rows).extracting(r -> r.require("id")).containsExactly("A1", "A2", "A3");
    assertThat(rows).allSatisfy(r -> assertThat(r.file()).isEqualTo(DIR + "rows.csv"));
  }

  @Test
  void headersAndCellsAreStrippedAndQuotedCellsKeepTheirCommasAndLineBreaks() {
    List<BundledCsv.Row> rows = BundledCsv.read(DIR + "rows.csv");
    BundledCsv.Row first = rows.get(0);
    // the byte-order mark and the spaces around " id " are not part of the column's name
    assertThat(first.has("id")).isTrue();
    assertThat(first.has("name")).isTrue();
    assertThat(first.has(" id ")).isFalse();
    assertThat(first.get("name")).contains("Vientiane, Capital");
    assertThat(first.get("note")).contains("first");
    assertThat(rows.get(1).require("name")).startsWith("ນະຄອນ").endsWith("ຫຼວງ").contains("\n");
  }

  @Test
  void aBlankOrMissingCellIsEmptyAndRequiringItNamesFileLineAndColumn() {
    List<BundledCsv.Row> rows = BundledCsv.read(DIR + "rows.csv");
    BundledCsv.Row blank = rows.get(1);
    assertThat(blank.get("note")).isEmpty();
    assertThatThrownBy(() -> blank.require("note"))
        .isInstanceOf(ConnectLaoException.class)
        .hasMessage(DIR + "rows.csv line 4: column 'note' is blank");
    // row A3 stops after its first cell
    BundledCsv.Row shortRow = rows.get(2);
    assertThat(shortRow.get("name")).isEmpty();
    assertThat(shortRow.get("note")).isEmpty();
    assertThatThrownBy(() -> shortRow.require("name"))
        .hasMessage(DIR + "rows.csv line 6: column 'name' is blank");
  }

  @Test
  void anUnknownColumnIsADefectNamingTheFile() {
    BundledCsv.Row row = BundledCsv.read(DIR + "rows.csv").get(0);
    assertThat(row.has("population")).isFalse();
    assertThatThrownBy(() -> row.get("population"))
        .isInstanceOf(ConnectLaoException.class)
        .hasMessage(DIR + "rows.csv: no column 'population' in the bundled file");
    assertThatThrownBy(() -> row.require("population"))
        .hasMessage(DIR + "rows.csv: no column 'population' in the bundled file");
  }

  @Test
  void aMalformedFileFailsAtOnceNamingItsLine() {
    assertThatThrownBy(() -> BundledCsv.read(DIR + "malformed.csv"))
        .isInstanceOf(ConnectLaoException.class)
        .hasMessageStartingWith(DIR + "malformed.csv line 3: ");
  }

  @Test
  void aRowWithMoreCellsThanTheHeaderFailsInsteadOfDroppingACell() {
    // an unquoted comma shifts every later cell of the row: nothing may be read from it
    assertThatThrownBy(() -> BundledCsv.read(DIR + "extra-cell.csv"))
        .isInstanceOf(ConnectLaoException.class)
        .hasMessage(DIR + "extra-cell.csv line 3: the row has 4 cells, the header 3");
  }

  @Test
  void aColumnNamedTwiceInTheHeaderFails() {
    assertThatThrownBy(() -> BundledCsv.read(DIR + "duplicate-header.csv"))
        .isInstanceOf(ConnectLaoException.class)
        .hasMessage(DIR + "duplicate-header.csv line 1: column 'id' is named twice in the header");
  }

  @Test
  void aMissingFileIsAPackagingError() {
    assertThatThrownBy(() -> BundledCsv.read("no-such-file.csv"))
        .isInstanceOf(ConnectLaoException.class)
        .hasMessage(
            "the bundled data file "
                + BundledCsv.DATA
                + "no-such-file.csv is missing from the jar");
  }

  @Test
  void aFileWithAHeaderOnlyHasNoRows() {
    assertThat(BundledCsv.read(DIR + "header-only.csv")).isEmpty();
  }

  @Test
  void everyShippedFileOfTheSourcesIsReadWithItsHeader() {
    List<BundledCsv.Row> sources = BundledCsv.read(ReferenceSources.FILE);
    assertThat(sources).isNotEmpty();
    assertThat(sources)
        .allSatisfy(
            r -> {
              assertThat(r.has("id") && r.has("citation") && r.has("confidence")).isTrue();
              assertThat(r.line()).isGreaterThan(1);
            });
  }
}
