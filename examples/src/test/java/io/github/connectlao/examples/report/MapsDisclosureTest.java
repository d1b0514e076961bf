package io.github.connectlao.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistry;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.crvs.RegistrationCounts;
import io.github.connectlao.crvs.RegistrationPolicy;
import io.github.connectlao.crvs.RegistrationRate;
import io.github.connectlao.crvs.RegistryQuery;
import io.github.connectlao.crvs.SyntheticRegistrations;
import io.github.connectlao.crvs.TimelinessCounts;
import io.github.connectlao.disclosure.Cell;
import io.github.connectlao.disclosure.DisclosureAudit;
import io.github.connectlao.disclosure.Hierarchy;
import io.github.connectlao.disclosure.ProtectedRelease;
import io.github.connectlao.disclosure.Release;
import io.github.connectlao.examples.maps.Maps;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The maps publish nothing the protected release does not: the report is run once with maps, on a
 * small synthetic dataset (many counts below the threshold) and a test population for every district
 * of 2020 (labelled synthetic), so that the district completeness map publishes counts too. Every
 * unit a map colours has its count published in the ledger, and its value is that count over the
 * estimated births or population; every suppressed count of the ledger is drawn cross-hatched, never
 * coloured; and the audit over the ledgers (provinces and districts in one release, and the coverage
 * release) pins no suppressed cell.
 */
class MapsDisclosureTest {
  private static final LocalDate DATE = LocalDate.of(2020, 12, 31);
  private static final int BIRTHS = 4000;
  private static final Pattern PATH =
      Pattern.compile(
          "<path data-code=\"([A-Z0-9_]+)\"(?: data-value=\"([0-9.E-]+)\")?"
              + " fill=\"[^\"]*\"(?: data-status=\"([a-z-]+)\")?");

  @TempDir static Path tmp;
  static Path out;
  static Gazetteer lao;
  static PopulationTable table;
  static RegistrationCounts counts;

