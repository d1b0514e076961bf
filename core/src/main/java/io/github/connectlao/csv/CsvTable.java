package io.github.connectlao.csv;

import io.github.connectlao.InvalidValueException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A table to export: its columns (each with an English and a Lao header name) and its rows of text
 * cells.
 *
 * <p>Example: {@code CsvExports.units(gazetteer.units(AdminLevel.PROVINCE)).toCsv(HeaderLanguage.LAO)}.
 *
 * @param columns the columns
 * @param rows the rows, each with one cell per column
 */
public record CsvTable(List<CsvColumn> columns, List<List<String>> rows) {

  /**
   * Validates that every row has one cell per column.
   *
   * @param columns the columns
   * @param rows the rows
   */
  public CsvTable {
    columns = List.copyOf(columns);
    List<List<String>> copy = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      InvalidValueException.check(
          r.size() == columns.size(),
          "rows",
          "row " + i,
          "has " + r.size() + " cells for " + columns.size() + " columns");
      List<String> cells = new ArrayList<>(r.size());
      for (String c : r) {
        cells.add(c == null ? "" : c);
      }
      copy.add(List.copyOf(cells));
    }
    rows = List.copyOf(copy);
  }

  /**
   * The header line in a language.
   *
   * @param language the language
   * @return the header names
   */
  public List<String> header(HeaderLanguage language) {
    List<String> h = new ArrayList<>(columns.size());
    for (CsvColumn c : columns) {
      h.add(c.header(language));
    }
    return h;
  }

  /**
   * The table as CSV text (no byte-order mark), formula-looking cells neutralised.
   *
   * @param language the header language
   * @return the CSV text
   */
  public String toCsv(HeaderLanguage language) {
    StringWriter w = new StringWriter();
    CsvWriter.of(w).table(this, language).flush();
    return w.toString();
  }

  @Override
  public String toString() {
    return "CsvTable[" + columns + ", " + rows.size() + " rows]";
  }
}
