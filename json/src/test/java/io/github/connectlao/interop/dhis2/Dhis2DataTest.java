package io.github.connectlao.interop.dhis2;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.admin.IdentifierScheme;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.crvs.Timeliness;
import io.github.connectlao.crvs.TimelinessCounts;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.indicator.ReportingPeriod;
import io.github.connectlao.interop.ExternalIds;
import io.github.connectlao.interop.MatchReport;
import io.github.connectlao.interop.StatisticCell;
import io.github.connectlao.interop.UnitMatcher;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class Dhis2DataTest {
  static final Gazetteer LAO = Gazetteer.laoPdr();

  static Reader fixture(String name) {
    return new InputStreamReader(
        Dhis2DataTest.class.getResourceAsStream("/interop/dhis2/" + name), StandardCharsets.UTF_8);
  }

  static Dhis2Mapping mapping() {
    ImportResult<List<Dhis2Mapping.Entry>> r =
        Dhis2Mapping.readCsv(fixture("mapping.csv"), "mapping.csv");
    assertThat(r.errors()).isEmpty();
    return Dhis2Mapping.of(r);
  }

  static ExternalIds orgUnitIds() {
    return Dhis2OrgUnits.match(
            Dhis2OrgUnits.readJson(fixture("organisationUnits.json"), "ou.json").accepted(),
            UnitMatcher.of(LAO))
        .toExternalIds(IdentifierScheme.DHIS2_UID);
  }

  @Test
  void orgUnitsAreMatchedWithAReportOfTheAmbiguousAndTheMissing() {
    ImportResult<List<Dhis2OrgUnit>> read =
        Dhis2OrgUnits.readJson(fixture("organisationUnits.json"), "ou.json");
    assertThat(read.accepted()).hasSize(8);
    assertThat(read.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(19);
              assertThat(e.column()).isEqualTo("organisationUnits[8].level");
            });
    MatchReport report = Dhis2OrgUnits.match(read.accepted(), UnitMatcher.of(LAO));
    Map<String, String> matched =
        report.matched().stream()
            .collect(Collectors.toMap(m -> m.externalId(), m -> m.unit().orElseThrow().code()));
    assertThat(matched)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "SynLaoPDR01",
                "LA",
                "SynVteCap01",
                "LA01",
                "SynAttapeu1",
                "LA17",
                "SynBokeo001",
                "LA05",
                "SynXsVte001",
                "LA0103",
                "SynXsAtt001",
                "LA1701"));
    // the third Xaysetha hangs under a parent we do not know: two districts fit, nothing is guessed
    assertThat(report.ambiguous())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.externalId()).isEqualTo("SynXsOrph01");
              assertThat(m.candidates())
                  .extracting(u -> u.code())
                  .containsExactly("LA0103", "LA1701");
            });
    assertThat(report.missing())
        .singleElement()
        .satisfies(m -> assertThat(m.externalId()).isEqualTo("SynNowhere1"));
    assertThat(report.toString()).isEqualTo("MatchReport[matched=6, ambiguous=1, missing=1]");
    // settled by hand in a mapping, the orphan matches
    UnitMatcher settled =
        UnitMatcher.of(
            LAO, ExternalIds.empty().with("LA1701", IdentifierScheme.DHIS2_UID, "SynXsOrph01"));
    assertThat(Dhis2OrgUnits.match(read.accepted(), settled).ambiguous()).isEmpty();
  }

  @Test
  void orgUnitsRoundTripThroughTheMetadataJson() {
    ExternalIds ids = orgUnitIds();
    StringWriter out = new StringWriter();
    List<String> skipped = Dhis2OrgUnits.writeJson(LAO, ids, out);
    assertThat(skipped).hasSize(LAO.size() - 6);
    ImportResult<List<Dhis2OrgUnit>> back =
        Dhis2OrgUnits.readJson(new StringReader(out.toString()), "written");
    assertThat(back.errors()).isEmpty();
    assertThat(back.accepted())
        .extracting(Dhis2OrgUnit::id)
        .containsExactly(
            "SynLaoPDR01",
            "SynVteCap01",
            "SynXsVte001",
            "SynBokeo001",
            "SynAttapeu1",
            "SynXsAtt001");
    assertThat(back.accepted().get(2).path()).isEqualTo("/SynLaoPDR01/SynVteCap01/SynXsVte001");
    assertThat(Dhis2OrgUnits.match(back.accepted(), UnitMatcher.of(LAO, ids)).matched()).hasSize(6);
  }

  @Test
  void dataValueSetJsonIsReadIntoCellsWithEveryBadValueReportedAndKeptOut() {
    ImportResult<List<Dhis2DataValue>> read =
        DataValueSets.readJson(fixture("dataValueSets.json"), "dvs.json");
    assertThat(read.accepted()).hasSize(13);
    assertThat(read.errors())
        .extracting(RowError::line, RowError::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(14L, "dataValues[9].period"),
            org.assertj.core.groups.Tuple.tuple(18L, "dataValues[13].orgUnit"));
    ImportResult<List<StatisticCell>> cells = mapping().toCells(read.accepted(), LAO, orgUnitIds());
    assertThat(cells.errors())
        .extracting(RowError::line, RowError::column, RowError::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(15L, "dataValues[10].dataElement", "BR_DEATHS"),
            org.assertj.core.groups.Tuple.tuple(
                16L, "dataValues[11].categoryOptionCombo", "X_UNKNOWN"),
            org.assertj.core.groups.Tuple.tuple(17L, "dataValues[12].orgUnit", "SynUnknown1"),
            org.assertj.core.groups.Tuple.tuple(19L, "dataValues[14].value", "many"));
    Map<StatisticCell.Key, TimelinessCounts> counts = StatisticCell.toCounts(cells.accepted());
    ReportingPeriod y2022 = ReportingPeriod.ofYear(2022);
    assertThat(counts.get(new StatisticCell.Key("LA05", Optional.of(Sex.FEMALE), y2022)))
        .isEqualTo(TimelinessCounts.of(412, 96, 31, 58));
    assertThat(counts.get(new StatisticCell.Key("LA05", Optional.of(Sex.MALE), y2022)))
        .isEqualTo(TimelinessCounts.of(430, 101, 27, 64));
    assertThat(
            StatisticCell.toDataValues(cells.accepted(), Optional.empty(), y2022)
                .get("LA05")
                .get("completeness"))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("47.3"));
  }

  @Test
  void countsRoundTripThroughJsonCsvAndAdx() {
    ReportingPeriod q1 = ReportingPeriod.ofQuarter(2022, 1);
    List<StatisticCell> cells = new java.util.ArrayList<>();
    cells.addAll(
        StatisticCell.ofCounts(
            "LA05", Optional.of(Sex.FEMALE), q1, TimelinessCounts.of(101, 22, 4, 9)));
    cells.addAll(
        StatisticCell.ofCounts(
            "LA05", Optional.of(Sex.MALE), q1, TimelinessCounts.of(97, 19, 6, 11)));
    cells.addAll(
        StatisticCell.ofCounts(
            "LA0103", Optional.of(Sex.FEMALE), q1, TimelinessCounts.of(1, 0, 0, 0)));
    Dhis2Mapping mapping = mapping();
    ExternalIds ids = orgUnitIds();
    ImportResult<List<Dhis2DataValue>> out =
        mapping.toDataValues(cells, ids, IdentifierScheme.DHIS2_UID);
    assertThat(out.errors()).isEmpty();
    assertThat(out.accepted()).hasSize(12);
    assertThat(out.accepted().get(0))
        .hasToString("BR_REGISTERED 2022Q1 SynBokeo001 F_CURRENT: 101");

    StringWriter json = new StringWriter();
    DataValueSets.writeJson(out.accepted(), json);
    StringWriter csv = new StringWriter();
    DataValueSets.writeCsv(out.accepted(), csv);
    StringWriter adx = new StringWriter();
    Adx.write(mapping.forAdx(out.accepted()), "SynBRquart1", adx);
    assertThat(adx.toString())
        .contains("period=\"2022-01-01/P3M\"")
        .contains("SEX=\"F\" TIMELINESS=\"CURRENT\"");

    for (ImportResult<List<Dhis2DataValue>> back :
        List.of(
            DataValueSets.readJson(new StringReader(json.toString()), "json"),
            DataValueSets.readCsv(new StringReader(csv.toString()), "csv"),
            Adx.read(new StringReader(adx.toString()), "adx"))) {
      assertThat(back.errors()).isEmpty();
      ImportResult<List<StatisticCell>> again = mapping.toCells(back.accepted(), LAO, ids);
      assertThat(again.errors()).isEmpty();
      assertThat(again.accepted()).containsExactlyInAnyOrderElementsOf(cells);
    }
  }

  @Test
  void csvIsReadByPositionWithOrWithoutAHeader() {
    ImportResult<List<Dhis2DataValue>> read =
        DataValueSets.readCsv(fixture("dataValueSets.csv"), "dvs.csv");
    assertThat(read.accepted()).hasSize(4);
    assertThat(read.accepted().get(2).comment()).isEqualTo("late entry, checked");
    assertThat(read.accepted().get(2).followUp()).isTrue();
    assertThat(read.errors())
        .extracting(RowError::line, RowError::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(6L, "period"),
            org.assertj.core.groups.Tuple.tuple(7L, ""));
    String noHeader =
        "BR_REGISTERED,2022Q1,SynBokeo001,F_CURRENT,,101\nBR_REGISTERED,2022Q1,SynBokeo001,F_LATE,,22\n";
    ImportResult<List<Dhis2DataValue>> bare =
        DataValueSets.readCsv(new StringReader(noHeader), "bare.csv");
    assertThat(bare.errors()).isEmpty();
    assertThat(bare.accepted()).extracting(Dhis2DataValue::line).containsExactly(1L, 2L);
    assertThat(bare.accepted().get(1).value()).isEqualTo("22");
    // a six-month period of the April year maps to its exact dates
    ImportResult<List<StatisticCell>> cells = mapping().toCells(read.accepted(), LAO, orgUnitIds());
    assertThat(cells.accepted().get(3).period().toString()).isEqualTo("2022-04-01/2022-09-30");
  }

  @Test
  void adxIsReadWithCategoryAttributesOrCombosAndBadGroupsAreReported() {
    ImportResult<List<Dhis2DataValue>> read = Adx.read(fixture("adx.xml"), "adx.xml");
    assertThat(read.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(11);
              assertThat(e.column()).isEqualTo("group[2]/@period");
              assertThat(e.reason()).contains("does not begin a Quarterly period");
            });
    assertThat(read.accepted()).hasSize(5);
    assertThat(read.accepted().get(0).period()).isEqualTo("202201");
    assertThat(read.accepted().get(2).comment()).isEqualTo("registered at the district office");
    ImportResult<List<StatisticCell>> cells = mapping().toCells(read.accepted(), LAO, orgUnitIds());
    assertThat(cells.accepted()).hasSize(4);
    assertThat(cells.accepted().get(0))
        .hasToString("births_registered LA05 female current 2022-01: 35");
    assertThat(cells.accepted().get(3).timeliness()).contains(Timeliness.LATE);
    assertThat(cells.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(16);
              assertThat(e.column()).isEqualTo("group[3]/dataValue[2]/@categoryOptionCombo");
            });
  }

  @Test
  void notAnAdxOrJsonDocumentIsOneClearErrorNotACrash() {
    assertThat(Adx.read(new StringReader("<root/>"), "x").errors())
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).contains("not an ADX document"));
    assertThat(
            Adx.read(new StringReader("<adx xmlns=\"urn:ihe:qrph:adx:2015\"><group"), "x").errors())
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).contains("malformed XML"));
    assertThat(
            Adx.read(
                    new StringReader(
                        "<!DOCTYPE adx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                            + "<adx xmlns=\"urn:ihe:qrph:adx:2015\"><group orgUnit=\"a\" period=\"2022\"><dataValue dataElement=\"&x;\" value=\"1\"/></group></adx>"),
                    "x")
                .accepted())
        .isEmpty();
    assertThat(
            DataValueSets.readJson(new StringReader("{\"dataValues\": [ {\"dataElement\": "), "x")
                .errors())
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).contains("malformed JSON"));
    assertThat(DataValueSets.readJson(new StringReader("[]"), "x").errors())
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).contains("expected a JSON object"));
  }

  @Test
  void cellsWithoutAMappingAUnitIdOrADhis2PeriodAreReportedNotDropped() {
    ReportingPeriod odd =
        ReportingPeriod.ofRange(
            java.time.LocalDate.of(2022, 1, 15), java.time.LocalDate.of(2022, 2, 14));
    List<StatisticCell> cells =
        List.of(
            StatisticCell.of(
                io.github.connectlao.interop.CrvsStatistic.COVERAGE_U18,
                "LA05",
                Optional.empty(),
                Optional.empty(),
                ReportingPeriod.ofYear(2022),
                java.math.BigDecimal.TEN),
            StatisticCell.of(
                io.github.connectlao.interop.CrvsStatistic.COMPLETENESS,
                "LA03",
                Optional.empty(),
                Optional.empty(),
                ReportingPeriod.ofYear(2022),
                java.math.BigDecimal.TEN),
            StatisticCell.of(
                io.github.connectlao.interop.CrvsStatistic.COMPLETENESS,
                "LA05",
                Optional.empty(),
                Optional.empty(),
                odd,
                java.math.BigDecimal.TEN));
    ImportResult<List<Dhis2DataValue>> out =
        mapping().toDataValues(cells, orgUnitIds(), IdentifierScheme.DHIS2_UID);
    assertThat(out.accepted()).isEmpty();
    assertThat(out.errors())
        .extracting(RowError::line, RowError::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, "statistic"),
            org.assertj.core.groups.Tuple.tuple(2L, "unitCode"),
            org.assertj.core.groups.Tuple.tuple(3L, "period"));
  }

  @Test
  void aMappingFileRefusesDuplicatesAndUnknownNamesWithTheirLines() {
    String bad =
        "statistic,sex,timeliness,data_element,category_option_combo\n"
            + "births_registered,female,current,BR,F_CUR\n"
            + "births_registered,female,current,BR,F_CUR2\n"
            + "births_registered,male,current,BR,F_CUR\n"
            + "deaths,,,D,\n"
            + "completeness,,late,C,\n"
            + "coverage_u5,,,COV,\n";
    ImportResult<List<Dhis2Mapping.Entry>> r =
        Dhis2Mapping.readCsv(new StringReader(bad), "bad.csv");
    assertThat(r.accepted()).hasSize(2);
    assertThat(r.errors()).extracting(RowError::line).containsExactly(3L, 4L, 5L, 6L);
    StringWriter w = new StringWriter();
    mapping().writeCsv(w);
    assertThat(Dhis2Mapping.readCsv(new StringReader(w.toString()), "again").accepted())
        .isEqualTo(mapping().entries());
  }
}
