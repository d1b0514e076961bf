package io.github.connectlao.crvs;

import io.github.connectlao.InvalidValueException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * A table of counts with row, column and grand totals, prepared for publication with small-cell
 * suppression (ການປົກປິດຕົວເລກນ້ອຍ).
 *
 * <pre>{@code
 * SuppressedTable t = SuppressedTable.of(new long[][] {{12, 3, 40}, {25, 9, 7}});  // threshold 5
 * t.cell(0, 1);        // OptionalLong.empty(): 3 is below 5 (primary suppression)
 * t.cell(0, 0);        // empty too, or another cell of row 0: complementary suppression
 * t.rowTotal(0);       // OptionalLong[55]
 * }</pre>
 *
 * <p>Primary suppression hides every cell and total from 1 to {@code threshold - 1}. Zero cells
 * are published: a true zero discloses nothing about a person, and hiding zeros would hide most
 * of a sparse table. Complementary suppression then hides further entries until no hidden entry
 * can be recomputed exactly from the published cells and totals: seen as a bipartite graph
 * (rows and columns, totals included, as nodes; hidden entries as edges), an entry is
 * recomputable exactly when its edge lies on no cycle, so the algorithm (1) gives every row and
 * column with exactly one hidden entry a second one (the smallest non-zero interior cell, else
 * the smallest interior cell, else the total), then (2) closes every remaining bridge edge with a
 * four-entry cycle of least added value. Bounds from non-negativity are not considered: a hidden
 * entry may be known to be small, never recomputed exactly.
 */
public final class SuppressedTable {
  /** The default threshold: cells below 5 are suppressed. */
  public static final int DEFAULT_THRESHOLD = 5;

  private final List<String> rowLabels;
  private final List<String> columnLabels;
  private final int threshold;
  /** Extended table: rows 0..R-1 data, row R column totals; column C row totals. */
  private final long[][] ext;
  private final boolean[][] hidden;
  private final boolean[][] primary;

  private SuppressedTable(List<String> rowLabels, List<String> columnLabels, long[][] cells, int threshold) {
    int r = cells.length;
    int c = r == 0 ? 0 : cells[0].length;
    InvalidValueException.check(r > 0 && c > 0, "cells", r + "x" + c, "must have at least one row and one column");
    InvalidValueException.check(threshold >= 1, "threshold", threshold, "must be at least 1");
    InvalidValueException.check(rowLabels.size() == r, "rowLabels", rowLabels.size(), "must have one label per row (" + r + ")");
    InvalidValueException.check(columnLabels.size() == c, "columnLabels", columnLabels.size(),
        "must have one label per column (" + c + ")");
    this.rowLabels = List.copyOf(rowLabels);
    this.columnLabels = List.copyOf(columnLabels);
    this.threshold = threshold;
    this.ext = new long[r + 1][c + 1];
    for (int i = 0; i < r; i++) {
      InvalidValueException.check(cells[i].length == c, "cells", "row " + i, "has " + cells[i].length
          + " columns, not " + c);
      for (int j = 0; j < c; j++) {
        InvalidValueException.check(cells[i][j] >= 0, "cells", cells[i][j], "must not be negative (row " + i
            + ", column " + j + ")");
        ext[i][j] = cells[i][j];
        ext[i][c] += cells[i][j];
        ext[r][j] += cells[i][j];
        ext[r][c] += cells[i][j];
      }
    }
    this.hidden = new boolean[r + 1][c + 1];
    this.primary = new boolean[r + 1][c + 1];
    for (int i = 0; i <= r; i++) {
      for (int j = 0; j <= c; j++) {
        if (ext[i][j] > 0 && ext[i][j] < threshold) {
          hidden[i][j] = true;
          primary[i][j] = true;
        }
      }
    }
    completeLines();
    closeBridges();
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
  public static SuppressedTable of(List<String> rowLabels, List<String> columnLabels, long[][] cells, int threshold) {
    return new SuppressedTable(rowLabels, columnLabels, cells, threshold);
  }

  /** @return the number of data rows */
  public int rows() {
    return ext.length - 1;
  }

  /** @return the number of data columns */
  public int columns() {
    return ext[0].length - 1;
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
   * A published cell.
   *
   * @param row the row
   * @param column the column
   * @return the count, or empty when suppressed
   */
  public OptionalLong cell(int row, int column) {
    checkIndex(row, column);
    return entry(row, column);
  }

  /**
   * A published row total.
   *
   * @param row the row
   * @return the total, or empty when suppressed
   */
  public OptionalLong rowTotal(int row) {
    checkIndex(row, 0);
    return entry(row, columns());
  }

  /**
   * A published column total.
   *
   * @param column the column
   * @return the total, or empty when suppressed
   */
  public OptionalLong columnTotal(int column) {
    checkIndex(0, column);
    return entry(rows(), column);
  }

  /** @return the published grand total, or empty when suppressed */
  public OptionalLong grandTotal() {
    return entry(rows(), columns());
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
    return hidden[row][column];
  }

  /**
   * Whether an entry was suppressed because it is small (not only to protect another).
   *
   * @param row a row, or {@code rows()} for the column totals
   * @param column a column, or {@code columns()} for the row totals
   * @return true when below the threshold and not zero
   */
  public boolean isPrimary(int row, int column) {
    return primary[row][column];
  }

  /** @return the number of suppressed entries, totals included */
  public int suppressedCount() {
    int n = 0;
    for (boolean[] row : hidden) {
      for (boolean h : row) {
        n += h ? 1 : 0;
      }
    }
    return n;
  }

  private OptionalLong entry(int i, int j) {
    return hidden[i][j] ? OptionalLong.empty() : OptionalLong.of(ext[i][j]);
  }

  private void checkIndex(int row, int column) {
    InvalidValueException.check(row >= 0 && row < rows(), "row", row, "is outside 0.." + (rows() - 1));
    InvalidValueException.check(column >= 0 && column < columns(), "column", column, "is outside 0.." + (columns() - 1));
  }

  /** Step 1: no row or column (totals included) with exactly one hidden entry. */
  private void completeLines() {
    int r = rows();
    int c = columns();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i <= r; i++) {
        int n = 0;
        for (int j = 0; j <= c; j++) {
          n += hidden[i][j] ? 1 : 0;
        }
        if (n == 1) {
          int best = -1;
          for (int j = 0; j <= c; j++) {
            if (!hidden[i][j] && (best < 0 || better(ext[i][j], j == c, columnCount(j) == 1,
                ext[i][best], best == c, columnCount(best) == 1))) {
              best = j;
            }
          }
          hidden[i][best] = true;
          changed = true;
        }
      }
      for (int j = 0; j <= c; j++) {
        int n = 0;
        for (int i = 0; i <= r; i++) {
          n += hidden[i][j] ? 1 : 0;
        }
        if (n == 1) {
          int best = -1;
          for (int i = 0; i <= r; i++) {
            if (!hidden[i][j] && (best < 0 || better(ext[i][j], i == r, rowCount(i) == 1,
                ext[best][j], best == r, rowCount(best) == 1))) {
              best = i;
            }
          }
          hidden[best][j] = true;
          changed = true;
        }
      }
    }
  }

