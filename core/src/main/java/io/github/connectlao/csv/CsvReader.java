package io.github.connectlao.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a CSV file row by row, in bounded memory, with the header matched by name.
 *
 * <p>The bytes are split by {@link CsvTokenizer} (UTF-8 with or without a byte-order mark; comma
 * or semicolon detected from the header; RFC 4180 quoting; LF, CRLF and CR line ends; blank lines
 * skipped). A malformed record (a quote never closed, text after a closing quote, a stray quote,
 * invalid UTF-8, a cell, record or row over the {@linkplain CsvTokenizer.Limits limits}) is one
 * row error at the line where the record starts, and reading goes on with the next rows.
 *
 * <pre>{@code
 * try (CsvReader csv = CsvReader.open(path)) {
 *   ImportResult<List<Foo>> result = csv.importRows(columns, required, row -> toFoo(row), false);
 * }
 * }</pre>
 */
public final class CsvReader implements AutoCloseable {
  /** The longest cell accepted, in bytes (1 MiB); a longer one is a row error at its line. */
  public static final int MAX_CELL_LENGTH = CsvTokenizer.Limits.DEFAULT.maxCellBytes();

  /** Rows between two progress reports. */
  public static final long PROGRESS_INTERVAL = 100_000;

  private static final Logger LOG = LoggerFactory.getLogger(CsvReader.class);

  private final String sourceName;
  private final CsvTokenizer tokenizer;
  private final List<String> header;
  private final long headerLine;
  private Consumer<Long> progress = n -> {};

  /** A reader whose header is given, not read (empty for a file without one). */
  private CsvReader(
      String sourceName, CsvTokenizer tokenizer, List<String> header, long headerLine) {
    this.sourceName = sourceName;
    this.tokenizer = tokenizer;
    this.header = header;
    this.headerLine = headerLine;
  }

  private CsvReader(String sourceName, CsvTokenizer tokenizer) {
    this.sourceName = sourceName;
    this.tokenizer = tokenizer;
    try {
      if (!tokenizer.next()) {
        throw new CsvImportException(sourceName + ": the file is empty; a header line is required");
      }
      headerLine = tokenizer.line();
      if (tokenizer.hasProblem()) {
        throw new CsvImportException(
            sourceName
                + ": line "
                + headerLine
                + ": the header line is malformed: "
                + (tokenizer.problemField() >= 0
                    ? "column " + (tokenizer.problemField() + 1) + " "
                    : "")
                + tokenizer.problem());
      }
      List<String> h = new ArrayList<>(tokenizer.size());
      for (int i = 0; i < tokenizer.size(); i++) {
        h.add(tokenizer.text(i).replace("\uFEFF", "").strip());
      }
      this.header = List.copyOf(h);
    } catch (UncheckedIOException e) {
      throw new CsvImportException(
          sourceName
              + ": cannot read the header: "
              + Objects.requireNonNullElse(e.getCause(), e).getMessage());
    } catch (CsvImportException e) {
      tokenizer.close();
      throw e;
    }
  }

  /**
   * Opens a file.
   *
   * @param file the file
   * @return the reader
   * @throws CsvImportException when the file cannot be opened or has no header
   */
  public static CsvReader open(Path file) {
    try {
      return of(Files.newInputStream(file), file.toString());
    } catch (IOException e) {
      throw new CsvImportException(file + ": cannot open: " + e.getMessage());
    }
  }

  /**
   * Reads a stream of UTF-8 bytes with the {@linkplain CsvTokenizer.Limits#DEFAULT default limits}.
   *
   * @param in the bytes (closed by {@link #close()})
   * @param sourceName the name used in error messages
   * @return the reader
   */
  public static CsvReader of(InputStream in, String sourceName) {
    return of(in, sourceName, CsvTokenizer.Limits.DEFAULT);
  }

  /**
   * Reads a stream of UTF-8 bytes.
   *
   * @param in the bytes (closed by {@link #close()})
   * @param sourceName the name used in error messages
   * @param limits the limits on cells, records and fields
   * @return the reader
   */
  public static CsvReader of(InputStream in, String sourceName, CsvTokenizer.Limits limits) {
    return new CsvReader(sourceName, CsvTokenizer.of(in, limits));
  }

  /**
   * Reads characters (encoded to UTF-8 on the fly).
   *
   * @param in the characters
   * @param sourceName the name used in error messages
   * @return the reader
   */
  public static CsvReader of(Reader in, String sourceName) {
    return of(new Utf8InputStream(in), sourceName);
  }

