package io.github.connectlao.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream terminal = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Path target = dir.resolve("report");
    try (Progress progress = new Progress(terminal)) {
      ReportContext ctx =
          new ReportContext(
              ReportOptions.parse("--synthetic", "0", "--no-charts", "--lang", "en"), progress);
      ReportOutput out = new ReportOutput(target, terminal, Lang.EN, false);
      new StateBodiesSection().write(ctx, out);
      out.finish();
    }
    assertThat(Files.readAllLines(target.resolve("state-bodies-per-level.csv")))
        .contains(
            "level_en,level_lo,kind_en,kind_lo,bodies",
            "district,ເມືອງ,district office,ຫ້ອງການ,444");
    assertThat(Files.readString(target.resolve("central-bodies.csv")))
        .contains("Department of Citizen Management");
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("HEALTH@LA0501");
  }
}
