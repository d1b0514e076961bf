package io.github.connectlao.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sam Sang section alone, on the embedded data, without charts. */
class SamSangSectionTest {

  @Test
  void titleIsInTheLanguage() {
    SamSangSection s = new SamSangSection();
    assertThat(s.title(Lang.EN)).isEqualTo("Sam Sang targets");
    assertThat(s.title(Lang.LO)).isEqualTo("ຄາດໝາຍສາມສ້າງ");
  }

  @Test
  void unknownAchievementsStayUnknownNeverZero(@TempDir Path dir) throws Exception {
    SectionRun run = SectionRun.of(new SamSangSection(), dir);
    Path target = run.folder();
    assertThat(Files.readString(target.resolve("sam-sang-targets.csv")))
        .contains(
            "LA,Lao PDR,ສປປ ລາວ,strategic province,ແຂວງເປັນຫົວໜ່ວຍຍຸດທະສາດ,2/3,18,gazetteer,ທະບຽນຫົວໜ່ວຍ,12,,,,"
                + "unknown (achieved count unknown")
        .contains(
            "LA03,Louangnamtha,ຫຼວງນ້ຳທາ,development village,ບ້ານເປັນຫົວໜ່ວຍພັດທະນາ,2/3,362,stated,ຕາມທີ່ແຈ້ງ,242,214,2018,28,");
    assertThat(Files.readString(target.resolve("sam-sang-targets.json")))
        .contains("\"achieved\" : null")
        .doesNotContain("\"–\"");
    assertThat(Files.readString(target.resolve("sam-sang-report.json")))
        .contains("\"year\" : 2025");
    assertThat(target.resolve("sam-sang-villages.png")).doesNotExist();
  }
}
