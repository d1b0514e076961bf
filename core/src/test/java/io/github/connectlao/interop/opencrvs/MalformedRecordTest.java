package io.github.connectlao.interop.opencrvs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.Source;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.interop.ExternalIds;
import io.github.connectlao.interop.opencrvs.AdministrativeAreas.Area;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A malformed record (a quote inside an unquoted field, text after a closing quote, a quote never
 * closed) in either OpenCRVS file is one bad row, reported with its line; the rows around it are
 * kept. Both readers used to let the record's {@code RowRejectedException} end the import,
 * losing every row (found by replaying the fuzzing corpora under the oracle {@code
 * ImportOracles.collected}).
 */
class MalformedRecordTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final Source SYNTHETIC = Source.synthetic("OpenCRVS malformed record test");

  @Test
  void statistics_aMalformedRecordIsOneBadRow() {
    ImportResult<PopulationTable> read =
        Statistics.readCsv(
            new StringReader(
                "adminPcode,population_2022\n"
                    + "LA05,100\n"
                    + "LA06,Som\"chai\n"
                    + "LA07,\"3\"x\n"
                    + "LA08,300\n"
                    + "LA09,\"4\n"),
            "s.csv",
            LAO,
            ExternalIds.empty(),
            SYNTHETIC);
    assertThat(read.errors()).extracting(RowError::line).containsExactly(3L, 4L, 6L);
    assertThat(read.errors()).allSatisfy(e -> assertThat(e.reason()).isNotBlank());
    assertThat(read.accepted().populations())
        .extracting(PopulationTable.Population::unitCode)
        .containsExactlyInAnyOrder("LA05", "LA08");
    assertThat(read.acceptedRows()).isEqualTo(2);
  }

  @Test
  void administrativeAreas_aMalformedRecordIsOneBadRow() {
    ImportResult<List<Area>> read =
        AdministrativeAreas.readCsv(
            new StringReader(
                "admin1Name_en,admin1Pcode\n"
                    + "Bokeo,LA05\n"
                    + "Luang\"Namtha,LA03\n"
                    + "Oudomxay,LA04\n"),
            "areas.csv");
    assertThat(read.errors()).extracting(RowError::line).containsExactly(3L);
    assertThat(read.accepted()).extracting(Area::id).containsExactly("LA05", "LA04");
    assertThat(read.acceptedRows()).isEqualTo(2);
  }
}
