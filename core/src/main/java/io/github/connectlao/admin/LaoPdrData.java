package io.github.connectlao.admin;

import io.github.connectlao.ConnectLaoException;
import io.github.connectlao.Confidence;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import io.github.connectlao.csv.CsvColumn;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.CsvRow;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the embedded default gazetteer from {@code io/github/connectlao/data/*.csv}; see {@code
 * SOURCES.md} beside those files for the provenance of every column.
 */
final class LaoPdrData {
  static final String DATA = "/io/github/connectlao/data/";

  static final Source NATION_SOURCE = Source.of(
      "ISO 3166-1 (code LA); names as in the MoHA source documents (ສປປ ລາວ, Lao PDR)", Confidence.VERIFIED);
  static final Source PROVINCE_SOURCE = Source.of(
      "OCHA COD-AB lao_adm_ngd_20191112 (HDX, CC BY 3.0 IGO) via nipndri/mapjsfiles@c2097832; "
          + "ISO 3166-2 via pycountry@6c2ac46a; Lao alternative from CLDR lo.xml@0cc74257",
      Confidence.VERIFIED);
  static final Source XAISOMBOUN_FROM = Source.of("statoids.com/ula.html (re-created as a province in 2013)",
      Confidence.SECONDARY);
  static final String COMMUNITY = "community list @lailao10x/lao-address 0.0.3 (npm, MIT), unofficial";

  private static final CsvColumn P_LSB = CsvColumn.of("lsb_code");
  private static final CsvColumn P_PCODE = CsvColumn.of("ocha_pcode");
  private static final CsvColumn P_ISO = CsvColumn.of("iso3166_2");
  private static final CsvColumn P_NAME_EN_ISO = CsvColumn.of("name_en_iso");
  private static final CsvColumn P_NAME_EN = CsvColumn.of("name_en_ocha");
  private static final CsvColumn P_NAME_LO = CsvColumn.of("name_lo_ocha");
  private static final CsvColumn P_NAME_LO_CLDR = CsvColumn.of("name_lo_cldr");
  private static final List<CsvColumn> PROVINCE_COLUMNS =
      List.of(P_LSB, P_PCODE, P_ISO, P_NAME_EN_ISO, P_NAME_EN, P_NAME_LO, P_NAME_LO_CLDR);

  private static final CsvColumn D_PCODE = CsvColumn.of("ocha_pcode");
  private static final CsvColumn D_LSB = CsvColumn.of("lsb_code");
  private static final CsvColumn D_PARENT = CsvColumn.of("province_pcode");
  private static final CsvColumn D_NAME_EN = CsvColumn.of("name_en_ocha");
  private static final CsvColumn D_NAME_LO = CsvColumn.of("name_lo_ocha");
  private static final CsvColumn D_NAME_EN_ALT = CsvColumn.of("name_en_alt");
  private static final CsvColumn D_NAME_LO_ALT = CsvColumn.of("name_lo_alt");
  private static final CsvColumn D_CODE_SOURCE = CsvColumn.of("code_source");
  private static final CsvColumn D_NOTE = CsvColumn.of("note");
  private static final List<CsvColumn> DISTRICT_COLUMNS = List.of(D_PCODE, D_LSB, D_PARENT, D_NAME_EN,
      D_NAME_LO, D_NAME_EN_ALT, D_NAME_LO_ALT, D_CODE_SOURCE, D_NOTE);

  private static final CsvColumn V_ID = CsvColumn.of("village_id");
  private static final CsvColumn V_DISTRICT = CsvColumn.of("district_lsb_code");
  private static final CsvColumn V_NAME_LO = CsvColumn.of("name_lo");
  private static final CsvColumn V_NAME_EN = CsvColumn.of("name_en");
  private static final CsvColumn V_KNOWN = CsvColumn.of("district_known");
  private static final List<CsvColumn> VILLAGE_COLUMNS = List.of(V_ID, V_DISTRICT, V_NAME_LO, V_NAME_EN, V_KNOWN);

  private LaoPdrData() {}

  /** Lazy, thread-safe holder of the default gazetteer. */
  static final class Holder {
    static final Gazetteer DEFAULT = load();

    private Holder() {}
  }

  static Gazetteer load() {
    List<AdminUnit> units = new ArrayList<>();
    units.add(AdminUnit.builder("LA", AdminLevel.NATIONAL)
        .nameLao("ສປປ ລາວ")
        .nameEnglish("Lao PDR")
        .alternativeNames("Lao People's Democratic Republic", "Laos")
        .identifier(IdentifierScheme.ISO_3166, "LA")
        .source(NATION_SOURCE)
        .build());
    units.addAll(read("lao_provinces.csv", PROVINCE_COLUMNS, LaoPdrData::province));
    units.addAll(read("lao_districts.csv", DISTRICT_COLUMNS, LaoPdrData::district));
    return Gazetteer.of("Lao PDR default gazetteer (OCHA COD-AB 2019, ISO 3166-2, CLDR, community list)", units);
  }

  private static AdminUnit province(CsvRow row) {
    String code = row.require(P_PCODE);
    AdminUnit.Builder b = AdminUnit.builder(code, AdminLevel.PROVINCE)
        .parent("LA")
        .nameLao(row.require(P_NAME_LO))
        .nameEnglish(row.require(P_NAME_EN))
        .alternativeNames(row.get(P_NAME_EN_ISO).orElse(""), row.get(P_NAME_LO_CLDR).orElse(""))
        .identifier(IdentifierScheme.ISO_3166, row.require(P_ISO))
        .identifier(IdentifierScheme.LSB, row.require(P_LSB))
        .source(PROVINCE_SOURCE);
    if (code.equals("LA18")) {
      b.validFrom(PartialDate.ofYear(2013)).source(Source.of(PROVINCE_SOURCE.citation(), Confidence.VERIFIED,
          "created as a province in 2013 (" + XAISOMBOUN_FROM + "); special zone 1994-2006"));
    }
    return b.build();
  }

  private static AdminUnit district(CsvRow row) {
    String codeSource = row.require(D_CODE_SOURCE);
    boolean ocha = codeSource.startsWith("OCHA");
    String note = row.get(D_NOTE).orElse(null);
    Source source = ocha
        ? Source.of(codeSource + " via nipndri/mapjsfiles@c2097832 (CC BY 3.0 IGO)", Confidence.VERIFIED, note)
        : Source.of(codeSource, Confidence.UNVERIFIED,
            "code and Lao name from the community list, not checked against OCHA"
                + (note == null ? "" : "; " + note));
    return AdminUnit.builder(row.require(D_PCODE), AdminLevel.DISTRICT)
        .parent(row.require(D_PARENT))
        .nameLao(row.get(D_NAME_LO).or(() -> row.get(D_NAME_LO_ALT)).orElse(""))
        .nameEnglish(row.require(D_NAME_EN))
        .alternativeNames(row.get(D_NAME_EN_ALT).orElse(""), row.get(D_NAME_LO_ALT).orElse(""))
        .identifier(IdentifierScheme.LSB, row.require(D_LSB))
        .source(source)
        .build();
  }

  static GazetteerImport communityVillages(Gazetteer gazetteer) {
    String file = "lao_villages_community.csv";
    List<RowError> errors = new ArrayList<>();
    List<GazetteerBuilder.Entry> entries = new ArrayList<>();
    try (InputStream in = resource(file); CsvReader csv = CsvReader.of(in, file)) {
      var index = csv.bind(VILLAGE_COLUMNS, VILLAGE_COLUMNS);
      for (var next = csv.next(index); next.isPresent(); next = csv.next(index)) {
        CsvRow row = next.get();
        String id = row.require(V_ID);
        String lsb = row.require(V_DISTRICT);
        boolean known = row.get(V_KNOWN).map("yes"::equals).orElse(false);
        int district = gazetteer.indexOf(lsb);
        if (!known || district < 0 || gazetteer.unitAt(district).level() != AdminLevel.DISTRICT) {
          errors.add(new RowError(row.line(), "district_lsb_code", lsb,
              "village " + id + " (" + row.get(V_NAME_LO).orElse("") + "): district "
                  + (known ? "not in the gazetteer" : "unknown in the community list") + "; not added"));
          continue;
        }
        AdminUnit unit = AdminUnit.builder("CV" + id, AdminLevel.VILLAGE)
            .parent(gazetteer.unitAt(district).code())
            .nameLao(row.get(V_NAME_LO).orElse(""))
            .nameEnglish(row.get(V_NAME_EN).orElse(""))
            .identifier(IdentifierScheme.COMMUNITY, id)
            .source(Source.of(COMMUNITY, Confidence.UNOFFICIAL, "not an official village register; code is the list's own id"))
            .build();
        entries.add(new GazetteerBuilder.Entry(unit, row.line()));
      }
    } catch (java.io.IOException e) {
      throw new ConnectLaoException("cannot read the bundled " + file + ": " + e.getMessage(), e);
    }
    return gazetteer.importEntries("community village list (unofficial)", entries, errors);
  }

  private static <T> List<T> read(String file, List<CsvColumn> columns, java.util.function.Function<CsvRow, T> mapper) {
    try (InputStream in = resource(file); CsvReader csv = CsvReader.of(in, file)) {
      ImportResult<T> result = csv.importRows(columns, columns.subList(0, 3), mapper, true);
      return result.accepted();
    } catch (java.io.IOException e) {
      throw new ConnectLaoException("cannot read the bundled " + file + ": " + e.getMessage(), e);
    }
  }

  static InputStream resource(String file) {
    InputStream in = LaoPdrData.class.getResourceAsStream(DATA + file);
    if (in == null) {
      throw new ConnectLaoException("the bundled data file " + DATA + file + " is missing from the jar");
    }
    return in;
  }
}
