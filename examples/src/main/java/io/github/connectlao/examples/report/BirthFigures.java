package io.github.connectlao.examples.report;

import io.github.connectlao.Confidence;
import io.github.connectlao.DateRange;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.AgeGroup;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.BirthRegistry;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.crvs.RegistrationCounts;
import io.github.connectlao.crvs.RegistrationPolicy;
import io.github.connectlao.crvs.RegistryQuery;
import io.github.connectlao.crvs.SyntheticRegistrations;
import io.github.connectlao.crvs.Timeliness;
import io.github.connectlao.crvs.TimelinessCounts;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.disclosure.Hierarchy;
import io.github.connectlao.disclosure.ProtectedRelease;
import io.github.connectlao.disclosure.Release;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The birth-registration figures of one run, computed once and shared by every section that
 * publishes them (the tables of {@link BirthRegistrationSection} and the maps of {@link
 * MapsSection}): the registrations, their counts, the focus year and the <b>protected releases</b>.
 * Every number about births by unit that the report publishes, in a table or on a map, is read
 * from these releases, so a map can never show a cell a table hides (docs/disclosure.md).
 *
 * @param registry the registrations
 * @param source where they come from
 * @param synthetic whether they are the synthetic dataset
 * @param table the population table, provinces and districts inheriting the national crude birth rate
 * @param byBirthYear counts by unit (down to districts), year of birth, sex and timeliness, with coverage
 * @param byRegistrationYear national counts by year of registration
 * @param years the years of birth in the data up to the reference date, ascending
 * @param year the focus year of the unit tables and maps
 * @param window the focus year cut at the reference date
 * @param districts the districts whose registered count is published (on the district map): those
 *     with a population and a crude birth rate for the focus year; usually none
 * @param release births of the focus year by unit and timeliness class (tables and completeness maps)
 * @param cover5 registered living children under 5 on the date, by province
 * @param cover18 registered living children under 18 on the date, by province (table and coverage map)
 */
