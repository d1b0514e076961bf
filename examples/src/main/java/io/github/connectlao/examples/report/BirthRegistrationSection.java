package io.github.connectlao.examples.report;

import io.github.connectlao.DateRange;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.AgeGroup;
import io.github.connectlao.crvs.BirthRegistrationReport;
import io.github.connectlao.crvs.BirthRegistry;
import io.github.connectlao.crvs.CrvsReferenceFigures;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.crvs.RegistrationCounts;
import io.github.connectlao.crvs.RegistrationPolicy;
import io.github.connectlao.crvs.RegistrationRate;
import io.github.connectlao.crvs.RegistryQuery;
import io.github.connectlao.crvs.SuppressedTable;
import io.github.connectlao.crvs.Timeliness;
import io.github.connectlao.crvs.TimelinessCounts;
import io.github.connectlao.disclosure.Cell;
import io.github.connectlao.disclosure.Hierarchy;
import io.github.connectlao.disclosure.ProtectedRelease;
import io.github.connectlao.disclosure.Release;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
    RegistrationPolicy policy = RegistrationPolicy.laoPdr();
    BirthFigures fig = ctx.birthFigures();
    PopulationTable table = fig.table();
    Births births = new Births(fig.registry(), fig.source(), fig.synthetic());
    BirthRegistry registry = births.registry();
    String label = births.synthetic() ? " " + lang.pick("(SYNTHETIC data)", "(ຂໍ້ມູນສັງເຄາະ)") : "";
    AdminUnit nation = lao.nation();
    RegistrationCounts byBirthYear = fig.byBirthYear();
    RegistrationCounts byRegistrationYear = fig.byRegistrationYear();
    List<Integer> years = fig.years();
    int year = fig.year();
    DateRange window = windowOf(year, date);
    boolean tableHasYear = hasFigures(table, lao, year);
    out.text(
        "Data: "
            + births.source()
            + ". "
            + (births.synthetic()
                ? "These are generated births, not statistics of the Lao PDR; they show the calculations. "
                : "")
            + "Timeliness by the "
            + policy
            + ". Counted as of "
            + date
            + ": births and registrations after that day are "
            + "not counted. "
            + (years.isEmpty()
                ? "The data holds no birth up to "
                    + date
                    + "; births of "
                    + year
                    + " are shown empty."
                : "Births of "
                    + year
                    + (tableHasYear
                        ? " (the latest year of births in the data up to "
                            + date
                            + " with a population and a crude birth rate "
                            + "in the table)."
                        : " (the latest year of births in the data up to "
                            + date
                            + "; the table has no population or crude "
                            + "birth rate for it: "
                            + RegistrationRate.YEAR_RULE
                            + ").")),
        "ຂໍ້ມູນ: "
            + (births.synthetic()
                ? "ການເກີດສັງເຄາະ ຂອງ connect-lao (ແຂວງຖ່ວງນ້ຳໜັກຕາມພົນລະເມືອງ ສຳມະໂນຄົວ 2015)"
                : "ໄຟລ໌ "
                    + ctx.options().registrations().map(f -> f.getFileName().toString()).orElse(""))
            + ". "
            + (births.synthetic()
                ? "ເປັນການເກີດທີ່ສ້າງຂຶ້ນ (ຂໍ້ມູນສັງເຄາະ), ບໍ່ແມ່ນສະຖິຕິຂອງ ສປປ ລາວ; ສະແດງພຽງວິທີຄິດໄລ່. "
                : "")
            + "ຄວາມທັນເວລາ: ພາຍໃນ "
            + policy.legalPeriodDays()
            + " ວັນ ແມ່ນທັນເວລາ. ນັບເຖິງວັນທີ "
            + date
            + ": ການເກີດ ແລະ ການຈົດທະບຽນ ຫຼັງວັນນັ້ນ ບໍ່ໄດ້ນັບ. "
            + (years.isEmpty()
                ? "ຂໍ້ມູນບໍ່ມີການເກີດ ຈົນຮອດ " + date + "."
                : "ການເກີດປີ " + year + (tableHasYear ? "." : " (" + YEAR_RULE_LO + ").")));

    // Disclosure control: every number this section publishes about the births of the focus year by
    // unit (counts, shares, completeness numerators, coverage numerators) comes from protected
    // releases, never from the raw counts, so no suppressed cell can be recomputed from the others
    // (docs/disclosure.md).
    ProtectedRelease release = fig.release();
    ProtectedRelease cover5 = fig.cover5();
    ProtectedRelease cover18 = fig.cover18();
    out.document(
        "birth-registration-release.csv",
        "every cell of the published birth-registration tables and "
            + "completeness maps (value or suppressed, with the suppression rule), the ledger an audit reads",
        "ທຸກຫ້ອງ ຂອງຕາຕະລາງ ແລະ ແຜນທີ່ຄວາມຄົບຖ້ວນ ທີ່ເຜີຍແຜ່ (ຄ່າ ຫຼື ປິດບັງ, ພ້ອມກົດການປິດບັງ), ບັນຊີສຳລັບການກວດສອບ",
        ledger(release));
    out.document(
        "birth-coverage-under5-release.csv",
        "every count behind the coverage under 5 column "
            + "(value or suppressed), the ledger an audit reads",
        "ທຸກຈຳນວນ ທີ່ຢູ່ເບື້ອງຫຼັງຖັນ ການຄຸ້ມຄອງ ອາຍຸຕໍ່າກວ່າ 5 ປີ "
            + "(ຄ່າ ຫຼື ປິດບັງ), ບັນຊີສຳລັບການກວດສອບ",
        ledger(cover5));
    out.document(
        "birth-coverage-under18-release.csv",
        "every count behind the coverage under 18 column and "
            + "map (value or suppressed), the ledger an audit reads",
        "ທຸກຈຳນວນ ທີ່ຢູ່ເບື້ອງຫຼັງຖັນ ແລະ ແຜນທີ່ ການຄຸ້ມຄອງ "
            + "ອາຍຸຕໍ່າກວ່າ 18 ປີ (ຄ່າ ຫຼື ປິດບັງ), ບັນຊີສຳລັບການກວດສອບ",
        ledger(cover18));

    if (ctx.dhis2().isPresent()) {
      writeDhis2(ctx.dhis2().get(), release, rows(lao), year, out, ctx.progress());
    }

    if (ctx.options().openSdg()) {
      writeOpenSdg(lao, byBirthYear, cover5, table, date, out, ctx.progress());
    }

    // timeliness by province, births of the focus year
    Map<AdminUnit, TimelinessCounts> byProvince = new LinkedHashMap<>();
    for (AdminUnit p : lao.units(AdminLevel.PROVINCE)) {
      byProvince.put(p, total(byBirthYear, lao.index(p), year));
    }
    Table.Builder tl =
        Table.builder(
            "birth-timeliness",
            lang.pick(
                    "Timeliness of registration, births of " + year, "ຄວາມທັນເວລາ, ເກີດປີ " + year)
                + label,
            "code",
            "province",
            "births",
            "current %",
            "late %",
            "delayed %",
            "not registered %");
    Map<String, List<Double>> shares = new LinkedHashMap<>();
    for (Timeliness t : Timeliness.values()) {
      shares.put(
          out.chartLang().pick(t.name().toLowerCase(Locale.ROOT).replace('_', ' '), t.nameLao()),
          new ArrayList<>());
    }
    List<String> names = new ArrayList<>();
    List<AdminUnit> rows = new ArrayList<>(byProvince.keySet());
    rows.add(0, nation);
    for (AdminUnit p : rows) {
      String u = p.code();
      List<Object> cells =
          new ArrayList<>(
              java.util.Arrays.asList(u, Table.name(p), published(release.value(u, "all"))));
      for (Timeliness t : Timeliness.values()) {
        cells.add(share(release, u, code(t)));
      }
      tl.row(cells.toArray());
      if (!p.equals(nation) && byProvince.getOrDefault(p, TimelinessCounts.EMPTY).total() > 0) {
        names.add(out.chartLang().name(p));
        int i = 0;
        for (List<Double> s : shares.values()) {
          s.add((Double) share(release, u, code(Timeliness.values()[i++])));
        }
      }
    }
    tl.labels(
        lang,
        "ລະຫັດ",
        "ແຂວງ",
        "ການເກີດ",
        "ທັນເວລາ %",
        "ຊ້າ %",
        "ຊ້າເກີນກຳນົດ %",
        "ບໍ່ທັນຈົດທະບຽນ %");
    tl.note(
        lang.pick(
            (births.synthetic() ? "SYNTHETIC data; " : "")
                + SUPPRESSED_NOTE
                + "; as of "
                + date
                + "; current: within "
                + policy.legalPeriodDays()
                + " days; late: within "
                + policy.lateLimitDays().map(d -> d + " days").orElse("–")
                + "; delayed: after",
            (births.synthetic() ? "ຂໍ້ມູນສັງເຄາະ; " : "")
                + SUPPRESSED_NOTE_LO
                + "; ນັບເຖິງ "
                + date
                + "; ທັນເວລາ: ພາຍໃນ "
                + policy.legalPeriodDays()
                + " ວັນ; ຊ້າ: ພາຍໃນ "
                + policy.lateLimitDays().map(d -> d + " ວັນ").orElse("–")
                + "; ຊ້າເກີນກຳນົດ: ຫຼັງຈາກນັ້ນ"));
    out.table(tl.build());
    if (charts && !names.isEmpty()) {
      Map<String, List<? extends Number>> shareSeries = new LinkedHashMap<>(shares);
      out.chart(
          "timeliness-by-province",
          Charts.bars(
              out.titleLang()
                      .pick(
                          "Timeliness of birth registration, births of " + year,
                          "ຄວາມທັນເວລາຂອງການຈົດທະບຽນການເກີດ " + year)
                  + chartLabel(out, births),
              "%",
              names,
              shareSeries,
              Optional.empty(),
              true));
    }

    // completeness by year, both bases, national
    Table.Builder yt =
        Table.builder(
            "birth-completeness-by-year",
            lang.pick("Completeness by year, Lao PDR", "ຄວາມຄົບຖ້ວນ ຕາມປີ") + label,
            "year",
            "births known",
            "registered (births of the year)",
            "registrations made in the year",
            "estimated births",
            "completeness %",
            "completeness, registration basis %",
            "no value because");
    for (int y : years) {
      DateRange w = windowOf(y, date);
      TimelinessCounts c = total(byBirthYear, 0, y);
      long made = total(byRegistrationYear, 0, y).registered();
      RegistrationRate occ =
          RegistrationRate.completeness(
              nation,
              w,
              Optional.empty(),
              c.registered(),
              RegistrationRate.Basis.OCCURRENCE,
              table,
              "completeness");
      RegistrationRate reg =
          RegistrationRate.completeness(
              nation,
              w,
              Optional.empty(),
              made,
              RegistrationRate.Basis.REGISTRATION,
              table,
              "completeness");
      // each year's national births, registered and not registered are protected together; the
      // registrations made in the year (another quantity) by the same threshold
      ProtectedRelease yr = yearRelease(c);
      boolean madeShown = made == 0 || made >= Release.DEFAULT_THRESHOLD;
      boolean registeredShown = yr.value("registered").isPresent();
      yt.row(
          y,
          published(yr.value("all")),
          published(yr.value("registered")),
          madeShown ? made : null,
          occ.denominator().map(d -> (Object) Math.round(d)).orElse(null),
          registeredShown ? occ.percent().map(v -> (Object) round1(v)).orElse(null) : null,
          madeShown ? reg.percent().map(v -> (Object) round1(v)).orElse(null) : null,
          occ.hasValue()
              ? ""
              : Say.join(
                  List.of(
                      Say.join(
                          io.github.connectlao.crvs.NoValue.ofCompleteness(
                                  nation, w, Optional.empty(), table)
                              .stream()
                              .map(Say::noValue)
                              .toList()),
                      YEAR_RULE_TEXT)));
    }
    yt.labels(
        lang,
        "ປີ",
        "ການເກີດທີ່ຮູ້",
        "ຈົດທະບຽນແລ້ວ (ການເກີດຂອງປີ)",
        "ການຈົດທະບຽນທີ່ເຮັດໃນປີ",
        "ການເກີດຄາດຄະເນ",
        "ຄວາມຄົບຖ້ວນ %",
        "ຄວາມຄົບຖ້ວນ ຕາມປີຈົດທະບຽນ %",
        "ບໍ່ມີຄ່າ ເພາະ");
    yt.note(
        lang.pick(
            (births.synthetic() ? "SYNTHETIC registrations; " : "")
                + SUPPRESSED_NOTE
                + "; completeness = registered births of the year "
                + "(occurrence basis) or registrations made in the year (registration basis, as OpenCRVS and the Lao "
                + "Statistics Bureau count) / estimated births of the year (crude birth rate × population / 1000, the year "
                + "up to "
                + date
                + " prorated by days); "
                + RegistrationRate.YEAR_RULE,
            (births.synthetic() ? "ຂໍ້ມູນສັງເຄາະ; " : "")
                + SUPPRESSED_NOTE_LO
                + "; ຄວາມຄົບຖ້ວນ = ການເກີດຂອງປີ ທີ່ໄດ້ຈົດທະບຽນ "
                + "(ຕາມປີເກີດ) ຫຼື ການຈົດທະບຽນທີ່ເຮັດໃນປີ (ຕາມປີຈົດທະບຽນ, ຄືກັບ OpenCRVS ແລະ ສູນສະຖິຕິແຫ່ງຊາດ) / ການເກີດຄາດຄະເນ "
                + "ຂອງປີ (ອັດຕາການເກີດດິບ × ພົນລະເມືອງ / 1000, ປີທີ່ຮອດ "
                + date
                + " ຄິດຕາມຈຳນວນວັນ); "
                + YEAR_RULE_LO));
    out.table(yt.build());

    // completeness and coverage by province
    boolean coverageKnown =
        rows.stream()
            .anyMatch(
                p ->
                    table
                        .populationOfAges(p, date.getYear(), Optional.empty(), AgeGroup.under(5))
                        .isPresent());
    Table.Builder ct =
        Table.builder(
            "birth-completeness-coverage",
            lang.pick(
                    "Completeness (births of "
                        + year
                        + ") and coverage under 5 and under 18 (on "
                        + date
                        + ")",
                    "ຄວາມຄົບຖ້ວນ ແລະ ການຄຸ້ມຄອງ")
                + label,
            "code",
            "province",
            "registered",
            "estimated births",
            "completeness %",
            "coverage under 5 %",
            "coverage under 18 %",
            "no value because");
    List<Number> completeness = new ArrayList<>();
    List<Number> coverageU5 = new ArrayList<>();
    List<String> chartNames = new ArrayList<>();
    for (AdminUnit p : rows) {
      int u = lao.index(p);
      RegistrationRate c =
          RegistrationRate.completeness(
              p,
              window,
              Optional.empty(),
              total(byBirthYear, u, year).registered(),
              RegistrationRate.Basis.OCCURRENCE,
              table,
              "completeness");
      RegistrationRate cov5 =
          RegistrationRate.coverage(
              p,
              date,
              5,
              Optional.empty(),
              byBirthYear.coverageCount(u, 5, Optional.empty(), Optional.empty()),
              table);
      RegistrationRate cov18 =
          RegistrationRate.coverage(
              p,
              date,
              18,
              Optional.empty(),
              byBirthYear.coverageCount(u, 18, Optional.empty(), Optional.empty()),
              table);
      List<Table.Text> why = new ArrayList<>();
      io.github.connectlao.crvs.NoValue.ofCompleteness(p, window, Optional.empty(), table)
          .forEach(n -> why.add(Say.noValue(n)));
      if (coverageKnown) {
        io.github.connectlao.crvs.NoValue.ofCoverage(p, date, 5, Optional.empty(), table)
            .map(Say::noValue)
            .ifPresent(r -> why.add(Table.text("coverage: " + r.en(), "ການຄຸ້ມຄອງ: " + r.lo())));
      }
      boolean registeredShown = release.value(p.code(), "registered").isPresent();
      boolean cov5Shown = cover5.value(p.code()).isPresent();
      boolean cov18Shown = cover18.value(p.code()).isPresent();
      if (!registeredShown) {
        why.add(Say.SUPPRESSED);
      }
      ct.row(
          p.code(),
          Table.name(p),
          published(release.value(p.code(), "registered")),
          c.denominator().map(d -> (Object) Math.round(d)).orElse(null),
          registeredShown ? c.percent().map(v -> (Object) round1(v)).orElse(null) : null,
          cov5Shown ? cov5.percent().map(v -> (Object) round1(v)).orElse(null) : null,
          cov18Shown ? cov18.percent().map(v -> (Object) round1(v)).orElse(null) : null,
          why.isEmpty() ? "" : Say.join(why));
      if (!p.equals(nation)) {
        chartNames.add(out.chartLang().name(p));
        completeness.add(
            registeredShown
                ? c.percent().map(BirthRegistrationSection::round1).orElse(null)
                : null);
        coverageU5.add(
            cov5Shown ? cov5.percent().map(BirthRegistrationSection::round1).orElse(null) : null);
      }
    }
    ct.labels(
        lang,
        "ລະຫັດ",
        "ແຂວງ",
        "ຈົດທະບຽນແລ້ວ",
        "ການເກີດຄາດຄະເນ",
        "ຄວາມຄົບຖ້ວນ %",
        "ການຄຸ້ມຄອງ ອາຍຸຕໍ່າກວ່າ 5 ປີ %",
        "ການຄຸ້ມຄອງ ອາຍຸຕໍ່າກວ່າ 18 ປີ %",
        "ບໍ່ມີຄ່າ ເພາະ");
    ct.note(
        lang.pick(
            (births.synthetic() ? "SYNTHETIC registrations; " : "")
                + SUPPRESSED_NOTE
                + "; "
                + "estimated births = crude birth rate × population / 1000 (provinces use the national rate, an explicit "
                + "choice); coverage = registered children alive and under the age on "
                + date
                + " / population of that age "
                + "in "
                + date.getYear()
                + "; "
                + RegistrationRate.YEAR_RULE
                + (coverageKnown
                    ? ""
                    : " — the table has no population under 5 for "
                        + date.getYear()
                        + ": pass --population with an age group 0-4"),
            (births.synthetic() ? "ຂໍ້ມູນສັງເຄາະ; " : "")
                + SUPPRESSED_NOTE_LO
                + "; ການເກີດຄາດຄະເນ = ອັດຕາການເກີດດິບ × "
                + "ພົນລະເມືອງ / 1000 (ແຂວງໃຊ້ອັດຕາຂອງຊາດ, ເປັນການເລືອກທີ່ບອກໄວ້); ການຄຸ້ມຄອງ = ເດັກທີ່ໄດ້ຈົດທະບຽນ ແລະ ຍັງມີຊີວິດ "
                + "ອາຍຸຕໍ່າກວ່າເກນ ໃນວັນທີ "
                + date
                + " / ພົນລະເມືອງຂອງອາຍຸນັ້ນ ໃນປີ "
                + date.getYear()
                + "; "
                + YEAR_RULE_LO
                + (coverageKnown
                    ? ""
                    : " — ບໍ່ມີພົນລະເມືອງອາຍຸຕໍ່າກວ່າ 5 ປີ ສຳລັບປີ "
                        + date.getYear()
                        + ": ໃຫ້ --population ທີ່ມີກຸ່ມອາຍຸ 0-4")));
    out.table(ct.build());
    if (charts && !years.isEmpty()) {
      Map<String, List<? extends Number>> cs = new LinkedHashMap<>();
      cs.put(
          out.chartLang().pick("completeness % (no bar = no value or suppressed)", "ຄວາມຄົບຖ້ວນ %"),
          completeness);
      out.chart(
          "completeness-by-province",
          Charts.bars(
              out.titleLang()
                      .pick(
                          "Birth registration completeness, births of " + year,
                          "ຄວາມຄົບຖ້ວນຂອງການຈົດທະບຽນການເກີດ " + year)
                  + chartLabel(out, births),
              "%",
              chartNames,
              cs,
              Optional.empty(),
              false));
    }
    if (charts && coverageKnown && !years.isEmpty()) {
      Map<String, List<? extends Number>> cv = new LinkedHashMap<>();
      cv.put(
          out.chartLang()
              .pick(
                  "coverage under 5 % (no bar = no value or suppressed)",
                  "ການຄຸ້ມຄອງ ເດັກອາຍຸຕໍ່າກວ່າ 5 ປີ %"),
          coverageU5);
      out.chart(
          "coverage-under5-by-province",
          Charts.bars(
              out.titleLang()
                      .pick(
                          "Birth registration coverage under 5 on " + date,
                          "ການຄຸ້ມຄອງການຈົດທະບຽນການເກີດ ເດັກອາຍຸຕໍ່າກວ່າ 5 ປີ " + date)
                  + chartLabel(out, births),
              "%",
              chartNames,
              cv,
              Optional.empty(),
              false));
    }
    BirthRegistrationReport full =
        ctx.progress()
            .step(
                "summarising for JSON",
                () ->
                    BirthRegistrationReport.of(
                        registry, policy, table, window, date, births.source()));
    Optional<BirthRegistrationReport> section = publishable(full, release, cover5, cover18, lao);
    if (section.isPresent()) {
      out.document(
          "birth-registration-report.json",
          "the birth-registration summary in the library's JSON form "
              + "(national counts, the protected province table, completeness and coverage where published)",
          "ສະຫຼຸບການຈົດທະບຽນການເກີດ ໃນຮູບແບບ JSON ຂອງຫ້ອງສະໝຸດ (ຕົວເລກລະດັບຊາດ, ຕາຕະລາງແຂວງທີ່ປົກປ້ອງແລ້ວ, "
              + "ຄວາມຄົບຖ້ວນ ແລະ ການຄຸ້ມຄອງ ທີ່ເຜີຍແຜ່)",
          io.github.connectlao.json.ConnectLaoJson.standard().writePretty(section.get()) + "\n");
    } else {
      out.text(
          "The JSON summary is not written: a national count of births of "
              + year
              + " is suppressed "
              + "(disclosure control), and the summary's form has no suppressed national cell.",
          "ບໍ່ຂຽນສະຫຼຸບ JSON: ມີຕົວເລກລະດັບຊາດທີ່ຖືກປິດບັງ.");
    }
    String figures =
        CrvsReferenceFigures.all().stream()
            .map(
                f ->
                    f.indicator()
                        + " "
                        + Math.round(f.percent())
                        + "% ("
                        + f.year()
                        + ", "
                        + f.source().confidence().name().toLowerCase(Locale.ROOT)
                        + ")")
            .toList()
            .toString();
    String figuresLo =
        CrvsReferenceFigures.all().stream()
            .map(
                f ->
                    NationalSeriesSection.indicatorLao(f)
                        + " "
                        + Math.round(f.percent())
                        + "% ("
                        + f.year()
                        + ", "
                        + Table.confidence(f.source().confidence()).lo()
                        + ")")
            .toList()
            .toString();
    out.text(
        "Reference figures (not from this dataset): " + figures + ".",
        "ຕົວເລກອ້າງອີງ (ບໍ່ແມ່ນຈາກຂໍ້ມູນນີ້): " + figuresLo + ".");
  }

  /** Says what an empty cell of these tables means. */
  private static final String SUPPRESSED_NOTE =
      "empty cell: no value, or suppressed for confidentiality (a count "
          + "from 1 to "
          + (Release.DEFAULT_THRESHOLD - 1)
          + ", or a cell hidden so that such a count cannot be "
          + "recomputed; shares only where both counts are published; see birth-registration-release.csv)";

  /** One year's national births: all = registered + not registered, protected as one release. */
  static ProtectedRelease yearRelease(TimelinessCounts c) {
    Hierarchy classes =
        Hierarchy.builder("all").add("registered", "all").add("not_registered", "all").build();
    return Release.builder()
        .dimension(classes)
        .threshold(Release.DEFAULT_THRESHOLD)
        .count(c.registered(), "registered")
        .count(c.notRegistered(), "not_registered")
        .table("birth-completeness-by-year", List.of(List.of("all", "registered")))
        .protect();
  }

  /**
   * The published cells of the timeliness release as a DHIS2 dataValueSets file: suppressed cells
   * are not exported (a DHIS2 instance would publish them), both sexes, the focus year.
   */
  private static void writeDhis2(
      ReportContext.Dhis2Export dhis2,
      ProtectedRelease release,
      List<String> units,
      int year,
      ReportOutput out,
      Progress progress)
      throws IOException {
    io.github.connectlao.indicator.ReportingPeriod period =
        io.github.connectlao.indicator.ReportingPeriod.parse(String.valueOf(year));
    List<io.github.connectlao.interop.StatisticCell> cells = new ArrayList<>();
    for (String u : units) {
      for (Timeliness t : Timeliness.values()) {
        java.util.OptionalLong v = release.value(u, code(t));
        if (v.isPresent()) {
          cells.add(
              io.github.connectlao.interop.StatisticCell.of(
                  t.isRegistered()
                      ? io.github.connectlao.interop.CrvsStatistic.BIRTHS_REGISTERED
                      : io.github.connectlao.interop.CrvsStatistic.BIRTHS_NOT_REGISTERED,
                  u,
                  Optional.empty(),
                  t.isRegistered() ? Optional.of(t) : Optional.empty(),
                  period,
                  java.math.BigDecimal.valueOf(v.getAsLong())));
        }
      }
    }
    java.io.StringWriter json = new java.io.StringWriter();
    List<io.github.connectlao.csv.RowError> left =
        dhis2.mapping().writeDataValueSets(cells, dhis2.orgUnits(), json);
    left.stream()
        .findFirst()
        .ifPresent(
            e ->
                progress.warn(
                    "--dhis2-mapping: "
                        + left.size()
                        + " published value(s) not exported (no mapping entry or no DHIS2 UID), first: "
                        + e));
    out.document(
        "birth-registration.dataValueSets.json",
        "the published birth-registration counts of "
            + year
            + " as a DHIS2 dataValueSets file (suppressed cells are not exported)",
        "ຈຳນວນການຈົດທະບຽນການເກີດ ປີ "
            + year
            + " ທີ່ເຜີຍແຜ່ ເປັນໄຟລ໌ DHIS2 dataValueSets (ຫ້ອງທີ່ປິດບັງ ບໍ່ໄດ້ສົ່ງອອກ)",
        json.toString());
  }

  /**
   * SDG 16.9.1 as an Open SDG data file: coverage of children under 5 on the reference date, both
   * sexes, the nation and each province, only where the count is published and the population gives
   * a value.
   */
  private static void writeOpenSdg(
      Gazetteer lao,
      RegistrationCounts counts,
      ProtectedRelease cover5,
      PopulationTable table,
      LocalDate date,
      ReportOutput out,
      Progress progress)
      throws IOException {
    io.github.connectlao.indicator.ReportingPeriod period =
        io.github.connectlao.indicator.ReportingPeriod.parse(String.valueOf(date.getYear()));
    List<io.github.connectlao.interop.StatisticCell> cells = new ArrayList<>();
    for (String u : rows(lao)) {
      if (cover5.value(u).isEmpty()) {
        continue;
      }
      RegistrationRate r =
          RegistrationRate.coverage(
              lao.unit(u),
              date,
              5,
              Optional.empty(),
              counts.coverageCount(lao.indexOf(u), 5, Optional.empty(), Optional.empty()),
              table);
      io.github.connectlao.interop.StatisticCell.ofRate(
              io.github.connectlao.interop.CrvsStatistic.COVERAGE_U5, period, r, 1)
          .ifPresent(cells::add);
    }
    if (cells.isEmpty()) {
      progress.warn(
          "--open-sdg: no unit has a coverage value under 5 on "
              + date
              + " (the population table has no "
              + "age group 0-4 for "
              + date.getYear()
              + "; give one with --population): the file has only its header");
    }
    java.io.StringWriter csv = new java.io.StringWriter();
    List<io.github.connectlao.csv.RowError> left =
        io.github.connectlao.interop.opensdg.OpenSdgCsv.write(
            io.github.connectlao.interop.opensdg.OpenSdgSeries.SDG_16_9_1, cells, lao, csv);
    left.stream()
        .findFirst()
        .ifPresent(
            e -> progress.warn("--open-sdg: " + left.size() + " value(s) left out, first: " + e));
    out.document(
        "indicator_16-9-1.csv",
        "SDG 16.9.1 in the Open SDG data form (coverage under 5, both sexes)",
        "SDG 16.9.1 ໃນຮູບແບບຂໍ້ມູນ Open SDG (ການຄຸ້ມຄອງ ເດັກອາຍຸຕໍ່າກວ່າ 5 ປີ, ທັງສອງເພດ)",
        csv.toString());
  }

  /** {@link #SUPPRESSED_NOTE} in Lao. */
  private static final String SUPPRESSED_NOTE_LO =
      "ຫ້ອງຫວ່າງ: ບໍ່ມີຄ່າ ຫຼື ຖືກປິດບັງເພື່ອຮັກສາຄວາມລັບ (ຈຳນວນ 1 ຫາ "
          + (Release.DEFAULT_THRESHOLD - 1)
          + " ຫຼື ຫ້ອງທີ່ປິດໄວ້ ເພື່ອບໍ່ໃຫ້ຄຳນວນຈຳນວນດັ່ງກ່າວຄືນໄດ້; ສ່ວນຮ້ອຍ ສະແດງສະເພາະເມື່ອ "
          + "ສອງຈຳນວນຖືກເຜີຍແຜ່; ເບິ່ງ birth-registration-release.csv)";

  /** {@link RegistrationRate#YEAR_RULE} in both languages. */
  private static final Table.Text YEAR_RULE_TEXT =
      Table.text(
          RegistrationRate.YEAR_RULE,
          "ພົນລະເມືອງ ແລະ ອັດຕາການເກີດ ໃຊ້ສະເພາະປີທີ່ມັນອະທິບາຍ; ບໍ່ເອົາຕົວເລກຂອງປີອື່ນ");

  /** {@link RegistrationRate#YEAR_RULE} in Lao. */
  private static final String YEAR_RULE_LO =
      "ພົນລະເມືອງ ແລະ ອັດຕາການເກີດ ໃຊ້ສະເພາະປີທີ່ມັນອະທິບາຍ; ບໍ່ເອົາຕົວເລກຂອງປີອື່ນ";

  /** The nation, then the provinces, by code. */
  static List<String> rows(Gazetteer lao) {
    List<String> codes = new ArrayList<>();
    codes.add(lao.nation().code());
    lao.units(AdminLevel.PROVINCE).forEach(p -> codes.add(p.code()));
    return codes;
  }

  private static String code(Timeliness t) {
    return t.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The births of one year by province and timeliness class, protected together with every total,
   * the registered subtotal and the nation: the release behind the timeliness and completeness tables.
   */
  static ProtectedRelease timelinessRelease(
      Gazetteer lao, RegistrationCounts counts, int year, List<String> rows) {
    return BirthFigures.timelinessRelease(lao, counts, year, rows, List.of());
  }

  /** The children registered, alive and under an age on the date, by province: a release of its own. */
  static ProtectedRelease coverageRelease(Gazetteer lao, RegistrationCounts counts, int age) {
    Hierarchy geo = Hierarchy.geography(lao, AdminLevel.PROVINCE);
    Release.Builder b = Release.builder().dimension(geo).threshold(Release.DEFAULT_THRESHOLD);
    for (String leaf : geo.leavesUnder(geo.root())) {
      b.count(
          counts.coverageCount(lao.indexOf(leaf), age, Optional.empty(), Optional.empty()), leaf);
    }
    return b.table("coverage-under-" + age, List.of(rows(lao))).protect();
  }

  private static String ledger(ProtectedRelease release) throws IOException {
    StringBuilder sb = new StringBuilder();
    release.writeCsv(sb);
    return sb.toString();
  }

  /** A published count, or no value (an empty cell) when suppressed. */
  private static @Nullable Object published(java.util.OptionalLong v) {
    return v.isPresent() ? (Object) v.getAsLong() : null;
  }

  /** A class's share of a unit's births in %, only when both counts are published. */
  private static @Nullable Object share(ProtectedRelease r, String unit, String cls) {
    java.util.OptionalDouble s = r.share(Cell.of(unit, cls), Cell.of(unit, "all"));
    return s.isPresent() ? (Object) round1(s.getAsDouble() * 100) : null;
  }

  /**
   * The section's JSON summary built only from what the releases publish: the protected province
   * table, completeness where the registered count is published, coverage where its count is; sex
   * and birth setting are not in the releases and are not published. Empty when a national cell is
   * suppressed (the form has no suppressed national cell).
   */
  static Optional<BirthRegistrationReport> publishable(
      BirthRegistrationReport full,
      ProtectedRelease release,
      ProtectedRelease cover5,
      ProtectedRelease cover18,
      Gazetteer lao) {
    String nation = lao.nation().code();
    List<String> classes = List.of("current", "late", "delayed", "not_registered");
    for (String c : classes) {
      if (release.value(nation, c).isEmpty()) {
        return Optional.empty();
      }
    }
    List<String> provinces = rows(lao).subList(1, rows(lao).size());
    SuppressedTable table = SuppressedTable.view(release, nation, provinces, "all", classes);
    List<RegistrationRate> completeness =
        full.completeness().stream()
            .filter(r -> release.value(r.unitCode(), "registered").isPresent())
            .toList();
    List<RegistrationRate> coverage =
        full.coverage().stream()
            .filter(
                r ->
                    (r.indicator().endsWith(" 5") ? cover5 : cover18)
                        .value(r.unitCode())
                        .isPresent())
            .toList();
    return Optional.of(
        new BirthRegistrationReport(
            full.dataSource(),
            full.policy(),
            full.births(),
            full.referenceDate(),
            full.national(),
            Map.of(),
            Map.of(),
            table,
            completeness,
            coverage));
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
  static DateRange windowOf(int year, LocalDate date) {
    DateRange y = DateRange.ofYear(year);
    return date.getYear() == year ? DateRange.of(y.start(), date) : y;
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
}
