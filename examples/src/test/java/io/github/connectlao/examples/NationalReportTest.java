package io.github.connectlao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.examples.report.NationalReportJob;
import io.github.connectlao.examples.report.TextWidth;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the main job once into a temporary folder and checks its outputs and its error handling. */
class NationalReportTest {
  @TempDir static Path dir;
  static String terminal;
  static String errors;
  static int status;

  @BeforeAll
  static void runReport() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    status =
        NationalReportJob.run(
            new String[] {"--out", dir.toString()},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    terminal = out.toString(StandardCharsets.UTF_8);
    errors = err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheGazetteerSummaryInBothLanguages() {
    assertThat(status).as(errors).isZero();
    assertThat(terminal)
        .contains("Administrative units ຫົວໜ່ວຍການປົກຄອງ")
        .contains("Bokeo ບໍ່ແກ້ວ")
        .containsPattern("district\\s+ເມືອງ\\s+148");
  }

  @Test
  void writesMarkdownCsvJsonAndCharts() throws Exception {
    assertThat(Files.readString(dir.resolve("report.md")))
        .startsWith("# connect-lao national report")
        .contains("| LA05 | LA-BK | Bokeo ບໍ່ແກ້ວ | 5 |");
    assertThat(Files.readAllLines(dir.resolve("units-per-province.csv")))
        .hasSize(19)
        .first()
        .isEqualTo("code,iso,province_en,province_lo,districts,villages_unofficial");
    assertThat(Files.readString(dir.resolve("units-per-level.json")))
        .contains("\"units\" : 148")
        .contains("\"level_lo\" : \"ເມືອງ\"");
    // the real national series opens the report, before the synthetic illustration
    String md = Files.readString(dir.resolve("report.md"));
    assertThat(md.indexOf("national series (real data)"))
        .isPositive()
        .isLessThan(md.indexOf("SYNTHETIC"));
    assertThat(Files.readAllLines(dir.resolve("national-birth-registration.csv")))
        .contains(
            "2018,both sexes,ທັງສອງເພດ,70732,6926023,derived,ຄ່າທີ່ຄຳນວນ,23.238,160947,43.9",
            "2018,female,ຍິງ,35408,,,,,,");
    for (String map :
        new String[] {
          "map-completeness-province",
          "map-completeness-district",
          "map-coverage-under18-province",
          "map-sam-sang-province",
          "national-birth-registration"
        }) {
      assertThat(ImageIO.read(dir.resolve(map + ".png").toFile())).as(map).isNotNull();
    }
    assertThat(Files.readString(dir.resolve("map-completeness-province.svg"))).startsWith("<svg");
    BufferedImage png = ImageIO.read(dir.resolve("districts-per-province.png").toFile());
    assertThat(png.getWidth()).isEqualTo(1100);
  }

  @Test
  void badOptionIsOneLineAndNonZero() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        NationalReportJob.run(
            new String[] {"--colour", "red"},
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("error: unknown option '--colour' (try --help)" + System.lineSeparator());
  }

  @Test
  void terminalTablesFit120Columns() {
    assertThat(terminal.lines().filter(l -> TextWidth.of(l) > 120).toList()).isEmpty();
  }

  @Test
  void missingFileAndBadDateAreOneLineErrors() {
    for (String[] args :
        new String[][] {
          {"--registrations", "no-such-file.csv"},
          {"--date", "31/12/2025"},
          {"--lang", "fr"},
          {"--out"}
        }) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code =
          NationalReportJob.run(
              args,
              new PrintStream(new ByteArrayOutputStream()),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(code).isEqualTo(2);
      // only the problem lines are checked: a progress line may come first on a slow machine
      assertThat(
              err.toString(StandardCharsets.UTF_8)
                  .lines()
                  .filter(l -> l.startsWith("error: ") || l.startsWith("warning: "))
                  .toList())
          .hasSize(1)
          .first()
          .asString()
          .startsWith("error: ")
          .contains(args[0]);
    }
  }

  @Test
  void laoCombiningMarksTakeNoColumn() {
    assertThat(TextWidth.of("ບໍ່ແກ້ວ")).isEqualTo(4); // ບ ໍ ່ ແ ກ ້ ວ: three marks
    assertThat(TextWidth.of("Bokeo")).isEqualTo(5);
    assertThat(TextWidth.padRight("ບໍ່ແກ້ວ", 6)).isEqualTo("ບໍ່ແກ້ວ  ");
  }
}
