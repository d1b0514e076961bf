package io.github.connectlao.examples.report;

import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.AgeGroup;
import io.github.connectlao.crvs.BirthRegistrationReport;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.BirthRegistry;
import io.github.connectlao.crvs.RegistrationCounts;
import io.github.connectlao.crvs.CrvsReferenceFigures;
import io.github.connectlao.crvs.DateWindow;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.crvs.RegistrationPolicy;
import io.github.connectlao.crvs.RegistryQuery;
import io.github.connectlao.crvs.RegistrationRate;
import io.github.connectlao.crvs.SyntheticRegistrations;
import io.github.connectlao.crvs.Timeliness;
import io.github.connectlao.crvs.TimelinessCounts;
import io.github.connectlao.csv.ImportResult;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Birth registration by province, counted by the library's one counting engine ({@link
 * BirthRegistry#aggregate(RegistryQuery)}): timeliness (current / late / delayed / not registered)
 * for the latest year of births in the data, completeness by year of birth (occurrence basis) and
 * by year of registration (registration basis), and coverage of children under 5 (SDG 16.9.1) and
 * under 18 on the reference date. The years come from the data and {@code --date}: births and
 * registrations after {@code --date} are not counted, and timeliness is judged as of that day.
 * Population and birth rates are used only for the year they describe. By default the
 * registrations are <b>synthetic</b> and say so.
 */
public final class BirthRegistrationSection implements ReportSection {
  /** The seed of the synthetic dataset, so every run prints the same figures. */
  public static final long SEED = 8L;

  @Override
  public String title(Lang lang) {
    return lang.pick("Birth registration", "ການຈົດທະບຽນການເກີດ");
  }

  /** The registrations the section works on, and where they come from. */
  private record Births(BirthRegistry registry, Source source, boolean synthetic) {}

