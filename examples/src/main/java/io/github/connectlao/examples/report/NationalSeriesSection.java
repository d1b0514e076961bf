package io.github.connectlao.examples.report;

import io.github.connectlao.Source;
import io.github.connectlao.crvs.AgeGroup;
import io.github.connectlao.crvs.CrvsReferenceFigures;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.crvs.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * The real national series that opens the report: birth registrations recorded each year (Lao
 * Statistics Bureau), estimated births (World Bank crude birth rate × population / 1000) and
 * completeness on the registration basis, by year and sex where the data has it, with the method
 * and the sources beside it.
 *
 * <p><b>Population for a year.</b> A year with a national population figure in the table uses it
 * (census 2015, projections 2020 and 2021, or a {@code --population} row). A year between two such
 * figures uses a <em>derived</em> value, interpolated geometrically (constant growth rate) between
 * the nearest figure before and after, and says so. A year outside them has no value: never the
 * nearest year's figure.
 */
public final class NationalSeriesSection implements ReportSection {

  @Override
  public String title(Lang lang) {
    return lang.pick(
        "Birth registration in the Lao PDR: the national series (real data)",
        "ການຈົດທະບຽນການເກີດ ໃນ ສປປ ລາວ: ຊຸດຂໍ້ມູນລະດັບຊາດ (ຂໍ້ມູນຈິງ)");
  }

  /**
   * The population of a year and how it was obtained.
   *
   * @param count the population
   * @param basis {@code census}, {@code projection} ... as in the source, or {@code derived}
   * @param source the figure's source, or the two figures it was interpolated from
   */
  record YearPopulation(double count, String basis, String source) {}

  /**
   * The national population of a year by the rule of the class comment.
   *
   * @param table the population table
   * @param nation the nation
   * @param year the year
   * @return the population, or empty when no rule gives one
   */
  static Optional<YearPopulation> population(
      PopulationTable table, io.github.connectlao.admin.AdminUnit nation, int year) {
    Optional<PopulationTable.Population> exact =
        table.population(nation, year, Optional.empty(), AgeGroup.ALL);
    if (exact.isPresent()) {
      return Optional.of(
          new YearPopulation(
              exact.get().count(), basis(exact.get().source()), short_(exact.get().source())));
    }
    Optional<PopulationTable.Population> before = Optional.empty();
    Optional<PopulationTable.Population> after = Optional.empty();
    for (int y = year - 1; y >= year - 20 && before.isEmpty(); y--) {
      before = table.population(nation, y, Optional.empty(), AgeGroup.ALL);
    }
    for (int y = year + 1; y <= year + 20 && after.isEmpty(); y++) {
      after = table.population(nation, y, Optional.empty(), AgeGroup.ALL);
    }
    if (before.isEmpty() || after.isEmpty()) {
      return Optional.empty();
    }
    PopulationTable.Population a = before.get();
    PopulationTable.Population b = after.get();
    double t = (double) (year - a.year()) / (b.year() - a.year());
    double count = a.count() * Math.pow((double) b.count() / a.count(), t);
    return Optional.of(
        new YearPopulation(
            count, "derived", "interpolated between " + a.year() + " and " + b.year()));
  }

  private static String basis(Source s) {
    String c = s.citation().toLowerCase(Locale.ROOT);
    if (c.contains("projection")) {
      return "projection";
    }
    if (c.contains("census") || c.contains("phc2015")) {
      return "census";
    }
    return s.confidence().name().toLowerCase(Locale.ROOT);
  }

  private static String short_(Source s) {
    String c = s.citation();
    return c.length() > 80 ? c.substring(0, 77) + "…" : c;
  }

