package io.github.connectlao.interop.opencrvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.Source;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.csv.CsvImportException;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.interop.ExternalIds;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * A column that is not a figure, and a missing {@code adminPcode}, are reported at the header's
 * line: after four blank lines that is line 5, not line 1 as it used to be (found by {@code
 * ImporterFuzzTest#openCrvsStatistics}).
 */
class StatisticsHeaderLineTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final Source SYNTHETIC = Source.synthetic("OpenCRVS statistics header line test");

  @Test
  void anIgnoredColumnIsReportedAtTheHeadersLine() {
    ImportResult<PopulationTable> read =
        Statistics.readCsv(
            new StringReader("\n\n\n\nadminPcode,name,rate\nLA05,Bokeo,1\n"),
            "s.csv",
            LAO,
            ExternalIds.empty(),
            SYNTHETIC);
    assertThat(read.errors())
        .extracting(RowError::line, RowError::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, "rate"));
  }

  @Test
  void aMissingIdColumnNamesTheHeadersLine() {
    assertThatThrownBy(
            () ->
                Statistics.readCsv(
                    new StringReader("\n\nname,population_2022\nBokeo,1\n"),
                    "s.csv",
                    LAO,
                    ExternalIds.empty(),
                    SYNTHETIC))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("line 3:");
  }
}
