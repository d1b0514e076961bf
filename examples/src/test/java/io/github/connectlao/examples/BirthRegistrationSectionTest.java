package io.github.connectlao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.examples.report.NationalReportJob;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The birth-registration section on data of any year, on no data, and cut at {@code --date}. */
class BirthRegistrationSectionTest {
  static final String HEADER =
      "id,sex,date_of_birth,place_of_birth,birth_notice_date,registration_date\n";

  record Run(int status, String out, String err, Path dir) {
    String file(String name) throws Exception {
      return Files.readString(dir.resolve(name));
    }
  }

  /**
   * Each row five times (ids made unique), so that no count of these tiny files falls below the
   * disclosure threshold of 5 and the tables can be read.
   */
  static String fiveTimes(String rows) {
    StringBuilder sb = new StringBuilder();
    for (int k = 1; k <= 5; k++) {
      for (String line : rows.split("\n")) {
        sb.append(line.replaceFirst("^([A-Z]\\d+)", "$1-" + k)).append('\n');
      }
    }
    return sb.toString();
  }

  static Run run(Path tmp, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] all = new String[args.length + 4];
    all[0] = "--out";
    all[1] = tmp.resolve("r").toString();
    all[2] = "--lang";
    all[3] = "en";
    System.arraycopy(args, 0, all, 4, args.length);
    int status =
        NationalReportJob.run(
            all,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status,
        out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8),
        tmp.resolve("r"));
  }

  @Test
  void aFileOfBirthsIn2023GivesAFullReportWithChartsAndSaysWhichRuleApplies(@TempDir Path tmp)
      throws Exception {
    Path regs = tmp.resolve("regs-2023.csv");
    Files.writeString(
        regs,
        HEADER
            + fiveTimes(
                ""
                    + "A1,F,2023-03-02,LA0301,2023-03-05,2023-03-20\n"
                    + "A2,M,2023-05-02,LA0302,,\n"
                    + "A3,F,2023-07-10,LA0501,,2023-09-30\n"
                    + "A4,M,2023-11-30,LA0101,,2025-01-15\n"));
    Run r = run(tmp, "--registrations", regs.toString(), "--date", "2024-06-30");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Births of 2023")
        .contains("used only for the year they describe")
        .doesNotContain("2015-01-01/2015-12-31");
    // counted as of 2024-06-30: A4's registration of 2025 is not counted
    assertThat(r.file("birth-timeliness.csv")).contains("LA,Lao PDR,ສປປ ລາວ,20,25.0,25.0,0.0,50.0");
    assertThat(r.file("birth-completeness-by-year.csv")).contains("2023,20,10,10,");
    assertThat(r.file("birth-registration-report.json"))
        .contains("\"births\" : \"2023-01-01/2023-12-31\"");
    assertThat(r.dir().resolve("timeliness-by-province.png")).isRegularFile();
    assertThat(r.dir().resolve("report.md")).isRegularFile();
  }

  @Test
  void noSyntheticBirthsIsAnEmptySectionNotACrash(@TempDir Path tmp) throws Exception {
    Run r = run(tmp, "--synthetic", "0");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("holds no birth up to 2025-12-31");
    assertThat(r.file("birth-timeliness.csv")).contains("LA,Lao PDR,ສປປ ລາວ,0,");
    assertThat(r.dir().resolve("timeliness-by-province.png")).doesNotExist();
    assertThat(r.dir().resolve("report.md")).isRegularFile();
  }

  @Test
  void theReferenceDateCutsOffLaterBirthsAndRegistrations(@TempDir Path tmp) throws Exception {
    Path regs = tmp.resolve("regs.csv");
    Files.writeString(
        regs,
        HEADER
            + fiveTimes(
                ""
                    + "B1,F,2023-01-10,LA0301,,2023-01-20\n"
                    + "B2,M,2023-03-10,LA0301,,2023-08-01\n"
                    + "B3,F,2023-08-10,LA0301,,2023-08-15\n"));
    Run r = run(tmp, "--registrations", regs.toString(), "--date", "2023-06-30", "--no-charts");
    assertThat(r.status()).as(r.err()).isZero();
    // B3 is born after the date: not counted; B2 is registered after it: not registered as of the
    // date
    assertThat(r.file("birth-timeliness.csv")).contains("LA,Lao PDR,ສປປ ລາວ,10,50.0,0.0,0.0,50.0");
    assertThat(r.file("birth-registration-report.json"))
        .contains("\"births\" : \"2023-01-01/2023-06-30\"");
    assertThat(r.dir().resolve("timeliness-by-province.png")).doesNotExist();
  }
}
