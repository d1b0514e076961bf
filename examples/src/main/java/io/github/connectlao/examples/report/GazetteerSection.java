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
    Gazetteer withVillages = ctx.withVillages().accepted();
    Lang lang = ctx.lang();
    out.text(
        "Gazetteer: " + lao.description() + ".",
        "ລາຍຊື່ຫົວໜ່ວຍການປົກຄອງ: ລາຍຊື່ທີ່ຝັງໄວ້ ຂອງ ສປປ ລາວ (OCHA COD-AB 2019, ISO 3166-2, CLDR; "
            + "ບ້ານ: ລາຍຊື່ຂອງຊຸມຊົນ).");

    Table.Builder levels =
        Table.builder(
            "units-per-level",
            lang.pick("Units per level", "ຈຳນວນຫົວໜ່ວຍຕາມລະດັບ"),
            "level",
            "units");
    for (AdminLevel level : AdminLevel.values()) {
      levels.row(
          Table.text(level.nameEnglish(), level.nameLao()),
          level == AdminLevel.VILLAGE ? withVillages.count(level) : lao.count(level));
    }
    levels.labels(lang, "ລະດັບ", "ຈຳນວນ");
    int left = ctx.withVillages().errors().size();
    levels.note(
        lang.pick(
            "villages: the community list @lailao10x/lao-address 0.0.3 (MIT), unofficial; "
                + left
                + " villages with an unknown district left out",
            "ບ້ານ: ລາຍຊື່ຂອງຊຸມຊົນ @lailao10x/lao-address 0.0.3 "
                + "(MIT), ບໍ່ເປັນທາງການ; "
                + left
                + " ບ້ານ ທີ່ບໍ່ຮູ້ເມືອງ ບໍ່ໄດ້ນັບ"));
    out.table(levels.build());

    Table.Builder provinces =
        Table.builder(
            "units-per-province",
            lang.pick("Districts and villages per province", "ເມືອງ ແລະ ບ້ານ ຕາມແຂວງ"),
            "code",
            "ISO",
            "province",
            "districts",
            "villages (unofficial)");
    Map<String, Integer> districts = new LinkedHashMap<>();
    for (AdminUnit p : lao.units(AdminLevel.PROVINCE)) {
      int d = lao.descendants(p, AdminLevel.DISTRICT).size();
      int v = withVillages.descendants(withVillages.unit(p.code()), AdminLevel.VILLAGE).size();
      provinces.row(p.code(), p.isoCode().orElse(""), Table.name(p), d, v);
      districts.put(out.chartLang().name(p), d);
    }
    provinces.labels(lang, "ລະຫັດ", "ISO", "ແຂວງ", "ເມືອງ", "ບ້ານ (ບໍ່ເປັນທາງການ)");
    provinces.note(
        lang.pick(
            "codes: OCHA P-codes and ISO 3166-2; names and districts: OCHA COD-AB 2019 via HDX "
                + "(CC BY 3.0 IGO) and CLDR",
            "ລະຫັດ: OCHA P-code ແລະ ISO 3166-2; ຊື່ ແລະ ເມືອງ: OCHA COD-AB 2019 (CC BY 3.0 IGO) ແລະ CLDR"));
    out.table(provinces.build());

    out.chart(
        "districts-per-province",
        Charts.withSource(
            Charts.bars(
                out.titleLang().pick("Districts per province", "ຈຳນວນເມືອງຕໍ່ແຂວງ"),
                out.titleLang().pick("districts", "ເມືອງ"),
                districts,
                out.titleLang().pick("districts", "ເມືອງ")),
            out.titleLang()
                .pick(
                    "Source: OCHA COD-AB 2019 (National Geographic Department of Lao PDR / OCHA ROAP, via HDX)",
                    "ແຫຼ່ງ: OCHA COD-AB 2019 (ກົມແຜນທີ່ແຫ່ງຊາດ / OCHA ROAP)")));
  }
}
