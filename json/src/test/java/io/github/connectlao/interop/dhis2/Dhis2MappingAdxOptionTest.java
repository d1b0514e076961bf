package io.github.connectlao.interop.dhis2;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An ADX pair whose category or option is only blanks ({@code SEX=   }) is refused like an empty
 * one; it used to be read as an empty option, which the writer wrote as {@code SEX=} and the reader
 * then refused (found by {@code Dhis2FuzzTest#mappingCsv}).
 */
class Dhis2MappingAdxOptionTest {
  private static final String HEADER =
      "statistic,sex,timeliness,data_element,category_option_combo,attribute_option_combo,"
          + "adx_disaggregation\n";

  @Test
  void aBlankOptionOrCategoryIsRefusedAndTheOtherRowsAreKept() {
    String file =
        HEADER
            + "births_registered,female,current,BR_REGISTERED,F_CURRENT,,SEX=F;TIMELINESS=CURRENT\n"
            + "births_registered,female,late,BR_REGISTERED,F_LATE,,SEX=      ;TIMELINESS=LATE\n"
            + "births_registered,female,delayed,BR_REGISTERED,F_DELAYED,,   =F;TIMELINESS=DELAYED\n";
    ImportResult<List<Dhis2Mapping.Entry>> read =
        Dhis2Mapping.readCsv(new StringReader(file), "mapping.csv");
    assertThat(read.errors())
        .extracting(RowError::line, RowError::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "adx_disaggregation"),
            org.assertj.core.groups.Tuple.tuple(4L, "adx_disaggregation"));
    assertThat(read.accepted()).hasSize(1);
  }
}
