package io.github.connectlao.internal;

import io.github.connectlao.Confidence;
import io.github.connectlao.ConnectLaoException;
import io.github.connectlao.Source;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The documents the bundled reference data cites, read once from {@code reference_sources.csv}:
 * each data row names one of them by its key in a {@code source} column and may add a note of its
 * own in a {@code source_note} column.
 */
public final class ReferenceSources {
  /** The bundled file of sources. */
  public static final String FILE = "reference_sources.csv";

  private ReferenceSources() {}

  private static final class Holder {
    static final Map<String, Source> ALL = load();

    private Holder() {}
  }

  private static Map<String, Source> load() {
    Map<String, Source> all = new LinkedHashMap<>();
    for (BundledCsv.Row row : BundledCsv.read(FILE)) {
      String id = row.require("id");
      Confidence confidence;
      try {
        confidence = Confidence.valueOf(row.require("confidence").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ConnectLaoException(
            FILE
                + " line "
                + row.line()
                + ": confidence '"
                + row.require("confidence")
                + "' is not one of "
                + java.util.Arrays.toString(Confidence.values()));
      }
      Source s = Source.of(row.require("citation"), confidence, row.get("note").orElse(null));
      if (all.putIfAbsent(id, s) != null) {
        throw new ConnectLaoException(
            FILE + " line " + row.line() + ": source id '" + id + "' is used twice");
      }
    }
    return Map.copyOf(all);
  }

  /** @return every source, by key */
  public static Map<String, Source> all() {
    return Holder.ALL;
  }

  /**
   * The source a data row cites: the document named by its {@code source} column, with the row's
   * {@code source_note} (if the file has that column and the cell is not blank) in place of the
   * document's own note.
   *
   * @param row the row
   * @return the source
   * @throws ConnectLaoException naming the file and line when the key is unknown
   */
  public static Source of(BundledCsv.Row row) {
    String key = row.require("source");
    Source s = Holder.ALL.get(key);
    if (s == null) {
      throw new ConnectLaoException(
          row.file() + " line " + row.line() + ": source '" + key + "' is not in " + FILE);
    }
    Optional<String> note = row.has("source_note") ? row.get("source_note") : Optional.empty();
    return note.map(n -> Source.of(s.citation(), s.confidence(), n)).orElse(s);
  }

  /**
   * A source by key.
   *
   * @param key the key, e.g. {@code MOHA-NEWS-2022-09-08}
   * @return the source
   * @throws ConnectLaoException when the key is unknown
   */
  public static Source get(String key) {
    Source s = Holder.ALL.get(key);
    if (s == null) {
      throw new ConnectLaoException("source '" + key + "' is not in " + FILE);
    }
    return s;
  }
}