  @BeforeAll
  static void runTheReportWithMaps() throws Exception {
    lao = Gazetteer.laoPdr();
    StringBuilder csv = new StringBuilder("unit_code,year,population,source,confidence\n");
    for (AdminUnit d : lao.units(AdminLevel.DISTRICT)) {
      csv.append(d.code())
          .append(",2020,")
          .append(20_000 + 150 * lao.index(d))
          .append(",SYNTHETIC test population (connect-lao tests),synthetic\n");
    }
    Path population = Files.writeString(tmp.resolve("districts-2020.csv"), csv.toString());
    out = tmp.resolve("r");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        NationalReportJob.run(
            new String[] {
              "--out",
              out.toString(),
              "--synthetic",
              String.valueOf(BIRTHS),
              "--date",
              DATE.toString(),
              "--lang",
              "en",
              "--population",
              population.toString()
            },
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    PopulationTable.Builder merged = PopulationTable.laoPdr().toBuilder();
    for (AdminUnit d : lao.units(AdminLevel.DISTRICT)) {
      merged.add(
          new PopulationTable.Population(
              d.code(),
              2020,
              Optional.empty(),
              io.github.connectlao.crvs.AgeGroup.ALL,
              20_000 + 150 * lao.index(d),
              io.github.connectlao.Source.of("test", io.github.connectlao.Confidence.SYNTHETIC)));
    }
    table = merged.build().inheritingBirthRateFrom(lao.nation().code());
    BirthRegistry registry =
        SyntheticRegistrations.registry(lao, BIRTHS, BirthRegistrationSection.SEED);
    counts =
        registry
            .aggregate(
                RegistryQuery.of(RegistrationPolicy.laoPdr())
                    .asOf(DATE)
                    .downTo(AdminLevel.DISTRICT)
                    .per(RegistryQuery.Period.BIRTH_YEAR)
                    .coverageUnder(DATE, 5, 18))
            .rolledUp();
  }

  /** The units of a map's SVG: code to value, or to "suppressed" / "no-value". */
  private static Map<String, String> map(String name) throws Exception {
    Map<String, String> units = new LinkedHashMap<>();
    Matcher m = PATH.matcher(Files.readString(out.resolve(name + ".svg")));
    while (m.find()) {
      units.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
    }
    return units;
  }

  /** A ledger's cells of one table: unit code to count, or null when suppressed. */
  private static Map<String, Long> ledger(String file, String tableName, String cls)
      throws Exception {
    Map<String, Long> cells = new LinkedHashMap<>();
    for (String line : Files.readAllLines(out.resolve(file))) {
      String[] f = line.split(",", -1);
      if (f[0].equals(tableName) && (cls == null || f[2].equals(cls))) {
        String count = f[f.length - 2];
        cells.put(f[1], count.isEmpty() ? null : Long.parseLong(count));
      }
    }
    return cells;
  }

  private static int focusYear() throws Exception {
    Matcher m =
        Pattern.compile("births of (\\d{4})")
            .matcher(Files.readString(out.resolve("birth-timeliness.json")));
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  @Test
  void
      everyColouredUnitOfTheCompletenessMapsIsAPublishedCountAndEverySuppressedCountIsCrossHatched()
          throws Exception {
    int year = focusYear();
    assertThat(year).isEqualTo(2020);
    Map<String, Long> provinces =
        ledger("birth-registration-release.csv", "birth-completeness-coverage", "registered");
    Map<String, Long> districts =
        ledger("birth-registration-release.csv", BirthFigures.DISTRICT_TABLE, "registered");
    assertThat(districts).as("every district with a population is in the release").hasSize(148);
    int suppressedShown = 0;
    for (var entry :
        List.of(
            Map.entry("map-completeness-province", provinces),
            Map.entry("map-completeness-district", districts))) {
      Map<String, String> map = map(entry.getKey());
      Map<String, Long> published = entry.getValue();
      assertThat(map).isNotEmpty();
      for (Map.Entry<String, String> u : map.entrySet()) {
        String code = u.getKey();
        assertThat(published)
            .as(entry.getKey() + " draws only units of the release: " + code)
            .containsKey(code);
        Long count = published.get(code);
        if (count == null) {
          assertThat(u.getValue())
              .as(entry.getKey() + ": " + code + " is suppressed in the ledger")
              .isEqualTo("suppressed");
          suppressedShown++;
        } else {
          RegistrationRate r =
              RegistrationRate.completeness(
                  lao.unit(code),
                  BirthRegistrationSection.windowOf(year, DATE),
                  Optional.empty(),
                  count,
                  RegistrationRate.Basis.OCCURRENCE,
                  table,
                  "completeness");
          assertThat(Double.parseDouble(u.getValue()))
              .as(
                  entry.getKey()
                      + ": "
                      + code
                      + " is the published count "
                      + "over the estimated births")
              .isEqualTo(Math.round(r.percent().orElseThrow() * 10) / 10.0);
        }
      }
    }
    assertThat(suppressedShown)
        .as("a small dataset has suppressed units on the maps")
        .isGreaterThan(10);
  }

  @Test
  void theCoverageMapColoursOnlyPublishedCountsOfTheCoverageRelease() throws Exception {
    Map<String, Long> cover =
        ledger("birth-coverage-under18-release.csv", "coverage-under-18", null);
    Map<String, String> map = map("map-coverage-under18-province");
    assertThat(map).hasSize(18);
    for (Map.Entry<String, String> u : map.entrySet()) {
      Long count = cover.get(u.getKey());
      assertThat(cover).containsKey(u.getKey());
      if (count == null) {
        assertThat(u.getValue()).isEqualTo("suppressed");
      } else {
        RegistrationRate r =
            RegistrationRate.coverage(
                lao.unit(u.getKey()), DATE, 18, Optional.empty(), count, table);
        assertThat(Double.parseDouble(u.getValue()))
            .isEqualTo(Math.round(r.percent().orElseThrow() * 10) / 10.0);
      }
    }
  }

  @Test
  void theLedgerWithDistrictsIsTheReleaseAndTheAuditPinsNoCell() throws Exception {
    int year = focusYear();
    List<String> districts = BirthFigures.districtsWithFigures(lao, table, year);
    ProtectedRelease truth =
        BirthFigures.timelinessRelease(
            lao, counts, year, BirthRegistrationSection.rows(lao), districts);
    StringBuilder expected = new StringBuilder();
    truth.writeCsv(expected);
    String ledger = Files.readString(out.resolve("birth-registration-release.csv"));
    assertThat(ledger)
        .as("the maps' counts are cells of the one ledger")
        .isEqualTo(expected.toString());
    assertThat(truth.suppressedCount()).isGreaterThan(50);
    DisclosureAudit.Published published =
        DisclosureAudit.readCsv(
            new StringReader(ledger), truth.dimensions(), Release.DEFAULT_THRESHOLD);
    DisclosureAudit.Result audit = DisclosureAudit.audit(published, cell -> count(cell, year));
    assertThat(audit.violations()).isEmpty();
    assertThat(audit.pinned()).isZero();

    String cover = Files.readString(out.resolve("birth-coverage-under18-release.csv"));
    ProtectedRelease cover18 = BirthRegistrationSection.coverageRelease(lao, counts, 18);
    StringBuilder c18 = new StringBuilder();
    cover18.writeCsv(c18);
    assertThat(cover).isEqualTo(c18.toString());
    DisclosureAudit.Result coverAudit =
        DisclosureAudit.audit(
            DisclosureAudit.readCsv(
                new StringReader(cover), cover18.dimensions(), Release.DEFAULT_THRESHOLD),
            cell ->
                counts.coverageCount(
                    lao.indexOf(cell.codes().get(0)), 18, Optional.empty(), Optional.empty()));
    assertThat(coverAudit.violations()).isEmpty();
    assertThat(coverAudit.pinned()).isZero();
  }

  /** The true count of a cell of the district release (a province's births with no district included). */
  private static long count(Cell cell, int year) {
    String geo = cell.codes().get(0);
    String cls = cell.codes().get(1);
    if (geo.endsWith("_no_district")) {
      String province = geo.substring(0, geo.length() - "_no_district".length());
      long v = of(total(lao.indexOf(province), year), cls);
      for (AdminUnit d : lao.children(lao.unit(province))) {
        v -= of(total(lao.index(d), year), cls);
      }
      return v;
    }
    return of(total(lao.indexOf(geo), year), cls);
  }

  private static TimelinessCounts total(int unit, int year) {
    return counts.counts(unit, Optional.of(year), Optional.empty(), Optional.empty());
  }

  private static long of(TimelinessCounts c, String cls) {
    return switch (cls) {
      case "all" -> c.total();
      case "registered" -> c.registered();
      case "current" -> c.current();
      case "late" -> c.late();
      case "delayed" -> c.delayed();
      default -> c.notRegistered();
    };
  }

  @Test
  void aCountTheReleaseSuppressesIsNeverAMapValue() {
    // one province with 3 registered births (primary suppression), its neighbour hidden with it
    Hierarchy geo = Hierarchy.geography(lao, AdminLevel.PROVINCE);
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
    for (String p : geo.leavesUnder(geo.root())) {
      b.count(p.equals("LA03") ? 3 : 400, p, "current");
      b.count(50, p, "not_registered");
    }
    List<String> rows = BirthRegistrationSection.rows(lao);
    ProtectedRelease release =
        b.table("birth-completeness-coverage", List.of(rows, List.of("registered"))).protect();
    assertThat(release.value("LA03", "registered")).isEmpty();
    BirthFigures f =
        new BirthFigures(
            null,
            null,
            true,
            table,
            null,
            null,
            List.of(2020),
            2020,
            io.github.connectlao.DateRange.ofYear(2020),
            List.of(),
            release,
            null,
            null);
    MapsSection.MapData data = MapsSection.completeness(f, lao, AdminLevel.PROVINCE);
    assertThat(data.values()).doesNotContainKey("LA03");
    assertThat(data.suppressed()).contains("LA03");
    for (String code : data.values().keySet()) {
      assertThat(release.value(code, "registered")).as(code).isPresent();
    }
    for (String code : data.suppressed()) {
      assertThat(release.value(code, "registered")).as(code).isEmpty();
    }
  }

  @Test
  void aUnitCannotBeBothColouredAndSuppressed() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                Maps.choroplethSvg(
                    Maps.Level.PROVINCE,
                    Map.of("LA01", 50.0),
                    java.util.Set.of("LA01"),
                    "t",
                    "%",
                    "",
                    Lang.EN,
                    new double[] {20, 40, 60, 80}))
        .isInstanceOf(IllegalArgumentException.class);
    String svg =
        Maps.choroplethSvg(
            Maps.Level.PROVINCE,
            Map.of("LA01", 0.0),
            java.util.Set.of("LA03"),
            "t",
            "%",
            "",
            Lang.LO,
            new double[] {20, 40, 60, 80});
    assertThat(svg)
        .contains(
            "data-code=\"LA01\" data-value=\"0.0\"",
            "data-code=\"LA03\" fill=\"url(#suppressed)\" data-status=\"suppressed\"",
            "data-code=\"LA05\" fill=\"url(#novalue)\" data-status=\"no-value\"",
            "ປິດບັງ",
            "url(#suppressed)");
  }
}
