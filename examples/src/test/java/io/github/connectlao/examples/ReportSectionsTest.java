package io.github.connectlao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.examples.report.NationalReportJob;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the national report once (a smaller synthetic dataset) and checks every section's content. */
class ReportSectionsTest {
  @TempDir static Path dir;
  static String terminal;
  static String errors;
  static int status;

  @BeforeAll
  static void runReport() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    status = NationalReportJob.run(new String[] {"--out", dir.toString(), "--synthetic", "400000"},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    terminal = out.toString(StandardCharsets.UTF_8);
    errors = err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void stateBodies() throws Exception {
    assertThat(status).as(errors).isZero();
    assertThat(terminal).contains("State bodies per level")
        .containsPattern("district\\s+ເມືອງ\\s+district office\\s+ຫ້ອງການ\\s+444")
        .contains("HEALTH@LA0501", "Department of Citizen Management", "20 bodies, 318 departments");
    assertThat(Files.readAllLines(dir.resolve("state-bodies-per-level.csv")).get(0))
        .isEqualTo("level,level_lo,kind,kind_lo,bodies");
  }

  @Test
  void cooperation() throws Exception {
    assertThat(terminal).contains("MoHA–MoH cooperation", "DCM-DPL-CRVS-MOU-2020", "MEETING-2023-03-10")
        .containsPattern("COVID19-PREPAREDNESS\\s+project\\s+2020-2021\\s+2020/2021\\s+4/18")
        .contains("217 villages, 60 districts");
    assertThat(Files.readString(dir.resolve("cooperation-timeline.json"))).contains("\"ref\" : \"MOHA-MOH-MOU-2022\"");
  }

  @Test
  void samSang() throws Exception {
    String csv = Files.readString(dir.resolve("sam-sang-targets.csv"));
    assertThat(csv).contains("LA,Lao PDR ສປປ ລາວ,strategic province ແຂວງເປັນຫົວໜ່ວຍຍຸດທະສາດ,2/3,18,gazetteer,12,")
        .contains(",1/3,148,gazetteer,50,")
        .contains("LA03,Louangnamtha ຫຼວງນ້ຳທາ,development village ບ້ານເປັນຫົວໜ່ວຍພັດທະນາ,2/3,362,stated,242,214,2018,28,");
    assertThat(dir.resolve("sam-sang-villages.png")).isRegularFile();
  }

  // TODO(lead): the birth-registration tests come with the section (issues 4 and 6)
}