  @Override
  public void write(ReportContext ctx, ReportOutput out) throws Exception {
    Lang lang = ctx.lang();
    Gazetteer lao = ctx.gazetteer();
    LocalDate date = ctx.options().date();
    boolean charts = ctx.options().charts();
    RegistrationPolicy policy = RegistrationPolicy.laoDefault();
    PopulationTable table = population(ctx).inheritingBirthRateFrom(lao.nation().code());
    Births births = births(ctx);
    BirthRegistry registry = births.registry();
    String label = births.synthetic() ? " " + lang.pick("(SYNTHETIC data)", "(ຂໍ້ມູນສັງເຄາະ)") : "";
    AdminUnit nation = lao.nation();

    // one pass: every province by year of birth, sex and timeliness as of --date, and coverage on --date
    RegistryQuery base = RegistryQuery.of(policy).asOf(date).parallel();
    RegistrationCounts byBirthYear = ctx.progress().step("counting every province by year of birth, timeliness "
        + "and coverage", () -> registry.aggregate(base.downTo(AdminLevel.PROVINCE)
            .per(RegistryQuery.Period.BIRTH_YEAR).coverageUnder(date, 5, 18)).rolledUp());
    RegistrationCounts byRegistrationYear = ctx.progress().step("counting registrations by year of registration",
        () -> registry.aggregate(base.downTo(AdminLevel.NATIONAL).per(RegistryQuery.Period.REGISTRATION_YEAR))
            .rolledUp());
    List<Integer> years = new ArrayList<>();
    byBirthYear.firstYear().ifPresent(first -> {
      for (int y = first; y <= byBirthYear.lastYear().orElseThrow(); y++) {
        if (total(byBirthYear, 0, y).total() > 0) {
          years.add(y);
        }
      }
    });
    int year = focusYear(years, table, lao, date);
    DateWindow window = windowOf(year, date);
    boolean tableHasYear = hasFigures(table, lao, year);
    out.text("Data: " + births.source() + ". " + (births.synthetic()
        ? "These are generated births, not statistics of the Lao PDR; they show the calculations. " : "")
        + "Timeliness by the " + policy + ". Counted as of " + date + ": births and registrations after that day are "
        + "not counted. " + (years.isEmpty() ? "The data holds no birth up to " + date + "; births of " + year
        + " are shown empty." : "Births of " + year + (tableHasYear
            ? " (the latest year of births in the data up to " + date + " with a population and a crude birth rate "
                + "in the table)."
            : " (the latest year of births in the data up to " + date + "; the table has no population or crude "
                + "birth rate for it: " + RegistrationRate.YEAR_RULE + ").")));

    // timeliness by province, births of the focus year
    Map<AdminUnit, TimelinessCounts> byProvince = new LinkedHashMap<>();
    for (AdminUnit p : lao.units(AdminLevel.PROVINCE)) {
      byProvince.put(p, total(byBirthYear, lao.index(p), year));
    }
    Table.Builder tl = Table.builder("birth-timeliness", lang.pick("Timeliness of registration, births of " + year,
        "ຄວາມທັນເວລາ, ເກີດປີ " + year) + label, "code", "province", "births", "current %", "late %",
        "delayed %", "not registered %");
    Map<String, List<Double>> shares = new LinkedHashMap<>();
    for (Timeliness t : Timeliness.values()) {
      shares.put(out.chartLang().pick(t.name().toLowerCase(Locale.ROOT).replace('_', ' '), t.nameLao()), new ArrayList<>());
    }
    List<String> names = new ArrayList<>();
    List<AdminUnit> rows = new ArrayList<>(byProvince.keySet());
    rows.add(0, nation);
    for (AdminUnit p : rows) {
      TimelinessCounts c = p.equals(nation) ? total(byBirthYear, 0, year) : byProvince.get(p);
      if (c.total() == 0) {
        tl.row(p.code(), lang.name(p), 0, "–", "–", "–", "–");
        continue;
      }
      tl.row(p.code(), lang.name(p), c.total(), pct(c.share(Timeliness.CURRENT)), pct(c.share(Timeliness.LATE)),
          pct(c.share(Timeliness.DELAYED)), pct(c.share(Timeliness.NOT_REGISTERED)));
      if (!p.equals(nation)) {
        names.add(out.chartLang().name(p));
        int i = 0;
        for (List<Double> s : shares.values()) {
          s.add(pct(c.share(Timeliness.values()[i++])));
        }
      }
    }
    tl.labels(lang, "ລະຫັດ", "ແຂວງ", "ການເກີດ", "", "", "", "");
    tl.note((births.synthetic() ? "SYNTHETIC data; " : "") + "as of " + date + "; current: within "
        + policy.legalPeriodDays() + " days; late: within " + policy.lateLimitDays().map(d -> d + " days").orElse("–")
        + "; delayed: after");
    out.table(tl.build());
    if (charts && !names.isEmpty()) {
      Map<String, List<? extends Number>> shareSeries = new LinkedHashMap<>(shares);
      out.chart("timeliness-by-province", Charts.bars(out.titleLang().pick("Timeliness of birth registration, births of "
          + year, "ຄວາມທັນເວລາຂອງການຈົດທະບຽນການເກີດ " + year) + chartLabel(out, births),
          "%", names, shareSeries, Optional.empty(), true));
    }

    // completeness by year, both bases, national
    Table.Builder yt = Table.builder("birth-completeness-by-year", lang.pick("Completeness by year, Lao PDR",
        "ຄວາມຄົບຖ້ວນ ຕາມປີ") + label, "year", "births known", "registered (births of the year)",
        "registrations made in the year", "estimated births", "completeness %", "completeness, registration basis %",
        "no value because");
    for (int y : years) {
      DateWindow w = windowOf(y, date);
      TimelinessCounts c = total(byBirthYear, 0, y);
      long made = total(byRegistrationYear, 0, y).registered();
      RegistrationRate occ = RegistrationRate.completeness(nation, w, Optional.empty(), c.registered(),
          RegistrationRate.Basis.OCCURRENCE, table, "completeness");
      RegistrationRate reg = RegistrationRate.completeness(nation, w, Optional.empty(), made,
          RegistrationRate.Basis.REGISTRATION, table, "completeness");
      yt.row(y, c.total(), c.registered(), made, occ.denominator().map(d -> (Object) Math.round(d)).orElse("–"),
          occ.percent().map(v -> (Object) round1(v)).orElse("–"), reg.percent().map(v -> (Object) round1(v)).orElse("–"),
          occ.noValueReason().map(r -> r + "; " + RegistrationRate.YEAR_RULE).orElse(""));
    }
    yt.labels(lang, "ປີ", "", "", "", "", "", "", "");
    yt.note((births.synthetic() ? "SYNTHETIC registrations; " : "") + "completeness = registered births of the year "
        + "(occurrence basis) or registrations made in the year (registration basis, as OpenCRVS and the Lao "
        + "Statistics Bureau count) / estimated births of the year (crude birth rate × population / 1000, the year "
        + "up to " + date + " prorated by days); " + RegistrationRate.YEAR_RULE);
    out.table(yt.build());

    // completeness and coverage by province
    boolean coverageKnown = rows.stream().anyMatch(p ->
        table.populationOfAges(p, date.getYear(), Optional.empty(), AgeGroup.under(5)).isPresent());
    Table.Builder ct = Table.builder("birth-completeness-coverage", lang.pick("Completeness (births of " + year
        + ") and coverage under 5 and under 18 (on " + date + ")", "ຄວາມຄົບຖ້ວນ ແລະ ການຄຸ້ມຄອງ") + label,
        "code", "province", "registered", "estimated births", "completeness %", "coverage under 5 %",
        "coverage under 18 %", "no value because");
    List<Number> completeness = new ArrayList<>();
    List<Number> coverageU5 = new ArrayList<>();
    List<String> chartNames = new ArrayList<>();
    for (AdminUnit p : rows) {
      int u = lao.index(p);
      RegistrationRate c = RegistrationRate.completeness(p, window, Optional.empty(),
          total(byBirthYear, u, year).registered(), RegistrationRate.Basis.OCCURRENCE, table, "completeness");
      RegistrationRate cov5 = RegistrationRate.coverage(p, date, 5, Optional.empty(),
          byBirthYear.coverageCount(u, 5, Optional.empty(), Optional.empty()), table);
      RegistrationRate cov18 = RegistrationRate.coverage(p, date, 18, Optional.empty(),
          byBirthYear.coverageCount(u, 18, Optional.empty(), Optional.empty()), table);
      List<String> why = new ArrayList<>();
      c.noValueReason().ifPresent(why::add);
      if (coverageKnown) {
        cov5.noValueReason().ifPresent(r -> why.add("coverage: " + r));
      }
      ct.row(p.code(), lang.name(p), c.numerator(), c.denominator().map(d -> (Object) Math.round(d)).orElse("–"),
          c.percent().map(v -> (Object) round1(v)).orElse("–"),
          cov5.percent().map(v -> (Object) round1(v)).orElse("–"),
          cov18.percent().map(v -> (Object) round1(v)).orElse("–"), String.join("; ", why));
      if (!p.equals(nation)) {
        chartNames.add(out.chartLang().name(p));
        completeness.add(c.percent().map(BirthRegistrationSection::round1).orElse(0.0));
        coverageU5.add(cov5.percent().map(BirthRegistrationSection::round1).orElse(0.0));
      }
    }
    ct.labels(lang, "ລະຫັດ", "ແຂວງ", "", "", "", "", "", "");
    ct.note((births.synthetic() ? "SYNTHETIC registrations; " : "")
        + "estimated births = crude birth rate × population / 1000 (provinces use the national rate, an explicit "
        + "choice); coverage = registered children alive and under the age on " + date + " / population of that age "
        + "in " + date.getYear() + "; " + RegistrationRate.YEAR_RULE
        + (coverageKnown ? "" : " — the table has no population under 5 for " + date.getYear()
            + ": pass --population with an age group 0-4"));
    out.table(ct.build());
    CrvsReferenceFigures.Figure target = CrvsReferenceFigures.TARGET_2024;
    if (charts && !years.isEmpty()) {
      Map<String, List<? extends Number>> cs = new LinkedHashMap<>();
      cs.put(out.chartLang().pick("completeness % (0 = no value)", "ຄວາມຄົບຖ້ວນ %"), completeness);
      out.chart("completeness-by-province", Charts.bars(out.titleLang().pick("Birth registration completeness, births of "
          + year, "ຄວາມຄົບຖ້ວນຂອງການຈົດທະບຽນການເກີດ " + year) + chartLabel(out, births), "%", chartNames, cs,
          Optional.of(Map.entry(out.chartLang().pick("national target " + Math.round(target.percent()) + "% by "
              + target.year(), "ຄາດໝາຍ " + Math.round(target.percent()) + "%"), target.percent())), false));
    }
    if (charts && coverageKnown && !years.isEmpty()) {
      Map<String, List<? extends Number>> cv = new LinkedHashMap<>();
      cv.put(out.chartLang().pick("coverage under 5 % (0 = no population for the province)", "ການຄຸ້ມຄອງ ເດັກອາຍຸຕໍ່າກວ່າ 5 ປີ %"),
          coverageU5);
      out.chart("coverage-under5-by-province", Charts.bars(out.titleLang().pick("Birth registration coverage under 5 on "
          + date, "ການຄຸ້ມຄອງການຈົດທະບຽນການເກີດ ເດັກອາຍຸຕໍ່າກວ່າ 5 ປີ " + date) + chartLabel(out, births), "%",
          chartNames, cv, Optional.of(Map.entry(out.chartLang().pick("national target " + Math.round(target.percent())
              + "% by " + target.year(), "ຄາດໝາຍ " + Math.round(target.percent()) + "%"), target.percent())), false));
    }
    BirthRegistrationReport section = ctx.progress().step("summarising for JSON", () -> BirthRegistrationReport.of(
        registry, policy, table, window, date, births.source()));
    out.document("birth-registration-report.json", "the birth-registration summary in the library's JSON form "
        + "(national counts, provinces suppressed for publication, completeness, coverage)",
        section.toJson().toPrettyString() + "\n");
    out.text("Reference figures (not from this dataset): " + CrvsReferenceFigures.all().stream()
        .map(f -> f.indicator() + " " + Math.round(f.percent()) + "% (" + f.year() + ", "
            + f.source().confidence().name().toLowerCase(Locale.ROOT) + ")").toList() + ".");
  }

