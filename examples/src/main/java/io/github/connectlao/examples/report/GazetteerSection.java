package io.github.connectlao.examples.report;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.util.LinkedHashMap;
import java.util.Map;

/** The gazetteer summary: units per level, and districts and villages per province. */
public final class GazetteerSection implements ReportSection {

  @Override
  public String title(Lang lang) {
    return lang.pick("Administrative units", "ຫົວໜ່ວຍການປົກຄອງ");
  }

  @Override
  public void write(ReportContext ctx, ReportOutput out) throws Exception {
    Gazetteer lao = ctx.gazetteer();
    Gazetteer withVillages = ctx.withVillages().gazetteer();
    Lang lang = ctx.lang();
    out.text("Gazetteer: " + lao.description() + ".");

    Table.Builder levels = Table.builder("units-per-level", lang.pick("Units per level", "ຈຳນວນຫົວໜ່ວຍຕາມລະດັບ"), "level", "level_lo", "units");
    for (AdminLevel level : AdminLevel.values()) {
      levels.row(level.nameEnglish(), level.nameLao(),
          level == AdminLevel.VILLAGE ? withVillages.count(level) : lao.count(level));
    }
    levels.labels(lang, "", "", "ຈຳນວນ").label(1, "ລະດັບ");
    levels.note("villages: the community list @lailao10x/lao-address 0.0.3 (MIT), unofficial; "
        + ctx.withVillages().result().errors().size() + " villages with an unknown district left out");
    out.table(levels.build());

    Table.Builder provinces = Table.builder("units-per-province",
        lang.pick("Districts and villages per province", "ເມືອງ ແລະ ບ້ານ ຕາມແຂວງ"),
        "code", "ISO", "province", "districts", "villages (unofficial)");
    Map<String, Integer> districts = new LinkedHashMap<>();
    for (AdminUnit p : lao.units(AdminLevel.PROVINCE)) {
      int d = lao.descendants(p, AdminLevel.DISTRICT).size();
      int v = withVillages.descendants(withVillages.unit(p.code()), AdminLevel.VILLAGE).size();
      provinces.row(p.code(), p.isoCode().orElse(""), lang.name(p), d, v);
      districts.put(out.chartLang().name(p), d);
    }
    provinces.labels(lang, "ລະຫັດ", "", "ແຂວງ", "ເມືອງ", "ບ້ານ");
    provinces.note("codes: OCHA P-codes and ISO 3166-2; names: OCHA/HDX (CC BY 3.0 IGO) and CLDR");
    out.table(provinces.build());

    out.chart("districts-per-province", Charts.bars(
        out.titleLang().pick("Districts per province", "ຈຳນວນເມືອງຕໍ່ແຂວງ"),
        out.titleLang().pick("districts", "ເມືອງ"), districts,
        out.titleLang().pick("districts (geoBoundaries 2019)", "ເມືອງ (geoBoundaries 2019)")));
  }
}
