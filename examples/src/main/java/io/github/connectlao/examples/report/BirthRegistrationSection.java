package io.github.connectlao.examples.report;

import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.AgeGroup;
import io.github.connectlao.crvs.BirthRegistrationReport;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.BirthRegistry;
import io.github.connectlao.crvs.BirthStatistics;
import io.github.connectlao.crvs.RegistrationCounts;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.crvs.CrvsReferenceFigures;
import io.github.connectlao.crvs.DateWindow;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.crvs.RegistrationPolicy;
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
 * Birth registration by province: timeliness (current / late / delayed / not registered),
 * completeness for a year of births, and coverage of children under 5 (SDG 16.9.1) when the
 * population table has that age group. By default the registrations are <b>synthetic</b> and say so.
 */
public final class BirthRegistrationSection implements ReportSection {
  /** The seed of the synthetic dataset, so every run prints the same figures. */
  public static final long SEED = 8L;

  @Override
  public String title(Lang lang) {
    return lang.pick("Birth registration", "ການຈົດທະບຽນການເກີດ");
  }

  /** The registrations the section works on, and where they come from. */
  private record Births(List<BirthRegistration> list, Source source, boolean synthetic) {}

  @Override
  public void write(ReportContext ctx, ReportOutput out) throws Exception {
    Lang lang = ctx.lang();
    Gazetteer lao = ctx.gazetteer();
    LocalDate date = ctx.options().date();
    RegistrationPolicy policy = RegistrationPolicy.laoDefault();
    PopulationTable table = population(ctx).inheritingBirthRateFrom(lao.nation().code());
    int year = windowYear(table, lao, date);
    DateWindow window = DateWindow.ofYear(year);
    boolean coverageKnown = lao.units(AdminLevel.PROVINCE).stream().anyMatch(p ->
        table.populationOfAges(p, date.getYear(), Optional.empty(), AgeGroup.under(5)).isPresent())
        || table.populationOfAges(lao.nation(), date.getYear(), Optional.empty(), AgeGroup.under(5)).isPresent();
    LocalDate under5From = date.minusYears(5).plusDays(1);
    Births births = births(ctx, window, coverageKnown ? Optional.of(under5From) : Optional.empty());
    String label = births.synthetic() ? " " + lang.pick("(SYNTHETIC data)", "(ຂໍ້ມູນສັງເຄາະ)") : "";

    out.text("Data: " + births.source() + ". " + (births.synthetic()
        ? "These are generated births, not statistics of the Lao PDR; they show the calculations. " : "")
        + "Timeliness by the " + policy + ". Births of " + year + " (the latest year up to " + date
        + " with a population and a crude birth rate in the table).");

    BirthStatistics stats = ctx.progress().step("computing birth-registration statistics",
        () -> BirthStatistics.of(lao, births.list(), policy));

    // timeliness by province: counted by the columnar registry (issue 6) in one pass, rolled up
    BirthRegistry registry = ctx.progress().step("building the columnar registry",
        () -> BirthRegistry.of(lao, births.list().stream()));
    RegistrationCounts counts = ctx.progress().step("counting every province by year, sex and timeliness",
        () -> registry.aggregate(io.github.connectlao.crvs.RegistryQuery.of(policy).downTo(AdminLevel.PROVINCE).per(io.github.connectlao.crvs.RegistryQuery.Period.BIRTH_YEAR).parallel()).rolledUp());
    Map<AdminUnit, TimelinessCounts> byProvince = new LinkedHashMap<>();
    for (AdminUnit p : lao.units(AdminLevel.PROVINCE)) {
      byProvince.put(p, timelinessOf(counts, lao.index(p), year));
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
    rows.add(0, lao.nation());
    for (AdminUnit p : rows) {
      TimelinessCounts c = p.equals(lao.nation()) ? timelinessOf(counts, lao.index(p), year) : byProvince.get(p);
      if (c.total() == 0) {
        tl.row(p.code(), lang.name(p), 0, "–", "–", "–", "–");
        continue;
      }
      tl.row(p.code(), lang.name(p), c.total(), pct(c.share(Timeliness.CURRENT)), pct(c.share(Timeliness.LATE)),
          pct(c.share(Timeliness.DELAYED)), pct(c.share(Timeliness.NOT_REGISTERED)));
      if (!p.equals(lao.nation())) {
        names.add(out.chartLang().name(p));
        int i = 0;
        for (List<Double> s : shares.values()) {
          s.add(pct(c.share(Timeliness.values()[i++])));
        }
      }
    }
    tl.labels(lang, "ລະຫັດ", "ແຂວງ", "ການເກີດ", "", "", "", "");
    tl.note((births.synthetic() ? "SYNTHETIC data; " : "") + "current: within " + policy.legalPeriodDays()
        + " days; late: within " + policy.lateLimitDays().map(d -> d + " days").orElse("–") + "; delayed: after");
    out.table(tl.build());
    Map<String, List<? extends Number>> shareSeries = new LinkedHashMap<>(shares);
    out.chart("timeliness-by-province", Charts.bars(out.titleLang().pick("Timeliness of birth registration, births of "
        + year, "ຄວາມທັນເວລາຂອງການຈົດທະບຽນການເກີດ " + year) + chartLabel(out, births),
        "%", names, shareSeries, Optional.empty(), true));

    // completeness and coverage by province
    Table.Builder ct = Table.builder("birth-completeness-coverage", lang.pick("Completeness (births of " + year
        + ") and coverage under 5 (on " + date + ")", "ຄວາມຄົບຖ້ວນ ແລະ ການຄຸ້ມຄອງ") + label,
        "code", "province", "registered", "estimated births", "completeness %", "coverage under 5 %", "no value because");
    List<Number> completeness = new ArrayList<>();
    List<Number> coverageU5 = new ArrayList<>();
    List<String> chartNames = new ArrayList<>();
    for (AdminUnit p : rows) {
      RegistrationRate c = stats.completeness(p, window, Optional.empty(), table);
      Optional<RegistrationRate> cov = coverageKnown
          ? Optional.of(stats.coverage(p, date, 5, Optional.empty(), table)) : Optional.empty();
      String why = c.noValueReason().orElse("")
          + cov.flatMap(RegistrationRate::noValueReason).map(r -> (c.hasValue() ? "" : "; ") + "coverage: " + r).orElse("");
      ct.row(p.code(), lang.name(p), c.numerator(), c.denominator().map(d -> (Object) Math.round(d)).orElse("–"),
          c.percent().map(v -> (Object) round1(v)).orElse("–"),
          cov.flatMap(RegistrationRate::percent).map(v -> (Object) round1(v)).orElse("–"), why);
      if (!p.equals(lao.nation())) {
        chartNames.add(out.chartLang().name(p));
        completeness.add(c.percent().map(BirthRegistrationSection::round1).orElse(0.0));
        coverageU5.add(cov.flatMap(RegistrationRate::percent).map(BirthRegistrationSection::round1).orElse(0.0));
      }
    }
    ct.labels(lang, "ລະຫັດ", "ແຂວງ", "", "", "", "", "");
    ct.note((births.synthetic() ? "SYNTHETIC registrations; " : "")
        + "estimated births = crude birth rate × population / 1000 (provinces use the national rate, an explicit "
        + "choice); coverage needs the population under 5 in the table"
        + (coverageKnown ? "" : " — not in the embedded table: pass --population with an age group 0-4"));
    out.table(ct.build());
    CrvsReferenceFigures.Figure target = CrvsReferenceFigures.TARGET_2024;
    Map<String, List<? extends Number>> cs = new LinkedHashMap<>();
    cs.put(out.chartLang().pick("completeness % (0 = no value)", "ຄວາມຄົບຖ້ວນ %"), completeness);
    out.chart("completeness-by-province", Charts.bars(out.titleLang().pick("Birth registration completeness, births of "
        + year, "ຄວາມຄົບຖ້ວນຂອງການຈົດທະບຽນການເກີດ " + year) + chartLabel(out, births), "%", chartNames, cs,
        Optional.of(Map.entry(out.chartLang().pick("national target " + Math.round(target.percent()) + "% by "
            + target.year(), "ຄາດໝາຍ " + Math.round(target.percent()) + "%"), target.percent())), false));
    if (coverageKnown) {
      Map<String, List<? extends Number>> cv = new LinkedHashMap<>();
      cv.put(out.chartLang().pick("coverage under 5 % (0 = no population for the province)", "ການຄຸ້ມຄອງ ເດັກອາຍຸຕໍ່າກວ່າ 5 ປີ %"),
          coverageU5);
      out.chart("coverage-under5-by-province", Charts.bars(out.titleLang().pick("Birth registration coverage under 5 on "
          + date, "ການຄຸ້ມຄອງການຈົດທະບຽນການເກີດ ເດັກອາຍຸຕໍ່າກວ່າ 5 ປີ " + date) + chartLabel(out, births), "%",
          chartNames, cv, Optional.of(Map.entry(out.chartLang().pick("national target " + Math.round(target.percent())
              + "% by " + target.year(), "ຄາດໝາຍ " + Math.round(target.percent()) + "%"), target.percent())), false));
    }
    BirthRegistrationReport section = ctx.progress().step("summarising for JSON", () -> BirthRegistrationReport.of(lao,
        births.list(), policy, table, window, date, births.source()));
    out.document("birth-registration-report.json", "the birth-registration summary in the library's JSON form "
        + "(national counts, provinces suppressed for publication, completeness, coverage)",
        section.toJson().toPrettyString() + "\n");
    out.text("Reference figures (not from this dataset): " + CrvsReferenceFigures.all().stream()
        .map(f -> f.indicator() + " " + Math.round(f.percent()) + "% (" + f.year() + ", "
            + f.source().confidence().name().toLowerCase(Locale.ROOT) + ")").toList() + ".");
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

  /** The latest year up to the reference date with a national population and crude birth rate. */
  static int windowYear(PopulationTable table, Gazetteer g, LocalDate date) {
    for (int y = date.getYear(); y >= 1990; y--) {
      if (table.population(g.nation(), y, Optional.empty(), AgeGroup.ALL).isPresent()
          && table.crudeBirthRate(g.nation(), y, Optional.empty()).isPresent()) {
        return y;
      }
    }
    throw new UsageException("the population table has no year up to " + date
        + " with both a national population and a crude birth rate");
  }

  private Births births(ReportContext ctx, DateWindow window, Optional<LocalDate> alsoBornFrom) throws Exception {
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
      return new Births(r.accepted(), Source.of("file " + file.getFileName() + " (" + r.accepted().size()
          + " registrations)", io.github.connectlao.Confidence.UNVERIFIED), false);
    }
    int n = ctx.options().syntheticBirths();
    List<BirthRegistration> list = ctx.progress().step("generating " + String.format(Locale.ROOT, "%,d", n)
        + " synthetic births", () -> SyntheticRegistrations.generate(lao, n, SEED)
            .filter(b -> window.contains(b.dateOfBirth())
                || alsoBornFrom.map(from -> !b.dateOfBirth().isBefore(from)).orElse(false))
            .toList());
    return new Births(list, SyntheticRegistrations.SOURCE, true);
  }

  /** The registry's counts of one unit and year of birth, all sexes, as {@link TimelinessCounts}. */
  private static TimelinessCounts timelinessOf(RegistrationCounts counts, int unitIndex, int year) {
    long[] byClass = new long[Timeliness.values().length];
    for (Sex sex : Sex.values()) {
      for (Timeliness t : Timeliness.values()) {
        byClass[t.ordinal()] += counts.count(unitIndex, year, sex, t);
      }
    }
    return TimelinessCounts.of(byClass[Timeliness.CURRENT.ordinal()], byClass[Timeliness.LATE.ordinal()],
        byClass[Timeliness.DELAYED.ordinal()], byClass[Timeliness.NOT_REGISTERED.ordinal()]);
  }
}
