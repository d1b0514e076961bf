package io.github.connectlao.interop.dhis2;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the metadata API's JSON; matching and writing are exercised in Dhis2DataTest. */
class Dhis2OrgUnitsTest {

  private static ImportResult<List<Dhis2OrgUnit>> read(String json) {
    return Dhis2OrgUnits.readJson(new StringReader(json), "units.json");
  }

  @Test
  void readsTheWrappedForm() {
    ImportResult<List<Dhis2OrgUnit>> r =
        read(
            "{\"pager\": {\"page\": 1}, \"organisationUnits\": [\n"
                + "{\"id\": \"LaoPDR0001\", \"name\": \"Lao PDR\", \"level\": 1,"
                + " \"path\": \"/LaoPDR0001\"},\n"
                + "{\"id\": \"Bk5qMCoSFV4\", \"code\": \"LA-BK\", \"name\": \"Bokeo\","
                + " \"shortName\": \"BK\", \"level\": 2, \"path\": \"/LaoPDR0001/Bk5qMCoSFV4\","
                + " \"parent\": {\"id\": \"LaoPDR0001\"}, \"extra\": [1, 2]}\n"
                + "]}");
    assertThat(r.errors()).isEmpty();
    assertThat(r.accepted()).hasSize(2);
    Dhis2OrgUnit bokeo = r.accepted().get(1);
    assertThat(bokeo)
        .isEqualTo(
            new Dhis2OrgUnit(
                "Bk5qMCoSFV4",
                java.util.Optional.of("LA-BK"),
                "Bokeo",
                "BK",
                2,
                "/LaoPDR0001/Bk5qMCoSFV4",
                java.util.Optional.of("LaoPDR0001"),
                3));
    assertThat(r.accepted().get(0).parentId()).isEmpty();
  }

  @Test
  void readsABareArrayTakingLevelAndParentFromThePath() {
    ImportResult<List<Dhis2OrgUnit>> r =
        read(
            "[{\"id\": \"Bk5qMCoSFV4\", \"name\": \"Bokeo\", \"path\": \"/LaoPDR0001/Bk5qMCoSFV4\"}]");
    assertThat(r.errors()).isEmpty();
    Dhis2OrgUnit u = r.accepted().get(0);
    assertThat(u.level()).isEqualTo(2);
    assertThat(u.parentId()).contains("LaoPDR0001");
    assertThat(u.shortName()).isEqualTo("Bokeo");
  }

  @Test
  void refusedUnitsNameTheFieldAndKeepTheOthers() {
    ImportResult<List<Dhis2OrgUnit>> r =
        read(
            "{\"organisationUnits\": [\n"
                + "{\"name\": \"Bokeo\", \"level\": 2},\n"
                + "{\"id\": \"Bk5qMCoSFV4\", \"level\": 2},\n"
                + "{\"id\": \"Bk5qMCoSFV4\", \"name\": \"Bokeo\"},\n"
                + "7,\n"
                + "{\"id\": \"LaoPDR0001\", \"name\": \"Lao PDR\", \"level\": 1}\n"
                + "]}");
    assertThat(r.accepted()).extracting(Dhis2OrgUnit::id).containsExactly("LaoPDR0001");
    assertThat(r.errors())
        .extracting(RowError::line, RowError::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "organisationUnits[0].id"),
            org.assertj.core.groups.Tuple.tuple(3L, "organisationUnits[1].name"),
            org.assertj.core.groups.Tuple.tuple(4L, "organisationUnits[2].level"),
            org.assertj.core.groups.Tuple.tuple(5L, "organisationUnits[3]"));
    assertThat(r.errors().toString()).doesNotContain("Bokeo");
  }

  @Test
  void aDocumentWithoutUnitsIsOneError() {
    ImportResult<List<Dhis2OrgUnit>> r = read("{\"dataValues\": []}");
    assertThat(r.accepted()).isEmpty();
    assertThat(r.errors())
        .singleElement()
        .extracting(RowError::column)
        .isEqualTo("organisationUnits");
    assertThat(read("\"units\"").errors()).hasSize(1);
  }

  @Test
  void malformedJsonKeepsWhatCameBeforeAndNamesTheSource() {
    ImportResult<List<Dhis2OrgUnit>> r =
        read("[{\"id\": \"LaoPDR0001\", \"name\": \"Lao PDR\", \"level\": 1},\n{\"id\": ");
    assertThat(r.accepted()).hasSize(1);
    assertThat(r.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).startsWith("units.json: malformed JSON"));
  }
}
