package io.github.connectlao.csv;

import io.github.connectlao.InvalidValueException;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One data row of a CSV file, read by header name.
 *
 * <p>Values are stripped of surrounding white space; a blank cell reads as empty. A cell that
 * {@link CsvWriter} neutralised on export ({@code '=1+2}) reads back as written before ({@code
 * =1+2}); nothing is ever evaluated.
 */
public final class CsvRow {
  private final long line;
  private final String[] cells;
  private final Map<String, Integer> index;
  private final int headerSize;
  private final @Nullable RowError problem;

  CsvRow(long line, String[] cells, Map<String, Integer> index, int headerSize) {
    this(line, cells, index, headerSize, null);
  }

  private CsvRow(
      long line,
      String[] cells,
      Map<String, Integer> index,
      int headerSize,
      @Nullable RowError problem) {
    this.line = line;
    this.cells = cells;
    this.index = index;
    this.headerSize = headerSize;
    this.problem = problem;
  }

  static CsvRow malformed(long line, RowError problem, Map<String, Integer> index, int headerSize) {
    return new CsvRow(line, new String[0], index, headerSize, problem);
  }

  /**
   * @return the problem of a malformed record (broken quoting, invalid UTF-8, over a limit), whose
   *     cells cannot be trusted; empty for a well-formed row
   */
  public Optional<RowError> problem() {
    return Optional.ofNullable(problem);
  }

  private void requireWellFormed() {
    if (problem != null) {
      throw new RowRejectedException(java.util.List.of(problem));
    }
  }

  /** @return the number of cells in the header line */
  public int headerSize() {
    return headerSize;
  }

  /**
   * Refuses a row whose number of cells differs from the header's: its columns are shifted, so its
   * values cannot be trusted (and a value could land in a column whose errors show it).
   *
   * @throws RowRejectedException naming the line and both counts, showing no value
   */
  public void requireAligned() {
    requireWellFormed();
    if (cells.length != headerSize) {
      throw new RowRejectedException(
          java.util.List.of(
              new RowError(
                  line,
                  "",
                  "",
                  "has "
                      + cells.length
                      + " cells but the header has "
                      + headerSize
                      + ": the columns are shifted, the row is refused"
                      + " (its values are not shown)")));
    }
  }

  /** @return the 1-based line number where the row starts (the header is line 1) */
  public long line() {
    return line;
  }

  /** @return the number of cells in this row */
  public int size() {
    return cells.length;
  }

  /**
   * The value of a column.
   *
   * @param column the column
   * @return the stripped value, or empty when the column is absent or the cell blank
   * @throws RowRejectedException when the record is malformed (see {@link #problem()})
   */
  public Optional<String> get(CsvColumn column) {
    requireWellFormed();
    Integer i = index.get(column.name());
    if (i == null || i >= cells.length || cells[i] == null) {
      return Optional.empty();
    }
    String v = CsvWriter.unneutralise(cells[i].strip());
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  /**
   * The value of a column that must be present.
   *
   * @param column the column
   * @return the stripped value
   * @throws InvalidValueException naming the column when the cell is blank
   */
  public String require(CsvColumn column) {
    return get(column)
        .orElseThrow(() -> new InvalidValueException(column.name(), "", "is required"));
  }

  /**
   * Whether the file has this column.
   *
   * @param column the column
   * @return true when the header names it
   */
  public boolean has(CsvColumn column) {
    return index.containsKey(column.name());
  }

  @Override
  public String toString() {
    return "CsvRow[line=" + line + ", cells=" + cells.length + "]";
  }
}
