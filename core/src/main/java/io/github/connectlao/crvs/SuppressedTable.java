package io.github.connectlao.crvs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.disclosure.Cell;
import io.github.connectlao.disclosure.Hierarchy;
import io.github.connectlao.disclosure.ProtectedRelease;
import io.github.connectlao.disclosure.Release;
import io.github.connectlao.disclosure.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * A table of counts with row, column and grand totals, prepared for publication with small-cell
 * suppression (ການປົກປິດຕົວເລກນ້ອຍ): a view of a one-table {@link ProtectedRelease}.
 *
 * <pre>{@code
 * SuppressedTable t = SuppressedTable.of(new long[][] {{12, 3, 40}, {25, 9, 7}});  // threshold 5
 * t.cell(0, 1);        // OptionalLong.empty(): 3 is below 5 (primary suppression)
 * t.rowTotal(0);       // OptionalLong[55], or empty when it had to be hidden too
 * }</pre>
 *
 * <p>The rules are those of the {@code disclosure} package ({@code docs/disclosure.md}): counts
 * from 1 to {@code threshold - 1} are hidden; a zero in the same row or column as such a count is
 * hidden too (published, it would reveal that the row's other births all fall in the remaining
 * classes); further cells are hidden until an attacker who knows every published entry, the
 * totals and that counts are not negative can neither exclude {@code x − 1} nor {@code threshold}
 * for a hidden small count {@code x}, and cannot pin any hidden cell to one value.
 *
 * <p>A table published <em>with</em> other tables of the same counts (another level of the
 * hierarchy, shares, national margins) must be protected together with them: build one
 * {@link Release} for everything published, not one {@code SuppressedTable} per table.
 */
public final class SuppressedTable {
  /** The default threshold: cells below 5 are suppressed. */
  public static final int DEFAULT_THRESHOLD = Release.DEFAULT_THRESHOLD;

  private static final String ALL = "total";
  private final List<String> rowLabels;
  private final List<String> columnLabels;
  private final int threshold;
  private final ProtectedRelease release;
  private final List<String> rowCodes;
  private final List<String> columnCodes;
  private final String totalRow;
  private final String totalColumn;

  private SuppressedTable(
      List<String> rowLabels, List<String> columnLabels, long[][] cells, int threshold) {
    int r = cells.length;
    int c = r == 0 ? 0 : cells[0].length;
    InvalidValueException.check(
        r > 0 && c > 0, "cells", r + "x" + c, "must have at least one row and one column");
    InvalidValueException.check(threshold >= 1, "threshold", threshold, "must be at least 1");
    InvalidValueException.check(
        rowLabels.size() == r,
        "rowLabels",
        rowLabels.size(),
        "must have one label per row (" + r + ")");
    InvalidValueException.check(
        columnLabels.size() == c,
        "columnLabels",
        columnLabels.size(),
        "must have one label per column (" + c + ")");
    this.rowLabels = List.copyOf(rowLabels);
    this.columnLabels = List.copyOf(columnLabels);
    this.threshold = threshold;
    Hierarchy rows = Hierarchy.flat(ALL, codes("r", r));
    Hierarchy columns = Hierarchy.flat(ALL, codes("c", c));
    Release.Builder b = Release.builder().dimension(rows).dimension(columns).threshold(threshold);
    for (int i = 0; i < r; i++) {
      InvalidValueException.check(
          cells[i].length == c,
          "cells",
          "row " + i,
          "has " + cells[i].length + " columns, not " + c);
      for (int j = 0; j < c; j++) {
        InvalidValueException.check(
            cells[i][j] >= 0,
            "cells",
            cells[i][j],
            "must not be negative (row " + i + ", column " + j + ")");
        b.count(cells[i][j], "r" + i, "c" + j);
      }
    }
    this.release = b.table("table", List.of(rows.codes(), columns.codes())).protect();
    this.rowCodes = codes("r", r);
    this.columnCodes = codes("c", c);
    this.totalRow = ALL;
    this.totalColumn = ALL;
  }

