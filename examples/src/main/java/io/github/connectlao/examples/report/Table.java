package io.github.connectlao.examples.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A small table of the report: written to the terminal, to {@code report.md}, and as
 * {@code <id>.csv} and {@code <id>.json}.
 *
 * @param id the file name stem (e.g. {@code units-per-province})
 * @param title the caption
 * @param columns the column headers
 * @param rows the rows; cells are strings or numbers (numbers are right-aligned and stay numbers
 *     in JSON); an empty optional cell is written as an empty string
 * @param note provenance or a caveat shown under the table (e.g. "synthetic data"), may be empty
 */
public record Table(String id, String title, List<String> columns, List<List<Object>> rows, String note) {

  /** Validates the table: every row as wide as the header. */
  public Table {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("table " + id + ": row " + row + " has " + row.size()
            + " cells, the header has " + columns.size());
      }
      copy.add(List.copyOf(row.stream().map(c -> c == null ? (Object) "" : c).toList()));
    }
    rows = List.copyOf(copy);
    note = note == null ? "" : note;
  }

  /**
   * Starts a table.
   *
   * @param id the file name stem
   * @param title the caption
   * @param columns the headers
   * @return a builder
   */
  public static Builder builder(String id, String title, String... columns) {
    return new Builder(id, title, Arrays.asList(columns));
  }

  /**
   * The cell as text (numbers formatted with {@link Table#format(Object)}).
   *
   * @param cell a cell
   * @return its text
   */
  public static String format(Object cell) {
    if (cell instanceof Double d) {
      return String.format(java.util.Locale.ROOT, "%.1f", d);
    }
    if (cell instanceof Float f) {
      return String.format(java.util.Locale.ROOT, "%.1f", f);
    }
    return String.valueOf(cell);
  }

  @Override
  public String toString() {
    return "Table " + id + " (" + rows.size() + " rows × " + columns.size() + " columns)";
  }

  /** Collects the rows of a {@link Table}. */
  public static final class Builder {
    private final String id;
    private final String title;
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();
    private String note = "";

    private Builder(String id, String title, List<String> columns) {
      this.id = id;
      this.title = title;
      this.columns = columns;
    }

    /**
     * Adds a row.
     *
     * @param cells the cells, as many as columns
     * @return this builder
     */
    public Builder row(Object... cells) {
      rows.add(Arrays.asList(cells));
      return this;
    }

    /**
     * Sets the note shown under the table.
     *
     * @param text the note
     * @return this builder
     */
    public Builder note(String text) {
      this.note = text;
      return this;
    }

    /** @return the table */
    public Table build() {
      return new Table(id, title, columns, rows, note);
    }
  }
}
