package io.github.connectlao.examples.report;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.AgeGroup;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.crvs.SyntheticRegistrations;
import io.github.connectlao.examples.maps.Maps;
import io.github.connectlao.targets.SamSang;
import io.github.connectlao.targets.SamSangReport;
import io.github.connectlao.targets.SamSangRow;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Maps by province and district: Sam Sang progress (real targets, achieved counts where a source
 * gives them) and birth-registration completeness and coverage of children under 18 computed from
 * the registrations of the run (the synthetic dataset unless {@code --registrations} is given,
 * labelled accordingly). A unit without a value is hatched, never drawn as 0.
 */
public final class MapsSection implements ReportSection {

  @Override
  public String title(Lang lang) {
    return lang.pick("Maps", "ແຜນທີ່");
  }

  /** Counts of births per unit index: born in the year, of them registered by the date; and children under 18. */
  private static final class Counts {
    final long[] born;
    final long[] registered;
    final long[] children;
    final long[] childrenRegistered;

    Counts(int units) {
      born = new long[units];
      registered = new long[units];
      children = new long[units];
      childrenRegistered = new long[units];
    }
  }

  @Override
  public void write(ReportContext ctx, ReportOutput out) throws Exception {
    Lang lang = ctx.lang();
    Lang ml = out.chartLang();
    if (!out.charts()) {
      out.text("Maps skipped (--no-charts).", "ບໍ່ແຕ້ມແຜນທີ່ (--no-charts).");
      return;
    }
    Gazetteer lao = ctx.gazetteer();
    PopulationTable table = ctx.population();
    LocalDate date = ctx.options().date();
    boolean synthetic = ctx.registrationFile().isEmpty();
    int year = completenessYear(table, lao, date);
    LocalDate coverageDate = LocalDate.of(2020, 6, 30); // the only year with a population under 18 embedded
    Counts c = ctx.progress().step("counting births for the maps", () -> count(ctx, lao, year, date, coverageDate));

    String label = synthetic ? ml.pick(" — SYNTHETIC data", " — ຂໍ້ມູນສັງເຄາະ") : "";
    String dataSource = synthetic
        ? ml.pick("Data: SYNTHETIC registrations (connect-lao), not statistics of the Lao PDR; population: LSB "
            + "projection; crude birth rate: World Bank (2024-02-21)",
            "ຂໍ້ມູນ: ການຈົດທະບຽນສັງເຄາະ, ບໍ່ແມ່ນສະຖິຕິຂອງ ສປປ ລາວ; ພົນລະເມືອງ: ສູນສະຖິຕິແຫ່ງຊາດ; ອັດຕາການເກີດ: ທະນາຄານໂລກ")
        : ml.pick("Data: the --registrations file; population: LSB projection; crude birth rate: World Bank (2024-02-21)",
            "ຂໍ້ມູນ: ໄຟລ໌ --registrations; ພົນລະເມືອງ: ສູນສະຖິຕິແຫ່ງຊາດ; ອັດຕາການເກີດ: ທະນາຄານໂລກ");
    double[] pct = {20, 40, 60, 80};
    Optional<Double> cbr = table.crudeBirthRate(lao.nation(), year, Optional.empty()).map(r -> r.perThousand());
    for (AdminLevel level : List.of(AdminLevel.PROVINCE, AdminLevel.DISTRICT)) {
      Map<String, Double> completeness = new LinkedHashMap<>();
      for (AdminUnit u : lao.units(level)) {
        Optional<PopulationTable.Population> pop = table.population(u, year, Optional.empty(), AgeGroup.ALL);
        long n = c.registered[lao.index(u)];
        boolean small = n > 0 && n < io.github.connectlao.disclosure.Release.DEFAULT_THRESHOLD;
        if (pop.isPresent() && cbr.isPresent() && pop.get().count() > 0 && !small) {
          double estimated = cbr.get() * pop.get().count() / 1000;
          completeness.put(u.code(), 100.0 * c.registered[lao.index(u)] / estimated);
        }
      }
      String id = "map-completeness-" + level.name().toLowerCase(java.util.Locale.ROOT);
      String title = ml.pick("Birth registration completeness, births of " + year + ", by "
          + (level == AdminLevel.PROVINCE ? "province" : "district"), "ຄວາມຄົບຖ້ວນ ການເກີດປີ " + year + " ຕາມ"
          + (level == AdminLevel.PROVINCE ? "ແຂວງ" : "ເມືອງ")) + label;
      Maps.Level ml2 = level == AdminLevel.PROVINCE ? Maps.Level.PROVINCE : Maps.Level.DISTRICT;
      String src = dataSource + (completeness.isEmpty() ? ml.pick(" — no population for these units in " + year
          + ": every unit has no value", " — ບໍ່ມີພົນລະເມືອງ") : "");
      out.image(id, title, file -> write(file, ml2, completeness, title, src, ml, pct));
    }
    Map<String, Double> coverage = new LinkedHashMap<>();
    for (AdminUnit u : lao.units(AdminLevel.PROVINCE)) {
      long n = c.childrenRegistered[lao.index(u)];
      if (n > 0 && n < io.github.connectlao.disclosure.Release.DEFAULT_THRESHOLD) {
        continue; // a small count is not shown, even as a colour class (disclosure control)
      }
      table.population(u, 2020, Optional.empty(), AgeGroup.under(18)).filter(p -> p.count() > 0)
          .ifPresent(p -> coverage.put(u.code(), 100.0 * n / p.count()));
    }
    String covTitle = ml.pick("Birth registration coverage of children under 18, 2020-06-30, by province",
        "ການຄຸ້ມຄອງການຈົດທະບຽນການເກີດ ເດັກອາຍຸຕໍ່າກວ່າ 18 ປີ, 2020-06-30, ຕາມແຂວງ") + label;
    String covSource = dataSource + (synthetic ? ml.pick("; synthetic births start in 2006, so coverage "
        + "under 18 is understated", "; ການເກີດສັງເຄາະເລີ່ມປີ 2006") : "");
    out.image("map-coverage-under18-province", covTitle, file -> write(file, Maps.Level.PROVINCE, coverage, covTitle,
        covSource, ml, pct));

    SamSangReport sam = SamSang.rollup(ctx.withVillages().accepted(), Math.max(2021, Math.min(2200, date.getYear())))
        .counts(List.of(SamSang.luangNamtha2018())).build();
    Map<String, Double> progress = new LinkedHashMap<>();
    for (AdminUnit p : lao.units(AdminLevel.PROVINCE)) {
      for (SamSangRow r : sam.province(p.code())) {
        if (r.status().level() == AdminLevel.VILLAGE && r.achieved().isPresent() && r.required().isPresent()
            && r.required().getAsLong() > 0) {
          progress.put(p.code(), 100.0 * r.achieved().getAsLong() / r.required().getAsLong());
        }
      }
    }
    String samTitle = ml.pick("Sam Sang: development villages achieved, % of the 2025 requirement, by province",
        "ສາມສ້າງ: ບ້ານເປັນຫົວໜ່ວຍພັດທະນາ ທີ່ບັນລຸ, % ຂອງຄາດໝາຍ 2025, ຕາມແຂວງ");
    String samSource = ml.pick("Targets: 9th NSEDP (2/3 of villages); achieved: latest sourced count "
        + "(Luang Namtha 2018, LSB); village totals: unofficial community list",
        "ຄາດໝາຍ: ແຜນພັດທະນາ ຄັ້ງທີ 9; ບັນລຸ: Luang Namtha 2018 (ສູນສະຖິຕິແຫ່ງຊາດ)");
    out.image("map-sam-sang-province", samTitle, file -> write(file, Maps.Level.PROVINCE, progress, samTitle,
        samSource, ml, pct));
    out.text("Completeness by unit: registrations of births of " + year + " made by " + date + " / (national crude "
            + "birth rate × the unit's population of " + year + " / 1000); coverage: registered living children under "
            + "18 on 2020-06-30 / the projected population under 18 of 2020. Districts have no embedded population, so "
            + "their completeness has no value unless --population gives one. No district-level Sam Sang count is "
            + "sourced, so no district Sam Sang map is drawn. Hatched = no value (not 0), or a count from 1 to 4 "
            + "held back for confidentiality; the colours are classes of 20 points, never exact values.",
        "ຄວາມຄົບຖ້ວນ: ການຈົດທະບຽນການເກີດປີ " + year + " ຈົນຮອດ " + date + " / (ອັດຕາການເກີດ × ພົນລະເມືອງ / 1000); "
            + "ເມືອງບໍ່ມີຂໍ້ມູນພົນລະເມືອງ. ບໍ່ມີຂໍ້ມູນສາມສ້າງລະດັບເມືອງ. ລາຍເສັ້ນ = ບໍ່ມີຄ່າ (ບໍ່ແມ່ນ 0).");
  }

