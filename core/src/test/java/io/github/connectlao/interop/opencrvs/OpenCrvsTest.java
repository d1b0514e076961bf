package io.github.connectlao.interop.opencrvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.admin.IdentifierScheme;
import io.github.connectlao.crvs.AgeGroup;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.crvs.TimelinessCounts;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.interop.ExternalIds;
import io.github.connectlao.interop.MatchReport;
import io.github.connectlao.interop.UnitMatcher;
import io.github.connectlao.interop.opencrvs.OpenCrvsCompleteness.Basis;
import io.github.connectlao.interop.opencrvs.OpenCrvsCompleteness.RateTime;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OpenCrvsTest {
  static final Gazetteer LAO = Gazetteer.laoPdr();
  static final Source SYNTHETIC = Source.synthetic("OpenCRVS statistics test fixture");

  static Reader fixture(String name) {
    return new InputStreamReader(
        OpenCrvsTest.class.getResourceAsStream("/interop/opencrvs/" + name),
        StandardCharsets.UTF_8);
  }

  static ExternalIds ids() {
    return AdministrativeAreas.ids(
        AdministrativeAreas.match(
            AdministrativeAreas.readCsv(fixture("administrative-areas.csv"), "areas.csv")
                .accepted(),
            UnitMatcher.of(LAO)));
  }

  @Test
  void administrativeAreasAreReadAsOpenCrvsDerivesThemAndMatched() {
    ImportResult<List<AdministrativeAreas.Area>> read =
        AdministrativeAreas.readCsv(fixture("administrative-areas.csv"), "a");
    assertThat(read.accepted())
        .extracting(AdministrativeAreas.Area::id)
        .containsExactly(
            "LA05",
            "LA0501",
            "LA0502",
            "SynOcrvs001",
            "SynOcrvs003",
            "SynOcrvs002",
            "SynOcrvs004",
            "SynOcrvs009",
            "LA18");
    assertThat(read.accepted().get(0).partOf()).isEqualTo("Location/0");
    assertThat(read.accepted().get(1).partOf()).isEqualTo("Location/LA05");
    assertThat(read.accepted().get(1).alias()).isEqualTo("ຫ້ວຍຊາຍ");
    assertThat(read.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(6);
              assertThat(e.value()).isEqualTo("LA0502");
              assertThat(e.reason()).contains("contradicts line 3");
            });
    MatchReport report = AdministrativeAreas.match(read.accepted(), UnitMatcher.of(LAO));
    Map<String, String> matched =
        report.matched().stream()
            .collect(Collectors.toMap(m -> m.externalId(), m -> m.unit().orElseThrow().code()));
    assertThat(matched)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "LA05",
                "LA05",
                "LA0501",
                "LA0501",
                "LA0502",
                "LA0502",
                "SynOcrvs001",
                "LA01",
                "SynOcrvs003",
                "LA0103",
                "SynOcrvs002",
                "LA17",
                "SynOcrvs004",
                "LA1701",
                "LA18",
                "LA18"));
    assertThat(report.missing()).extracting(m -> m.externalId()).containsExactly("SynOcrvs009");
  }

  @Test
  void theGazetteerRoundTripsThroughTheAdministrativeAreasFile() {
    ExternalIds ids = ids();
    StringWriter out = new StringWriter();
    AdministrativeAreas.writeCsv(LAO, ids, AdminLevel.DISTRICT, out);
    assertThat(out.toString())
        .startsWith("admin2Name_en,admin2Name_alias,admin2Pcode,admin1Name_en,");
    assertThat(out.toString()).contains(",SynOcrvs004,Attapeu,ອັດຕະປື,SynOcrvs002,Lao PDR,");
    ImportResult<List<AdministrativeAreas.Area>> back =
        AdministrativeAreas.readCsv(new StringReader(out.toString()), "w");
    assertThat(back.errors()).isEmpty();
    assertThat(back.accepted()).hasSize(18 + 148);
    MatchReport again = AdministrativeAreas.match(back.accepted(), UnitMatcher.of(LAO, ids));
    assertThat(again.matched()).hasSize(166);
    assertThat(AdministrativeAreas.ids(again).unitCode(IdentifierScheme.OPENCRVS_ID, "SynOcrvs003"))
        .contains("LA0103");
  }

  @Test
  void statisticsAreReadIntoThePopulationTableAndWrittenBack() {
    ImportResult<PopulationTable> read =
        Statistics.readCsv(fixture("statistics.csv"), "statistics.csv", LAO, ids(), SYNTHETIC);
    assertThat(read.errors())
        .extracting(RowError::line, RowError::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, "notes"),
            org.assertj.core.groups.Tuple.tuple(4L, "adminPcode"),
            org.assertj.core.groups.Tuple.tuple(5L, "male_population_2021"));
    PopulationTable t = read.accepted();
    assertThat(
            t.population(LAO.unit("LA05"), 2022, Optional.of(Sex.FEMALE), AgeGroup.ALL)
                .orElseThrow()
                .count())
        .isEqualTo(99_900);
    assertThat(
            t.crudeBirthRate(LAO.unit("LA05"), 2022, Optional.empty()).orElseThrow().perThousand())
        .isEqualTo(22.5);
    assertThat(
            t.population(LAO.unit("LA17"), 2022, Optional.empty(), AgeGroup.ALL)
                .orElseThrow()
                .count())
        .isEqualTo(164_000);
    // a blank cell is unknown, never 0
    assertThat(t.crudeBirthRate(LAO.unit("LA17"), 2021, Optional.empty())).isEmpty();
    assertThat(
            t.population(LAO.unit("LA0501"), 2022, Optional.empty(), AgeGroup.ALL)
                .orElseThrow()
                .count())
        .isEqualTo(50_000);
    assertThat(
            t.population(LAO.unit("LA05"), 2022, Optional.empty(), AgeGroup.ALL)
                .orElseThrow()
                .source())
        .isEqualTo(SYNTHETIC);

    StringWriter out = new StringWriter();
    Statistics.writeCsv(t, LAO, ids(), out);
    assertThat(out.toString()).contains("SynOcrvs002,Attapeu,,,160000,,,,164000,24.1");
    ImportResult<PopulationTable> back =
        Statistics.readCsv(new StringReader(out.toString()), "written", LAO, ids(), SYNTHETIC);
    assertThat(back.errors()).isEmpty();
    assertThat(back.accepted().populations()).containsExactlyInAnyOrderElementsOf(t.populations());
    assertThat(back.accepted().birthRates()).containsExactlyInAnyOrderElementsOf(t.birthRates());
  }

  @Test
  void completenessReproducesOpenCrvsFigureWorkedOutByHand() {
    PopulationTable t =
        Statistics.readCsv(fixture("statistics.csv"), "statistics.csv", LAO, ids(), SYNTHETIC)
            .accepted();
    // OpenCRVS 1.9 (metrics, fetchEstimateByLocation): estimate = CBR x population / 1000 x days /
    // 365.
    // Bokeo, first half of 2022: 22.5 x 200,000 / 1000 = 4,500 births a year; 181 days: 4,500 x 181
    // / 365 = 2,231.507
    double est =
        OpenCrvsCompleteness.estimatedBirths(
                t, LAO.unit("LA05"), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30))
            .orElseThrow();
    assertThat(est).isCloseTo(2231.5068, within(1e-4));
    // registrations made in the window: 1,500 within the target, 300 more within a year, 80 later
    TimelinessCounts registeredInWindow = TimelinessCounts.of(1500, 300, 80, 0);
    // getPercentage: 1,500 / 2,231.507 x 100 = 67.219... -> 67.22; (1,500 + 300) / 2,231.507 x 100
    // = 80.663 -> 80.66
    assertThat(
            OpenCrvsCompleteness.rate(
                OpenCrvsCompleteness.registrations(registeredInWindow, RateTime.WITHIN_TARGET),
                est))
        .contains(new BigDecimal("67.22"));
    assertThat(
            OpenCrvsCompleteness.rate(
                OpenCrvsCompleteness.registrations(registeredInWindow, RateTime.WITHIN_1_YEAR),
                est))
        .contains(new BigDecimal("80.66"));
    // a window across two years adds each year's share: 23 x 195,000 / 1000 x 184/365 + 2,231.507 =
    // 4,492.438
    double across =
        OpenCrvsCompleteness.estimatedBirths(
                t, LAO.unit("LA05"), LocalDate.of(2021, 7, 1), LocalDate.of(2022, 6, 30))
            .orElseThrow();
    assertThat(across).isCloseTo(4492.4384, within(1e-4));
    assertThat(OpenCrvsCompleteness.rate(3100, across)).contains(new BigDecimal("69.00"));
    // a year without its crude birth rate gives no estimate, not a guess from another year
    assertThat(
            OpenCrvsCompleteness.estimatedBirths(
                t, LAO.unit("LA17"), LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)))
        .isEmpty();
    assertThat(OpenCrvsCompleteness.rate(10, 0)).isEmpty();
    assertThatThrownBy(
            () -> OpenCrvsCompleteness.registrations(registeredInWindow, RateTime.WITHIN_5_YEARS))
        .hasMessageContaining("five years");
    assertThat(OpenCrvsCompleteness.name(RateTime.WITHIN_TARGET, Basis.REGISTRATION))
        .isEqualTo("completeness_withinTarget_registration");
    assertThat(OpenCrvsCompleteness.name(RateTime.WITHIN_1_YEAR, Basis.OCCURRENCE))
        .isEqualTo("completeness_within1Year_occurrence");
  }
}
