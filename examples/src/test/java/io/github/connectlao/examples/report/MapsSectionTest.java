package io.github.connectlao.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The maps section: completeness and coverage by unit read from the protected releases only (a
 * published count over the population's estimate; a suppressed count drawn as suppressed; no
 * denominator, no value), and the maps it writes. One run with maps on a small synthetic dataset
 * as of 2020-12-31, the year the embedded LSB projection gives every province's population and
 * population under 18; the expected values are recomputed here from the projection's figures.
 */
class MapsSectionTest {
  private static final LocalDate DATE = LocalDate.of(2020, 12, 31);

  /** The World Bank crude birth rate of 2020, applied to every province. */
  private static final double CBR_2020 = 22.449;

  /** LSB projection 2020 (medium): total and under 18 (derived: total − 18+), two provinces. */
  private static final Map<String, long[]> PROJECTION_2020 =
      Map.of("LA03", new long[] {199_090, 79_904}, "LA05", new long[] {203_469, 80_733});

  private static final Pattern PATH =
      Pattern.compile(
          "<path data-code=\"([A-Z0-9]+)\"(?: data-value=\"([^\"]+)\")? fill=\"[^\"]+\""
              + "(?: data-status=\"([a-z-]+)\")?");

  @TempDir static Path dir;
  static Gazetteer lao;
  static BirthFigures figures;
  static Path folder;
  static String terminal;

