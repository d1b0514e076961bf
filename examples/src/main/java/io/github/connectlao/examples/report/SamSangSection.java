package io.github.connectlao.examples.report;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.json.ConnectLaoJson;
import io.github.connectlao.targets.SamSang;
import io.github.connectlao.targets.SamSangReport;
import io.github.connectlao.targets.SamSangRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Sam Sang targets of the 9th NSEDP for the nation and every province: units, required by
 * 2025 (exact fractions rounded up), achieved where a sourced count exists, gap and status.
 */
public final class SamSangSection implements ReportSection {

  @Override
  public String title(Lang lang) {
    return lang.pick("Sam Sang targets", "ຄາດໝາຍສາມສ້າງ");
  }

  @Override
  public void write(ReportContext ctx, ReportOutput out) throws Exception {
    Lang lang = ctx.lang();
    // village totals come from the community list (unofficial); the rows say so in their basis
    Gazetteer g = ctx.withVillages().accepted();
    int year = Math.max(2021, Math.min(2200, ctx.options().date().getYear()));
    SamSangReport report =
        SamSang.rollup(g, year).counts(List.of(SamSang.luangNamtha2018())).build();
    out.text(
        "By "
            + SamSang.TARGET_YEAR
            + " (9th NSEDP): at least "
            + SamSang.nationalShare(AdminLevel.PROVINCE)
            + " of provinces strategic units, "
            + SamSang.nationalShare(AdminLevel.DISTRICT)
            + " of districts "
            + "comprehensively strong units, "
            + SamSang.nationalShare(AdminLevel.VILLAGE)
            + " of villages development "
            + "units. Targets: "
            + SamSang.NSEDP9_SOURCE.citation()
            + " ["
            + SamSang.NSEDP9_SOURCE.confidence().name().toLowerCase(java.util.Locale.ROOT)
            + "].",
        "ຮອດປີ "
            + SamSang.TARGET_YEAR
            + " (ແຜນພັດທະນາເສດຖະກິດ-ສັງຄົມ ຄັ້ງທີ 9): ຢ່າງໜ້ອຍ "
            + SamSang.nationalShare(AdminLevel.PROVINCE)
            + " ຂອງແຂວງ ເປັນຫົວໜ່ວຍຍຸດທະສາດ, "
            + SamSang.nationalShare(AdminLevel.DISTRICT)
            + " ຂອງເມືອງ ເປັນຫົວໜ່ວຍເຂັ້ມແຂງຮອບດ້ານ, "
            + SamSang.nationalShare(AdminLevel.VILLAGE)
            + " ຂອງບ້ານ ເປັນຫົວໜ່ວຍພັດທະນາ. ແຫຼ່ງ: "
            + SamSang.NSEDP9_SOURCE.citation()
            + ".");

    Table.Builder t =
        Table.builder(
            "sam-sang-targets",
            lang.pick("Sam Sang targets, situation in " + year, "ຄາດໝາຍສາມສ້າງ " + year),
            "area",
            "name",
            "status",
            "share",
            "units",
            "basis",
            "required",
            "achieved",
            "year",
            "gap",
            "progress");
    for (SamSangRow r : report.rows()) {
      t.row(
          r.area().code(),
          Table.name(r.area()),
          Table.text(r.status().nameEnglish(), r.status().nameLao()),
          r.target().target().value().toString(),
          r.total(),
          Say.basis(r.totalBasis()),
          r.required(),
          r.achieved(),
          r.achievedYear(),
          r.gap(),
          Say.progress(r));
    }
    t.labels(
        lang,
        "ລະຫັດ",
        "ຊື່",
        "ສະຖານະ",
        "ສ່ວນ",
        "ຫົວໜ່ວຍ",
        "ພື້ນຖານ",
        "ຄາດໝາຍ",
        "ບັນລຸ",
        "ປີ",
        "ຍັງຂາດ",
        "ຄວາມຄືບໜ້າ");
    t.note(
        lang.pick(
            "required = share × units, rounded up; village totals from the community list (unofficial); "
                + "achieved only where a sourced count exists (Luang Namtha 2018, LSB); empty = no value",
            "ຄາດໝາຍ = ສ່ວນ × ຫົວໜ່ວຍ, ປັດຂຶ້ນ; ຈຳນວນບ້ານ ຈາກລາຍຊື່ຂອງຊຸມຊົນ (ບໍ່ເປັນທາງການ); ບັນລຸ: ຫຼວງນ້ຳທາ 2018 (ສູນສະຖິຕິແຫ່ງຊາດ); "
                + "ຫວ່າງ = ບໍ່ມີຄ່າ"));
    out.table(t.build());
    out.document(
        "sam-sang-report.json",
        "the whole rollup in the library's JSON form (docs/json.md)",
        "ການສັງລວມທັງໝົດ ໃນຮູບແບບ JSON ຂອງຫ້ອງສະໝຸດ (docs/json.md)",
        ConnectLaoJson.standard().writePretty(report) + "\n");
    for (String p : report.problems()) {
      out.text("Note: " + p, "ໝາຍເຫດ: " + p);
    }

    Lang cl = out.chartLang();
    List<String> names = new ArrayList<>();
    List<Number> required = new ArrayList<>();
    List<Number> achieved = new ArrayList<>();
    for (AdminUnit p : g.units(AdminLevel.PROVINCE)) {
      for (SamSangRow r : report.province(p.code())) {
        if (r.status().level() == AdminLevel.VILLAGE) {
          names.add(cl.name(p));
          required.add(r.required().isPresent() ? r.required().getAsLong() : null);
          achieved.add(
              r.achieved().isPresent()
                  ? r.achieved().getAsLong()
                  : null); // no bar: no value, not 0
        }
      }
    }
    Map<String, List<? extends Number>> series = new LinkedHashMap<>();
    series.put(
        out.titleLang()
            .pick(
                "required by 2025 (2/3 of villages; totals from the unofficial community list)",
                "ຄາດໝາຍ 2025 (2/3 ຂອງບ້ານ)"),
        required);
    series.put(
        out.titleLang().pick("achieved (latest sourced count: Luang Namtha 2018)", "ບັນລຸແລ້ວ"),
        achieved);
    out.chart(
        "sam-sang-villages",
        Charts.withSource(
            Charts.bars(
                out.titleLang()
                    .pick(
                        "Sam Sang: development villages by province",
                        "ສາມສ້າງ: ບ້ານເປັນຫົວໜ່ວຍພັດທະນາ"),
                out.titleLang().pick("villages", "ບ້ານ"),
                names,
                series,
                Optional.empty(),
                false),
            out.titleLang()
                .pick(
                    "Sources: 9th NSEDP targets; Luang Namtha 2018 (LSB); no bar = no sourced count",
                    "ແຫຼ່ງ: ແຜນພັດທະນາ ຄັ້ງທີ 9; Luang Namtha 2018; ບໍ່ມີແທ່ງ = ບໍ່ມີຂໍ້ມູນ")));
  }
}
