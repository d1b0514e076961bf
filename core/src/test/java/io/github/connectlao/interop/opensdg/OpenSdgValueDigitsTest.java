package io.github.connectlao.interop.opensdg;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.interop.StatisticCell;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value with a huge exponent ({@code 66.e2202270}) used to be accepted, and the writer's plain
 * form then expanded it to 2.2 million digits, which the reader refused as a cell over 1 MiB (found
 * by {@code ImporterFuzzTest#openSdg}). A value has at most 64 digits before and after the point.
 */
class OpenSdgValueDigitsTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final String HEADER = "Year,SERIES,UNIT_MEASURE,SEX,AGE,REF_AREA,GeoCode,Value\n";

  @Test
  void aValueWithAHugeExponentIsRefusedWithItsLineAndTheOthersAreKept() {
    String file =
        HEADER
            + "2022,SG_REG_BRTH,PT,,Y0T4,,,66.e2202270\n"
            + "2022,SG_REG_BRTH,PT,,Y0T4,,,1e-65\n"
            + "2022,SG_REG_BRTH,PT,,Y0T4,,,6.6e1\n";
    ImportResult<List<StatisticCell>> read =
        OpenSdgCsv.read(OpenSdgSeries.SDG_16_9_1, new StringReader(file), "f.csv", LAO);
    assertThat(read.errors()).extracting(RowError::line).containsExactly(2L, 3L);
    assertThat(read.errors()).allSatisfy(e -> assertThat(e.reason()).contains("64 digits"));
    assertThat(read.accepted()).hasSize(1);
    StringWriter out = new StringWriter();
    assertThat(OpenSdgCsv.write(OpenSdgSeries.SDG_16_9_1, read.accepted(), LAO, out)).isEmpty();
    assertThat(out.toString()).contains(",66").hasSizeLessThan(1000);
  }
}