  /**
   * Reads characters that have no header line, or whose first line may be data (such as DHIS2's
   * CSV form, read by position): every record, the first included, is returned by {@link
   * #next(Map)}, a malformed one with its {@link CsvRow#problem()}. {@link #header()} is empty and
   * {@link #headerLine()} is 0; the separator is still taken from the first non-blank line
   * ({@link #separator()} is known once the first row is read).
   *
   * @param in the characters (closed by {@link #close()})
   * @param sourceName the name used in error messages
   * @return the reader
   */
  public static CsvReader withoutHeader(Reader in, String sourceName) {
    return new CsvReader(
        sourceName,
        CsvTokenizer.of(new Utf8InputStream(in), CsvTokenizer.Limits.DEFAULT),
        List.of(),
        0);
  }

  /** @return the header cells, stripped (empty for a reader {@link #withoutHeader}) */
  public List<String> header() {
    return header;
  }

  /**
   * @return the physical line of the header (1 unless blank lines precede it; 0 for a reader
   *     {@link #withoutHeader})
   */
  public long headerLine() {
    return headerLine;
  }

  /** @return the detected separator, comma or semicolon */
  public char separator() {
    return (char) tokenizer.separator();
  }

  /**
   * The tokenizer, positioned after the header: for readers that decode the bytes of each row
   * themselves (such as the registration readers) instead of reading {@link CsvRow}s.
   *
   * @return the tokenizer
   */
  public CsvTokenizer tokenizer() {
    return tokenizer;
  }

  /** @return the name used in error messages */
  public String sourceName() {
    return sourceName;
  }

  /**
   * Observes progress: called every {@value #PROGRESS_INTERVAL} rows with the number of rows read
   * so far (the same moments are logged at INFO through SLF4J).
   *
   * @param listener the listener
   * @return this reader
   */
  public CsvReader onProgress(Consumer<Long> listener) {
    this.progress = listener;
    return this;
  }

  /** @return the progress listener */
  public Consumer<Long> progressListener() {
    return progress;
  }

