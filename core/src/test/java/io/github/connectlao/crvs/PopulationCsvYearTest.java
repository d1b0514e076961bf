package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.csv.HeaderLanguage;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * A population year is four digits from 1900 on: {@code 0159} used to be accepted and written back
 * as {@code 159}, which the importer then refused (found by {@code ImporterFuzzTest#population}).
 */
class PopulationCsvYearTest {
  private static final String HEADER =
      "unit_code,year,sex,age_group,population,crude_birth_rate,source,confidence\n";

  @Test
  void aYearWithLeadingZerosIsRefusedAndTheOtherRowsKept() {
    ImportResult<PopulationTable> r =
        PopulationTable.readCsv(
            new StringReader(
                HEADER
                    + "LA,0159,female,0-4,10000,,synthetic test,synthetic\n"
                    + "LA,1899,female,0-4,10000,,synthetic test,synthetic\n"
                    + "LA,1900,female,0-4,10000,,synthetic test,synthetic\n"),
            "test.csv");
    assertThat(r.errors())
        .extracting(RowError::line, RowError::column, RowError::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "year", "0159"),
            org.assertj.core.groups.Tuple.tuple(3L, "year", "1899"));
    assertThat(r.accepted().populations())
        .singleElement()
        .extracting(PopulationTable.Population::year)
        .isEqualTo(1900);
  }

  @Test
  void everyAcceptedYearIsWrittenSoThatItReadsBack() {
    ImportResult<PopulationTable> r =
        PopulationTable.readCsv(
            new StringReader(
                HEADER
                    + "LA,1900,female,0-4,10000,,synthetic test,synthetic\n"
                    + "LA,໒໐໒໔,both,all ages,,24.5,synthetic test,synthetic\n"),
            "test.csv");
    assertThat(r.errors()).isEmpty();
    String written = PopulationCsv.table(r.accepted()).toCsv(HeaderLanguage.ENGLISH);
    ImportResult<PopulationTable> back =
        PopulationTable.readCsv(new StringReader(written), "written.csv");
    assertThat(back.errors()).isEmpty();
    assertThat(back.accepted().populations()).isEqualTo(r.accepted().populations());
    assertThat(back.accepted().birthRates()).isEqualTo(r.accepted().birthRates());
  }
}