  private SuppressedTable(
      ProtectedRelease release,
      String totalRow,
      List<String> rows,
      String totalColumn,
      List<String> columns) {
    InvalidValueException.check(
        release.dimensions().size() == 2,
        "release",
        release,
        "must have two dimensions (rows, columns) to be viewed as a table");
    InvalidValueException.check(
        !rows.isEmpty() && !columns.isEmpty(),
        "rows",
        rows.size() + "x" + columns.size(),
        "must have at least one row and one column");
    this.release = release;
    this.rowCodes = List.copyOf(rows);
    this.columnCodes = List.copyOf(columns);
    this.rowLabels = rowCodes;
    this.columnLabels = columnCodes;
    this.totalRow = totalRow;
    this.totalColumn = totalColumn;
    this.threshold = release.threshold();
    for (String row : concat(totalRow, rows)) {
      for (String column : concat(totalColumn, columns)) {
        release.value(row, column); // refuses a cell outside the release
      }
    }
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> out = new ArrayList<>(rest);
    out.add(first);
    return out;
  }

  /**
   * A table view of cells of a protected release with two dimensions (rows, columns), for the
   * forms that take a {@code SuppressedTable} (JSON, CSV exports): the table shows exactly what
   * the release publishes, so it stays protected together with the release's other tables.
   *
   * @param release the protected release
   * @param totalRow the code of the column totals' row (e.g. the nation)
   * @param rows the rows' codes (e.g. the provinces); also the row labels
   * @param totalColumn the code of the row totals' column (e.g. {@code all})
   * @param columns the columns' codes; also the column labels
   * @return the view
   * @throws InvalidValueException when a cell of the view is not in the release
   */
  public static SuppressedTable view(
      ProtectedRelease release,
      String totalRow,
      List<String> rows,
      String totalColumn,
      List<String> columns) {
    return new SuppressedTable(release, totalRow, rows, totalColumn, columns);
  }

