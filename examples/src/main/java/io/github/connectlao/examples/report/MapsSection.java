package io.github.connectlao.examples.report;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.RegistrationRate;
import io.github.connectlao.examples.maps.Maps;
import io.github.connectlao.targets.SamSang;
import io.github.connectlao.targets.SamSangReport;
import io.github.connectlao.targets.SamSangRow;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Maps by province and district: Sam Sang progress (real targets, achieved counts where a source
 * gives them) and birth-registration completeness (births of the focus year) and coverage of
 * children under 18 (on the reference date). The birth maps draw <b>only</b> from the protected
 * release the birth-registration tables publish ({@link BirthFigures}): a value is drawn where the
 * release publishes its count and the population gives a denominator, a suppressed count is drawn
 * with the "suppressed" cross-hatch, a missing denominator with the "no value" hatch; never 0.
 */
public final class MapsSection implements ReportSection {

  @Override
  public String title(Lang lang) {
    return lang.pick("Maps", "ແຜນທີ່");
  }

  /**
   * What one birth map publishes: the values by unit code and the units whose count the release
   * suppresses (drawn as suppressed, not as "no value").
   *
   * @param values the published percentages by unit code
   * @param suppressed the units with a denominator whose count is suppressed
   */
  record MapData(Map<String, Double> values, @Nullable Set<String> suppressed) {}

  /**
   * Completeness of the focus year's births by unit, from the release's published registered
   * counts only.
   *
   * @param f the run's figures
   * @param lao the gazetteer
   * @param level provinces or districts
   * @return the map's values and suppressed units
   */
  static MapData completeness(BirthFigures f, Gazetteer lao, AdminLevel level) {
    Map<String, Double> values = new LinkedHashMap<>();
    Set<String> suppressed = new LinkedHashSet<>();
    List<String> codes =
        level == AdminLevel.PROVINCE
            ? lao.units(AdminLevel.PROVINCE).stream().map(AdminUnit::code).toList()
            : f.districts();
    for (String code : codes) {
      AdminUnit u = lao.unit(code);
      OptionalLong registered = f.release().value(code, "registered");
      RegistrationRate rate =
          RegistrationRate.completeness(
              u,
              f.window(),
              Optional.empty(),
              registered.orElse(0),
              RegistrationRate.Basis.OCCURRENCE,
              f.table(),
              "completeness");
      if (!rate.hasValue()) {
        continue; // no denominator: no value, whatever the count
      }
      if (registered.isEmpty()) {
        suppressed.add(code);
      } else {
        values.put(code, round1(rate.percent().orElseThrow()));
      }
    }
    return new MapData(values, suppressed);
  }

