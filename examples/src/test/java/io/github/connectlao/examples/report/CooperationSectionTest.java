package io.github.connectlao.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cooperation section alone, on the embedded data, without charts. */
class CooperationSectionTest {

  @Test
  void titleIsInTheLanguage() {
    CooperationSection s = new CooperationSection();
    assertThat(s.title(Lang.EN)).isEqualTo("MoHA–MoH cooperation");
    assertThat(s.title(Lang.LO)).isEqualTo("ການຮ່ວມມື ກະຊວງພາຍໃນ ແລະ ກະຊວງສາທາລະນະສຸກ");
  }

  @Test
  void whatTheSourcesDoNotSayIsUnknownNeverZero(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream terminal = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Path target = dir.resolve("report");
    try (Progress progress = new Progress(terminal)) {
      ReportContext ctx =
          new ReportContext(
              ReportOptions.parse("--synthetic", "0", "--no-charts", "--lang", "en"), progress);
      ReportOutput out = new ReportOutput(target, terminal, Lang.EN, false);
      new CooperationSection().write(ctx, out);
      out.finish();
    }
    assertThat(Files.readString(target.resolve("programme-coverage.csv")))
        .contains("COVID19-PREPAREDNESS,project,ໂຄງການ,2020-2021,2020/2021,4/18,")
        .contains(
            "CONNECT,cooperation,ວຽກການຮ່ວມມື,2022-2023,2022/2023,18/18,9/18,unknown,unknown,")
        .doesNotContain("0/148")
        .doesNotContain(",0/18");
    assertThat(Files.readString(target.resolve("cooperation-timeline.json")))
        .contains("\"ref\" : \"MOHA-MOH-MOU-2022\"");
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("DCM-DPL-CRVS-MOU-2020", "MEETING-2023-03-10");
  }
}
