package io.github.connectlao.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.Confidence;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.AgeGroup;
import io.github.connectlao.crvs.PopulationTable;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real national series: registrations recorded by year (LSB), estimated births (World Bank
 * crude birth rate × population / 1000) and completeness, with the population rule of the class
 * comment (the figure of the year; between two figures a geometric interpolation; outside them no
 * value). The expected figures were computed by hand from the embedded sources: census 2015
 * 6,492,228; projection 2020 7,231,206; crude birth rates 24.445 (2015), 24.131 (2016), 23.715
 * (2017), 23.238 (2018).
 */
class NationalSeriesSectionTest {
  static final Gazetteer LAO = Gazetteer.laoPdr();
  static final AdminUnit NATION = LAO.nation();

  @TempDir static Path dir;

  /** The section run once on the embedded data, in English, without charts. */
  static SectionRun embedded;

  @BeforeAll
  static void runOnce() throws Exception {
    embedded = SectionRun.of(new NationalSeriesSection(), dir);
  }

  /** The section alone with other options. */
  static SectionRun run(Path tmp, String... args) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream terminal = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    List<String> all = new ArrayList<>(List.of("--synthetic", "0", "--lang", "en"));
    all.addAll(List.of(args));
    ReportOptions options = ReportOptions.parse(all.toArray(String[]::new));
    Path target = tmp.resolve("report");
    try (Progress progress = new Progress(terminal)) {
      ReportContext ctx = new ReportContext(options, progress);
      ReportOutput out = new ReportOutput(target, terminal, Lang.EN, options.charts());
      new NationalSeriesSection().write(ctx, out);
      out.finish();
    }
    return new SectionRun(target, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void titleIsInTheLanguage() {
    NationalSeriesSection s = new NationalSeriesSection();
    assertThat(s.title(Lang.EN))
        .isEqualTo("Birth registration in the Lao PDR: the national series (real data)");
    assertThat(s.title(Lang.LO)).startsWith("ການຈົດທະບຽນການເກີດ ໃນ ສປປ ລາວ");
    assertThat(s.title(Lang.BOTH)).isEqualTo(s.title(Lang.EN) + " " + s.title(Lang.LO));
  }

  @Test
  void theYearOfACensusOrProjectionUsesItsFigure() {
    PopulationTable t = PopulationTable.laoPdr();
    NationalSeriesSection.YearPopulation p2015 =
        NationalSeriesSection.population(t, NATION, 2015).orElseThrow();
    assertThat(p2015.count()).isEqualTo(6_492_228);
    assertThat(p2015.basis()).isEqualTo("census");
    NationalSeriesSection.YearPopulation p2020 =
        NationalSeriesSection.population(t, NATION, 2020).orElseThrow();
    assertThat(p2020.count()).isEqualTo(7_231_206);
    assertThat(p2020.basis()).isEqualTo("projection");
    assertThat(NationalSeriesSection.population(t, NATION, 2021).orElseThrow().count())
        .isEqualTo(7_337_714);
  }

  @Test
  void aYearBetweenTwoFiguresIsInterpolatedAtAConstantGrowthRateAndSaysSo() {
    PopulationTable t = PopulationTable.laoPdr();
    NationalSeriesSection.YearPopulation p2016 =
        NationalSeriesSection.population(t, NATION, 2016).orElseThrow();
    // 6,492,228 × (7,231,206 / 6,492,228)^(1/5)
    assertThat(Math.round(p2016.count())).isEqualTo(6_633_720);
    assertThat(p2016.basis()).isEqualTo("derived");
    assertThat(p2016.source()).isEqualTo("interpolated between 2015 and 2020");
    assertThat(Math.round(NationalSeriesSection.population(t, NATION, 2019).orElseThrow().count()))
        .isEqualTo(7_076_970);
  }

  @Test
  void aYearOutsideTheFiguresHasNoValueNeverTheNearestYears() {
    PopulationTable t = PopulationTable.laoPdr();
    assertThat(NationalSeriesSection.population(t, NATION, 2014)).isEmpty();
    assertThat(NationalSeriesSection.population(t, NATION, 2022)).isEmpty();
    assertThat(NationalSeriesSection.population(PopulationTable.builder().build(), NATION, 2018))
        .isEmpty();
  }

  @Test
  void interpolationHasAConstantGrowthRateBetweenItsTwoFigures() {
    Source src = Source.of("test figures", Confidence.SYNTHETIC, "property test");
    qt().withExamples(200)
        .forAll(
            integers().between(2000, 2030),
            integers().between(2, 20),
            integers().between(100_000, 50_000_000),
            integers().between(100_000, 50_000_000))
        .checkAssert(
            (y0, gap, a, b) -> {
              int y1 = y0 + gap;
              PopulationTable t =
                  PopulationTable.builder()
                      .population("LA", y0, Optional.empty(), AgeGroup.ALL, a, src)
                      .population("LA", y1, Optional.empty(), AgeGroup.ALL, b, src)
                      .build();
              double rate = Math.pow((double) b / a, 1.0 / gap);
              double previous = a;
              for (int y = y0 + 1; y < y1; y++) {
                double p = NationalSeriesSection.population(t, NATION, y).orElseThrow().count();
                assertThat(p).isBetween(Math.min(a, b) * 1.0, Math.max(a, b) * 1.0);
                assertThat(p / previous).isCloseTo(rate, within(1e-9));
                previous = p;
              }
              assertThat(b / previous).isCloseTo(rate, within(1e-9));
              assertThat(NationalSeriesSection.population(t, NATION, y0).orElseThrow().count())
                  .isEqualTo((double) a);
              assertThat(NationalSeriesSection.population(t, NATION, y0 - 1)).isEmpty();
              assertThat(NationalSeriesSection.population(t, NATION, y1 + 1)).isEmpty();
            });
  }

  @Test
  void theSeriesHasTheRegisteredEstimatedAndCompletenessOfEachYear() throws Exception {
    assertThat(Files.readAllLines(embedded.folder().resolve("national-birth-registration.csv")))
        .containsExactly(
            "year,sex_en,sex_lo,registered,population,population_basis_en,population_basis_lo,"
                + "crude_birth_rate,estimated_births,completeness_pct",
            // 24.445 × 6,492,228 / 1000 = 158,703; 82,128 / 158,703 = 51.7 %
            "2015,both sexes,ທັງສອງເພດ,82128,6492228,census,ສຳມະໂນຄົວ,24.445,158703,51.7",
            "2015,female,ຍິງ,46198,,,,,,",
            "2015,male,ຊາຍ,35930,,,,,,",
            "2016,both sexes,ທັງສອງເພດ,61746,6633720,derived,ຄ່າທີ່ຄຳນວນ,24.131,160078,38.6",
            "2016,female,ຍິງ,30529,,,,,,",
            "2016,male,ຊາຍ,31217,,,,,,",
            "2017,both sexes,ທັງສອງເພດ,61416,6778296,derived,ຄ່າທີ່ຄຳນວນ,23.715,160747,38.2",
            "2017,female,ຍິງ,31236,,,,,,",
            "2017,male,ຊາຍ,30180,,,,,,",
            "2018,both sexes,ທັງສອງເພດ,70732,6926023,derived,ຄ່າທີ່ຄຳນວນ,23.238,160947,43.9",
            "2018,female,ຍິງ,35408,,,,,,",
            "2018,male,ຊາຍ,35324,,,,,,");
    // real data: no synthetic label
    assertThat(Files.readString(embedded.folder().resolve("national-birth-registration.json")))
        .contains("\"synthetic\" : false")
        .contains("\"completeness_pct\" : 51.7")
        .contains("World Bank WDI SP.DYN.CBRT.IN");
  }

  @Test
  void thePublishedReferenceFiguresAreListedWithTheirSource() throws Exception {
    List<String> ref =
        Files.readAllLines(embedded.folder().resolve("national-reference-figures.csv"));
    assertThat(ref).hasSize(4);
    assertThat(ref.get(1))
        .startsWith(
            "births registered (national CRVS target),ການເກີດທີ່ຈົດທະບຽນ (ຄາດໝາຍແຫ່ງຊາດ),2024,70.0,"
                + "target,ຄາດໝາຍ,secondary,");
    assertThat(ref.get(2))
        .startsWith(
            "birth registration completeness (CRVS),ຄວາມຄົບຖ້ວນ ຂອງການຈົດທະບຽນການເກີດ,2017,34.0,observed,");
    assertThat(ref.get(3)).contains(",2018,43.0,observed,");
    // report.md holds each paragraph whole (the terminal wraps them)
    assertThat(Files.readString(embedded.folder().resolve("report.md")))
        .contains("What follows the maps is a SYNTHETIC illustration")
        .contains("is not the same measure.");
  }

  @Test
  void onlyYearsThatEndedByTheDateAreShown(@TempDir Path tmp) throws Exception {
    SectionRun r = run(tmp, "--date", "2016-12-30", "--no-charts");
    assertThat(Files.readAllLines(r.folder().resolve("national-birth-registration.csv")))
        .hasSize(1 + 3)
        .allMatch(l -> !l.startsWith("2016"));
  }

  @Test
  void noYearEndedByTheDateIsSaidNotDrawn(@TempDir Path tmp) throws Exception {
    SectionRun r = run(tmp, "--date", "2015-12-30");
    assertThat(Files.readString(r.folder().resolve("report.md")))
        .contains("No year of the series ended by 2015-12-30.");
    assertThat(Files.readAllLines(r.folder().resolve("national-birth-registration.csv")))
        .hasSize(1);
    assertThat(r.folder().resolve("national-birth-registration.png")).doesNotExist();
    assertThat(r.folder().resolve("national-reference-figures.csv")).doesNotExist();
  }

  @Test
  void aPopulationFigureFromTheFileIsUsedAndTheYearsAroundItAreInterpolatedFromIt(@TempDir Path tmp)
      throws Exception {
    Path pop =
        Files.writeString(
            tmp.resolve("population.csv"),
            """
            unit_code,year,sex,age_group,population,crude_birth_rate,source,confidence
            LA,2016,both,all,6700000,,my estimate,unverified
            """);
    SectionRun r = run(tmp, "--population", pop.toString(), "--no-charts");
    List<String> csv = Files.readAllLines(r.folder().resolve("national-birth-registration.csv"));
    // the file's figure, its basis its confidence; the World Bank rate of 2016 is kept
    assertThat(csv)
        .contains("2016,both sexes,ທັງສອງເພດ,61746,6700000,unverified,,24.131,161678,38.2")
        // 2017 between the file's 2016 and the projection 2020: 6,700,000 × (7,231,206 /
        // 6,700,000)^(1/4) = 6,829,026; 23.715 × that / 1000 = 161,950; 61,416 / 161,950 = 37.9 %
        .contains("2017,both sexes,ທັງສອງເພດ,61416,6829026,derived,ຄ່າທີ່ຄຳນວນ,23.715,161950,37.9")
        .contains("2015,both sexes,ທັງສອງເພດ,82128,6492228,census,ສຳມະໂນຄົວ,24.445,158703,51.7");
  }

  @Test
  void aRegistrationsFileChangesTheClosingSentence(@TempDir Path tmp) throws Exception {
    Path regs =
        Files.writeString(
            tmp.resolve("registrations.csv"),
            "id,sex,date_of_birth,place_of_birth,registration_date\nA1,F,2015-03-02,LA0301,\n");
    SectionRun r = run(tmp, "--registrations", regs.toString(), "--no-charts");
    assertThat(Files.readString(r.folder().resolve("report.md")))
        .contains(
            "What follows the maps is computed from the registrations of the --registrations file.")
        .doesNotContain("SYNTHETIC");
  }

  @Test
  void withChartsTheSeriesIsDrawn(@TempDir Path tmp) throws Exception {
    SectionRun r = run(tmp);
    assertThat(r.folder().resolve("national-birth-registration.png")).isRegularFile();
    assertThat(Files.readString(r.folder().resolve("report.md")))
        .contains(
            "![Birth registrations and estimated births, Lao PDR](national-birth-registration.png)");
  }
}
