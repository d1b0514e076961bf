package io.github.connectlao.interop.opensdg;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.indicator.ReportingPeriod;
import io.github.connectlao.interop.CrvsStatistic;
import io.github.connectlao.interop.StatisticCell;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenSdgCsvTest {
  static final Gazetteer LAO = Gazetteer.laoPdr();

  static String fixture() throws IOException {
    try (InputStream in =
        OpenSdgCsvTest.class.getResourceAsStream("/interop/opensdg/indicator_16-9-1.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void sdg1691RoundTripsToTheSameFile() throws IOException {
    String sample = fixture();
    ImportResult<List<StatisticCell>> read =
        OpenSdgCsv.read(OpenSdgSeries.SDG_16_9_1, new StringReader(sample), "f", LAO);
    assertThat(read.errors()).isEmpty();
    assertThat(read.accepted()).hasSize(7);
    assertThat(read.accepted().get(5))
        .isEqualTo(
            StatisticCell.of(
                CrvsStatistic.COVERAGE_U5,
                "LA05",
                Optional.of(Sex.FEMALE),
                Optional.empty(),
                ReportingPeriod.ofYear(2022),
                new BigDecimal("60.9")));
    assertThat(read.accepted().get(0).unitCode()).isEqualTo("LA");
    assertThat(read.accepted().get(6).unitCode()).isEqualTo("LA0501");
    List<StatisticCell> shuffled = new ArrayList<>(read.accepted());
    Collections.reverse(shuffled);
    StringWriter out = new StringWriter();
    assertThat(OpenSdgCsv.write(OpenSdgSeries.SDG_16_9_1, shuffled, LAO, out)).isEmpty();
    assertThat(out.toString().replace("\r\n", "\n")).isEqualTo(sample);
  }

  @Test
  void completenessNeedsASeriesCodeAndOnlyYearsAreWritten() {
    OpenSdgSeries series = OpenSdgSeries.completeness("17-19-2", "_L_LA_BR_COMPLETENESS");
    List<StatisticCell> cells =
        List.of(
            StatisticCell.of(
                CrvsStatistic.COMPLETENESS,
                "LA05",
                Optional.empty(),
                Optional.empty(),
                ReportingPeriod.ofYear(2022),
                new BigDecimal("47.30")),
            StatisticCell.of(
                CrvsStatistic.COMPLETENESS,
                "LA05",
                Optional.empty(),
                Optional.empty(),
                ReportingPeriod.ofHalf(2022, 1),
                new BigDecimal("45.0")),
            StatisticCell.of(
                CrvsStatistic.COVERAGE_U5,
                "LA05",
                Optional.empty(),
                Optional.empty(),
                ReportingPeriod.ofYear(2022),
                new BigDecimal("61.8")));
    StringWriter out = new StringWriter();
    List<RowError> problems = OpenSdgCsv.write(series, cells, LAO, out);
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.value()).isEqualTo("2022-H1");
            });
    assertThat(out.toString())
        .isEqualTo(
            "Year,SERIES,UNIT_MEASURE,SEX,AGE,REF_AREA,GeoCode,Value\r\n"
                + "2022,_L_LA_BR_COMPLETENESS,PT,,,05,05,47.3\r\n");
  }

  @Test
  void rowsThatCannotBeReadAreReportedWithTheirLines() {
    String bad =
        "Year,SERIES,UNIT_MEASURE,SEX,AGE,REF_AREA,GeoCode,Value\n"
            + "2022,SG_REG_BRTH,PT,,Y0T4,99,99,50\n"
            + "2022,SG_REG_BRTH,NUMBER,,Y0T4,,,50\n"
            + "20x2,SG_REG_BRTH,PT,,Y0T4,,,50\n"
            + "2022,SG_REG_BRTH,PT,X,Y0T4,,,50\n"
            + "2022,SG_REG_BRTH,PT,,Y0T4,,,\n"
            + "2022,SG_REG_BRTH,PT,,_T,,,50\n"
            + "2022,SG_REG_BRTH,PT,_T,Y0T4,,,70.5\n";
    ImportResult<List<StatisticCell>> r =
        OpenSdgCsv.read(OpenSdgSeries.SDG_16_9_1, new StringReader(bad), "bad", LAO);
    assertThat(r.errors())
        .extracting(RowError::line, RowError::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "REF_AREA"),
                org.assertj.core.groups.Tuple.tuple(3L, "UNIT_MEASURE"),
            org.assertj.core.groups.Tuple.tuple(4L, "Year"),
                org.assertj.core.groups.Tuple.tuple(5L, "SEX"),
            org.assertj.core.groups.Tuple.tuple(6L, "Value"),
                org.assertj.core.groups.Tuple.tuple(7L, "AGE"));
    assertThat(r.accepted()).singleElement().satisfies(c -> assertThat(c.sex()).isEmpty());
  }
}
