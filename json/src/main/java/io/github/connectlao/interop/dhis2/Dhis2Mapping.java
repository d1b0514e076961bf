package io.github.connectlao.interop.dhis2;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.admin.IdentifierScheme;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.crvs.Timeliness;
import io.github.connectlao.csv.CsvColumn;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.CsvWriter;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.indicator.ReportingPeriod;
import io.github.connectlao.interop.CrvsStatistic;
import io.github.connectlao.interop.ExternalIds;
import io.github.connectlao.interop.StatisticCell;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which DHIS2 data element and category option combo holds each of the library's statistics, read
 * from a mapping file; converts {@link StatisticCell}s to DHIS2 data values and back.
 *
 * <pre>
 * statistic,sex,timeliness,data_element,category_option_combo,attribute_option_combo,adx_disaggregation
 * births_registered,female,current,BR_REGISTERED,F_CURRENT,,SEX=F;TIMELINESS=CURRENT
 * completeness,,,BR_COMPLETENESS,,,
 * </pre>
 *
 * <p>A blank sex means both sexes; a blank timeliness, all registrations; a blank category option
 * combo, DHIS2's default. {@code adx_disaggregation} (optional) gives the ADX category attributes
 * ({@code CATEGORY=OPTION;…}) to write instead of the category option combo. The mapping works both
 * ways, so one statistic has one target and one target one statistic; a row that breaks this is
 * refused with its line. Converting reports every cell or value it cannot place, never drops one
 * silently.
 */
public final class Dhis2Mapping {
  static final CsvColumn STATISTIC = CsvColumn.of("statistic");
  static final CsvColumn SEX = CsvColumn.of("sex");
  static final CsvColumn TIMELINESS = CsvColumn.of("timeliness");
  static final CsvColumn DATA_ELEMENT = CsvColumn.of("data_element", "dataelement");
  static final CsvColumn COC = CsvColumn.of("category_option_combo", "categoryoptioncombo");
  static final CsvColumn AOC = CsvColumn.of("attribute_option_combo", "attributeoptioncombo");
  static final CsvColumn ADX = CsvColumn.of("adx_disaggregation");

  /**
   * One line of the mapping.
   *
   * @param statistic the statistic
   * @param sex the sex, empty for both sexes
   * @param timeliness the timeliness, empty for all
   * @param dataElement the DHIS2 data element (UID or code, as the files use)
   * @param categoryOptionCombo the category option combo, {@code ""} for the default
   * @param attributeOptionCombo the attribute option combo, {@code ""} for the default
   * @param adxDisaggregation the ADX category attributes, empty to write the category option combo
   */
  public record Entry(
      CrvsStatistic statistic,
      Optional<Sex> sex,
      Optional<Timeliness> timeliness,
      String dataElement,
      String categoryOptionCombo,
      String attributeOptionCombo,
      Map<String, String> adxDisaggregation) {
    /**
     * Validates the entry.
     *
     * @param statistic statistic
     * @param sex sex
     * @param timeliness timeliness
     * @param dataElement data element
     * @param categoryOptionCombo category option combo
     * @param attributeOptionCombo attribute option combo
     * @param adxDisaggregation ADX categories
     */
    public Entry {
      InvalidValueException.required(statistic, "statistic");
      InvalidValueException.required(sex, "sex");
      InvalidValueException.required(timeliness, "timeliness");
      InvalidValueException.check(
          timeliness.isEmpty() || statistic.isByTimeliness(),
          "timeliness",
          timeliness.orElse(null),
          "does not split " + statistic.code());
      dataElement = InvalidValueException.requiredText(dataElement, "dataElement");
      categoryOptionCombo = categoryOptionCombo == null ? "" : categoryOptionCombo.strip();
      attributeOptionCombo = attributeOptionCombo == null ? "" : attributeOptionCombo.strip();
      adxDisaggregation = java.util.Collections.unmodifiableMap(new TreeMap<>(adxDisaggregation));
    }

    List<Object> key() {
      return List.of(statistic, sex, timeliness);
    }

    List<String> target() {
      return List.of(dataElement, categoryOptionCombo, attributeOptionCombo);
    }
  }

  private final List<Entry> entries;
  private final Map<List<Object>, Entry> byKey = new HashMap<>();
  private final Map<List<String>, Entry> byTarget = new HashMap<>();
  private final Map<List<String>, Entry> byAdx = new HashMap<>();

  private Dhis2Mapping(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    for (Entry e : entries) {
      add(e);
    }
  }

