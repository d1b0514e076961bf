package io.github.connectlao.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a CSV file row by row, in constant memory, with the header matched by name.
 *
 * <p>UTF-8 with or without a byte-order mark; comma or semicolon (detected from the header line);
 * quoted fields (RFC 4180). Bytes that are not valid UTF-8 become U+FFFD and are reported for the
 * row that holds them, so the other rows are kept. Parsing is done by {@code
 * jackson-dataformat-csv}. A cell longer than {@link #MAX_CELL_LENGTH} or a quote that is never
 * closed ends the import at its line: the rows before it are kept and the error is reported.
 *
 * <pre>{@code
 * try (CsvReader csv = CsvReader.open(path)) {
 *   ImportResult<Foo> result = csv.importRows(columns, row -> toFoo(row), false);
 * }
 * }</pre>
 */
public final class CsvReader implements AutoCloseable {
  /** The longest cell accepted, in characters (1 MiB); a longer one ends the import at its line. */
  public static final int MAX_CELL_LENGTH = 1 << 20;
  /** Rows between two progress reports. */
  public static final long PROGRESS_INTERVAL = 100_000;
  private static final int HEADER_PEEK = 1 << 16;
  private static final Logger LOG = LoggerFactory.getLogger(CsvReader.class);
  private static final CsvMapper MAPPER = CsvMapper.builder(CsvFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL_LENGTH).build())
          .build())
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .build();

  private final String sourceName;
  private final BufferedReader reader;
  private final List<String> header;
  private final char separator;
  private MappingIterator<String[]> rows;
  private Consumer<Long> progress = n -> { };

  private CsvReader(String sourceName, Reader in) {
    this.sourceName = sourceName;
    this.reader = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in, 1 << 16);
    try {
      String first = firstLine();
      if (first.isBlank()) {
        throw new CsvImportException(sourceName + ": the file is empty; a header line is required");
      }
      this.separator = count(first, ';') > count(first, ',') ? ';' : ',';
      CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
      this.rows = MAPPER.readerFor(String[].class).with(schema).readValues(reader);
      if (!rows.hasNextValue()) {
        throw new CsvImportException(sourceName + ": no header line");
      }
      List<String> h = new ArrayList<>();
      for (String cell : rows.nextValue()) {
        h.add(cell == null ? "" : cell.strip());
      }
      this.header = List.copyOf(h);
    } catch (IOException e) {
      throw new CsvImportException(sourceName + ": cannot read the header: " + e.getMessage());
    } catch (RuntimeException e) {
      if (e instanceof CsvImportException) {
        throw e;
      }
      throw new CsvImportException(sourceName + ": cannot read the header: " + e.getMessage());
    }
  }

  /**
   * Peeks at the first line (at most {@value #HEADER_PEEK} characters, so a file without line
   * breaks cannot exhaust memory) to detect the separator, then rewinds past the byte-order mark.
   */
  private String firstLine() throws IOException {
    reader.mark(HEADER_PEEK + 1);
    char[] buf = new char[HEADER_PEEK];
    int n = 0;
    while (n < HEADER_PEEK) {
      int c = reader.read();
      if (c < 0 || c == '\n' || c == '\r') {
        break;
      }
      buf[n++] = (char) c;
    }
    reader.reset();
    String first = new String(buf, 0, n);
    if (first.startsWith("\uFEFF")) {
      reader.read();
      first = first.substring(1);
    }
    return first;
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
   * Reads a stream of UTF-8 bytes.
   *
   * @param in the bytes
   * @param sourceName the name used in error messages
   * @return the reader
   */
  public static CsvReader of(InputStream in, String sourceName) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new CsvReader(sourceName, new InputStreamReader(in, decoder));
  }

  /**
   * Reads characters.
   *
   * @param in the characters
   * @param sourceName the name used in error messages
   * @return the reader
   */
  public static CsvReader of(Reader in, String sourceName) {
    return new CsvReader(sourceName, in);
  }

  /** @return the header cells, stripped */
  public List<String> header() {
    return header;
  }

  /** @return the detected separator, comma or semicolon */
  public char separator() {
    return separator;
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
      throw new CsvImportException(sourceName + ": line 1: missing required column(s) "
          + String.join("; ", missing) + "; the header has " + header);
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
   * @param strict when true, the first bad row throws {@link CsvImportException}
   * @return the accepted records and the errors
   */
  public <T> ImportResult<T> importRows(Collection<CsvColumn> columns,
      Collection<CsvColumn> required, Function<CsvRow, T> mapper, boolean strict) {
    Map<String, Integer> index = bind(columns, required);
    List<T> accepted = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    long count = 0;
    while (true) {
      Optional<CsvRow> next;
      try {
        next = next(index);
      } catch (CsvImportException e) {
        if (strict || e.errors().isEmpty()) {
          throw e;
        }
        errors.addAll(e.errors());
        break;
      }
      if (next.isEmpty()) {
        break;
      }
      CsvRow row = next.get();
      if (++count % PROGRESS_INTERVAL == 0) {
        LOG.info("{}: {} rows read, {} accepted, {} refused", sourceName, count, accepted.size(), errors.size());
        progress.accept(count);
      }
      try {
        accepted.add(mapper.apply(row));
      } catch (RowRejectedException e) {
        if (strict) {
          throw new CsvImportException(sourceName, e.errors().get(0));
        }
        errors.addAll(e.errors());
      } catch (io.github.connectlao.InvalidValueException e) {
        RowError error = new RowError(row.line(), e.field(), e.value(), e.reason());
        if (strict) {
          throw new CsvImportException(sourceName, error);
        }
        errors.add(error);
      } catch (io.github.connectlao.ConnectLaoException e) {
        RowError error = new RowError(row.line(), "", "", e.getMessage());
        if (strict) {
          throw new CsvImportException(sourceName, error);
        }
        errors.add(error);
      }
    }
    if (count >= PROGRESS_INTERVAL) {
      LOG.info("{}: done, {} rows read, {} accepted, {} refused", sourceName, count, accepted.size(), errors.size());
    }
    return new ImportResult<>(accepted, errors);
  }

  /**
   * The next data row; blank lines are skipped.
   *
   * @param index the column index from {@link #bind(Collection, Collection)}
   * @return the row, or empty at the end of the file
   * @throws CsvImportException when the file is malformed from here on (an unterminated quote)
   */
  public Optional<CsvRow> next(Map<String, Integer> index) {
    try {
      while (rows.hasNextValue()) {
        String[] cells = rows.nextValue();
        long line = rows.getParser().currentTokenLocation().getLineNr();
        if (cells.length == 0 || (cells.length == 1 && (cells[0] == null || cells[0].isBlank()))) {
          continue;
        }
        return Optional.of(new CsvRow(line, cells, index, header.size()));
      }
      return Optional.empty();
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      throw new CsvImportException(sourceName, new RowError(line, "", "",
          "malformed CSV from here to the end of the file: " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(sourceName + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (e.getCause() instanceof JsonProcessingException) {
        JsonProcessingException j = (JsonProcessingException) e.getCause();
        long line = j.getLocation() == null ? -1 : j.getLocation().getLineNr();
        throw new CsvImportException(sourceName, new RowError(line, "", "",
            "malformed CSV from here to the end of the file: " + j.getOriginalMessage()));
      }
      throw e;
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int count(String s, char c) {
    int n = 0;
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char x = s.charAt(i);
      if (x == '"') {
        quoted = !quoted;
      } else if (x == c && !quoted) {
        n++;
      }
    }
    return n;
  }
}
