package io.github.connectlao.interop;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.admin.IdentifierScheme;
import io.github.connectlao.csv.CsvColumn;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.CsvWriter;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.csv.RowRejectedException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The identifiers units carry in other systems, by scheme, looked up both ways: a mapping kept
 * beside the gazetteer (which stays as shipped).
 *
 * <pre>{@code
 * ExternalIds ids = ExternalIds.empty()
 *     .with("LA05", IdentifierScheme.DHIS2_UID, "Bk5qMCoSFV4")
 *     .with("LA05", IdentifierScheme.OPENCRVS_ID, "LA05");
 * ids.unitCode(IdentifierScheme.DHIS2_UID, "Bk5qMCoSFV4");   // Optional[LA05]
 * ids.externalId("LA05", IdentifierScheme.DHIS2_UID);         // Optional[Bk5qMCoSFV4]
 * }</pre>
 *
 * <p>In a scheme, one unit has at most one identifier and an identifier names one unit; {@link
 * #with} refuses a second. The file form ({@link #readCsv}) names units by code or by name (with an
 * optional parent): a name that fits several units, like the two Xaysetha districts (LA0103 in
 * Vientiane Capital, LA1701 in Attapeu), is reported with its candidates, never guessed. Immutable.
 */
public final class ExternalIds {
  /** Column {@code unit}: the unit's code, ISO or LSB code, or name. */
  public static final CsvColumn UNIT = CsvColumn.of("unit", "unit_code", "code");

  /** Column {@code parent}: the parent's code or name, to tell apart units of the same name. */
  public static final CsvColumn PARENT = CsvColumn.of("parent", "parent_code");

  /** Column {@code scheme}: the scheme's name, e.g. {@code DHIS2_UID}. */
  public static final CsvColumn SCHEME = CsvColumn.of("scheme", "identifier_scheme");

  /** Column {@code external_id}: the identifier in that scheme. */
  public static final CsvColumn EXTERNAL_ID = CsvColumn.of("external_id", "id", "identifier");

  private static final ExternalIds EMPTY = new ExternalIds(new TreeMap<>(), new TreeMap<>());

  private final TreeMap<String, TreeMap<IdentifierScheme, String>> byUnit;
  private final TreeMap<IdentifierScheme, TreeMap<String, String>> byId;

  @SuppressWarnings("NonApiType") // private: sorted maps, for a stable order of output
  private ExternalIds(
      TreeMap<String, TreeMap<IdentifierScheme, String>> byUnit,
      TreeMap<IdentifierScheme, TreeMap<String, String>> byId) {
    this.byUnit = byUnit;
    this.byId = byId;
  }

  /** @return a mapping with no identifier */
  public static ExternalIds empty() {
    return EMPTY;
  }

  /**
   * The identifiers the units of a gazetteer carry themselves (ISO 3166, LSB…), as a mapping.
   *
   * @param gazetteer the gazetteer
   * @return the mapping
   */
  public static ExternalIds of(Gazetteer gazetteer) {
    ExternalIds ids = EMPTY;
    for (AdminUnit u : gazetteer.all()) {
      for (Map.Entry<IdentifierScheme, String> e : u.identifiers().entrySet()) {
        if (ids.unitCode(e.getKey(), e.getValue()).isEmpty()) {
          ids = ids.with(u.code(), e.getKey(), e.getValue());
        }
      }
    }
    return ids;
  }

  /**
   * This mapping with one more identifier.
   *
   * @param unitCode the unit's code
   * @param scheme the scheme
   * @param externalId the identifier in that scheme
   * @return the new mapping (this one if the pair is already there)
   * @throws InvalidValueException when the unit already has another identifier in the scheme, or
   *     the identifier already names another unit
   */
  public ExternalIds with(String unitCode, IdentifierScheme scheme, String externalId) {
    String unit = InvalidValueException.requiredText(unitCode, "unitCode");
    InvalidValueException.required(scheme, "scheme");
    String id = InvalidValueException.requiredText(externalId, "externalId");
    Optional<String> had = externalId(unit, scheme);
    if (had.isPresent()) {
      InvalidValueException.check(
          had.get().equals(id),
          "externalId",
          id,
          "unit " + unit + " already has " + scheme + " " + had.get());
      return this;
    }
    Optional<String> owner = unitCode(scheme, id);
    InvalidValueException.check(
        owner.isEmpty(),
        "externalId",
        id,
        "is already the " + scheme + " of unit " + owner.orElse(""));
    TreeMap<String, TreeMap<IdentifierScheme, String>> u = new TreeMap<>(byUnit);
    TreeMap<IdentifierScheme, String> schemes =
        new TreeMap<>(u.getOrDefault(unit, new TreeMap<>()));
    schemes.put(scheme, id);
    u.put(unit, schemes);
    TreeMap<IdentifierScheme, TreeMap<String, String>> b = new TreeMap<>(byId);
    TreeMap<String, String> ids = new TreeMap<>(b.getOrDefault(scheme, new TreeMap<>()));
    ids.put(id, unit);
    b.put(scheme, ids);
    return new ExternalIds(u, b);
  }

  /**
   * This mapping and another, joined.
   *
   * @param other the other mapping
   * @return both mappings' identifiers
   * @throws InvalidValueException when they contradict each other
   */
  public ExternalIds plus(ExternalIds other) {
    ExternalIds all = this;
    for (Link l : other.links()) {
      all = all.with(l.unitCode(), l.scheme(), l.externalId());
    }
    return all;
  }