  /**
   * Matches the header against the columns an importer reads.
   *
   * @param columns the columns, each with its accepted names
   * @param required the columns that must be present
   * @return the index of each found column by canonical name
   * @throws CsvImportException naming the missing columns and the header found, when a required
   *     column is missing
   */
  public Map<String, Integer> bind(Collection<CsvColumn> columns, Collection<CsvColumn> required) {
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      byKey.putIfAbsent(CsvColumn.headerKey(header.get(i)), i);
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    for (CsvColumn column : columns) {
      for (String name : column.allNames()) {
        Integer i = byKey.get(CsvColumn.headerKey(name));
        if (i != null) {
          index.put(column.name(), i);
          break;
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (CsvColumn column : required) {
      if (!index.containsKey(column.name())) {
        missing.add(column.name() + " (or " + String.join(", ", column.aliases()) + ")");
      }
    }
    if (!missing.isEmpty()) {
      throw new CsvImportException(
          sourceName
              + ": line "
              + headerLine
              + ": missing required column(s) "
              + String.join("; ", missing)
              + "; the header has "
              + header);
    }
    return index;
  }

  /**
   * Reads every data row, maps each with {@code mapper}, and collects the accepted records and
   * every error. A mapper refuses a row by throwing {@link io.github.connectlao.InvalidValueException}
   * (its field becomes the error's column) or any {@link io.github.connectlao.ConnectLaoException}.
   *
   * @param <T> the record type
   * @param columns the columns the mapper reads
   * @param required the columns that must be in the header
   * @param mapper maps one row to one record
   * @param onBadRow what to do with a bad row: {@link OnBadRow#COLLECT} reports it and goes on, {@link OnBadRow#STOP} throws {@link CsvImportException} at the first
   * @return the accepted records and the errors
   */
  public <T> ImportResult<List<T>> importRows(
      Collection<CsvColumn> columns,
      Collection<CsvColumn> required,
      Function<CsvRow, T> mapper,
      OnBadRow onBadRow) {
    Map<String, Integer> index = bind(columns, required);
    List<T> accepted = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    long count = 0;
    while (true) {
      Optional<CsvRow> next = next(index);
      if (next.isEmpty()) {
        break;
      }
      CsvRow row = next.get();
      if (++count % PROGRESS_INTERVAL == 0) {
        LOG.info(
            "{}: {} rows read, {} accepted, {} refused",
            sourceName,
            count,
            accepted.size(),
            errors.size());
        progress.accept(count);
      }
      if (row.problem().isPresent()) {
        if (onBadRow.stops()) {
          throw new CsvImportException(sourceName, row.problem().get());
        }
        errors.add(row.problem().get());
        continue;
      }
      try {
        accepted.add(mapper.apply(row));
      } catch (RowRejectedException e) {
        if (onBadRow.stops()) {
          throw new CsvImportException(sourceName, e.errors().get(0));
        }
        errors.addAll(e.errors());
      } catch (io.github.connectlao.InvalidValueException e) {
        RowError error = new RowError(row.line(), e.field(), e.value(), e.reason());
        if (onBadRow.stops()) {
          throw new CsvImportException(sourceName, error);
        }
        errors.add(error);
      } catch (io.github.connectlao.ConnectLaoException e) {
        RowError error =
            new RowError(
                row.line(),
                "",
                "",
                java.util.Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()));
        if (onBadRow.stops()) {
          throw new CsvImportException(sourceName, error);
        }
        errors.add(error);
      }
    }
    if (count >= PROGRESS_INTERVAL) {
      LOG.info(
          "{}: done, {} rows read, {} accepted, {} refused",
          sourceName,
          count,
          accepted.size(),
          errors.size());
    }
    return ImportResult.ofRows(accepted, errors);
  }

  /**
   * The next well-formed data row, for readers that loop over rows themselves: each malformed
   * record before it (broken quoting, invalid UTF-8, over a size limit) is added to {@code errors}
   * with its line and reason, and reading goes on, so one bad record never ends an import.
   *
   * @param index the column index from {@link #bind(Collection, Collection)}
   * @param errors where the malformed records are reported
   * @return the row, or empty at the end of the file
   * @throws UncheckedIOException when the stream fails
   */
  public Optional<CsvRow> nextWellFormed(Map<String, Integer> index, List<RowError> errors) {
    while (true) {
      Optional<CsvRow> row = next(index);
      if (row.isEmpty() || row.get().problem().isEmpty()) {
        return row;
      }
      errors.add(row.get().problem().get());
    }
  }

  /**
   * The next data row; blank lines are skipped. A malformed record is returned as a row whose
   * every access throws {@link RowRejectedException} with the problem (line, column, reason).
   *
   * @param index the column index from {@link #bind(Collection, Collection)}
   * @return the row, or empty at the end of the file
   * @throws UncheckedIOException when the stream fails
   */
  public Optional<CsvRow> next(Map<String, Integer> index) {
    if (!tokenizer.next()) {
      return Optional.empty();
    }
    long line = tokenizer.line();
    if (tokenizer.hasProblem()) {
      int f = tokenizer.problemField();
      String column = f < 0 ? "" : f < header.size() ? columnName(index, f) : "column " + (f + 1);
      return Optional.of(
          CsvRow.malformed(
              line, new RowError(line, column, "", tokenizer.problem()), index, header.size()));
    }
    String[] cells = new String[tokenizer.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = tokenizer.text(i);
    }
    return Optional.of(new CsvRow(line, cells, index, header.size()));
  }

  /** The canonical name of the column at a header position, or the header text when unbound. */
  private String columnName(Map<String, Integer> index, int position) {
    for (Map.Entry<String, Integer> e : index.entrySet()) {
      if (e.getValue() == position) {
        return e.getKey();
      }
    }
    return header.get(position);
  }

  @Override
  public void close() {
    tokenizer.close();
  }

  /** UTF-8 bytes of characters, encoded chunk by chunk (a surrogate pair split by a chunk is kept whole). */
  private static final class Utf8InputStream extends InputStream {
    private final Reader in;
    private final char[] chars = new char[8192];
    private int carry = -1;
    private byte[] bytes = new byte[0];
    private int at;

    Utf8InputStream(Reader in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      while (at >= bytes.length) {
        int start = 0;
        if (carry >= 0) {
          chars[0] = (char) carry;
          carry = -1;
          start = 1;
        }
        int n = in.read(chars, start, chars.length - start);
        if (n < 0) {
          if (start == 0) {
            return -1;
          }
          n = 0;
        }
        int end = start + n;
        if (n > 0 && Character.isHighSurrogate(chars[end - 1])) {
          carry = chars[end - 1];
          end--;
        }
        bytes = new String(chars, 0, end).getBytes(StandardCharsets.UTF_8);
        at = 0;
      }
      int k = Math.min(len, bytes.length - at);
      System.arraycopy(bytes, at, b, off, k);
      at += k;
      return k;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
