package io.github.connectlao.admin;

import io.github.connectlao.Confidence;
import io.github.connectlao.Source;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.internal.BundledCsv;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the embedded default gazetteer from {@code io/github/connectlao/data/*.csv} (with {@link
 * BundledCsv}, so it needs no other jar); see {@code SOURCES.md} beside those files for the
 * provenance of every column.
 */
final class LaoPdrData {
  static final Source NATION_SOURCE =
      Source.of(
          "ISO 3166-1 (code LA); names as in the MoHA source documents (ສປປ ລາວ, Lao PDR)",
          Confidence.VERIFIED);
  static final Source PROVINCE_SOURCE =
      Source.of(
          "OCHA COD-AB lao_adm_ngd_20191112 (HDX, CC BY 3.0 IGO) via nipndri/mapjsfiles@c2097832; "
              + "ISO 3166-2 via pycountry@6c2ac46a; Lao alternative from CLDR lo.xml@0cc74257",
          Confidence.VERIFIED);
  static final String COMMUNITY =
      "community list @lailao10x/lao-address 0.0.3 (npm, MIT), unofficial";

  private LaoPdrData() {}

  /** Lazy, thread-safe holder of the default gazetteer. */
  static final class Holder {
    static final Gazetteer DEFAULT = load();

    private Holder() {}
  }

  static Gazetteer load() {
    List<AdminUnit> units = new ArrayList<>();
    units.add(
        AdminUnit.builder("LA", AdminLevel.NATIONAL)
            .nameLao("ສປປ ລາວ")
            .nameEnglish("Lao PDR")
            .alternativeNames("Lao People's Democratic Republic", "Laos")
            .identifier(IdentifierScheme.ISO_3166, "LA")
            .source(NATION_SOURCE)
            .build());
    BundledCsv.read("lao_provinces.csv").forEach(row -> units.add(province(row)));
    BundledCsv.read("lao_districts.csv").forEach(row -> units.add(district(row)));
    return Gazetteer.of(
            "Lao PDR default gazetteer (OCHA COD-AB 2019, ISO 3166-2, CLDR, community list)", units)
        .withHistory(TerritoryHistory.laoPdr());
  }

  private static AdminUnit province(BundledCsv.Row row) {
    String code = row.require("ocha_pcode");
    AdminUnit.Builder b =
        AdminUnit.builder(code, AdminLevel.PROVINCE)
            .parent("LA")
            .nameLao(row.require("name_lo_ocha"))
            .nameEnglish(row.require("name_en_ocha"))
            .alternativeNames(
                row.get("name_en_cldr").orElse(""), row.get("name_lo_cldr").orElse(""))
            .identifier(IdentifierScheme.ISO_3166, row.require("iso3166_2"))
            .identifier(IdentifierScheme.LSB, row.require("lsb_code"))
            .source(PROVINCE_SOURCE);
    return withHistory(b, code, PROVINCE_SOURCE);
  }

  private static AdminUnit district(BundledCsv.Row row) {
    String codeSource = row.require("code_source");
    boolean ocha = codeSource.startsWith("OCHA");
    String code = row.require("ocha_pcode");
    String confirmed =
        "P-code "
            + code
            + " and English name confirmed in "
            + row.require("pcode_confirmed_in")
            + " (HDX, via OCHA-DAP/hdx-python-country@b40de354)";
    Optional<String> lsb = row.get("lsb_code");
    String note = row.get("note").map(n -> confirmed + "; " + n).orElse(confirmed);
    if (lsb.isEmpty()) {
      note = note + "; Lao Statistics Bureau code unknown";
    }
    Source source =
        ocha
            ? Source.of(
                codeSource + " via nipndri/mapjsfiles@c2097832 (CC BY 3.0 IGO)",
                Confidence.VERIFIED,
                note)
            : Source.of(
                codeSource,
                Confidence.UNVERIFIED,
                note + "; Lao name from the community list, not checked against OCHA");
    AdminUnit.Builder b =
        AdminUnit.builder(code, AdminLevel.DISTRICT)
            .parent(row.require("province_pcode"))
            .nameLao(row.get("name_lo_ocha").or(() -> row.get("name_lo_alt")).orElse(""))
            .nameEnglish(row.require("name_en_ocha"))
            .alternativeNames(row.get("name_en_alt").orElse(""), row.get("name_lo_alt").orElse(""))
            .identifier(IdentifierScheme.LSB, lsb.orElse(null));
    return withHistory(b, code, source);
  }

  /**
   * Sets the validity dates that {@code lao_admin_history.csv} gives for a unit (the changes marked
   * {@code sets_validity}), and says in the source note which change they come from.
   */
  private static AdminUnit withHistory(AdminUnit.Builder b, String code, Source base) {
    Source source = base;
    for (TerritoryChange c : TerritoryHistory.laoPdr().changesOf(code)) {
      if (!c.setsValidity() || !c.unitCodes().contains(code)) {
        continue;
      }
      if (c.kind() == TerritoryChange.Kind.CREATED) {
        b.validFrom(c.date());
      } else {
        b.validTo(c.date());
      }
      String why =
          (c.kind() == TerritoryChange.Kind.CREATED ? "valid from " : "valid to ")
              + c.date()
              + " ("
              + c.id()
              + ": "
              + c.source().citation()
              + ", "
              + c.source().confidence()
              + ")";
      source =
          Source.of(
              source.citation(),
              source.confidence(),
              source.note().map(n -> n + "; " + why).orElse(why));
    }
    return b.source(source).build();
  }

  /**
   * The community list numbers its districts in its own way (the same as the LSB code for 145 districts,
   * not for Meun, Longsane and Longcheng); the {@code community_code} column of {@code lao_districts.csv}
   * maps each community district id to our P-code.
   */
  private static Map<String, String> communityDistricts() {
    Map<String, String> m = new HashMap<>();
    for (BundledCsv.Row row : BundledCsv.read("lao_districts.csv")) {
      row.get("community_code").ifPresent(c -> m.put(c, row.require("ocha_pcode")));
    }
    return m;
  }

  static ImportResult<Gazetteer> communityVillages(Gazetteer gazetteer) {
    String file = "lao_villages_community.csv";
    List<RowError> errors = new ArrayList<>();
    List<GazetteerBuilder.Entry> entries = new ArrayList<>();
    Map<String, String> communityDistricts = communityDistricts();
    for (BundledCsv.Row row : BundledCsv.read(file)) {
      String id = row.require("village_id");
      String lsb = row.require("district_lsb_code");
      boolean known = row.get("district_known").map("yes"::equals).orElse(false);
      int district = gazetteer.indexOf(communityDistricts.getOrDefault(lsb, "?"));
      if (!known || district < 0 || gazetteer.unitAt(district).level() != AdminLevel.DISTRICT) {
        errors.add(
            new RowError(
                row.line(),
                "district_lsb_code",
                lsb,
                "village "
                    + id
                    + " ("
                    + row.get("name_lo").orElse("")
                    + "): district "
                    + (known ? "not in the gazetteer" : "unknown in the community list")
                    + "; not added"));
        continue;
      }
      AdminUnit unit =
          AdminUnit.builder("CV" + id, AdminLevel.VILLAGE)
              .parent(gazetteer.unitAt(district).code())
              .nameLao(row.get("name_lo").orElse(""))
              .nameEnglish(row.get("name_en").orElse(""))
              .identifier(IdentifierScheme.COMMUNITY, id)
              .source(
                  Source.of(
                      COMMUNITY,
                      Confidence.UNOFFICIAL,
                      "not an official village register; code is the list's own id"))
              .build();
      entries.add(new GazetteerBuilder.Entry(unit, row.line()));
    }
    return gazetteer.importEntries("community village list (unofficial)", entries, errors);
  }
}
