package io.github.connectlao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.admin.Gazetteer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the gazetteer example prints for the embedded data: the three codes of Bokeo, the names from
 * other systems matched to their codes, the unknown code's message, the hierarchy and the count
 * rolled up the tree. The district figures are checked against the shipped district list itself.
 */
class EmbedGazetteerTest {
  /** The district list the core ships (a resource of the core's jar). */
  static final String DISTRICTS = "/io/github/connectlao/data/lao_districts.csv";

  static List<String> out;

  @BeforeAll
  static void runOnce() throws Exception {
    out = ExampleRun.lines(EmbedGazetteer::main);
  }

  /** The shipped district rows (one per district, after the header). */
  static List<String[]> districtRows() throws Exception {
    try (InputStream in = Gazetteer.class.getResourceAsStream(DISTRICTS)) {
      assertThat(in).as(DISTRICTS).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .skip(1)
          .filter(l -> !l.isBlank())
          .map(l -> l.split(",", -1))
          .toList();
    }
  }

  @Test
  void printsTheGazetteerAndTheThreeCodesOfBokeo() {
    assertThat(out.get(0))
        .startsWith("Gazetteer[Lao PDR default gazetteer")
        .endsWith(": 18 provinces, 148 districts, 0 villages]");
    assertThat(out.subList(1, 4))
        .containsExactly(
            "LA05 -> LA05 Bokeo (ບໍ່ແກ້ວ), province",
            "LA-BK -> LA05 Bokeo (ບໍ່ແກ້ວ), province",
            "05 -> LA05 Bokeo (ບໍ່ແກ້ວ), province");
  }

  @Test
  void namesFromOtherSystemsFindTheirCodeInAlphabeticalOrder() {
    assertThat(out.subList(4, 7))
        .containsExactly(
            "'Champassak' (spreadsheet with a variant spelling) -> LA16 Champasack",
            "'Luang Namtha' (district health office report) -> LA03 Louangnamtha",
            "'ຫຼວງພະບາງ' (paper form in Lao) -> LA06 Louangphabang");
  }

  @Test
  void anUnknownCodeIsNamedWithNearCodes() {
    assertThat(out.get(7))
        .startsWith("unknown code: unknown administrative unit code 'LA-XX'; did you mean ")
        .contains("LA08 Xaignabouly");
  }

  @Test
  void theHierarchyIsTheShippedDistrictList() throws Exception {
    List<String> bokeo =
        districtRows().stream().filter(r -> r[2].equals("LA05")).map(r -> r[3]).toList();
    assertThat(bokeo).containsExactly("Huoixai", "Tonpheung", "Meung", "Pha Oudom", "Paktha");
    assertThat(out.get(8)).isEqualTo("districts of Bokeo: " + bokeo);
    assertThat(out.get(9)).isEqualTo("Huoixai is in Bokeo");
  }

  @Test
  void theRollupCountsOneFacilityPerShippedDistrict() throws Exception {
    List<String[]> rows = districtRows();
    long inBokeo = rows.stream().filter(r -> r[2].equals("LA05")).count();
    Gazetteer lao = Gazetteer.laoPdr();
    int b = lao.index(lao.unit("LA05"));
    // pre-order: Bokeo's subtree is Bokeo and its districts, one contiguous index range
    assertThat(out.get(10))
        .isEqualTo(
            "facilities in Bokeo: "
                + inBokeo
                + " (its subtree is indexes "
                + b
                + ".."
                + (b + 5)
                + ")")
        .startsWith("facilities in Bokeo: 5 ");
    assertThat(out.get(11))
        .isEqualTo("facilities nationwide: " + rows.size())
        .isEqualTo("facilities nationwide: 148");
    assertThat(out).hasSize(12);
  }
}
