package io.github.connectlao.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

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
    SectionRun run = SectionRun.of(new CooperationSection(), dir);
    Path target = run.folder();
    assertThat(Files.readString(target.resolve("programme-coverage.csv")))
        .contains("COVID19-PREPAREDNESS,project,ໂຄງການ,2020-2021,2020/2021,4/18,")
        .contains(
            "CONNECT,cooperation,ວຽກການຮ່ວມມື,2022-2023,2022/2023,18/18,9/18,unknown,unknown,")
        .doesNotContain("0/148")
        .doesNotContain(",0/18");
    assertThat(Files.readString(target.resolve("cooperation-timeline.json")))
        .contains("\"ref\" : \"MOHA-MOH-MOU-2022\"");
    assertThat(run.terminal()).contains("DCM-DPL-CRVS-MOU-2020", "MEETING-2023-03-10");
  }
}