  @Override
  public void write(ReportContext ctx, ReportOutput out) throws Exception {
    Lang lang = ctx.lang();
    LocalDate date = ctx.options().date();
    var nation = ctx.gazetteer().nation();
    PopulationTable table = ctx.population();
    Set<Integer> years = new TreeSet<>();
    CrvsReferenceFigures.national(CrvsReferenceFigures.REGISTERED_BIRTHS)
        .forEach(v -> years.add(v.year()));
    years.removeIf(y -> LocalDate.of(y, 12, 31).isAfter(date)); // only years that ended by --date

    out.text(
        "Registrations recorded in each year by the civil registration system, as published by the Lao "
            + "Statistics Bureau on its SDG platform; births estimated as the World Bank crude birth rate × the "
            + "population / 1000. Completeness on the registration basis = registrations of the year / estimated "
            + "births of the year: registrations of a year include late registrations of earlier births, so this "
            + "is an approximation of the share of the year's births that were registered.",
        "ຈຳນວນການຈົດທະບຽນການເກີດ ທີ່ບັນທຶກໃນແຕ່ລະປີ ຕາມທີ່ສູນສະຖິຕິແຫ່ງຊາດ ເຜີຍແຜ່ໃນເວັບໄຊ SDG; ຈຳນວນການເກີດ"
            + "ຄາດຄະເນ = ອັດຕາການເກີດດິບ ຂອງທະນາຄານໂລກ × ພົນລະເມືອງ / 1000. ຄວາມຄົບຖ້ວນ (ຕາມປີທີ່ຈົດທະບຽນ) = "
            + "ການຈົດທະບຽນຂອງປີ / ການເກີດຄາດຄະເນຂອງປີ: ການຈົດທະບຽນຂອງປີໜຶ່ງ ລວມທັງການຈົດທະບຽນຊ້າ ຂອງການເກີດ"
            + "ປີກ່ອນໆ, ສະນັ້ນ ຕົວເລກນີ້ເປັນພຽງການປະມານ.");
    out.text(
        "Population of a year: the census (2015) or projection (2020, 2021) figure of that year; between "
            + "two figures, a DERIVED value interpolated at a constant growth rate; outside them, no value (never "
            + "the nearest year's figure). Completeness by sex has no value: it needs a sex-specific estimate of "
            + "births (the sex ratio at birth), which no embedded source gives.",
        "ພົນລະເມືອງຂອງປີ: ຕົວເລກສຳມະໂນຄົວ (2015) ຫຼື ການຄາດຄະເນ (2020, 2021) ຂອງປີນັ້ນ; ລະຫວ່າງສອງຕົວເລກ, "
            + "ຄ່າທີ່ຄຳນວນ ດ້ວຍອັດຕາການເພີ່ມຄົງທີ່; ນອກນັ້ນ ບໍ່ມີຄ່າ (ບໍ່ເອົາຕົວເລກຂອງປີໃກ້ຄຽງ). "
            + "ຄວາມຄົບຖ້ວນຕາມເພດ ບໍ່ມີຄ່າ: ຕ້ອງມີການຄາດຄະເນການເກີດຕາມເພດ.");

    Table.Builder t =
        Table.builder(
                "national-birth-registration",
                lang.pick(
                    "Birth registration, Lao PDR, by year of registration (real data)",
                    "ການຈົດທະບຽນການເກີດ ສປປ ລາວ ຕາມປີທີ່ຈົດທະບຽນ (ຂໍ້ມູນຈິງ)"),
                "year",
                "sex",
                "registered",
                "population",
                "population basis",
                "crude birth rate",
                "estimated births",
                "completeness %")
            .labels(
                lang,
                "ປີ",
                "ເພດ",
                "ຈົດທະບຽນ",
                "ພົນລະເມືອງ",
                "ພື້ນຖານ",
                "ອັດຕາການເກີດ",
                "ການເກີດຄາດຄະເນ",
                "ຄວາມຄົບຖ້ວນ %");
    Map<String, List<Number>> chartSeries = new LinkedHashMap<>();
    String registeredKey = out.chartLang().pick("registered", "ຈົດທະບຽນ");
    String estimatedKey = out.chartLang().pick("estimated births", "ການເກີດຄາດຄະເນ");
    chartSeries.put(registeredKey, new ArrayList<>());
    chartSeries.put(estimatedKey, new ArrayList<>());
    List<String> chartYears = new ArrayList<>();
    Set<String> sources = new LinkedHashSet<>();
    for (int year : years) {
      Optional<YearPopulation> pop = population(table, nation, year);
      OptionalDouble cbr =
          table
              .crudeBirthRate(nation, year, Optional.empty())
              .map(r -> OptionalDouble.of(r.perThousand()))
              .orElse(OptionalDouble.empty());
      table
          .crudeBirthRate(nation, year, Optional.empty())
          .ifPresent(r -> sources.add(r.source().citation()));
      Optional<Long> estimated =
          pop.isPresent() && cbr.isPresent()
              ? Optional.of(Math.round(cbr.getAsDouble() * pop.get().count() / 1000))
              : Optional.empty();
      for (Optional<Sex> sex :
          List.of(Optional.<Sex>empty(), Optional.of(Sex.FEMALE), Optional.of(Sex.MALE))) {
        Optional<CrvsReferenceFigures.Value> reg = CrvsReferenceFigures.registeredBirths(year, sex);
        reg.ifPresent(r -> sources.add(r.source().citation()));
        Object sexCell =
            sex.map(
                    s ->
                        (Object)
                            Table.text(
                                s.name().toLowerCase(Locale.ROOT), s == Sex.FEMALE ? "ຍິງ" : "ຊາຍ"))
                .orElse(Table.text("both sexes", "ທັງສອງເພດ"));
        if (sex.isPresent()) {
          t.row(year, sexCell, reg.map(r -> (long) r.value()), null, null, null, null, null);
          continue;
        }
        Optional<Double> completeness =
            reg.flatMap(
                r ->
                    estimated
                        .filter(e -> e > 0)
                        .map(e -> Math.round(1000.0 * r.value() / e) / 10.0));
        t.row(
            year,
            sexCell,
            reg.map(r -> (long) r.value()),
            pop.map(p -> Math.round(p.count())),
            pop.map(p -> Table.text(p.basis(), basisLao(p.basis()))),
            cbr,
            estimated,
            completeness);
        chartYears.add(String.valueOf(year));
        chartSeries.get(registeredKey).add(reg.map(r -> (Number) (long) r.value()).orElse(null));
        chartSeries.get(estimatedKey).add(estimated.map(e -> (Number) e).orElse(null));
      }
    }
    t.note(
        lang.pick(
            "Sources: registrations — Lao Statistics Bureau, SDG platform series _L_LA_171902_02 "
                + "(verified in the source file); crude birth rate — World Bank WDI SP.DYN.CBRT.IN, file of 2024-02-21 "
                + "(UN WPP 2022); population — census 2015 (LSB, via VNA), projection 2020–2021 (LSB, medium assumption); "
                + "derived = interpolated. Empty cell = no value.",
            "ແຫຼ່ງ: ການຈົດທະບຽນ — ສູນສະຖິຕິແຫ່ງຊາດ (SDG); ອັດຕາການເກີດ — ທະນາຄານໂລກ (2024-02-21); ພົນລະເມືອງ — "
                + "ສຳມະໂນຄົວ 2015, ການຄາດຄະເນ 2020–2021; ຄ່າທີ່ຄຳນວນ = ຄ່າລະຫວ່າງສອງຕົວເລກ. ຫ້ອງຫວ່າງ = ບໍ່ມີຄ່າ."));
    out.table(t.build());
    if (years.isEmpty()) {
      out.text(
          "No year of the series ended by " + date + ".", "ບໍ່ມີປີໃດ ສິ້ນສຸດກ່ອນ " + date + ".");
      return;
    }

    Map<String, List<? extends Number>> series = new LinkedHashMap<>(chartSeries);
    out.chart(
        "national-birth-registration",
        Charts.withSource(
            Charts.bars(
                out.titleLang()
                    .pick(
                        "Birth registrations and estimated births, Lao PDR",
                        "ການຈົດທະບຽນ ແລະ ການເກີດຄາດຄະເນ ສປປ ລາວ"),
                out.titleLang().pick("births", "ການເກີດ"),
                chartYears,
                series,
                Optional.empty(),
                false),
            out.titleLang()
                .pick(
                    "Sources: Lao Statistics Bureau (SDG platform); World Bank WDI (2024-02-21); LSB census "
                        + "2015 and projection 2020",
                    "ແຫຼ່ງ: ສູນສະຖິຕິແຫ່ງຊາດ; ທະນາຄານໂລກ (2024-02-21)")));

    Table.Builder ref =
        Table.builder(
                "national-reference-figures",
                lang.pick(
                    "Published reference figures (not computed here)",
                    "ຕົວເລກອ້າງອີງ ທີ່ເຜີຍແຜ່ແລ້ວ"),
                "indicator",
                "year",
                "value %",
                "kind",
                "confidence",
                "source")
            .labels(lang, "ຕົວຊີ້ບອກ", "ປີ", "ຄ່າ %", "ປະເພດ", "ຄວາມໜ້າເຊື່ອຖື", "ແຫຼ່ງ");
    for (CrvsReferenceFigures.Figure f : CrvsReferenceFigures.all()) {
      String lo = indicatorLao(f);
      ref.row(
          Table.text(f.indicator(), lo),
          f.year(),
          f.percent(),
          f.isTarget() ? Table.text("target", "ຄາດໝາຍ") : Table.text("observed", "ສັງເກດ"),
          Table.confidence(f.source().confidence()),
          f.source().citation());
    }
    ref.note(
        lang.pick(
            "The 70 % target counts births registered; completeness above is computed on the "
                + "registration basis and is not the same measure.",
            "ຄາດໝາຍ 70 % ນັບການເກີດທີ່ຈົດທະບຽນ."));
    out.table(ref.build());
    if (ctx.registrationFile().isEmpty()) {
      out.text(
          "What follows the maps is a SYNTHETIC illustration: generated unit-level births that show what the "
              + "library computes from a registry (timeliness, completeness and coverage by province). Those figures "
              + "are not statistics of the Lao PDR.",
          "ພາກຕໍ່ຈາກແຜນທີ່ ແມ່ນຕົວຢ່າງ ຂໍ້ມູນສັງເຄາະ: ການເກີດທີ່ສ້າງຂຶ້ນ ເພື່ອສະແດງການຄຳນວນ; "
              + "ບໍ່ແມ່ນສະຖິຕິຂອງ ສປປ ລາວ.");
    } else {
      out.text(
          "What follows the maps is computed from the registrations of the --registrations file.",
          "ພາກຕໍ່ຈາກແຜນທີ່ ຄຳນວນຈາກໄຟລ໌ --registrations.");
    }
  }

  private static String basisLao(String basis) {
    return switch (basis) {
      case "census" -> "ສຳມະໂນຄົວ";
      case "projection" -> "ການຄາດຄະເນ";
      case "derived" -> "ຄ່າທີ່ຄຳນວນ";
      default -> "";
    };
  }

  /** The Lao name of a reference figure's indicator. */
  static String indicatorLao(CrvsReferenceFigures.Figure f) {
    return f.equals(CrvsReferenceFigures.TARGET_2024)
        ? "ການເກີດທີ່ຈົດທະບຽນ (ຄາດໝາຍແຫ່ງຊາດ)"
        : f.equals(CrvsReferenceFigures.COMPLETENESS_2017)
            ? "ຄວາມຄົບຖ້ວນ ຂອງການຈົດທະບຽນການເກີດ"
            : "ສ່ວນຂອງພົນລະເມືອງທັງໝົດ ທີ່ຈົດທະບຽນການເກີດແລ້ວ";
  }
}