  private void add(Entry e) {
    // every check before any index changes: a refused entry must leave no trace, or a later good
    // row would be refused as a duplicate of it
    Entry k = byKey.get(e.key());
    InvalidValueException.check(k == null, "statistic", describe(e), "is mapped twice");
    Entry t = byTarget.get(e.target());
    InvalidValueException.check(
        t == null,
        "data_element",
        String.join("/", e.target()),
        "already holds " + (t == null ? "" : describe(t)));
    List<String> adx = adxKey(e.dataElement(), e.adxDisaggregation(), e.attributeOptionCombo());
    Entry a = e.adxDisaggregation().isEmpty() ? null : byAdx.get(adx);
    InvalidValueException.check(
        a == null,
        "adx_disaggregation",
        e.adxDisaggregation(),
        "already holds " + (a == null ? "" : describe(a)));
    byKey.put(e.key(), e);
    byTarget.put(e.target(), e);
    if (!e.adxDisaggregation().isEmpty()) {
      byAdx.put(adx, e);
    }
  }

  private static List<String> adxKey(String de, Map<String, String> cats, String aoc) {
    return List.of(de, new TreeMap<>(cats).toString(), aoc);
  }

  private static String describe(Entry e) {
    return e.statistic().code()
        + e.sex().map(s -> " " + s.name().toLowerCase(Locale.ROOT)).orElse("")
        + e.timeliness().map(t -> " " + t.name().toLowerCase(Locale.ROOT)).orElse("");
  }

  /**
   * A mapping of entries.
   *
   * @param entries the entries
   * @return the mapping
   * @throws InvalidValueException when a statistic or a target is mapped twice
   */
  public static Dhis2Mapping of(List<Entry> entries) {
    return new Dhis2Mapping(entries);
  }

  /** @return the entries, in file order */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * Reads a mapping file. Bad rows (unknown statistic, sex or timeliness, a second mapping of the
   * same statistic or target) are reported with their line and kept out.
   *
   * @param in the characters (closed when done)
   * @param sourceName the name used in error messages
   * @return the mapping of the kept rows and every refused row
   */
  public static ImportResult<List<Entry>> readCsv(Reader in, String sourceName) {
    Dhis2Mapping seen = new Dhis2Mapping(List.of());
    try (CsvReader csv = CsvReader.of(in, sourceName)) {
      return csv.importRows(
          List.of(STATISTIC, SEX, TIMELINESS, DATA_ELEMENT, COC, AOC, ADX),
          List.of(STATISTIC, DATA_ELEMENT),
          row -> {
            String s = row.require(STATISTIC);
            CrvsStatistic statistic =
                CrvsStatistic.ofCode(s)
                    .orElseThrow(
                        () ->
                            new InvalidValueException(
                                STATISTIC.name(), s, "is not a statistic (" + codes() + ")"));
            Optional<Sex> sex = row.get(SEX).map(Sex::parse);
            InvalidValueException.check(
                sex.map(x -> x != Sex.UNKNOWN).orElse(true),
                SEX.name(),
                "unknown",
                "is not a disaggregation: leave blank for both sexes");
            Optional<Timeliness> t = row.get(TIMELINESS).map(x -> timeliness(x));
            Entry e =
                new Entry(
                    statistic,
                    sex,
                    t,
                    row.require(DATA_ELEMENT),
                    row.get(COC).orElse(""),
                    row.get(AOC).orElse(""),
                    parseAdx(row.get(ADX).orElse("")));
            seen.add(e);
            return e;
          },
          OnBadRow.COLLECT);
    }
  }

  /**
   * Reads a mapping file and keeps its good rows as a mapping (see {@link #readCsv}).
   *
   * @param result what {@link #readCsv} returned
   * @return the mapping of the accepted rows
   */
  public static Dhis2Mapping of(ImportResult<List<Entry>> result) {
    return of(result.accepted());
  }

  private static String codes() {
    StringBuilder sb = new StringBuilder();
    for (CrvsStatistic s : CrvsStatistic.values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(s.code());
    }
    return sb.toString();
  }

  private static Timeliness timeliness(String text) {
    for (Timeliness t : Timeliness.values()) {
      if (t.isRegistered() && t.name().equalsIgnoreCase(text.strip())) {
        return t;
      }
    }
    throw new InvalidValueException(TIMELINESS.name(), text, "is not current, late or delayed");
  }

