package io.github.connectlao.interop.opencrvs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.admin.IdentifierScheme;
import io.github.connectlao.csv.CsvImportException;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.CsvRow;
import io.github.connectlao.csv.CsvWriter;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.interop.ExternalIds;
import io.github.connectlao.interop.MatchReport;
import io.github.connectlao.interop.UnitMatch;
import io.github.connectlao.interop.UnitMatcher;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes the administrative structure of an OpenCRVS country configuration ({@code
 * src/data-seeding/locations/source/administrative-areas.csv} in OpenCRVS 2.0, {@code
 * locations.csv} in 1.9): one row per lowest area, with the HDX columns {@code adminNName_en},
 * {@code adminNName_alias}, {@code adminNPcode} for each level N from 0 (the country) to 4.
 *
 * <pre>
 * admin2Name_en,admin2Name_alias,admin2Pcode,admin1Name_en,admin1Name_alias,admin1Pcode,admin0Name_en,admin0Name_alias,admin0Pcode
 * Houayxay,ຫ້ວຍຊາຍ,LA0501,Bokeo,ບໍ່ແກ້ວ,LA05,Lao PDR,ສປປ ລາວ,LA
 * </pre>
 *
 * <p>As OpenCRVS does, every non-empty {@code adminNPcode} (N ≥ 1) becomes an area whose id (and
 * statistical id) is that code, whose name is {@code adminNName_en}, and whose {@code partOf} is
 * {@code Location/} + the code of the nearest non-empty level above, or {@code Location/0} at the
 * top. An area that appears in several rows must agree with itself; a row that contradicts an
 * earlier one is reported with its line and kept out. Level 1 is a province (ແຂວງ), 2 a district
 * (ເມືອງ), 3 a village (ບ້ານ).
 */
public final class AdministrativeAreas {
  private static final int LEVELS = 4;

  private AdministrativeAreas() {}

  /**
   * One administrative area as OpenCRVS derives it.
   *
   * @param id the area's id (its {@code adminNPcode})
   * @param name the English name
   * @param alias the alias (the local-language name), or {@code ""}
   * @param adminLevel N of the {@code adminN} columns, 1 to 4
   * @param parentId the parent area's id, empty for a level-1 area
   * @param line the line of the first row naming it
   */
  public record Area(
      String id, String name, String alias, int adminLevel, Optional<String> parentId, long line) {
    /**
     * Validates the area.
     *
     * @param id id
     * @param name name
     * @param alias alias
     * @param adminLevel level
     * @param parentId parent
     * @param line line
     */
    public Area {
      id = InvalidValueException.requiredText(id, "id");
      name = InvalidValueException.requiredText(name, "name");
      alias = alias == null ? "" : alias.strip();
      InvalidValueException.check(
          adminLevel >= 1 && adminLevel <= LEVELS, "adminLevel", adminLevel, "must be 1 to 4");
      InvalidValueException.required(parentId, "parentId");
    }

    /** @return OpenCRVS's {@code partOf}: {@code Location/<parent id>}, or {@code Location/0} at the top */
    public String partOf() {
      return "Location/" + parentId.orElse("0");
    }

    /** @return the library's level of the area: province, district or village */
    public Optional<AdminLevel> level() {
      return adminLevel <= 3 ? Optional.of(AdminLevel.values()[adminLevel]) : Optional.empty();
    }
  }

