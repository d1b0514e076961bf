package io.github.connectlao.interop.dhis2;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JSON nested deeper than the reader's limit (64) ends the reading with an error at the line where
 * the limit was hit; it used to be reported at line -1, as Jackson gives that error no location
 * (found by {@code Dhis2FuzzTest#dataValueSetsJson}).
 */
class DataValueSetsErrorLineTest {

  @Test
  void nestingBeyondTheLimitIsReportedAtItsLineKeepingTheValuesBefore() {
    String json =
        "{\n"
            + "  \"dataValues\": [\n"
            + "    {\"dataElement\": \"BR_REGISTERED\", \"period\": \"2022\", \"orgUnit\": \"SynBokeo001\","
            + " \"categoryOptionCombo\": \"M_CURRENT\", \"value\": \"4\"},\n"
            + "    {\"orgUnit\": "
            + "[".repeat(80)
            + "\n  ]\n}\n";
    ImportResult<List<Dhis2DataValue>> read =
        DataValueSets.readJson(new StringReader(json), "dvs.json");
    assertThat(read.errors()).extracting(RowError::line).containsExactly(4L);
    assertThat(read.errors().get(0).reason()).contains("nesting depth");
    assertThat(read.accepted()).hasSize(1);
  }
}