  /** Counts of one unit and year (of birth or registration), both sexes. */
  private static TimelinessCounts total(RegistrationCounts c, int unitIndex, int year) {
    return c.counts(unitIndex, Optional.of(year), Optional.empty(), Optional.empty());
  }

  /**
   * The year the province tables show: the latest year of births in the data (up to the date)
   * with a national population and crude birth rate in the table, else the latest year of births,
   * else the date's year.
   */
  static int focusYear(List<Integer> years, PopulationTable table, Gazetteer g, LocalDate date) {
    for (int i = years.size() - 1; i >= 0; i--) {
      if (hasFigures(table, g, years.get(i))) {
        return years.get(i);
      }
    }
    return years.isEmpty() ? date.getYear() : years.get(years.size() - 1);
  }

  private static boolean hasFigures(PopulationTable table, Gazetteer g, int year) {
    return table.population(g.nation(), year, Optional.empty(), AgeGroup.ALL).isPresent()
        && table.crudeBirthRate(g.nation(), year, Optional.empty()).isPresent();
  }

  /** A calendar year, cut at the reference date. */
  static DateWindow windowOf(int year, LocalDate date) {
    DateWindow y = DateWindow.ofYear(year);
    return date.getYear() == year ? DateWindow.of(y.start(), date) : y;
  }