  /**
   * Coverage of children under 18 on the reference date by province, from the published counts of
   * the coverage release only.
   *
   * @param f the run's figures
   * @param lao the gazetteer
   * @param date the reference date
   * @return the map's values and suppressed units
   */
  static MapData coverage(BirthFigures f, Gazetteer lao, LocalDate date) {
    Map<String, Double> values = new LinkedHashMap<>();
    Set<String> suppressed = new LinkedHashSet<>();
    for (AdminUnit p : lao.units(AdminLevel.PROVINCE)) {
      OptionalLong n = f.cover18().value(p.code());
      RegistrationRate rate =
          RegistrationRate.coverage(p, date, 18, Optional.empty(), n.orElse(0), f.table());
      if (!rate.hasValue()) {
        continue;
      }
      if (n.isEmpty()) {
        suppressed.add(p.code());
      } else {
        values.put(p.code(), round1(rate.percent().orElseThrow()));
      }
    }
    return new MapData(values, suppressed);
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  @Override
  public void write(ReportContext ctx, ReportOutput out) throws Exception {
    Lang ml = out.chartLang();
    if (!out.charts()) {
      out.text("Maps skipped (--no-charts).", "ບໍ່ແຕ້ມແຜນທີ່ (--no-charts).");
      return;
    }
    Gazetteer lao = ctx.gazetteer();
    LocalDate date = ctx.options().date();
    BirthFigures f = ctx.birthFigures();
    boolean synthetic = f.synthetic();
    int year = f.year();

    String label = synthetic ? ml.pick(" — SYNTHETIC data", " — ຂໍ້ມູນສັງເຄາະ") : "";
    String dataSource =
        synthetic
            ? ml.pick(
                "Data: SYNTHETIC registrations (connect-lao), not statistics of the Lao PDR; population: LSB "
                    + "projection; crude birth rate: World Bank (2024-02-21)",
                "ຂໍ້ມູນ: ການຈົດທະບຽນສັງເຄາະ (connect-lao), ບໍ່ແມ່ນສະຖິຕິຂອງ ສປປ ລາວ; ພົນລະເມືອງ: ການຄາດຄະເນຂອງ "
                    + "ສູນສະຖິຕິແຫ່ງຊາດ; ອັດຕາການເກີດດິບ: ທະນາຄານໂລກ (2024-02-21)")
            : ml.pick(
                "Data: the --registrations file; population: LSB projection; crude birth rate: World Bank (2024-02-21)",
                "ຂໍ້ມູນ: ໄຟລ໌ --registrations; ພົນລະເມືອງ: ການຄາດຄະເນຂອງ ສູນສະຖິຕິແຫ່ງຊາດ; ອັດຕາການເກີດດິບ: ທະນາຄານໂລກ "
                    + "(2024-02-21)");
    String protectedLine =
        ml.pick(
            "; counts as published in birth-registration-release.csv (cross-hatched = "
                + "suppressed for confidentiality)",
            "; ຈຳນວນ ຕາມທີ່ເຜີຍແຜ່ໃນ birth-registration-release.csv (ລາຍຕາໜ່າງ = "
                + "ປິດບັງເພື່ອຮັກສາຄວາມລັບ)");
    double[] pct = {20, 40, 60, 80};
    for (AdminLevel level : List.of(AdminLevel.PROVINCE, AdminLevel.DISTRICT)) {
      MapData data = completeness(f, lao, level);
      boolean province = level == AdminLevel.PROVINCE;
      String id = "map-completeness-" + level.name().toLowerCase(java.util.Locale.ROOT);
      String title =
          ml.pick(
                  "Birth registration completeness, births of "
                      + year
                      + ", by "
                      + (province ? "province" : "district"),
                  "ຄວາມຄົບຖ້ວນຂອງການຈົດທະບຽນການເກີດ, ການເກີດປີ "
                      + year
                      + ", ຕາມ"
                      + (province ? "ແຂວງ" : "ເມືອງ"))
              + label;
      Maps.Level ml2 = province ? Maps.Level.PROVINCE : Maps.Level.DISTRICT;
      boolean empty =
          data.values().isEmpty() && (data.suppressed() == null || data.suppressed().isEmpty());
      String src =
          dataSource
              + protectedLine
              + (empty
                  ? ml.pick(
                      " — no population or crude birth rate for these "
                          + "units in "
                          + year
                          + ": every unit has no value",
                      " — ບໍ່ມີພົນລະເມືອງ ຫຼື ອັດຕາການເກີດດິບ ຂອງຫົວໜ່ວຍເຫຼົ່ານີ້ "
                          + "ໃນປີ "
                          + year
                          + ": ທຸກຫົວໜ່ວຍບໍ່ມີຄ່າ")
                  : "");
      out.image(id, title, file -> write(file, ml2, data, title, src, ml, pct));
    }
    MapData coverage = coverage(f, lao, date);
    String covTitle =
        ml.pick(
                "Birth registration coverage of children under 18, " + date + ", by province",
                "ການຄຸ້ມຄອງການຈົດທະບຽນການເກີດ ເດັກອາຍຸຕໍ່າກວ່າ 18 ປີ, " + date + ", ຕາມແຂວງ")
            + label;
    boolean covEmpty =
        coverage.values().isEmpty()
            && (coverage.suppressed() == null || coverage.suppressed().isEmpty());
    String covSource =
        dataSource
            + protectedLine
            + (covEmpty
                ? ml.pick(
                    " — no population under 18 in "
                        + date.getYear()
                        + " (the embedded one is of 2020; give --date in 2020 or --population): every unit has no "
                        + "value",
                    " — ບໍ່ມີພົນລະເມືອງອາຍຸຕໍ່າກວ່າ 18 ປີ ໃນປີ "
                        + date.getYear()
                        + " (ຂໍ້ມູນທີ່ມີຢູ່ແມ່ນປີ 2020): "
                        + "ທຸກຫົວໜ່ວຍບໍ່ມີຄ່າ")
                : "")
            + (synthetic
                ? ml.pick(
                    "; synthetic births start in 2006, so coverage " + "under 18 is understated",
                    "; ການເກີດສັງເຄາະເລີ່ມປີ 2006, ສະນັ້ນການຄຸ້ມຄອງຕ່ຳກວ່າຄວາມເປັນຈິງ")
                : "");
    out.image(
        "map-coverage-under18-province",
        covTitle,
        file -> write(file, Maps.Level.PROVINCE, coverage, covTitle, covSource, ml, pct));

    SamSangReport sam =
        SamSang.rollup(
                ctx.withVillages().accepted(), Math.max(2021, Math.min(2200, date.getYear())))
            .counts(List.of(SamSang.luangNamtha2018()))
            .build();
    Map<String, Double> progress = new LinkedHashMap<>();
    for (AdminUnit p : lao.units(AdminLevel.PROVINCE)) {
      for (SamSangRow r : sam.province(p.code())) {
        if (r.status().level() == AdminLevel.VILLAGE
            && r.achieved().isPresent()
            && r.required().isPresent()
            && r.required().getAsLong() > 0) {
          progress.put(p.code(), 100.0 * r.achieved().getAsLong() / r.required().getAsLong());
        }
      }
    }
    String samTitle =
        ml.pick(
            "Sam Sang: development villages achieved, % of the 2025 requirement, by province",
            "ສາມສ້າງ: ບ້ານເປັນຫົວໜ່ວຍພັດທະນາ ທີ່ບັນລຸ, % ຂອງຄາດໝາຍ 2025, ຕາມແຂວງ");
    String samSource =
        ml.pick(
            "Targets: 9th NSEDP (2/3 of villages); achieved: latest sourced count "
                + "(Luang Namtha 2018, LSB); village totals: unofficial community list",
            "ຄາດໝາຍ: ແຜນພັດທະນາ ຄັ້ງທີ 9; ບັນລຸ: Luang Namtha 2018 (ສູນສະຖິຕິແຫ່ງຊາດ)");
    out.image(
        "map-sam-sang-province",
        samTitle,
        file ->
            write(
                file,
                Maps.Level.PROVINCE,
                new MapData(progress, null),
                samTitle,
                samSource,
                ml,
                pct));
    out.text(
        "Completeness by unit: registered births of "
            + year
            + " (as of "
            + date
            + ") as published in the "
            + "tables, over estimated births (national crude birth rate × the unit's population of "
            + year
            + " / 1000); coverage: registered living children under 18 on "
            + date
            + " as published in the coverage "
            + "table, over the population under 18 of "
            + date.getYear()
            + ". The maps publish nothing the tables do "
            + "not: every count behind a map is a cell of the protected release (birth-registration-release.csv "
            + "for completeness; districts appear only when --population gives their population, and then their "
            + "counts join the same release). Cross-hatched = suppressed for confidentiality (a count from 1 to "
            + (io.github.connectlao.disclosure.Release.DEFAULT_THRESHOLD - 1)
            + ", or a cell hidden so that such a "
            + "count cannot be recomputed); grey hatch = no value (not 0); the colours are classes of 20 points. No "
            + "district-level Sam Sang count is sourced, so no district Sam Sang map is drawn.",
        "ຄວາມຄົບຖ້ວນຕາມຫົວໜ່ວຍ: ການເກີດປີ "
            + year
            + " ທີ່ໄດ້ຈົດທະບຽນ (ນັບເຖິງ "
            + date
            + ") ຕາມທີ່ເຜີຍແຜ່ໃນຕາຕະລາງ, "
            + "ຫານໃຫ້ການເກີດຄາດຄະເນ (ອັດຕາການເກີດດິບຂອງຊາດ × ພົນລະເມືອງຂອງຫົວໜ່ວຍ ປີ "
            + year
            + " / 1000); "
            + "ການຄຸ້ມຄອງ: ເດັກອາຍຸຕໍ່າກວ່າ 18 ປີ ທີ່ໄດ້ຈົດທະບຽນ ແລະ ຍັງມີຊີວິດ ໃນວັນທີ "
            + date
            + " ຕາມທີ່ເຜີຍແຜ່, "
            + "ຫານໃຫ້ພົນລະເມືອງອາຍຸຕໍ່າກວ່າ 18 ປີ ຂອງປີ "
            + date.getYear()
            + ". ແຜນທີ່ບໍ່ເຜີຍແຜ່ຫຍັງທີ່ຕາຕະລາງບໍ່ເຜີຍແຜ່: "
            + "ທຸກຈຳນວນ ແມ່ນຫ້ອງຂອງການເຜີຍແຜ່ທີ່ປົກປ້ອງແລ້ວ (birth-registration-release.csv); ເມືອງ ສະແດງສະເພາະເມື່ອ "
            + "--population ໃຫ້ພົນລະເມືອງຂອງເມືອງ. ລາຍຕາໜ່າງ = ປິດບັງເພື່ອຮັກສາຄວາມລັບ (ຈຳນວນ 1 ຫາ "
            + (io.github.connectlao.disclosure.Release.DEFAULT_THRESHOLD - 1)
            + " ຫຼື ຫ້ອງທີ່ປິດໄວ້ ເພື່ອບໍ່ໃຫ້ຄຳນວນ"
            + "ຈຳນວນດັ່ງກ່າວຄືນໄດ້); ລາຍເສັ້ນສີເທົາ = ບໍ່ມີຄ່າ (ບໍ່ແມ່ນ 0); ສີ ແມ່ນຊັ້ນລະ 20 ຈຸດ. ບໍ່ມີຂໍ້ມູນສາມສ້າງ"
            + "ລະດັບເມືອງ, ສະນັ້ນ ບໍ່ມີແຜນທີ່ສາມສ້າງລະດັບເມືອງ.");
  }

  /** Writes the map as PNG and, beside it, as SVG. */
  private static void write(
      java.nio.file.Path png,
      Maps.Level level,
      MapData data,
      String title,
      String source,
      Lang lang,
      double[] breaks)
      throws java.io.IOException {
    Maps.writePng(
        Maps.choropleth(level, data.values(), data.suppressed(), title, "%", source, lang, breaks),
        png);
    String name = png.getFileName().toString();
    java.nio.file.Files.writeString(
        png.resolveSibling(name.substring(0, name.length() - 4) + ".svg"),
        Maps.choroplethSvg(
            level, data.values(), data.suppressed(), title, "%", source, lang, breaks),
        java.nio.charset.StandardCharsets.UTF_8);
  }
}