  /**
   * Preference for a complementary entry: one whose crossing line also has a single hidden entry
   * (it protects two lines at once), then interior before total, non-zero before zero, then smaller.
   */
  private static boolean better(long v, boolean total, boolean pairs, long w, boolean wTotal, boolean wPairs) {
    if (pairs != wPairs) {
      return pairs;
    }
    if (total != wTotal) {
      return !total;
    }
    if ((v == 0) != (w == 0)) {
      return v != 0;
    }
    return v < w;
  }

  private int rowCount(int i) {
    int n = 0;
    for (boolean h : hidden[i]) {
      n += h ? 1 : 0;
    }
    return n;
  }

  private int columnCount(int j) {
    int n = 0;
    for (boolean[] row : hidden) {
      n += row[j] ? 1 : 0;
    }
    return n;
  }

  /** Step 2: every hidden entry must lie on a cycle of hidden entries. */
  private void closeBridges() {
    int r = rows();
    int c = columns();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i <= r && !changed; i++) {
        for (int j = 0; j <= c && !changed; j++) {
          if (hidden[i][j] && isBridge(i, j)) {
            closeWithCycle(i, j);
            changed = true;
          }
        }
      }
    }
  }

  private void closeWithCycle(int i, int j) {
    int r = rows();
    int c = columns();
    int bestI = -1;
    int bestJ = -1;
    long bestAdded = Long.MAX_VALUE;
    int bestNew = Integer.MAX_VALUE;
    for (int i2 = 0; i2 <= r; i2++) {
      for (int j2 = 0; j2 <= c; j2++) {
        if (i2 == i || j2 == j) {
          continue;
        }
        int added = 0;
        long value = 0;
        for (int[] e : new int[][] {{i2, j}, {i, j2}, {i2, j2}}) {
          if (!hidden[e[0]][e[1]]) {
            added++;
            value += ext[e[0]][e[1]];
          }
        }
        if (added < bestNew || (added == bestNew && value < bestAdded)) {
          bestNew = added;
          bestAdded = value;
          bestI = i2;
          bestJ = j2;
        }
      }
    }
    // a table has at least 2 x 2 entries with its totals, so a cycle always exists
    hidden[bestI][j] = true;
    hidden[i][bestJ] = true;
    hidden[bestI][bestJ] = true;
  }

  /** Whether hidden entry (i, j) is the only path between row node i and column node j. */
  private boolean isBridge(int i, int j) {
    int r = rows() + 1;
    int c = columns() + 1;
    boolean[] seenRow = new boolean[r];
    boolean[] seenCol = new boolean[c];
    Deque<int[]> queue = new ArrayDeque<>();
    seenRow[i] = true;
    queue.add(new int[] {0, i});
    while (!queue.isEmpty()) {
      int[] node = queue.poll();
      if (node[0] == 0) {
        int row = node[1];
        for (int col = 0; col < c; col++) {
          if (hidden[row][col] && !(row == i && col == j) && !seenCol[col]) {
            if (col == j) {
              return false;
            }
            seenCol[col] = true;
            queue.add(new int[] {1, col});
          }
        }
      } else {
        int col = node[1];
        for (int row = 0; row < r; row++) {
          if (hidden[row][col] && !(row == i && col == j) && !seenRow[row]) {
            seenRow[row] = true;
            queue.add(new int[] {0, row});
          }
        }
      }
    }
    return true;
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
        b.append(String.format(Locale.ROOT, " %14s", hidden[i][j] ? "x" : String.format(Locale.ROOT, "%,d", ext[i][j])));
      }
      b.append(String.format("%n"));
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "SuppressedTable[" + rows() + "x" + columns() + ", threshold " + threshold + ", "
        + suppressedCount() + " entries suppressed]";
  }
}
