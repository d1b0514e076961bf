package io.github.connectlao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.examples.report.NationalReportJob;
import io.github.connectlao.examples.report.ReportOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks the claims of {@code docs/user-guide.md} about the report against the code: the options
 * table (every option, its default), the exit statuses, the example error line, the file names.
 */
class UserGuideTest {
  static final String GUIDE = read(Path.of("..", "docs", "user-guide.md"));

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The rows of the markdown table that follows a heading. */
  static List<List<String>> table(String heading) {
    int at = GUIDE.indexOf(heading);
    assertThat(at).as(heading).isNotNegative();
    List<List<String>> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : GUIDE.substring(at).lines().toList()) {
      if (line.startsWith("|")) {
        inTable = true;
        List<String> cells = new ArrayList<>();
        for (String c : line.replace("\\|", "¦").split("\\|")) {
          cells.add(c.strip().replace("¦", "|"));
        }
        rows.add(cells.subList(1, cells.size()));
      } else if (inTable) {
        break;
      }
    }
    return rows.subList(2, rows.size()); // header and separator
  }

  @Test
  void everyOptionOfTheGuideIsInTheHelpWithTheSameDefaultAndViceVersa() {
    Map<String, String> defaults = new LinkedHashMap<>();
    for (List<String> row : table("### Options")) {
      String option = row.get(0).replace("`", "").split(" ")[0];
      defaults.put(option, row.get(2).replace("`", ""));
    }
    String help = ReportOptions.HELP.replaceAll("\\s+", " ");
    // the options the help describes: each at the start of one of its lines
    Matcher m = Pattern.compile("(?m)^\\s+(?:-\\w, )?(--[a-z0-9-]+)").matcher(ReportOptions.HELP);
    List<String> inHelp = new ArrayList<>();
    while (m.find()) {
      inHelp.add(m.group(1));
    }
    assertThat(defaults.keySet()).containsExactlyInAnyOrderElementsOf(inHelp);
    for (Map.Entry<String, String> e : defaults.entrySet()) {
      if (!e.getValue().isEmpty()) {
        assertThat(help).as(e.getKey()).contains("Default: " + e.getValue());
      }
    }
    ReportOptions d = ReportOptions.defaults();
    assertThat(defaults)
        .containsEntry("--out", d.out().toString())
        .containsEntry("--date", d.date().toString())
        .containsEntry("--synthetic", String.valueOf(d.syntheticBirths()))
        .containsEntry("--lang", "both");
  }

  @Test
  void theExitStatusesOfTheGuideAreTheCodes() {
    Map<Integer, String> statuses = new LinkedHashMap<>();
    for (List<String> row : table("### Exit status and errors")) {
      statuses.put(Integer.parseInt(row.get(0)), row.get(1));
    }
    assertThat(statuses)
        .containsOnlyKeys(
            NationalReportJob.OK,
            NationalReportJob.INPUT_ERROR,
            NationalReportJob.USAGE_ERROR,
            NationalReportJob.OUT_OF_RESOURCES);
    assertThat(statuses.get(2)).contains("bad option", "missing file");
    assertThat(statuses.get(1)).contains("content cannot be used");
    assertThat(statuses.get(3)).contains("memory");
    // each status is produced as stated: ReportCliTest runs every case
    assertThat(ReportCliTest.run("--help").status()).isZero();
    assertThat(ReportCliTest.run("--colour").status()).isEqualTo(2);
  }

  @Test
  void theExampleErrorLineIsWhatTheReportPrints() {
    Matcher m =
        Pattern.compile(
                "\\$ java -jar examples/target/connect-lao-report.jar (.*)\\n(error: .*)\\n")
            .matcher(GUIDE);
    assertThat(m.find()).isTrue();
    ReportCliTest.Run r = ReportCliTest.run(m.group(1).split(" "));
    assertThat(r.errorLines()).containsExactly(m.group(2));
  }

  @Test
  void everyExampleRunsWithExecMainClass() throws Exception {
    // exec:java runs the class named by the property exec.mainClass, whose default is the report
    String pom = read(Path.of("pom.xml"));
    assertThat(pom)
        .contains("<mainClass>${exec.mainClass}</mainClass>")
        .contains("<exec.mainClass>io.github.connectlao.examples.NationalReport</exec.mainClass>");
    for (String example :
        List.of(
            "EmbedGazetteer",
            "NewCooperationProgramme",
            "CompletenessForOneProvince",
            "DistrictsOnTrack",
            "PublishSuppressedTable",
            "NationalReport")) {
      assertThat(GUIDE).contains("`" + example + "`");
      Class<?> c = Class.forName("io.github.connectlao.examples." + example);
      assertThat(
              java.lang.reflect.Modifier.isStatic(
                  c.getMethod("main", String[].class).getModifiers()))
          .isTrue();
    }
  }

  @Test
  void theNamedFilesAndSessionsExist() {
    for (String session :
        List.of(
            "01-gazetteer.jsh",
            "02-sam-sang.jsh",
            "03-state-cooperation.jsh",
            "04-birth-registration.jsh",
            "05-json-csv.jsh",
            "06-maps.jsh")) {
      assertThat(GUIDE).contains(session);
      assertThat(Path.of("jshell", session)).isRegularFile();
    }
    // the maps and chart the guide names are written by the report (NationalReportTest checks the
    // files)
    assertThat(GUIDE)
        .contains(
            "map-completeness-province.png",
            "map-completeness-district.png",
            "map-coverage-under18-province.png",
            "map-sam-sang-province.png",
            "national-birth-registration.png");
  }
}