  /**
   * Reads the administrative structure.
   *
   * @param in the characters (closed when done)
   * @param sourceName the name used in error messages
   * @return the areas, parents before children, the number of rows kept, and every row refused
   */
  public static ImportResult<List<Area>> readCsv(Reader in, String sourceName) {
    Map<String, Area> areas = new LinkedHashMap<>();
    List<RowError> errors = new ArrayList<>();
    int keptRows = 0;
    try (CsvReader csv = CsvReader.of(in, sourceName)) {
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < csv.header().size(); i++) {
        index.put(csv.header().get(i), i);
      }
      boolean any = false;
      for (int n = 1; n <= LEVELS; n++) {
        any |= index.containsKey("admin" + n + "Pcode");
      }
      if (!any || !index.containsKey("admin1Pcode")) {
        throw new CsvImportException(
            sourceName + ": line 1: no admin1Pcode column; the header has " + csv.header());
      }
      while (true) {
        Optional<CsvRow> next = csv.nextWellFormed(index, errors);
        if (next.isEmpty()) {
          break;
        }
        int before = errors.size();
        row(next.get(), areas, errors);
        keptRows += errors.size() == before ? 1 : 0;
      }
    }
    // a row may name several areas, and an area several rows: count the rows, as ImportResult says
    return new ImportResult<>(List.copyOf(areas.values()), keptRows, errors);
  }

  private static void row(CsvRow r, Map<String, Area> areas, List<RowError> errors) {
    List<Area> found = new ArrayList<>();
    Optional<String> parent = Optional.empty();
    for (int n = 1; n <= LEVELS; n++) {
      Optional<String> id = r.get(io.github.connectlao.csv.CsvColumn.of("admin" + n + "Pcode"));
      if (id.isEmpty() || id.get().equals("-")) {
        continue;
      }
      String name =
          r.get(io.github.connectlao.csv.CsvColumn.of("admin" + n + "Name_en")).orElse("");
      if (name.isEmpty()) {
        errors.add(
            new RowError(r.line(), "admin" + n + "Name_en", "", "is missing for " + id.get()));
        return;
      }
      String alias =
          r.get(io.github.connectlao.csv.CsvColumn.of("admin" + n + "Name_alias")).orElse("");
      Area a = new Area(id.get(), name, alias, n, parent, r.line());
      Area had = areas.get(a.id());
      if (had != null
          && (!had.name().equals(a.name())
              || !had.parentId().equals(a.parentId())
              || had.adminLevel() != a.adminLevel())) {
        errors.add(
            new RowError(
                r.line(),
                "admin" + n + "Pcode",
                a.id(),
                "contradicts line "
                    + had.line()
                    + " ("
                    + had.name()
                    + ", "
                    + had.partOf()
                    + "): the row is refused"));
        return;
      }
      found.add(had == null ? a : had);
      parent = Optional.of(a.id());
    }
    if (found.isEmpty()) {
      errors.add(new RowError(r.line(), "", "", "names no area (every adminNPcode is empty)"));
      return;
    }
    for (Area a : found) {
      areas.putIfAbsent(a.id(), a);
    }
  }

  /**
   * Matches areas to the gazetteer, parents first: by OpenCRVS id in the mapping, then by the id as
   * a gazetteer code (a Lao configuration may use the P-codes), then by name under the parent.
   *
   * @param areas the areas (parents before children, as {@link #readCsv} gives them)
   * @param matcher the matcher
   * @return every area's outcome
   */
  public static MatchReport match(List<Area> areas, UnitMatcher matcher) {
    Map<String, UnitMatch> byId = new HashMap<>();
    List<UnitMatch> out = new ArrayList<>();
    for (Area a : areas) {
      Optional<String> parent =
          a.parentId()
              .map(byId::get)
              .filter(m -> m != null && m.isMatched())
              .map(m -> m.unit().orElseThrow().code());
      if (a.parentId().isEmpty()) {
        parent = Optional.of(matcher.gazetteer().nation().code());
      }
      UnitMatch m =
          a.level().isEmpty()
              ? new UnitMatch(
                  a.id(),
                  a.name(),
                  UnitMatch.Status.MISSING,
                  Optional.empty(),
                  List.of(),
                  "admin level " + a.adminLevel() + " is below the villages")
              : matcher.match(
                  IdentifierScheme.OPENCRVS_ID,
                  a.id(),
                  Optional.of(a.id()),
                  a.name(),
                  parent,
                  a.level());
      byId.put(a.id(), m);
      out.add(m);
    }
    return new MatchReport(out);
  }

  /**
   * Writes the administrative structure of a gazetteer down to a level, one row per unit of that
   * level (or per unit above it that has no unit of that level below), columns from that level up
   * to {@code admin0}, as OpenCRVS 2.0's sample file orders them. Ids are the units' OpenCRVS ids
   * from the mapping, else their codes; aliases are the Lao names.
   *
   * @param gazetteer the units
   * @param ids the mapping ({@link IdentifierScheme#OPENCRVS_ID}); may be empty
   * @param lowest {@link AdminLevel#PROVINCE}, {@link AdminLevel#DISTRICT} or {@link AdminLevel#VILLAGE}
   * @param out where to write (flushed, not closed)
   */
  public static void writeCsv(Gazetteer gazetteer, ExternalIds ids, AdminLevel lowest, Writer out) {
    InvalidValueException.check(
        lowest != AdminLevel.NATIONAL, "lowest", lowest, "must be below the nation");
    int depth = lowest.depth();
    CsvWriter w = CsvWriter.of(out);
    List<String> header = new ArrayList<>();
    for (int n = depth; n >= 0; n--) {
      header.add("admin" + n + "Name_en");
      header.add("admin" + n + "Name_alias");
      header.add("admin" + n + "Pcode");
    }
    w.row(header);
    for (AdminUnit u : gazetteer.all()) {
      int d = u.level().depth();
      if (d == 0 || d > depth) {
        continue;
      }
      boolean leaf =
          d == depth || gazetteer.children(u).stream().noneMatch(c -> c.level().depth() <= depth);
      if (!leaf) {
        continue;
      }
      List<AdminUnit> chain = new ArrayList<>(gazetteer.ancestors(u));
      chain.add(0, u);
      String[] cells = new String[header.size()];
      java.util.Arrays.fill(cells, "");
      for (AdminUnit a : chain) {
        int col = (depth - a.level().depth()) * 3;
        cells[col] = a.nameEnglish().isEmpty() ? a.name() : a.nameEnglish();
        cells[col + 1] = a.nameLao();
        cells[col + 2] = ids.externalId(a.code(), IdentifierScheme.OPENCRVS_ID).orElse(a.code());
      }
      w.row(cells);
    }
    w.flush();
  }

  /**
   * The OpenCRVS ids of matched areas, as a mapping.
   *
   * @param report the match report
   * @return the mapping ({@link IdentifierScheme#OPENCRVS_ID})
   */
  public static ExternalIds ids(MatchReport report) {
    return report.toExternalIds(IdentifierScheme.OPENCRVS_ID);
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
