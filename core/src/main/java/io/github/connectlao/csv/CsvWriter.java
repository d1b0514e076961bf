package io.github.connectlao.csv;

import io.github.connectlao.InvalidValueException;
import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV (RFC 4180, UTF-8, {@code \r\n} line ends) and neutralises cells a spreadsheet would
 * take for a formula.
 *
 * <pre>{@code
 * try (CsvWriter out = CsvWriter.of(Files.newBufferedWriter(path))) {
 *   out.row("code", "name");
 *   out.row("LA05", "=cmd|' /C calc'!A0");   // written as '=cmd|' /C calc'!A0
 * }
 * }</pre>
 *
 * <p>Formula injection: as OWASP recommends, a cell beginning with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return, also after leading spaces and in their full-width forms
 * ({@code ＝ ＋ － ＠}), is prefixed with an apostrophe, so that spreadsheet programs show it as
 * text. Plain numbers ({@code -5}, {@code +1.5}) cannot be formulas and are
 * left as they are. {@link CsvRow} removes the prefix again on import, so export and import are
 * inverse. This is the library's one CSV writer: every export goes through it.
 */
public final class CsvWriter implements AutoCloseable, Flushable {
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  private final Writer out;
  private final char separator;
  private long rows;

  private CsvWriter(Writer out, char separator) {
    this.out = InvalidValueException.required(out, "out");
    this.separator = separator;
  }

  /**
   * A writer separating cells with commas.
   *
   * @param out where to write
   * @return the writer
   */
  public static CsvWriter of(Writer out) {
    return new CsvWriter(out, ',');
  }

  /**
   * A writer of UTF-8 bytes, optionally starting with a byte-order mark (which spreadsheet programs
   * need to recognise UTF-8 and show Lao script).
   *
   * @param out where to write
   * @param byteOrderMark whether to start with U+FEFF
   * @return the writer
   */
  public static CsvWriter of(OutputStream out, boolean byteOrderMark) {
    CsvWriter w =
        new CsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), ',');
    if (byteOrderMark) {
      w.write("\uFEFF");
    }
    return w;
  }

  /**
   * A copy of this writer with another separator (e.g. {@code ';'} for spreadsheets in locales
   * with a decimal comma).
   *
   * @param separator the separator
   * @return a writer on the same output
   */
  public CsvWriter withSeparator(char separator) {
    if (separator == '"' || separator == '\n' || separator == '\r') {
      throw new IllegalArgumentException("the separator cannot be a quote or a line break");
    }
    return new CsvWriter(out, separator);
  }

  /**
   * Writes one row.
   *
   * @param cells the cells; {@code null} is written as an empty cell
   * @return this writer
   * @throws UncheckedIOException when the output fails
   */
  public CsvWriter row(List<String> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(separator);
      }
      sb.append(escape(neutralise(cells.get(i) == null ? "" : cells.get(i))));
    }
    sb.append("\r\n");
    write(sb.toString());
    rows++;
    return this;
  }

  /**
   * Writes one row.
   *
   * @param cells the cells
   * @return this writer
   */
  public CsvWriter row(String... cells) {
    return row(Arrays.asList(cells));
  }

  /**
   * Writes a whole table: its header in a language, then its rows.
   *
   * @param table the table
   * @param language the header language
   * @return this writer
   */
  public CsvWriter table(CsvTable table, HeaderLanguage language) {
    row(table.header(language));
    for (List<String> r : table.rows()) {
      row(r);
    }
    return this;
  }

  /** @return the number of rows written, the header included */
  public long rowsWritten() {
    return rows;
  }

  /**
   * Neutralises a cell a spreadsheet would evaluate as a formula, by prefixing an apostrophe.
   *
   * @param cell the cell
   * @return the cell, prefixed with {@code '} when it begins (after any apostrophes) with {@code =},
   *     {@code +}, {@code -}, {@code @}, a tab or a carriage return and is not a plain number
   */
  public static String neutralise(String cell) {
    return needsPrefix(cell) ? "'" + cell : cell;
  }

  /**
   * Undoes {@link #neutralise(String)}: {@code unneutralise(neutralise(s))} is {@code s}.
   *
   * @param cell a cell as read
   * @return the cell without the prefix {@link #neutralise(String)} added
   */
  public static String unneutralise(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && needsPrefix(cell.substring(1))
        ? cell.substring(1)
        : cell;
  }

  private static boolean needsPrefix(String cell) {
    int i = 0;
    while (i < cell.length() && cell.charAt(i) == '\'') {
      i++;
    }
    // spreadsheet programs trim leading spaces before they look for a formula
    while (i < cell.length()
        && (cell.charAt(i) == ' ' || cell.charAt(i) == '\u00A0' || cell.charAt(i) == '\u3000')) {
      i++;
    }
    if (i >= cell.length()) {
      return false;
    }
    char c = cell.charAt(i);
    boolean trigger =
        c == '='
            || c == '+'
            || c == '-'
            || c == '@'
            || c == '\t'
            || c == '\r'
            // the full-width forms, which some spreadsheet programs read as the ASCII ones
            || c == '\uFF1D'
            || c == '\uFF0B'
            || c == '\uFF0D'
            || c == '\uFF20';
    return trigger && !NUMBER.matcher(cell.substring(i)).matches();
  }

  private String escape(String cell) {
    boolean quote =
        cell.indexOf(separator) >= 0
            || cell.indexOf('"') >= 0
            || cell.indexOf('\n') >= 0
            || cell.indexOf('\r') >= 0
            || (!cell.isEmpty()
                && (Character.isWhitespace(cell.charAt(0))
                    || Character.isWhitespace(cell.charAt(cell.length() - 1))));
    return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }

  private void write(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
