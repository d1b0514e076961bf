package io.github.connectlao.admin;

import io.github.connectlao.Confidence;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.internal.BundledCsv;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the embedded default gazetteer from {@code io/github/connectlao/data/*.csv} (with {@link
 * BundledCsv}, so it needs no other jar); see {@code SOURCES.md} beside those files for the
 * provenance of every column.
 */
final class LaoPdrData {
  static final Source NATION_SOURCE = Source.of(
      "ISO 3166-1 (code LA); names as in the MoHA source documents (ສປປ ລາວ, Lao PDR)", Confidence.VERIFIED);
  static final Source PROVINCE_SOURCE = Source.of(
      "OCHA COD-AB lao_adm_ngd_20191112 (HDX, CC BY 3.0 IGO) via nipndri/mapjsfiles@c2097832; "
          + "ISO 3166-2 via pycountry@6c2ac46a; Lao alternative from CLDR lo.xml@0cc74257",
      Confidence.VERIFIED);
  static final Source XAISOMBOUN_FROM = Source.of("statoids.com/ula.html (re-created as a province in 2013)",
      Confidence.SECONDARY);
  static final String COMMUNITY = "community list @lailao10x/lao-address 0.0.3 (npm, MIT), unofficial";

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
    BundledCsv.read("lao_provinces.csv").forEach(row -> units.add(province(row)));
    BundledCsv.read("lao_districts.csv").forEach(row -> units.add(district(row)));
    return Gazetteer.of("Lao PDR default gazetteer (OCHA COD-AB 2019, ISO 3166-2, CLDR, community list)", units);
  }

  private static AdminUnit province(BundledCsv.Row row) {
    String code = row.require("ocha_pcode");
    AdminUnit.Builder b = AdminUnit.builder(code, AdminLevel.PROVINCE)
        .parent("LA")
        .nameLao(row.require("name_lo_ocha"))
        .nameEnglish(row.require("name_en_ocha"))
        .alternativeNames(row.get("name_en_iso").orElse(""), row.get("name_lo_cldr").orElse(""))
        .identifier(IdentifierScheme.ISO_3166, row.require("iso3166_2"))
        .identifier(IdentifierScheme.LSB, row.require("lsb_code"))
        .source(PROVINCE_SOURCE);
    if (code.equals("LA18")) {
      b.validFrom(PartialDate.ofYear(2013)).source(Source.of(PROVINCE_SOURCE.citation(), Confidence.VERIFIED,
          "created as a province in 2013 (" + XAISOMBOUN_FROM + "); special zone 1994-2006"));
    }
    return b.build();
  }

  private static AdminUnit district(BundledCsv.Row row) {
    String codeSource = row.require("code_source");
    boolean ocha = codeSource.startsWith("OCHA");
    String note = row.get("note").orElse(null);
    Source source = ocha
        ? Source.of(codeSource + " via nipndri/mapjsfiles@c2097832 (CC BY 3.0 IGO)", Confidence.VERIFIED, note)
        : Source.of(codeSource, Confidence.UNVERIFIED,
            "code and Lao name from the community list, not checked against OCHA"
                + (note == null ? "" : "; " + note));
    return AdminUnit.builder(row.require("ocha_pcode"), AdminLevel.DISTRICT)
        .parent(row.require("province_pcode"))
        .nameLao(row.get("name_lo_ocha").or(() -> row.get("name_lo_alt")).orElse(""))
        .nameEnglish(row.require("name_en_ocha"))
        .alternativeNames(row.get("name_en_alt").orElse(""), row.get("name_lo_alt").orElse(""))
        .identifier(IdentifierScheme.LSB, row.require("lsb_code"))
        .source(source)
        .build();
  }

  static GazetteerImport communityVillages(Gazetteer gazetteer) {
    String file = "lao_villages_community.csv";
    List<RowError> errors = new ArrayList<>();
    List<GazetteerBuilder.Entry> entries = new ArrayList<>();
    for (BundledCsv.Row row : BundledCsv.read(file)) {
      String id = row.require("village_id");
      String lsb = row.require("district_lsb_code");
      boolean known = row.get("district_known").map("yes"::equals).orElse(false);
      int district = gazetteer.indexOf(lsb);
      if (!known || district < 0 || gazetteer.unitAt(district).level() != AdminLevel.DISTRICT) {
        errors.add(new RowError(row.line(), "district_lsb_code", lsb,
            "village " + id + " (" + row.get("name_lo").orElse("") + "): district "
                + (known ? "not in the gazetteer" : "unknown in the community list") + "; not added"));
        continue;
      }
      AdminUnit unit = AdminUnit.builder("CV" + id, AdminLevel.VILLAGE)
          .parent(gazetteer.unitAt(district).code())
          .nameLao(row.get("name_lo").orElse(""))
          .nameEnglish(row.get("name_en").orElse(""))
          .identifier(IdentifierScheme.COMMUNITY, id)
          .source(Source.of(COMMUNITY, Confidence.UNOFFICIAL, "not an official village register; code is the list's own id"))
          .build();
      entries.add(new GazetteerBuilder.Entry(unit, row.line()));
    }
    return gazetteer.importEntries("community village list (unofficial)", entries, errors);
  }

}
