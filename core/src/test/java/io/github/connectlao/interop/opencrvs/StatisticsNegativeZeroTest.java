package io.github.connectlao.interop.opencrvs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.Source;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.interop.ExternalIds;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A crude birth rate of {@code -0} is the rate 0: it used to be kept as the double -0.0, written
 * back as 0 and read as 0.0, which a record's equality tells apart (found by {@code
 * ImporterFuzzTest#openCrvsStatistics}).
 */
class StatisticsNegativeZeroTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final Source SYNTHETIC =
      Source.synthetic("OpenCRVS statistics negative zero test");

  @Test
  void aRateOfMinusZeroIsZeroAndRoundTrips() {
    assertThat(new PopulationTable.BirthRate("LA05", 2022, Optional.empty(), -0.0, SYNTHETIC))
        .isEqualTo(new PopulationTable.BirthRate("LA05", 2022, Optional.empty(), 0.0, SYNTHETIC));
    ImportResult<PopulationTable> read =
        Statistics.readCsv(
            new StringReader("adminPcode,name,crude_birth_rate_2022\nLA05,Bokeo,-0\n"),
            "s.csv",
            LAO,
            ExternalIds.empty(),
            SYNTHETIC);
    assertThat(read.errors()).isEmpty();
    StringWriter out = new StringWriter();
    Statistics.writeCsv(read.accepted(), LAO, ExternalIds.empty(), out);
    ImportResult<PopulationTable> back =
        Statistics.readCsv(
            new StringReader(out.toString()), "w.csv", LAO, ExternalIds.empty(), SYNTHETIC);
    assertThat(back.errors()).isEmpty();
    assertThat(back.accepted().birthRates()).isEqualTo(read.accepted().birthRates()).hasSize(1);
  }
}
