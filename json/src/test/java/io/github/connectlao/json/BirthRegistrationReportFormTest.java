package io.github.connectlao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.connectlao.DateRange;
import io.github.connectlao.Source;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.BirthRegistrationReport;
import io.github.connectlao.crvs.CrvsReferenceFigures;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.crvs.RegistrationPolicy;
import io.github.connectlao.crvs.RegistrationRate;
import io.github.connectlao.crvs.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's JSON embeds the one form of each of its parts, and never a child's name or id. */
class BirthRegistrationReportFormTest {
  private static final ConnectLaoJson JSON = ConnectLaoJson.standard();
  private static final Gazetteer LAO = Gazetteer.laoPdr();

  private static List<BirthRegistration> births() {
    List<BirthRegistration> list = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      LocalDate born = LocalDate.of(2015, 1, 1).plusDays(i * 9);
      BirthRegistration.Builder b =
          BirthRegistration.builder(
                  "id" + i, i % 2 == 0 ? Sex.FEMALE : Sex.MALE, born, i < 30 ? "LA0101" : "LA0301")
              .inHealthFacility(i % 3 == 0)
              .childName("Name" + i);
      if (i % 4 != 3) {
        b.registered(born.plusDays(i * 11L), null);
      }
      list.add(b.build());
    }
    return list;
  }

  private static final BirthRegistrationReport REPORT =
      BirthRegistrationReport.of(
          LAO,
          births(),
          RegistrationPolicy.laoPdr(),
          PopulationTable.census2015(),
          DateRange.ofYear(2015),
          LocalDate.of(2016, 3, 1),
          Source.synthetic("hand-made test births"));

  private static JsonNode tree(Object value) throws Exception {
    return JSON.mapper().readTree(JSON.write(value));
  }

  @Test
  void everyPartIsWrittenInItsOwnForm() throws Exception {
    JsonNode json = tree(REPORT);
    assertThat(json.get("dataSource")).isEqualTo(tree(REPORT.dataSource()));
    assertThat(json.get("policy")).isEqualTo(tree(REPORT.policy()));
    assertThat(json.get("national")).isEqualTo(tree(REPORT.national()));
    assertThat(json.at("/bySex/FEMALE")).isEqualTo(tree(REPORT.bySex().get(Sex.FEMALE)));
    assertThat(json.get("provinces")).isEqualTo(tree(REPORT.provinces()));
    for (int i = 0; i < REPORT.completeness().size(); i++) {
      assertThat(json.at("/completeness/" + i)).isEqualTo(tree(REPORT.completeness().get(i)));
    }
    assertThat(json.at("/referenceFigures/0")).isEqualTo(tree(CrvsReferenceFigures.all().get(0)));
    // and each embedded part reads back as its type
    assertThat(JSON.read(json.at("/completeness/0").toString(), RegistrationRate.class))
        .isEqualTo(REPORT.completeness().get(0));
  }

  @Test
  void noValueIsAReasonNeverAZeroAndSuppressedCellsAreNull() throws Exception {
    JsonNode json = tree(REPORT);
    assertThat(json.at("/dataSource/confidence").asText()).isEqualTo("SYNTHETIC");
    assertThat(
            json.at("/national/current").asLong()
                + json.at("/national/late").asLong()
                + json.at("/national/delayed").asLong()
                + json.at("/national/notRegistered").asLong())
        .isEqualTo(40);
    JsonNode national = json.at("/completeness/0");
    assertThat(national.get("value").isNumber()).isTrue();
    assertThat(national.get("unitCode").asText()).isEqualTo("LA");
    assertThat(national.get("denominator").asDouble()).isEqualTo(24.317 * 6_492_228 / 1000);
    JsonNode coverage = json.at("/coverage/0");
    assertThat(coverage.has("value")).isFalse();
    assertThat(coverage.has("denominator")).isFalse();
    assertThat(coverage.get("noValueReason").asText()).contains("ages 0-4");
    boolean anySuppressed = false;
    for (JsonNode row : json.at("/provinces/rows")) {
      for (JsonNode cell : row.get("cells")) {
        if (cell.has("suppressed")) {
          anySuppressed = true;
          assertThat(cell.get("count").isNull()).isTrue();
        }
      }
    }
    assertThat(anySuppressed).isTrue();
    assertThat(JSON.write(REPORT))
        .contains("\"referenceFigures\"")
        .doesNotContain("Name1")
        .doesNotContain("id1");
  }

  @Test
  void aReportIsWrittenNotRead() {
    assertThatThrownBy(() -> JSON.read(JSON.write(REPORT), BirthRegistrationReport.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("is written, not read");
  }

  @Test
  void aValueThatDisagreesWithItsFractionIsRefused() {
    String text =
        JSON.write(REPORT.completeness().get(0))
            .replaceFirst("\"value\":[0-9.Ee-]+", "\"value\":0.5");
    assertThatThrownBy(() -> JSON.read(text, RegistrationRate.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("$.value");
  }
}