  private static List<String> codes(String prefix, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(prefix + i);
    }
    return out;
  }

  /**
   * Suppresses a table with the default threshold of 5.
   *
   * @param cells the counts, rows × columns
   * @return the table
   */
  public static SuppressedTable of(long[][] cells) {
    return of(cells, DEFAULT_THRESHOLD);
  }

  /**
   * Suppresses a table.
   *
   * @param cells the counts, rows × columns
   * @param threshold entries from 1 to {@code threshold - 1} are suppressed
   * @return the table
   */
  public static SuppressedTable of(long[][] cells, int threshold) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      rows.add("row " + (i + 1));
    }
    List<String> cols = new ArrayList<>();
    for (int j = 0; j < (cells.length == 0 ? 0 : cells[0].length); j++) {
      cols.add("column " + (j + 1));
    }
    return new SuppressedTable(rows, cols, cells, threshold);
  }

  /**
   * Suppresses a labelled table.
   *
   * @param rowLabels one label per row
   * @param columnLabels one label per column
   * @param cells the counts
   * @param threshold entries from 1 to {@code threshold - 1} are suppressed
   * @return the table
   */
  public static SuppressedTable of(
      List<String> rowLabels, List<String> columnLabels, long[][] cells, int threshold) {
    return new SuppressedTable(rowLabels, columnLabels, cells, threshold);
  }

  /** @return the number of data rows */
  public int rows() {
    return rowLabels.size();
  }

  /** @return the number of data columns */
  public int columns() {
    return columnLabels.size();
  }

  /** @return the row labels */
  public List<String> rowLabels() {
    return rowLabels;
  }

  /** @return the column labels */
  public List<String> columnLabels() {
    return columnLabels;
  }

  /** @return the threshold */
  public int threshold() {
    return threshold;
  }

  /**
   * @return the protected release this table is a view of (for a table made by {@code of}: rows
   *     {@code r0…}, columns {@code c0…}, totals {@code total})
   */
  public ProtectedRelease protectedRelease() {
    return release;
  }

  /**
   * A published cell.
   *
   * @param row the row
   * @param column the column
   * @return the count, or empty when suppressed
   */
  public OptionalLong cell(int row, int column) {
    checkIndex(row, column);
    return release.value(address(row, column));
  }

  /**
   * A published row total.
   *
   * @param row the row
   * @return the total, or empty when suppressed
   */
  public OptionalLong rowTotal(int row) {
    checkIndex(row, 0);
    return release.value(address(row, columns()));
  }

  /**
   * A published column total.
   *
   * @param column the column
   * @return the total, or empty when suppressed
   */
  public OptionalLong columnTotal(int column) {
    checkIndex(0, column);
    return release.value(address(rows(), column));
  }

  /** @return the published grand total, or empty when suppressed */
  public OptionalLong grandTotal() {
    return release.value(address(rows(), columns()));
  }

  /**
   * Whether an entry is suppressed; rows and columns may be equal to {@link #rows()} and {@link
   * #columns()} to address the totals.
   *
   * @param row a row, or {@code rows()} for the column totals
   * @param column a column, or {@code columns()} for the row totals
   * @return true when suppressed
   */
  public boolean isSuppressed(int row, int column) {
    return suppression(row, column).isSuppressed();
  }

  /**
   * Whether an entry was suppressed because it is small (not only to protect another).
   *
   * @param row a row, or {@code rows()} for the column totals
   * @param column a column, or {@code columns()} for the row totals
   * @return true when below the threshold and not zero
   */
  public boolean isPrimary(int row, int column) {
    return suppression(row, column) == Suppression.PRIMARY;
  }

  /**
   * Why an entry is published or hidden.
   *
   * @param row a row, or {@code rows()} for the column totals
   * @param column a column, or {@code columns()} for the row totals
   * @return the reason
   */
  public Suppression suppression(int row, int column) {
    InvalidValueException.check(row >= 0 && row <= rows(), "row", row, "is outside 0.." + rows());
    InvalidValueException.check(
        column >= 0 && column <= columns(), "column", column, "is outside 0.." + columns());
    return release.suppression(address(row, column));
  }

  /** @return the number of suppressed entries, totals included */
  public int suppressedCount() {
    int n = 0;
    for (int i = 0; i <= rows(); i++) {
      for (int j = 0; j <= columns(); j++) {
        n += release.isSuppressed(address(i, j)) ? 1 : 0;
      }
    }
    return n;
  }

  private Cell address(int row, int column) {
    return Cell.of(
        row == rows() ? totalRow : rowCodes.get(row),
        column == columns() ? totalColumn : columnCodes.get(column));
  }

  private void checkIndex(int row, int column) {
    InvalidValueException.check(
        row >= 0 && row < rows(), "row", row, "is outside 0.." + (rows() - 1));
    InvalidValueException.check(
        column >= 0 && column < columns(), "column", column, "is outside 0.." + (columns() - 1));
  }

  /** @return the table as aligned text, suppressed entries shown as {@code x}, with a total row and column */
  public String toText() {
    int r = rows();
    int c = columns();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-14s", ""));
    for (String label : columnLabels) {
      b.append(String.format(Locale.ROOT, " %14s", label));
    }
    b.append(String.format(Locale.ROOT, " %14s%n", "total"));
    for (int i = 0; i <= r; i++) {
      b.append(String.format(Locale.ROOT, "%-14s", i == r ? "total" : rowLabels.get(i)));
      for (int j = 0; j <= c; j++) {
        OptionalLong v = release.value(address(i, j));
        b.append(
            String.format(
                Locale.ROOT,
                " %14s",
                v.isEmpty() ? "x" : String.format(Locale.ROOT, "%,d", v.getAsLong())));
      }
      b.append(String.format("%n"));
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "SuppressedTable["
        + rows()
        + "x"
        + columns()
        + ", threshold "
        + threshold
        + ", "
        + suppressedCount()
        + " entries suppressed]";
  }
}
