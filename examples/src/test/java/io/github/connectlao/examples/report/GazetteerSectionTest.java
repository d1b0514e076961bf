package io.github.connectlao.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gazetteer section alone, on the embedded data, without charts. */
class GazetteerSectionTest {

  @Test
  void titleIsInTheLanguage() {
    GazetteerSection s = new GazetteerSection();
    assertThat(s.title(Lang.EN)).isEqualTo("Administrative units");
    assertThat(s.title(Lang.LO)).isEqualTo("ຫົວໜ່ວຍການປົກຄອງ");
    assertThat(s.title(Lang.BOTH)).isEqualTo("Administrative units ຫົວໜ່ວຍການປົກຄອງ");
  }

  @Test
  void writesUnitsPerLevelAndPerProvince(@TempDir Path dir) throws Exception {
    SectionRun run = SectionRun.of(new GazetteerSection(), dir);
    Path target = run.folder();
    List<String> perProvince = Files.readAllLines(target.resolve("units-per-province.csv"));
    assertThat(perProvince).hasSize(1 + 18);
    assertThat(perProvince.get(0)).startsWith("code,iso,province");
    String perLevel = Files.readString(target.resolve("units-per-level.csv"));
    assertThat(perLevel).contains("province,ແຂວງ,18").contains("district,ເມືອງ,");
    assertThat(run.terminal()).contains("Units per level", "Districts and villages per province");
    assertThat(target.resolve("districts-per-province.png")).doesNotExist();
  }
}
