package io.github.connectlao.internal;

import io.github.connectlao.ConnectLaoException;
import io.github.connectlao.csv.CsvTokenizer;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the library's own bundled CSV files with the library's one tokenizer ({@link CsvTokenizer}),
 * so that the embedded defaults load with the core jar alone on the class path. A malformed
 * bundled file (broken quoting, a column named twice in the header, a row with more cells than the
 * header) is a packaging error and fails at once; a row with fewer cells reads the missing ones as
 * blank. User files go through {@link io.github.connectlao.csv.CsvReader} instead, which reports
 * every bad row.
 */
public final class BundledCsv {
  /** The folder of the bundled data files inside the core jar. */
  public static final String DATA = "/io/github/connectlao/data/";

  /** One row of a bundled file. */
  public static final class Row {
    private final String file;
    private final long line;
    private final Map<String, Integer> header;
    private final List<String> cells;

    Row(String file, long line, Map<String, Integer> header, List<String> cells) {
      this.file = file;
      this.line = line;
      this.header = header;
      this.cells = cells;
    }

    /** @return the bundled file the row comes from */
    public String file() {
      return file;
    }

    /**
     * Whether the file has a column.
     *
     * @param column the header
     * @return true when the header names it
     */
    public boolean has(String column) {
      return header.containsKey(column);
    }

    /** @return the 1-based line number where the row starts */
    public long line() {
      return line;
    }

    /**
     * @param column a header name
     * @return the stripped value, or empty when blank
     */
    public Optional<String> get(String column) {
      Integer i = header.get(column);
      if (i == null) {
        throw new ConnectLaoException(file + ": no column '" + column + "' in the bundled file");
      }
      String v = i < cells.size() ? cells.get(i).strip() : "";
      return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /**
     * @param column a header name
     * @return the stripped value
     * @throws ConnectLaoException naming the file, line and column when blank
     */
    public String require(String column) {
      return get(column)
          .orElseThrow(
              () ->
                  new ConnectLaoException(
                      file + " line " + line + ": column '" + column + "' is blank"));
    }
  }

  private BundledCsv() {}

  /**
   * Reads a bundled file.
   *
   * @param fileName the file's name in {@link #DATA}
   * @return its data rows
   * @throws ConnectLaoException when the file is missing or malformed (a packaging error)
   */
  public static List<Row> read(String fileName) {
    InputStream in = BundledCsv.class.getResourceAsStream(DATA + fileName);
    if (in == null) {
      throw new ConnectLaoException(
          "the bundled data file " + DATA + fileName + " is missing from the jar");
    }
    try (CsvTokenizer t = CsvTokenizer.of(in)) {
      List<Row> rows = new ArrayList<>();
      Map<String, Integer> header = null;
      while (t.next()) {
        if (t.hasProblem()) {
          throw new ConnectLaoException(fileName + " line " + t.line() + ": " + t.problem());
        }
        List<String> cells = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
          cells.add(t.text(i));
        }
        if (header == null) {
          header = new HashMap<>();
          for (int i = 0; i < cells.size(); i++) {
            if (header.put(cells.get(i).strip(), i) != null) {
              throw new ConnectLaoException(
                  fileName
                      + " line "
                      + t.line()
                      + ": column '"
                      + cells.get(i).strip()
                      + "' is named twice in the header");
            }
          }
        } else if (cells.size() > header.size()) {
          throw new ConnectLaoException(
              fileName
                  + " line "
                  + t.line()
                  + ": the row has "
                  + cells.size()
                  + " cells, the header "
                  + header.size());
        } else {
          rows.add(new Row(fileName, t.line(), header, cells));
        }
      }
      return rows;
    } catch (UncheckedIOException e) {
      throw new ConnectLaoException(
          "cannot read the bundled "
              + fileName
              + ": "
              + Objects.requireNonNullElse(e.getCause(), e).getMessage(),
          e);
    }
  }
}
