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
 * @param labels the headers shown on the terminal and in report.md (translated); the CSV and JSON
 *     files keep the stable English {@code columns}
 */
public record Table(String id, String title, List<String> columns, List<List<Object>> rows, String note,
    List<String> labels) {

  /**
   * Validates the table: every row as wide as the header.
   *
   * @param id the file name stem
   * @param title the caption
   * @param columns the stable column keys
   * @param rows the rows
   * @param note the note
   * @param labels the shown headers
   */
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
    labels = labels == null || labels.isEmpty() ? columns : List.copyOf(labels);
    if (labels.size() != columns.size()) {
      throw new IllegalArgumentException("table " + id + ": " + labels.size() + " labels for "
          + columns.size() + " columns");
    }
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
    private List<String> labels = List.of();

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

    /**
     * Translates the headers shown on the terminal and in report.md: each column's Lao header,
     * picked or paired with the English one by the language; an empty Lao header keeps the English.
     *
     * @param lang the report language
     * @param lao the Lao headers, one per column
     * @return this builder
     */
    public Builder labels(Lang lang, String... lao) {
      List<String> l = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        l.add(i < lao.length ? lang.pick(columns.get(i), lao[i]) : columns.get(i));
      }
      this.labels = l;
      return this;
    }

    /**
     * Sets one column's shown header as is, in every language (e.g. a column of Lao names headed
     * ລະດັບ).
     *
     * @param column the column's index
     * @param text the header
     * @return this builder
     */
    public Builder label(int column, String text) {
      List<String> l = new ArrayList<>(labels.isEmpty() ? columns : labels);
      l.set(column, text);
      this.labels = l;
      return this;
    }

    /** @return the table */
    public Table build() {
      return new Table(id, title, columns, rows, note, labels);
    }
  }
}
