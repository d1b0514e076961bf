package io.github.connectlao.examples.report;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A small table of the report: written to the terminal, to {@code report.md}, and as
 * {@code <id>.csv} and {@code <id>.json}.
 *
 * <p>Cells are numbers, strings, {@link Text} (a Lao and an English text: written to two columns
 * {@code <key>_en} and {@code <key>_lo} of the files, shown in the report's language) or
 * {@link #NO_VALUE}. A {@code null}, an empty {@code Optional} (or {@code OptionalLong}...) and the
 * legacy dash {@code "–"} all become {@link #NO_VALUE}: shown as {@code –}, written as an empty CSV
 * cell and a JSON {@code null}, never as 0.
 *
 * @param id the file name stem (e.g. {@code units-per-province})
 * @param title the caption
 * @param columns the column headers in English; the files use their {@link #key(String) stable key}
 * @param rows the rows
 * @param note provenance or a caveat shown under the table, may be empty
 * @param labels the headers shown on the terminal and in report.md (in the report's language)
 * @param synthetic whether the table holds synthetic figures: every file then says so inside
 */
public record Table(
    String id,
    String title,
    List<String> columns,
    List<List<Object>> rows,
    String note,
    List<String> labels,
    boolean synthetic) {

  /** The cell of a figure that has no value (a zero or missing denominator, no data). */
  public static final Object NO_VALUE = NoValue.INSTANCE;

  private enum NoValue {
    INSTANCE;

    @Override
    public String toString() {
      return "–";
    }
  }

  /**
   * A cell in two languages.
   *
   * @param en the English text
   * @param lo the Lao text (may be empty when there is none)
   */
  public record Text(String en, String lo) {
    /**
     * Validates the text.
     *
     * @param en English
     * @param lo Lao
     */
    public Text {
      en = en == null ? "" : en;
      lo = lo == null ? "" : lo;
    }

    /**
     * This text in a language.
     *
     * @param lang the language
     * @return the Lao, the English or both
     */
    public String in(Lang lang) {
      return lang.pick(en, lo);
    }

    @Override
    public String toString() {
      return Lang.BOTH.pick(en, lo);
    }
  }

  /**
   * Validates the table: every row as wide as the header; no-value cells normalised.
   *
   * @param id the file name stem
   * @param title the caption
   * @param columns the columns
   * @param rows the rows
   * @param note the note
   * @param labels the shown headers
   * @param synthetic whether the figures are synthetic
   */
  public Table {
    InvalidValueException.required(id, "id");
    InvalidValueException.required(title, "title");
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "table "
                + id
                + ": a row has "
                + row.size()
                + " cells, the header has "
                + columns.size());
      }
      copy.add(List.copyOf(row.stream().map(Table::cell).toList()));
    }
    rows = List.copyOf(copy);
    note = note == null ? "" : note;
    // a table whose caption or note says SYNTHETIC is synthetic, even when the builder was not told
    synthetic =
        synthetic
            || title.contains("SYNTHETIC")
            || note.contains("SYNTHETIC")
            || title.contains("ຂໍ້ມູນສັງເຄາະ");
    labels = labels == null || labels.isEmpty() ? columns : List.copyOf(labels);
    if (labels.size() != columns.size()) {
      throw new IllegalArgumentException(
          "table " + id + ": " + labels.size() + " labels for " + columns.size() + " columns");
    }
  }

  /**
   * A table that is not synthetic.
   *
   * @param id the file name stem
   * @param title the caption
   * @param columns the columns
   * @param rows the rows
   * @param note the note
   * @param labels the shown headers
   */
  public Table(
      String id,
      String title,
      List<String> columns,
      List<List<Object>> rows,
      String note,
      List<String> labels) {
    this(id, title, columns, rows, note, labels, false);
  }

  /**
   * Normalises a cell: no value in any form becomes {@link #NO_VALUE}; optionals are unwrapped.
   *
   * @param cell a cell
   * @return the cell to store
   */
  public static Object cell(Object cell) {
    if (cell == null || "–".equals(cell) || cell == NO_VALUE) {
      return NO_VALUE;
    }
    if (cell instanceof Optional<?> o) {
      return o.map(Table::cell).orElse(NO_VALUE);
    }
    if (cell instanceof OptionalLong o) {
      return o.isPresent() ? (Object) o.getAsLong() : NO_VALUE;
    }
    if (cell instanceof OptionalInt o) {
      return o.isPresent() ? (Object) o.getAsInt() : NO_VALUE;
    }
    if (cell instanceof OptionalDouble o) {
      return o.isPresent() && Double.isFinite(o.getAsDouble())
          ? (Object) o.getAsDouble()
          : NO_VALUE;
    }
    if (cell instanceof Double d && !Double.isFinite(d)) {
      return NO_VALUE;
    }
    return cell;
  }

  /**
   * A unit's English and Lao names, for a name cell.
   *
   * @param unit the unit
   * @return its names
   */
  public static Text name(AdminUnit unit) {
    return new Text(unit.nameEnglish(), unit.nameLao());
  }

  /**
   * A confidence in two languages, for a cell.
   *
   * @param c the confidence
   * @return the cell
   */
  public static Text confidence(io.github.connectlao.Confidence c) {
    String lo =
        switch (c) {
          case VERIFIED -> "ຢັ້ງຢືນແລ້ວ";
          case SECONDARY -> "ແຫຼ່ງຂັ້ນສອງ";
          case UNVERIFIED -> "ຍັງບໍ່ຢັ້ງຢືນ";
          case DERIVED -> "ຄຳນວນ";
          case UNOFFICIAL -> "ບໍ່ເປັນທາງການ";
          case SYNTHETIC -> "ສັງເຄາະ";
        };
    return new Text(c.name().toLowerCase(Locale.ROOT), lo);
  }

  /**
   * A text in two languages, for a cell.
   *
   * @param en English
   * @param lo Lao
   * @return the cell
   */
  public static Text text(String en, String lo) {
    return new Text(en, lo);
  }

  /**
   * The stable key of a column in the CSV and JSON files: lower case letters, digits and
   * underscores ({@code "completeness %"} → {@code completeness_pct}).
   *
   * @param column the column header
   * @return its key
   */
  public static String key(String column) {
    String k =
        column
            .toLowerCase(Locale.ROOT)
            .replace("%", " pct")
            .replaceAll("[^a-z0-9]+", "_")
            .replaceAll("^_+|_+$", "");
    return k.isEmpty() ? "column" : k;
  }

  /** @return whether the column holds numbers (and no-value cells) only */
  boolean numeric(int col) {
    return !rows.isEmpty()
        && rows.stream().allMatch(r -> r.get(col) instanceof Number || r.get(col) == NO_VALUE)
        && rows.stream().anyMatch(r -> r.get(col) instanceof Number);
  }

  /** @return whether the column holds texts in two languages */
  boolean bilingual(int col) {
    return rows.stream().anyMatch(r -> r.get(col) instanceof Text);
  }

  /**
   * The cell as text for the terminal and report.md (numbers formatted, no value as {@code –}).
   *
   * @param cell a cell
   * @return its text
   */
  public static String format(Object cell) {
    return format(cell, Lang.BOTH);
  }

  /**
   * The cell as text in a language.
   *
   * @param cell a cell
   * @param lang the language of {@link Text} cells
   * @return its text
   */
  public static String format(Object cell, Lang lang) {
    if (cell instanceof Double d) {
      return String.format(Locale.ROOT, "%.1f", d);
    }
    if (cell instanceof Float f) {
      return String.format(Locale.ROOT, "%.1f", f);
    }
    if (cell instanceof Text t) {
      return t.in(lang);
    }
    return String.valueOf(cell);
  }

  @Override
  public String toString() {
    return "Table " + id + " (" + rows.size() + " rows × " + columns.size() + " columns)";
  }

  /**
   * Starts a table.
   *
   * @param id the file name stem
   * @param title the caption
   * @param columns the headers in English (the files use their {@link #key(String) keys})
   * @return a builder
   */
  public static Builder builder(String id, String title, String... columns) {
    return new Builder(id, title, Arrays.asList(columns));
  }

  /** Collects the rows of a {@link Table}. */
  public static final class Builder {
    private final String id;
    private final String title;
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();
    private String note = "";
    private List<String> labels = List.of();
    private boolean synthetic;

    private Builder(String id, String title, List<String> columns) {
      this.id = id;
      this.title = title;
      this.columns = columns;
    }

    /**
     * Adds a row.
     *
     * @param cells the cells, as many as columns; {@code null} or an empty optional for no value
     * @return this builder
     */
    public Builder row(@Nullable Object... cells) {
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
     * Marks the table as holding synthetic figures: the CSV gets a first column {@code data} with
     * {@code SYNTHETIC} in every row, the JSON a {@code "synthetic": true}.
     *
     * @param isSynthetic whether the figures are synthetic
     * @return this builder
     */
    public Builder synthetic(boolean isSynthetic) {
      this.synthetic = isSynthetic;
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
     * Sets one column's shown header as is, in every language.
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
      return new Table(id, title, columns, rows, note, labels, synthetic);
    }
  }
}