  @BeforeAll
  static void runWithMaps() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    folder = dir.resolve("report");
    try (Progress progress = new Progress(out)) {
      ReportContext ctx =
          new ReportContext(
              ReportOptions.parse(
                  "--synthetic", "20000", "--date", DATE.toString(), "--lang", "en"),
              progress);
      lao = ctx.gazetteer();
      figures = ctx.birthFigures();
      ReportOutput report = new ReportOutput(folder, out, Lang.EN, true);
      new MapsSection().write(ctx, report);
      report.finish();
    }
    terminal = bytes.toString(StandardCharsets.UTF_8);
  }

  /** The units of an SVG map: code → value, or "suppressed"/"no-value". */
  static Map<String, String> svgUnits(String file) throws Exception {
    Map<String, String> units = new HashMap<>();
    Matcher m = PATH.matcher(Files.readString(folder.resolve(file)));
    while (m.find()) {
      units.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
    }
    return units;
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  @Test
  void titleIsInTheLanguage() {
    assertThat(new MapsSection().title(Lang.EN)).isEqualTo("Maps");
    assertThat(new MapsSection().title(Lang.LO)).isEqualTo("ແຜນທີ່");
  }

  @Test
  void withoutChartsTheSectionSaysSoAndDrawsNothing(@TempDir Path tmp) throws Exception {
    SectionRun run = SectionRun.of(new MapsSection(), tmp);
    assertThat(run.terminal()).contains("Maps skipped (--no-charts).");
    try (var files = Files.list(run.folder())) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("report.md");
    }
  }

  @Test
  void provinceCompletenessIsThePublishedCountOverTheEstimatedBirths() {
    assertThat(figures.year()).isEqualTo(2020);
    MapsSection.MapData data = MapsSection.completeness(figures, lao, AdminLevel.PROVINCE);
    // every province has a population in 2020: each is either drawn or suppressed, never both
    assertThat(data.suppressed()).isNotNull();
    assertThat(data.values().size() + data.suppressed().size()).isEqualTo(18);
    assertThat(data.values().keySet()).doesNotContainAnyElementsOf(data.suppressed());
    assertThat(data.values()).isNotEmpty();
    assertThat(data.suppressed()).isNotEmpty(); // the small dataset exercises both
    for (AdminUnit p : lao.units(AdminLevel.PROVINCE)) {
      OptionalLong registered = figures.release().value(p.code(), "registered");
      assertThat(data.values().containsKey(p.code()))
          .as(p.code())
          .isEqualTo(registered.isPresent());
      assertThat(data.suppressed().contains(p.code())).isEqualTo(registered.isEmpty());
    }
    assertThat(PROJECTION_2020.keySet()).anyMatch(data.values()::containsKey); // not vacuous
    for (Map.Entry<String, long[]> e : PROJECTION_2020.entrySet()) {
      OptionalLong registered = figures.release().value(e.getKey(), "registered");
      if (registered.isPresent()) {
        double estimated = CBR_2020 * e.getValue()[0] / 1000;
        assertThat(data.values().get(e.getKey()))
            .as(e.getKey())
            .isEqualTo(round1(100.0 * registered.getAsLong() / estimated));
      }
    }
  }

  @Test
  void districtsWithoutAPopulationHaveNoValueWhateverTheirCount() {
    assertThat(figures.districts()).isEmpty(); // no embedded district population
    MapsSection.MapData data = MapsSection.completeness(figures, lao, AdminLevel.DISTRICT);
    assertThat(data.values()).isEmpty();
    assertThat(data.suppressed()).isEmpty();
  }

  @Test
  void coverageIsThePublishedCountOverThePopulationUnder18() {
    MapsSection.MapData data = MapsSection.coverage(figures, lao, DATE);
    assertThat(data.values().size() + data.suppressed().size()).isEqualTo(18);
    for (AdminUnit p : lao.units(AdminLevel.PROVINCE)) {
      assertThat(data.values().containsKey(p.code()))
          .as(p.code())
          .isEqualTo(figures.cover18().value(p.code()).isPresent());
    }
    assertThat(PROJECTION_2020.keySet()).anyMatch(data.values()::containsKey);
    for (Map.Entry<String, long[]> e : PROJECTION_2020.entrySet()) {
      OptionalLong n = figures.cover18().value(e.getKey());
      if (n.isPresent()) {
        assertThat(data.values().get(e.getKey()))
            .isEqualTo(round1(100.0 * n.getAsLong() / e.getValue()[1]));
      }
    }
    // no population under 18 in 2021: no value anywhere, neither drawn nor suppressed
    MapsSection.MapData later = MapsSection.coverage(figures, lao, LocalDate.of(2021, 6, 30));
    assertThat(later.values()).isEmpty();
    assertThat(later.suppressed()).isEmpty();
  }

  @Test
  void theCompletenessMapDrawsExactlyWhatTheReleasePublishes() throws Exception {
    MapsSection.MapData data = MapsSection.completeness(figures, lao, AdminLevel.PROVINCE);
    Map<String, String> units = svgUnits("map-completeness-province.svg");
    assertThat(units).hasSize(18);
    data.values().forEach((code, v) -> assertThat(units).containsEntry(code, String.valueOf(v)));
    data.suppressed().forEach(code -> assertThat(units).containsEntry(code, "suppressed"));
    assertThat(folder.resolve("map-completeness-province.png")).isRegularFile();
    assertThat(Files.readString(folder.resolve("map-completeness-province.svg")))
        .contains("Birth registration completeness, births of 2020, by province — SYNTHETIC data")
        .contains("Data: SYNTHETIC registrations (connect-lao), not statistics of the Lao PDR");
  }

  @Test
  void theDistrictMapSaysEveryUnitHasNoValue() throws Exception {
    Map<String, String> units = svgUnits("map-completeness-district.svg");
    assertThat(units)
        .hasSize(148)
        .containsOnlyKeys(units.keySet())
        .allSatisfy((code, v) -> assertThat(v).isEqualTo("no-value"));
    assertThat(Files.readString(folder.resolve("map-completeness-district.svg")))
        .contains(
            "no population or crude birth rate for these units in 2020: every unit has no value");
  }

  @Test
  void theCoverageMapDrawsThePublishedCoverage() throws Exception {
    MapsSection.MapData data = MapsSection.coverage(figures, lao, DATE);
    Map<String, String> units = svgUnits("map-coverage-under18-province.svg");
    data.values().forEach((code, v) -> assertThat(units).containsEntry(code, String.valueOf(v)));
    data.suppressed().forEach(code -> assertThat(units).containsEntry(code, "suppressed"));
    assertThat(Files.readString(folder.resolve("map-coverage-under18-province.svg")))
        .contains("Birth registration coverage of children under 18, 2020-12-31, by province")
        .contains("synthetic births start in 2006, so coverage under 18 is understated");
  }

  @Test
  void theSamSangMapHasTheOneSourcedProvince() throws Exception {
    // Louangnamtha 2018 (LSB): 214 development villages of the 242 required (2/3 of 362)
    Map<String, String> units = svgUnits("map-sam-sang-province.svg");
    assertThat(Double.parseDouble(units.get("LA03"))).isCloseTo(100.0 * 214 / 242, within());
    assertThat(units.entrySet().stream().filter(e -> !e.getKey().equals("LA03")))
        .allMatch(e -> e.getValue().equals("no-value"));
    assertThat(Files.readString(folder.resolve("map-sam-sang-province.svg")))
        .doesNotContain("data-status=\"suppressed\"") // public targets: nothing suppressed
        .contains("Sam Sang: development villages achieved, % of the 2025 requirement");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  @Test
  void everyMapIsWrittenAsPngAndSvgAndExplained() throws Exception {
    for (String map :
        new String[] {
          "map-completeness-province",
          "map-completeness-district",
          "map-coverage-under18-province",
          "map-sam-sang-province"
        }) {
      assertThat(folder.resolve(map + ".png")).as(map).isRegularFile();
      assertThat(Files.readString(folder.resolve(map + ".svg"))).startsWith("<svg");
    }
    assertThat(Files.readString(folder.resolve("report.md")))
        .contains("Completeness by unit: registered births of 2020 (as of 2020-12-31)")
        .contains("a count from 1 to 4")
        .contains("grey hatch = no value (not 0)");
  }
}
