package io.github.connectlao.interop.dhis2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.CsvRow;
import io.github.connectlao.csv.CsvWriter;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes DHIS2's {@code dataValueSets} files: the JSON form and the CSV form.
 *
 * <pre>{@code
 * ImportResult<List<Dhis2DataValue>> r = DataValueSets.readJson(reader, "export.json");
 * r.accepted();   // every well-formed value, in file order
 * r.errors();     // e.g. line 14, column dataValues[3].period, value '2022W54': is not a DHIS2 period…
 * DataValueSets.writeCsv(r.accepted(), writer);
 * }</pre>
 *
 * <p>JSON: an object with a {@code dataValues} array; {@code dataSet}, {@code completeDate}, {@code
 * period}, {@code orgUnit} and {@code attributeOptionCombo} at the top apply to every value that
 * does not give its own, as in DHIS2. CSV: read by position, as DHIS2 reads it — data element,
 * period, org unit, category option combo, attribute option combo, value, stored by, last updated,
 * comment, follow-up — with or without a header line. A value with a missing part or a period that
 * is not DHIS2's is reported with its line (and JSON path) and kept out; the rest is kept. Nothing
 * is checked against DHIS2 metadata here: {@link Dhis2Mapping} does that.
 */
public final class DataValueSets {
  /** The CSV header DHIS2 writes, in its column order. */
  public static final List<String> CSV_HEADER =
      List.of(
          "dataelement",
          "period",
          "orgunit",
          "categoryoptioncombo",
          "attributeoptioncombo",
          "value",
          "storedby",
          "lastupdated",
          "comment",
          "followup");

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(1 << 20).maxNestingDepth(64).build())
          .build();

  private DataValueSets() {}

  // --- JSON ----------------------------------------------------------------------------------

  /**
   * Reads the JSON form.
   *
   * @param in the characters (closed when done)
   * @param sourceName the name used in error messages
   * @return the values kept and every problem; a file that is not JSON ends the reading at its line,
   *     keeping the values before it
   */
  public static ImportResult<List<Dhis2DataValue>> readJson(Reader in, String sourceName) {
    List<Dhis2DataValue> kept = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    JsonParser[] parser = {null};
    Map<String, String> defaults = new HashMap<>();
    List<Map<String, String>> pending = new ArrayList<>();
    List<long[]> pendingLines = new ArrayList<>();
    RowError malformed = null;
    try (JsonParser p = JSON.createParser(in)) {
      parser[0] = p;
      if (p.nextToken() != JsonToken.START_OBJECT) {
        errors.add(
            new RowError(
                line(p), "", "", "is not a dataValueSets document: expected a JSON object"));
        return ImportResult.ofRows(kept, errors);
      }
      boolean sawValues = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (field.equals("dataValues")) {
          sawValues = true;
          if (t != JsonToken.START_ARRAY) {
            errors.add(new RowError(line(p), "dataValues", "", "must be an array"));
            p.skipChildren();
            continue;
          }
          int i = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            long line = line(p);
            String path = "dataValues[" + i++ + "]";
            Optional<Map<String, String>> dv = readObject(p, path, errors);
            dv.ifPresent(
                m -> {
                  pending.add(m);
                  pendingLines.add(new long[] {line, pending.size() - 1});
                });
          }
        } else if (t.isScalarValue()) {
          defaults.put(field, p.getValueAsString(""));
        } else {
          p.skipChildren();
        }
      }
      if (!sawValues) {
        errors.add(
            new RowError(1, "dataValues", "", "is missing: the document holds no data values"));
      }
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      if (line < 1 && parser[0] != null) {
        // a limit (nesting depth) gives no location: the parser's position is where it was hit
        line = parser[0].currentLocation().getLineNr();
      }
      line = Math.max(1, line);
      malformed =
          new RowError(
              line,
              "",
              "",
              sourceName + ": malformed JSON from here on: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(sourceName + ": " + e.getMessage(), e);
    }
    // top-level period, orgUnit… may come after the array: apply them once the whole document is
    // read, or as far as it could be read (the values before malformed JSON are kept)
    for (int k = 0; k < pending.size(); k++) {
      Map<String, String> m = pending.get(k);
      long line = pendingLines.get(k)[0];
      String path = "dataValues[" + indexOf(m) + "]";
      toValue(m, defaults, line, path, errors).ifPresent(kept::add);
    }
    if (malformed != null) {
      errors.add(malformed);
    }
    return ImportResult.ofRows(kept, errors);
  }

  private static int indexOf(Map<String, String> m) {
    return Integer.parseInt(m.get("\u0000index"));
  }

  private static Optional<Map<String, String>> readObject(
      JsonParser p, String path, List<RowError> errors) throws IOException {
    long line = line(p);
    if (p.currentToken() != JsonToken.START_OBJECT) {
      errors.add(new RowError(line, path, "", "must be an object"));
      p.skipChildren();
      return Optional.empty();
    }
    Map<String, String> m = new HashMap<>();
    m.put("\u0000index", path.substring(path.indexOf('[') + 1, path.indexOf(']')));
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      if (t.isScalarValue()) {
        if (t != JsonToken.VALUE_NULL) {
          m.put(name, p.getValueAsString(""));
        }
      } else {
        p.skipChildren();
      }
    }
    return Optional.of(m);
  }

  private static Optional<Dhis2DataValue> toValue(
      Map<String, String> m,
      Map<String, String> defaults,
      long line,
      String path,
      List<RowError> errors) {
    String de = m.getOrDefault("dataElement", "");
    String pe = m.getOrDefault("period", defaults.getOrDefault("period", ""));
    String ou = m.getOrDefault("orgUnit", defaults.getOrDefault("orgUnit", ""));
    String value = m.getOrDefault("value", "");
    for (String[] req :
        new String[][] {{"dataElement", de}, {"period", pe}, {"orgUnit", ou}, {"value", value}}) {
      if (req[1].isBlank()) {
        errors.add(new RowError(line, path + "." + req[0], "", "is missing"));
        return Optional.empty();
      }
    }
    try {
      Dhis2Periods.parse(pe);
    } catch (InvalidValueException e) {
      errors.add(new RowError(line, path + ".period", pe, e.reason()));
      return Optional.empty();
    }
    boolean followUp =
        Boolean.parseBoolean(m.getOrDefault("followup", m.getOrDefault("followUp", "false")));
    return Optional.of(
        new Dhis2DataValue(
            de,
            pe,
            ou,
            m.getOrDefault("categoryOptionCombo", ""),
            m.getOrDefault(
                "attributeOptionCombo", defaults.getOrDefault("attributeOptionCombo", "")),
            Map.of(),
            value,
            m.getOrDefault("storedBy", ""),
            m.getOrDefault("lastUpdated", ""),
            m.getOrDefault("comment", ""),
            followUp,
            line,
            path));
  }

  private static long line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  /**
   * Writes the JSON form: {@code {"dataValues": [...]}}, one value per line, parts that are empty
   * left out.
   *
   * @param values the values
   * @param out where to write (flushed, not closed)
   */
  public static void writeJson(List<Dhis2DataValue> values, Writer out) {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeRaw('\n');
      g.writeFieldName("dataValues");
      g.writeStartArray();
      for (Dhis2DataValue v : values) {
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeStringField("dataElement", v.dataElement());
        g.writeStringField("period", v.period());
        g.writeStringField("orgUnit", v.orgUnit());
        optional(g, "categoryOptionCombo", v.categoryOptionCombo());
        optional(g, "attributeOptionCombo", v.attributeOptionCombo());
        g.writeStringField("value", v.value());
        optional(g, "storedBy", v.storedBy());
        optional(g, "lastUpdated", v.lastUpdated());
        optional(g, "comment", v.comment());
        if (v.followUp()) {
          g.writeBooleanField("followup", true);
        }
        g.writeEndObject();
      }
      g.writeRaw('\n');
      g.writeEndArray();
      g.writeRaw('\n');
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void optional(JsonGenerator g, String name, String v) throws IOException {
    if (!v.isEmpty()) {
      g.writeStringField(name, v);
    }
  }

  // --- CSV -----------------------------------------------------------------------------------

  /**
   * Reads the CSV form by position. The first line is a header when its first cell is {@code
   * dataelement} (any case), as DHIS2 writes it; otherwise it is data. A malformed record (broken
   * quoting, over a size limit) is reported with its line, like any bad row, and reading goes on.
   *
   * @param in the characters (closed when done)
   * @param sourceName the name used in error messages
   * @return the values kept and every refused row, with its line
   */
  public static ImportResult<List<Dhis2DataValue>> readCsv(Reader in, String sourceName) {
    List<Dhis2DataValue> kept = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < CSV_HEADER.size(); i++) {
      index.put(CSV_HEADER.get(i), i);
    }
    try (CsvReader csv = CsvReader.withoutHeader(in, sourceName)) {
      boolean first = true;
      while (true) {
        Optional<CsvRow> row = csv.nextWellFormed(index, errors);
        if (row.isEmpty()) {
          break;
        }
        CsvRow r = row.get();
        String[] cells = new String[CSV_HEADER.size()];
        for (int i = 0; i < cells.length; i++) {
          cells[i] = r.get(io.github.connectlao.csv.CsvColumn.of(CSV_HEADER.get(i))).orElse("");
        }
        // the first record is DHIS2's header when it names the data element (a leading byte-order
        // mark is skipped by the tokenizer); errors is empty until a record has been read
        if (first
            && errors.isEmpty()
            && cells[0].toLowerCase(Locale.ROOT).replace("_", "").equals("dataelement")) {
          first = false;
          continue;
        }
        first = false;
        if (r.size() < 6) {
          errors.add(
              new RowError(
                  r.line(),
                  "",
                  "",
                  "has "
                      + r.size()
                      + " cells; DHIS2's CSV form needs at least 6"
                      + " (dataelement, period, orgunit, categoryoptioncombo, attributeoptioncombo, value)"));
          continue;
        }
        csvRow(cells, r.line(), kept, errors);
      }
    }
    return ImportResult.ofRows(kept, errors);
  }

  private static void csvRow(
      String[] c, long line, List<Dhis2DataValue> kept, List<RowError> errors) {
    String[] cells = java.util.Arrays.copyOf(c, CSV_HEADER.size());
    for (int i = 0; i < cells.length; i++) {
      cells[i] = cells[i] == null ? "" : cells[i].strip();
    }
    for (int i : new int[] {0, 1, 2, 5}) {
      if (cells[i].isEmpty()) {
        errors.add(new RowError(line, CSV_HEADER.get(i), "", "is missing"));
        return;
      }
    }
    try {
      Dhis2Periods.parse(cells[1]);
    } catch (InvalidValueException e) {
      errors.add(new RowError(line, "period", cells[1], e.reason()));
      return;
    }
    kept.add(
        new Dhis2DataValue(
            cells[0],
            cells[1],
            cells[2],
            cells[3],
            cells[4],
            Map.of(),
            cells[5],
            cells[6],
            cells[7],
            cells[8],
            Boolean.parseBoolean(cells[9]),
            line,
            ""));
  }

  /**
   * Writes the CSV form with DHIS2's header line and column order.
   *
   * @param values the values
   * @param out where to write (flushed, not closed)
   */
  public static void writeCsv(List<Dhis2DataValue> values, Writer out) {
    CsvWriter w = CsvWriter.of(out);
    w.row(CSV_HEADER);
    for (Dhis2DataValue v : values) {
      w.row(
          v.dataElement(),
          v.period(),
          v.orgUnit(),
          v.categoryOptionCombo(),
          v.attributeOptionCombo(),
          v.value(),
          v.storedBy(),
          v.lastUpdated(),
          v.comment(),
          v.followUp() ? "true" : "false");
    }
    w.flush();
  }
}
