package io.github.connectlao.interop.opencrvs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.admin.IdentifierScheme;
import io.github.connectlao.crvs.AgeGroup;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.csv.CsvColumn;
import io.github.connectlao.csv.CsvImportException;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.CsvRow;
import io.github.connectlao.csv.CsvWriter;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.interop.ExternalIds;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the statistics file of an OpenCRVS country configuration ({@code
 * src/data-seeding/locations/source/statistics.csv}): one row per area, with the area's id ({@code
 * adminPcode}) and name, then for every year four columns {@code male_population_YYYY}, {@code
 * female_population_YYYY}, {@code population_YYYY} and {@code crude_birth_rate_YYYY}.
 *
 * <p>Read into a {@link PopulationTable} (population of all ages by sex and in total, crude birth
 * rate per 1000 for both sexes), each figure with the source the caller names. A blank cell is an
 * unknown figure, never 0; a cell that is not a number, an area not in the gazetteer, or a column
 * that is none of these is reported (line 1 for a column) and kept out, the rest kept. A second row
 * for the same area (by its id or any of its codes) is reported and kept out, so that it cannot
 * silently replace the first.
 */
public final class Statistics {
  /** A figure column of a year from 1900 ({@code _0459} would be written back as {@code _459}). */
  private static final Pattern YEAR_COLUMN =
      Pattern.compile(
          "(male_population|female_population|population|crude_birth_rate)_((?:19|[2-9]\\d)\\d\\d)");

  private static final CsvColumn ID = CsvColumn.of("adminPcode");
  private static final CsvColumn NAME = CsvColumn.of("name");

  private Statistics() {}