  private static String chartLabel(ReportOutput out, Births births) {
    return births.synthetic() ? out.titleLang().pick(" — SYNTHETIC data", " — ຂໍ້ມູນສັງເຄາະ") : "";
  }

  private static double pct(double share) {
    return round1(share * 100);
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static PopulationTable population(ReportContext ctx) throws IOException {
    if (ctx.options().population().isEmpty()) {
      return PopulationTable.census2015();
    }
    var file = ctx.options().population().get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      PopulationTable.Import imp = PopulationTable.readCsv(in, file.getFileName().toString());
      if (imp.table().populations().isEmpty()) {
        throw new UsageException("--population: no usable row in '" + file + "'"
            + imp.errors().stream().findFirst().map(e -> " (first problem: " + e + ")").orElse(""));
      }
      imp.errors().stream().findFirst().ifPresent(e -> ctx.progress().warn("--population: "
          + imp.errors().size() + " row(s) refused, first: " + e));
      return imp.table();
    }
  }

  private Births births(ReportContext ctx) throws Exception {
    Gazetteer lao = ctx.gazetteer();
    if (ctx.options().registrations().isPresent()) {
      var file = ctx.options().registrations().get();
      ImportResult<BirthRegistration> r = ctx.progress().step("reading " + file.getFileName(),
          () -> RegistrationFile.read(file, lao));
      if (r.accepted().isEmpty()) {
        throw new UsageException("--registrations: no usable row in '" + file + "'"
            + r.errors().stream().findFirst().map(e -> " (first problem: " + e + ")").orElse(""));
      }
      r.errors().stream().findFirst().ifPresent(e -> ctx.progress().warn("--registrations: "
          + r.errors().size() + " row(s) refused, first: " + e));
      Source source = Source.of("file " + file.getFileName() + " (" + r.accepted().size() + " registrations)",
          io.github.connectlao.Confidence.UNVERIFIED);
      BirthRegistry.Builder b = BirthRegistry.builder(lao).source(source);
      r.accepted().forEach(b::add);
      return new Births(b.build(), source, false);
    }
    int n = ctx.options().syntheticBirths();
    BirthRegistry registry = ctx.progress().step("generating " + String.format(Locale.ROOT, "%,d", n)
        + " synthetic births", () -> SyntheticRegistrations.registry(lao, n, SEED));
    return new Births(registry, SyntheticRegistrations.SOURCE, true);
  }
}
