package io.github.connectlao.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state-bodies section alone, on the embedded data, without charts. */
class StateBodiesSectionTest {

  @Test
  void titleIsInTheLanguage() {
    StateBodiesSection s = new StateBodiesSection();
    assertThat(s.title(Lang.EN)).isEqualTo("State bodies per level");
    assertThat(s.title(Lang.LO)).isEqualTo("ອົງການຈັດຕັ້ງລັດແຕ່ລະຂັ້ນ");
  }

  @Test
  void writesBodiesPerLevelAndTheCentralBodies(@TempDir Path dir) throws Exception {
    SectionRun run = SectionRun.of(new StateBodiesSection(), dir);
    Path target = run.folder();
    assertThat(Files.readAllLines(target.resolve("state-bodies-per-level.csv")))
        .contains(
            "level_en,level_lo,kind_en,kind_lo,bodies",
            "district,ເມືອງ,district office,ຫ້ອງການ,444");
    assertThat(Files.readString(target.resolve("central-bodies.csv")))
        .contains("Department of Citizen Management");
    assertThat(run.terminal()).contains("HEALTH@LA0501");
  }
}