  /**
   * Reads a statistics file.
   *
   * @param in the characters (closed when done)
   * @param sourceName the name used in error messages
   * @param gazetteer the units
   * @param ids the areas' OpenCRVS ids; an id not in it is looked up as a gazetteer code
   * @param source the source of every figure (the file's provenance)
   * @return the table, the number of rows kept whole, and every cell, row or column refused
   */
  public static ImportResult<PopulationTable> readCsv(
      Reader in, String sourceName, Gazetteer gazetteer, ExternalIds ids, Source source) {
    PopulationTable.Builder b = PopulationTable.builder();
    List<RowError> errors = new ArrayList<>();
    Map<String, Long> rowOfUnit = new HashMap<>();
    int kept = 0;
    try (CsvReader csv = CsvReader.of(in, sourceName)) {
      List<String> header = csv.header();
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i);
        index.put(h, i);
        if (!h.equals(ID.name()) && !h.equals(NAME.name()) && !YEAR_COLUMN.matcher(h).matches()) {
          errors.add(
              new RowError(
                  csv.headerLine(),
                  h,
                  "",
                  "is not a column of the OpenCRVS statistics file: ignored"));
        }
      }
      if (!index.containsKey(ID.name())) {
        throw new CsvImportException(
            sourceName
                + ": line "
                + csv.headerLine()
                + ": no adminPcode column; the header has "
                + header);
      }
      while (true) {
        Optional<CsvRow> next = csv.nextWellFormed(index, errors);
        if (next.isEmpty()) {
          break;
        }
        int before = errors.size();
        row(next.get(), header, gazetteer, ids, source, b, errors, rowOfUnit);
        kept += errors.size() == before ? 1 : 0;
      }
    }
    return new ImportResult<>(b.build(), kept, errors);
  }

  private static void row(
      CsvRow r,
      List<String> header,
      Gazetteer gazetteer,
      ExternalIds ids,
      Source source,
      PopulationTable.Builder b,
      List<RowError> errors,
      Map<String, Long> rowOfUnit) {
    String id;
    try {
      id = r.require(ID);
    } catch (InvalidValueException e) {
      errors.add(new RowError(r.line(), ID.name(), "", "is missing"));
      return;
    }
    Optional<AdminUnit> unit =
        ids.unitCode(IdentifierScheme.OPENCRVS_ID, id)
            .flatMap(gazetteer::find)
            .or(() -> gazetteer.find(id));
    if (unit.isEmpty()) {
      errors.add(
          new RowError(
              r.line(),
              ID.name(),
              id,
              "is not an area of the mapping or the gazetteer: row refused"));
      return;
    }
    String code = unit.get().code();
    Long first = rowOfUnit.putIfAbsent(code, r.line());
    if (first != null) {
      // a later row would silently replace the figures of the first
      errors.add(
          new RowError(
              r.line(),
              ID.name(),
              id,
              "is the area " + code + " of line " + first + " again: row refused"));
      return;
    }
    for (String h : header) {
      Matcher m = YEAR_COLUMN.matcher(h);
      if (!m.matches()) {
        continue;
      }
      Optional<String> cell;
      try {
        cell = r.get(CsvColumn.of(h));
      } catch (InvalidValueException e) {
        errors.add(new RowError(r.line(), h, "", e.reason()));
        continue;
      }
      if (cell.isEmpty()) {
        continue;
      }
      int year = Integer.parseInt(m.group(2));
      try {
        double v = Double.parseDouble(cell.get());
        InvalidValueException.check(
            Double.isFinite(v) && v >= 0, h, cell.get(), "must be a number, 0 or more");
        switch (m.group(1)) {
          case "crude_birth_rate":
            b.crudeBirthRate(code, year, Optional.empty(), v, source);
            break;
          default:
            InvalidValueException.check(
                v == Math.rint(v), h, cell.get(), "must be a whole number of people");
            Optional<Sex> sex =
                m.group(1).startsWith("male")
                    ? Optional.of(Sex.MALE)
                    : m.group(1).startsWith("female") ? Optional.of(Sex.FEMALE) : Optional.empty();
            b.population(code, year, sex, AgeGroup.ALL, (long) v, source);
        }
      } catch (NumberFormatException e) {
        errors.add(new RowError(r.line(), h, cell.get(), "is not a number"));
      } catch (InvalidValueException e) {
        errors.add(new RowError(r.line(), h, cell.get(), e.reason()));
      }
    }
  }

  /**
   * Writes the statistics file for the units and years that have at least one figure in the
   * table (population of all ages, crude birth rate of both sexes). A figure the table lacks is
   * a blank cell, never 0; a crude birth rate the table only inherits from another unit ({@link
   * PopulationTable#inheritingBirthRateFrom(String)}) is not the unit's own and is not written.
   *
   * @param table the figures
   * @param gazetteer the units
   * @param ids the units' OpenCRVS ids (a unit without one is written with its code)
   * @param out where to write (flushed, not closed)
   */
  public static void writeCsv(
      PopulationTable table, Gazetteer gazetteer, ExternalIds ids, Writer out) {
    java.util.Set<PopulationTable.BirthRate> ownRates = new java.util.HashSet<>(table.birthRates());
    TreeSet<Integer> years = new TreeSet<>();
    java.util.Set<String> units = new java.util.HashSet<>();
    for (PopulationTable.Population p : table.populations()) {
      if (p.ageGroup().equals(AgeGroup.ALL)) {
        years.add(p.year());
        units.add(p.unitCode());
      }
    }
    for (PopulationTable.BirthRate r : table.birthRates()) {
      if (r.sex().isEmpty()) {
        years.add(r.year());
        units.add(r.unitCode());
      }
    }
    List<String> header = new ArrayList<>(List.of(ID.name(), NAME.name()));
    for (int y : years) {
      header.addAll(
          List.of(
              "male_population_" + y,
              "female_population_" + y,
              "population_" + y,
              "crude_birth_rate_" + y));
    }
    CsvWriter w = CsvWriter.of(out);
    w.row(header);
    for (AdminUnit u : gazetteer.all()) {
      if (!units.contains(u.code())
          && u.identifiers().values().stream().noneMatch(units::contains)) {
        continue;
      }
      List<String> row = new ArrayList<>();
      row.add(ids.externalId(u.code(), IdentifierScheme.OPENCRVS_ID).orElse(u.code()));
      row.add(u.nameEnglish().isEmpty() ? u.name() : u.nameEnglish());
      for (int y : years) {
        row.add(count(table.population(u, y, Optional.of(Sex.MALE), AgeGroup.ALL)));
        row.add(count(table.population(u, y, Optional.of(Sex.FEMALE), AgeGroup.ALL)));
        row.add(count(table.population(u, y, Optional.empty(), AgeGroup.ALL)));
        row.add(
            table
                .crudeBirthRate(u, y, Optional.empty())
                // the unit's own rate, not one inherited by the table's option
                .filter(
                    r ->
                        ownRates.contains(r)
                            && (r.unitCode().equals(u.code())
                                || u.identifiers().containsValue(r.unitCode())))
                .map(
                    r ->
                        new java.math.BigDecimal(Double.toString(r.perThousand()))
                            .stripTrailingZeros()
                            .toPlainString())
                .orElse(""));
      }
      w.row(row);
    }
    w.flush();
  }

  private static String count(Optional<PopulationTable.Population> p) {
    return p.map(x -> Long.toString(x.count())).orElse("");
  }
}