  private static Map<String, String> parseAdx(String text) {
    Map<String, String> m = new TreeMap<>();
    for (String part : text.split(";", -1)) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      // blank around the = counts as missing: "SEX=   " has no option
      String category = eq < 0 ? "" : part.substring(0, eq).strip();
      String option = eq < 0 ? "" : part.substring(eq + 1).strip();
      InvalidValueException.check(
          !category.isEmpty() && !option.isEmpty(),
          ADX.name(),
          part,
          "must be CATEGORY=OPTION pairs separated by ;");
      m.put(category, option);
    }
    return m;
  }

  /**
   * Writes the mapping file {@link #readCsv} reads.
   *
   * @param out where to write (flushed, not closed)
   */
  public void writeCsv(Writer out) {
    CsvWriter w = CsvWriter.of(out);
    w.row(
        STATISTIC.name(),
        SEX.name(),
        TIMELINESS.name(),
        DATA_ELEMENT.name(),
        COC.name(),
        AOC.name(),
        ADX.name());
    for (Entry e : entries) {
      StringBuilder adx = new StringBuilder();
      e.adxDisaggregation()
          .forEach(
              (k, v) -> adx.append(adx.length() == 0 ? "" : ";").append(k).append('=').append(v));
      w.row(
          e.statistic().code(),
          e.sex().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(""),
          e.timeliness().map(t -> t.name().toLowerCase(Locale.ROOT)).orElse(""),
          e.dataElement(),
          e.categoryOptionCombo(),
          e.attributeOptionCombo(),
          adx.toString());
    }
    w.flush();
  }

  /**
   * The entry of a cell's statistic, sex and timeliness.
   *
   * @param cell the cell
   * @return the entry, empty when the mapping has none
   */
  public Optional<Entry> entry(StatisticCell cell) {
    return Optional.ofNullable(byKey.get(List.of(cell.statistic(), cell.sex(), cell.timeliness())));
  }

  /**
   * DHIS2 data values of cells. A cell without a mapping entry, whose unit has no identifier in
   * the scheme, or whose period has no DHIS2 form, is reported (line = the cell's position, from 1)
   * and left out.
   *
   * @param cells the cells
   * @param orgUnits the units' DHIS2 identifiers
   * @param scheme the scheme of the identifiers to write ({@link IdentifierScheme#DHIS2_UID} or
   *     {@link IdentifierScheme#DHIS2_CODE})
   * @return the values and every cell left out
   */
  public ImportResult<List<Dhis2DataValue>> toDataValues(
      List<StatisticCell> cells, ExternalIds orgUnits, IdentifierScheme scheme) {
    List<Dhis2DataValue> out = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      StatisticCell c = cells.get(i);
      Optional<Entry> e = entry(c);
      if (e.isEmpty()) {
        errors.add(
            new RowError(
                i + 1, "statistic", c.toString(), "has no DHIS2 data element in the mapping"));
        continue;
      }
      Optional<String> ou = orgUnits.externalId(c.unitCode(), scheme);
      if (ou.isEmpty()) {
        errors.add(
            new RowError(
                i + 1,
                "unitCode",
                c.unitCode(),
                "has no " + scheme + " in the identifier mapping"));
        continue;
      }
      Optional<Dhis2Period> pe = Dhis2Periods.of(c.period());
      if (pe.isEmpty()) {
        errors.add(new RowError(i + 1, "period", c.period().toString(), "has no DHIS2 form"));
        continue;
      }
      out.add(
          Dhis2DataValue.of(
              e.get().dataElement(),
              pe.get().id(),
              ou.get(),
              e.get().categoryOptionCombo(),
              e.get().attributeOptionCombo(),
              c.value().stripTrailingZeros().toPlainString()));
    }
    return ImportResult.ofRows(out, errors);
  }

  /**
   * Writes cells as a DHIS2 {@code dataValueSets} JSON file, organisation units by DHIS2 UID: the
   * one call a report needs. {@code mapping.writeDataValueSets(cells, uids, writer)}.
   *
   * @param cells the cells
   * @param orgUnits the units' {@link IdentifierScheme#DHIS2_UID}s
   * @param out where to write (flushed, not closed)
   * @return the cells left out (no mapping entry, no UID, no DHIS2 period), with their positions
   */
  public List<RowError> writeDataValueSets(
      List<StatisticCell> cells, ExternalIds orgUnits, Writer out) {
    ImportResult<List<Dhis2DataValue>> values =
        toDataValues(cells, orgUnits, IdentifierScheme.DHIS2_UID);
    DataValueSets.writeJson(values.accepted(), out);
    return values.errors();
  }

  /**
   * The same values with ADX category attributes instead of the category option combo, where the
   * mapping gives them.
   *
   * @param values the values
   * @return the values to write as ADX
   */
  public List<Dhis2DataValue> forAdx(List<Dhis2DataValue> values) {
    List<Dhis2DataValue> out = new ArrayList<>(values.size());
    for (Dhis2DataValue v : values) {
      Entry e =
          byTarget.get(List.of(v.dataElement(), v.categoryOptionCombo(), v.attributeOptionCombo()));
      out.add(
          e == null || e.adxDisaggregation().isEmpty()
              ? v
              : v.withDisaggregation(e.adxDisaggregation()));
    }
    return List.copyOf(out);
  }

  /**
   * The cells of DHIS2 data values. A value whose data element, category option combo (or ADX
   * categories), organisation unit or number is unknown is reported with its line and path and kept
   * out.
   *
   * @param values the values, as read
   * @param gazetteer the units
   * @param orgUnits the units' DHIS2 identifiers; an org unit not in it is also looked up as a
   *     gazetteer code (a DHIS2 code may be the P-code)
   * @return the cells and every value kept out
   */
  public ImportResult<List<StatisticCell>> toCells(
      List<Dhis2DataValue> values, Gazetteer gazetteer, ExternalIds orgUnits) {
    List<StatisticCell> out = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    java.util.Set<String> elements = new java.util.HashSet<>();
    for (Entry e : entries) {
      elements.add(e.dataElement());
    }
    for (Dhis2DataValue v : values) {
      if (!elements.contains(v.dataElement())) {
        errors.add(
            new RowError(
                v.line(),
                column(v, "dataElement"),
                v.dataElement(),
                "is not a data element of the mapping"));
        continue;
      }
      Entry e =
          v.disaggregation().isEmpty() || !v.categoryOptionCombo().isEmpty()
              ? byTarget.get(
                  List.of(v.dataElement(), v.categoryOptionCombo(), v.attributeOptionCombo()))
              : byAdx.get(adxKey(v.dataElement(), v.disaggregation(), v.attributeOptionCombo()));
      if (e == null) {
        String what =
            v.disaggregation().isEmpty()
                ? v.categoryOptionCombo()
                    + (v.attributeOptionCombo().isEmpty() ? "" : " / " + v.attributeOptionCombo())
                : v.disaggregation().toString();
        errors.add(
            new RowError(
                v.line(),
                column(v, "categoryOptionCombo"),
                what.isEmpty() ? "(default)" : what,
                "is not a category option combo the mapping knows for " + v.dataElement()));
        continue;
      }
      Optional<String> unit =
          orgUnits
              .unitCode(IdentifierScheme.DHIS2_UID, v.orgUnit())
              .or(() -> orgUnits.unitCode(IdentifierScheme.DHIS2_CODE, v.orgUnit()))
              .or(() -> gazetteer.find(v.orgUnit()).map(u -> u.code()));
      if (unit.isEmpty()) {
        errors.add(
            new RowError(
                v.line(), column(v, "orgUnit"), v.orgUnit(), "is not a known organisation unit"));
        continue;
      }
      ReportingPeriod period;
      BigDecimal value;
      try {
        period = Dhis2Periods.toReportingPeriod(v.period());
      } catch (InvalidValueException x) {
        errors.add(new RowError(v.line(), column(v, "period"), v.period(), x.reason()));
        continue;
      }
      try {
        value = new BigDecimal(v.value());
      } catch (NumberFormatException x) {
        errors.add(new RowError(v.line(), column(v, "value"), v.value(), "is not a number"));
        continue;
      }
      try {
        out.add(
            StatisticCell.of(e.statistic(), unit.get(), e.sex(), e.timeliness(), period, value));
      } catch (InvalidValueException x) {
        errors.add(new RowError(v.line(), column(v, x.field()), x.value(), x.reason()));
      }
    }
    return ImportResult.ofRows(out, errors);
  }

  private static String column(Dhis2DataValue v, String field) {
    if (v.path().isEmpty()) {
      return field.toLowerCase(Locale.ROOT);
    }
    return v.path() + (v.path().startsWith("group") ? "/@" : ".") + field;
  }

  @Override
  public String toString() {
    return "Dhis2Mapping[" + entries.size() + " entries]";
  }
}
