package io.github.connectlao.interop.opencrvs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.Source;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.interop.ExternalIds;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * A figure column names a year from 1900: {@code female_population_0459} used to be read as year
 * 459 and written back as {@code female_population_459}, which the reader then refused (found by
 * {@code ImporterFuzzTest#openCrvsStatistics}).
 */
class StatisticsYearColumnTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final Source SYNTHETIC = Source.synthetic("OpenCRVS statistics year column test");

  @Test
  void aYearBefore1900IsNotAColumnAndWhatIsReadWritesBackCleanly() {
    String file =
        "adminPcode,name,female_population_0459,population_1899,population_1900,population_2022\n"
            + "LA05,Bokeo,97400,1,2,200000\n";
    ImportResult<io.github.connectlao.crvs.PopulationTable> read =
        Statistics.readCsv(new StringReader(file), "s.csv", LAO, ExternalIds.empty(), SYNTHETIC);
    assertThat(read.errors())
        .extracting(RowError::line, RowError::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, "female_population_0459"),
            org.assertj.core.groups.Tuple.tuple(1L, "population_1899"));
    assertThat(read.accepted().populations())
        .extracting(p -> p.year())
        .containsExactlyInAnyOrder(1900, 2022);
    StringWriter out = new StringWriter();
    Statistics.writeCsv(read.accepted(), LAO, ExternalIds.empty(), out);
    ImportResult<io.github.connectlao.crvs.PopulationTable> back =
        Statistics.readCsv(
            new StringReader(out.toString()), "w.csv", LAO, ExternalIds.empty(), SYNTHETIC);
    assertThat(back.errors()).isEmpty();
    assertThat(back.accepted().populations())
        .containsExactlyInAnyOrderElementsOf(read.accepted().populations());
  }
}