  /**
   * The identifier of a unit in a scheme.
   *
   * @param unitCode the unit's code
   * @param scheme the scheme
   * @return the identifier, if the mapping has one
   */
  public Optional<String> externalId(String unitCode, IdentifierScheme scheme) {
    TreeMap<IdentifierScheme, String> m = byUnit.get(unitCode);
    return m == null ? Optional.empty() : Optional.ofNullable(m.get(scheme));
  }

  /**
   * Every identifier of a unit.
   *
   * @param unitCode the unit's code
   * @return the identifiers by scheme (empty when none)
   */
  public Map<IdentifierScheme, String> externalIds(String unitCode) {
    TreeMap<IdentifierScheme, String> m = byUnit.get(unitCode);
    return m == null ? Map.of() : Collections.unmodifiableMap(m);
  }

  /**
   * The unit an identifier names.
   *
   * @param scheme the scheme
   * @param externalId the identifier
   * @return the unit's code, if the mapping has it
   */
  public Optional<String> unitCode(IdentifierScheme scheme, String externalId) {
    TreeMap<String, String> m = byId.get(scheme);
    return m == null || externalId == null
        ? Optional.empty()
        : Optional.ofNullable(m.get(externalId.strip()));
  }

  /** @return the number of identifiers held */
  public int size() {
    return byId.values().stream().mapToInt(Map::size).sum();
  }

  /** @return every identifier, by unit code then scheme */
  public List<Link> links() {
    List<Link> all = new ArrayList<>();
    byUnit.forEach((unit, m) -> m.forEach((scheme, id) -> all.add(new Link(unit, scheme, id))));
    return List.copyOf(all);
  }

  /**
   * One identifier of one unit.
   *
   * @param unitCode the unit's code
   * @param scheme the scheme
   * @param externalId the identifier
   */
  public record Link(String unitCode, IdentifierScheme scheme, String externalId) {}

  /**
   * Reads a mapping file: CSV with columns {@code unit} (code, ISO or LSB code, or name), optional
   * {@code parent}, {@code scheme}, {@code external_id}. A row whose unit is unknown or ambiguous,
   * whose scheme is malformed, or that contradicts an earlier row is reported with its line and
   * kept out; the other rows are kept.
   *
   * @param in the file's characters
   * @param sourceName the name used in error messages
   * @param gazetteer the units the mapping refers to
   * @return the mapping built from the kept rows, and every refused row
   */
  public static ImportResult<ExternalIds> readCsv(
      Reader in, String sourceName, Gazetteer gazetteer) {
    UnitMatcher matcher = UnitMatcher.of(gazetteer);
    List<RowError> errors = new ArrayList<>();
    ExternalIds[] ids = {EMPTY};
    try (CsvReader csv = CsvReader.of(in, sourceName)) {
      ImportResult<List<Link>> rows =
          csv.importRows(
              List.of(UNIT, PARENT, SCHEME, EXTERNAL_ID),
              List.of(UNIT, SCHEME, EXTERNAL_ID),
              row -> {
                String unit = row.require(UNIT);
                IdentifierScheme scheme =
                    IdentifierScheme.of(row.require(SCHEME).toUpperCase(java.util.Locale.ROOT));
                String id = row.require(EXTERNAL_ID);
                UnitMatch m = matcher.matchName(unit, row.get(PARENT), Optional.empty());
                if (!m.isMatched()) {
                  throw new RowRejectedException(
                      List.of(
                          new RowError(
                              row.line(),
                              UNIT.name(),
                              unit,
                              m.status() == UnitMatch.Status.AMBIGUOUS
                                  ? "fits several units ("
                                      + candidates(m)
                                      + "): give its code, or a parent"
                                  : "is not a unit of " + gazetteer.description())));
                }
                Link link = new Link(m.unit().orElseThrow().code(), scheme, id);
                try {
                  ids[0] = ids[0].with(link.unitCode(), scheme, id);
                } catch (InvalidValueException e) {
                  throw new RowRejectedException(
                      List.of(new RowError(row.line(), EXTERNAL_ID.name(), id, e.reason())));
                }
                return link;
              },
              OnBadRow.COLLECT);
      errors.addAll(rows.errors());
      return new ImportResult<>(ids[0], rows.acceptedRows(), errors);
    }
  }

  private static String candidates(UnitMatch m) {
    StringBuilder sb = new StringBuilder();
    for (AdminUnit u : m.candidates()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(u.code()).append(' ').append(u.name());
    }
    return sb.toString();
  }

  /**
   * Writes the mapping file {@link #readCsv} reads, one row per identifier, units by code.
   *
   * @param out where to write (not closed)
   */
  public void writeCsv(Writer out) {
    CsvWriter w = CsvWriter.of(out);
    w.row(UNIT.name(), SCHEME.name(), EXTERNAL_ID.name());
    for (Link l : links()) {
      w.row(l.unitCode(), l.scheme().name(), l.externalId());
    }
    w.flush();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExternalIds e && e.byUnit.equals(byUnit);
  }

  @Override
  public int hashCode() {
    return byUnit.hashCode();
  }

  @Override
  public String toString() {
    return "ExternalIds[" + size() + " identifiers of " + byUnit.size() + " units]";
  }
}