record BirthFigures(
    BirthRegistry registry,
    Source source,
    boolean synthetic,
    PopulationTable table,
    RegistrationCounts byBirthYear,
    RegistrationCounts byRegistrationYear,
    List<Integer> years,
    int year,
    DateRange window,
    List<String> districts,
    ProtectedRelease release,
    ProtectedRelease cover5,
    ProtectedRelease cover18) {

  /** The name of the release's table that the district completeness map publishes. */
  static final String DISTRICT_TABLE = "map-completeness-district";

  /**
   * Computes the figures of a run.
   *
   * @param ctx the report's context
   * @return the figures
   * @throws Exception when generating or counting fails
   */
  static BirthFigures of(ReportContext ctx) throws Exception {
    Gazetteer lao = ctx.gazetteer();
    LocalDate date = ctx.options().date();
    RegistrationPolicy policy = RegistrationPolicy.laoPdr();
    PopulationTable table = ctx.population().inheritingBirthRateFrom(lao.nation().code());
    BirthRegistry registry;
    Source source;
    boolean synthetic = ctx.registrationFile().isEmpty();
    if (!synthetic) {
      var file = ctx.options().registrations().orElseThrow();
      ImportResult<List<BirthRegistration>> r = ctx.registrationFile().get();
      source =
          Source.of(
              "file " + file.getFileName() + " (" + r.accepted().size() + " registrations)",
              Confidence.UNVERIFIED);
      BirthRegistry.Builder b = BirthRegistry.builder(lao).source(source);
      r.accepted().forEach(b::add);
      registry = b.build();
    } else {
      int n = ctx.options().syntheticBirths();
      registry =
          ctx.progress()
              .step(
                  "generating " + String.format(Locale.ROOT, "%,d", n) + " synthetic births",
                  () -> SyntheticRegistrations.registry(lao, n, BirthRegistrationSection.SEED));
      source = SyntheticRegistrations.SOURCE;
    }
    // one pass: every district by year of birth, sex and timeliness as of --date, and coverage on
    // --date
    RegistryQuery base = RegistryQuery.of(policy).asOf(date).parallel();
    RegistrationCounts byBirthYear =
        ctx.progress()
            .step(
                "counting every unit by year of birth, timeliness " + "and coverage",
                () ->
                    registry
                        .aggregate(
                            base.downTo(AdminLevel.DISTRICT)
                                .per(RegistryQuery.Period.BIRTH_YEAR)
                                .coverageUnder(date, 5, 18))
                        .rolledUp());
    RegistrationCounts byRegistrationYear =
        ctx.progress()
            .step(
                "counting registrations by year of registration",
                () ->
                    registry
                        .aggregate(
                            base.downTo(AdminLevel.NATIONAL)
                                .per(RegistryQuery.Period.REGISTRATION_YEAR))
                        .rolledUp());
    List<Integer> years = new ArrayList<>();
    byBirthYear
        .firstYear()
        .ifPresent(
            first -> {
              for (int y = first; y <= byBirthYear.lastYear().orElseThrow(); y++) {
                if (total(byBirthYear, 0, y).total() > 0) {
                  years.add(y);
                }
              }
            });
    int year = BirthRegistrationSection.focusYear(years, table, lao, date);
    List<String> districts = districtsWithFigures(lao, table, year);
    ProtectedRelease release =
        timelinessRelease(lao, byBirthYear, year, BirthRegistrationSection.rows(lao), districts);
    return new BirthFigures(
        registry,
        source,
        synthetic,
        table,
        byBirthYear,
        byRegistrationYear,
        List.copyOf(years),
        year,
        BirthRegistrationSection.windowOf(year, date),
        districts,
        release,
        BirthRegistrationSection.coverageRelease(lao, byBirthYear, 5),
        BirthRegistrationSection.coverageRelease(lao, byBirthYear, 18));
  }

  /** The districts with a population (all ages, both sexes) and a crude birth rate for the year. */
  static List<String> districtsWithFigures(Gazetteer lao, PopulationTable table, int year) {
    return lao.units(AdminLevel.DISTRICT).stream()
        .filter(
            d ->
                table
                        .population(d, year, Optional.empty(), AgeGroup.ALL)
                        .filter(p -> p.count() > 0)
                        .isPresent()
                    && table.crudeBirthRate(d, year, Optional.empty()).isPresent())
        .map(AdminUnit::code)
        .toList();
  }

  /**
   * The births of one year by unit and timeliness class, protected together with every total, the
   * registered subtotal and the nation: the release behind the timeliness and completeness tables
   * and the completeness maps. With no district published the geography stops at the provinces;
   * otherwise it goes down to the districts (a province = its districts + its births with no known
   * district, an unpublished part), and the registered counts of the given districts are one more
   * table of the same release.
   *
   * @param lao the gazetteer
   * @param counts counts by unit (down to districts when {@code districts} is not empty)
   * @param year the year of birth
   * @param rows the nation and provinces, as the tables list them
   * @param districts the districts whose registered count is published
   * @return the protected release
   */
  static ProtectedRelease timelinessRelease(
      Gazetteer lao,
      RegistrationCounts counts,
      int year,
      List<String> rows,
      List<String> districts) {
    Hierarchy geo;
    List<String> leaves = new ArrayList<>();
    List<long[]> leafCounts = new ArrayList<>();
    if (districts.isEmpty()) {
      geo = Hierarchy.geography(lao, AdminLevel.PROVINCE);
      for (String leaf : geo.leavesUnder(geo.root())) {
        leaves.add(leaf);
        leafCounts.add(classes(total(counts, lao.indexOf(leaf), year)));
      }
    } else {
      Hierarchy.Builder b = Hierarchy.builder(lao.nation().code());
      for (AdminUnit p : lao.units(AdminLevel.PROVINCE)) {
        b.add(p.code(), lao.nation().code());
        long[] rest = classes(total(counts, lao.index(p), year));
        for (AdminUnit d : lao.children(p)) {
          b.add(d.code(), p.code());
          long[] c = classes(total(counts, lao.index(d), year));
          leaves.add(d.code());
          leafCounts.add(c);
          for (int i = 0; i < rest.length; i++) {
            rest[i] -= c[i];
          }
        }
        if (java.util.Arrays.stream(rest).anyMatch(v -> v != 0)) {
          String unknown = p.code() + "_no_district";
          b.add(unknown, p.code());
          leaves.add(unknown);
          leafCounts.add(rest);
        }
      }
      geo = b.build();
    }
    Hierarchy classes =
        Hierarchy.builder("all")
            .add("registered", "all")
            .add("current", "registered")
            .add("late", "registered")
            .add("delayed", "registered")
            .add("not_registered", "all")
            .build();
    Release.Builder b =
        Release.builder().dimension(geo).dimension(classes).threshold(Release.DEFAULT_THRESHOLD);
    for (int i = 0; i < leaves.size(); i++) {
      Timeliness[] ts = Timeliness.values();
      for (int k = 0; k < ts.length; k++) {
        b.count(leafCounts.get(i)[k], leaves.get(i), ts[k].name().toLowerCase(Locale.ROOT));
      }
    }
    b.table(
            "birth-timeliness",
            List.of(rows, List.of("all", "current", "late", "delayed", "not_registered")))
        .table("birth-completeness-coverage", List.of(rows, List.of("registered")));
    if (!districts.isEmpty()) {
      b.table(DISTRICT_TABLE, List.of(districts, List.of("registered")));
    }
    return b.protect();
  }

  /** The counts of the timeliness classes, in {@link Timeliness} order. */
  private static long[] classes(TimelinessCounts c) {
    Timeliness[] ts = Timeliness.values();
    long[] v = new long[ts.length];
    for (int k = 0; k < ts.length; k++) {
      v[k] = c.count(ts[k]);
    }
    return v;
  }

  /** Counts of one unit and year of birth, both sexes. */
  static TimelinessCounts total(RegistrationCounts c, int unitIndex, int year) {
    return c.counts(unitIndex, Optional.of(year), Optional.empty(), Optional.empty());
  }
}