  /** Writes the map as PNG and, beside it, as SVG. */
  private static void write(java.nio.file.Path png, Maps.Level level, Map<String, Double> values, String title,
      String source, Lang lang, double[] breaks) throws java.io.IOException {
    Maps.writePng(Maps.choropleth(level, values, title, "%", source, lang, breaks), png);
    String name = png.getFileName().toString();
    java.nio.file.Files.writeString(png.resolveSibling(name.substring(0, name.length() - 4) + ".svg"),
        Maps.choroplethSvg(level, values, title, "%", source, lang, breaks), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The latest year up to the reference date with a national crude birth rate and province populations. */
  static int completenessYear(PopulationTable table, Gazetteer lao, LocalDate date) {
    AdminUnit first = lao.units(AdminLevel.PROVINCE).get(0);
    for (int y = date.getYear(); y >= 2000; y--) {
      if (table.crudeBirthRate(lao.nation(), y, Optional.empty()).isPresent()
          && table.population(first, y, Optional.empty(), AgeGroup.ALL).isPresent()) {
        return y;
      }
    }
    return date.getYear();
  }

  private static Counts count(ReportContext ctx, Gazetteer lao, int year, LocalDate date, LocalDate coverageDate) {
    Counts c = new Counts(lao.size());
    Map<String, int[]> chain = new HashMap<>();
    Gazetteer withVillages = ctx.withVillages().accepted();
    LocalDate under18From = coverageDate.minusYears(18).plusDays(1);
    Stream<BirthRegistration> births = ctx.registrationFile().<Stream<BirthRegistration>>map(r -> r.accepted().stream())
        .orElseGet(() -> SyntheticRegistrations.generate(lao, ctx.options().syntheticBirths(),
            BirthRegistrationSection.SEED));
    births.forEach(b -> {
      int[] units = chain.computeIfAbsent(b.placeOfBirthCode(), code -> units(lao, withVillages, code));
      boolean bornInYear = b.dateOfBirth().getYear() == year;
      boolean registeredByDate = b.registrationDate().map(d -> !d.isAfter(date)).orElse(false);
      boolean child = !b.dateOfBirth().isBefore(under18From) && !b.dateOfBirth().isAfter(coverageDate)
          && b.dateOfDeath().map(d -> d.isAfter(coverageDate)).orElse(true);
      boolean childRegistered = child && b.registrationDate().map(d -> !d.isAfter(coverageDate)).orElse(false);
      for (int u : units) {
        if (bornInYear && !b.dateOfBirth().isAfter(date)) {
          c.born[u]++;
          if (registeredByDate) {
            c.registered[u]++;
          }
        }
        if (child) {
          c.children[u]++;
          if (childRegistered) {
            c.childrenRegistered[u]++;
          }
        }
      }
    });
    return c;
  }

  /** The indexes (in the official gazetteer) of the nation, province and district a place belongs to. */
  private static int[] units(Gazetteer lao, Gazetteer withVillages, String code) {
    Optional<AdminUnit> unit = withVillages.find(code);
    if (unit.isEmpty()) {
      return new int[0];
    }
    List<AdminUnit> line = new java.util.ArrayList<>(withVillages.ancestors(unit.get()));
    line.add(unit.get());
    return line.stream().map(u -> lao.find(u.code())).flatMap(Optional::stream)
        .mapToInt(lao::index).distinct().toArray();
  }
}
