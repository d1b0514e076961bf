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
    status =
        NationalReportJob.run(
            new String[] {"--out", dir.toString(), "--synthetic", "400000"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    terminal = out.toString(StandardCharsets.UTF_8);
    errors = err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void stateBodies() throws Exception {
    assertThat(status).as(errors).isZero();
    assertThat(terminal)
        .contains("State bodies per level")
        .containsPattern("district ເມືອງ\\s+district office ຫ້ອງການ\\s+444")
        .contains("HEALTH@LA0501", "20 bodies, 318 departments");
    assertThat(Files.readString(dir.resolve("central-bodies.csv")))
        .contains("Department of Citizen Management");
    assertThat(Files.readAllLines(dir.resolve("state-bodies-per-level.csv")))
        .contains(
            "level_en,level_lo,kind_en,kind_lo,bodies",
            "district,ເມືອງ,district office,ຫ້ອງການ,444");
  }

  @Test
  void cooperation() throws Exception {
    assertThat(terminal)
        .contains("MoHA–MoH cooperation", "DCM-DPL-CRVS-MOU-2020", "MEETING-2023-03-10")
        .contains("217 villages, 60 districts");
    assertThat(Files.readString(dir.resolve("programme-coverage.csv")))
        .contains("COVID19-PREPAREDNESS,project,ໂຄງການ,2020-2021,2020/2021,4/18,");
    assertThat(Files.readString(dir.resolve("cooperation-timeline.json")))
        .contains("\"ref\" : \"MOHA-MOH-MOU-2022\"");
    // planned and reached are two figures; what the sources do not say is unknown, never 0
    String coverage = Files.readString(dir.resolve("programme-coverage.csv"));
    assertThat(coverage)
        .contains(
            "CONNECT,cooperation,ວຽກການຮ່ວມມື,2022-2023,2022/2023,18/18,9/18,unknown,unknown,")
        .contains(
            "SAM-SANG,policy,ນະໂຍບາຍ,since-2012-pilot,2012/..,unknown,unknown,unknown,unknown,")
        .doesNotContain("0/148")
        .doesNotContain(",0/18");
    assertThat(Files.readString(dir.resolve("meeting-people.csv")))
        .contains("MEETING-2023-03-10,2023-03-10,ນ. ວິໄລທອນ ສູນທອນໄຊມົງຄຸນ")
        .contains("ACCSM-20,2020-11-17/2020-11-18,ບຸນຈັນ ນິຍະວົງ");
    assertThat(Files.readString(dir.resolve("meeting-outcomes.csv")))
        .contains("ສ ສ ຫວຽດນາມ (Viet Nam)");
  }

  @Test
  void samSang() throws Exception {
    String csv = Files.readString(dir.resolve("sam-sang-targets.csv"));
    assertThat(csv)
        .startsWith(
            "area,name_en,name_lo,status_en,status_lo,share,units,basis_en,basis_lo,required,achieved,year,gap,"
                + "progress_en,progress_lo")
        .contains(
            "LA,Lao PDR,ສປປ ລາວ,strategic province,ແຂວງເປັນຫົວໜ່ວຍຍຸດທະສາດ,2/3,18,gazetteer,ທະບຽນຫົວໜ່ວຍ,12,,,,"
                + "unknown (achieved count unknown")
        .contains(",1/3,148,gazetteer,ທະບຽນຫົວໜ່ວຍ,50,")
        .contains(
            "LA03,Louangnamtha,ຫຼວງນ້ຳທາ,development village,ບ້ານເປັນຫົວໜ່ວຍພັດທະນາ,2/3,362,stated,ຕາມທີ່ແຈ້ງ,242,214,2018,28,");
    assertThat(Files.readString(dir.resolve("sam-sang-targets.json")))
        .contains("\"achieved\" : null")
        .doesNotContain("\"–\"");
    assertThat(dir.resolve("sam-sang-villages.png")).isRegularFile();
    assertThat(Files.readString(dir.resolve("sam-sang-report.json")))
        .contains("\"year\" : 2025")
        .contains("\"status\" : \"DEVELOPMENT_VILLAGE\"");
  }

  @Test
  void birthRegistrationIsLabelledSyntheticAndComplete() throws Exception {
    // the latest year of births with a national population and crude birth rate: 2021 (LSB
    // projection, World Bank)
    assertThat(terminal)
        .contains("Birth registration", "SYNTHETIC", "births of 2021")
        .doesNotContain("TODO");
    String csv = Files.readString(dir.resolve("birth-completeness-coverage.csv"));
    // 2021 estimated births: 7,337,714 × 21.973 / 1000 = 161,232
    assertThat(csv).contains("SYNTHETIC,LA,Lao PDR,ສປປ ລາວ,").contains(",161232,");
    // every file with synthetic figures says so in every row (CSV) or at the top (JSON)
    assertThat(Files.readAllLines(dir.resolve("birth-timeliness.csv")))
        .hasSize(20)
        .allMatch(l -> l.startsWith("SYNTHETIC,") || l.startsWith("data,"));
    assertThat(Files.readString(dir.resolve("birth-timeliness.json")))
        .contains("\"synthetic\" : true");
    assertThat(Files.readString(dir.resolve("birth-registration-report.json")))
        .contains("SyntheticRegistrations")
        .contains("\"births\" : \"2021-01-01/2021-12-31\"");
    // disclosure control: the ledger of every published cell is written beside the tables
    assertThat(Files.readString(dir.resolve("birth-registration-release.csv")))
        .contains("birth-timeliness");
    assertThat(dir.resolve("timeliness-by-province.png")).isRegularFile();
    assertThat(dir.resolve("completeness-by-province.png")).isRegularFile();
  }

  @Test
  void coverageWithAUserPopulationTable(@TempDir Path tmp) throws Exception {
    Path pop = tmp.resolve("population.csv");
    Files.writeString(
        pop,
        """
        unit_code,year,sex,age_group,population,crude_birth_rate,source,confidence
        LA,2025,both,all,7600000,21,test fixture,unverified
        LA,2025,both,0-4,800000,,test fixture,unverified
        LA03,2025,both,0-4,22000,,test fixture,unverified
        """);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        NationalReportJob.run(
            new String[] {
              "--out",
              tmp.resolve("r").toString(),
              "--population",
              pop.toString(),
              "--synthetic",
              "400000",
              "--no-charts",
              "--lang",
              "en"
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    String csv = Files.readString(tmp.resolve("r").resolve("birth-completeness-coverage.csv"));
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("births of 2025");
    // the nation and LA03 have a population under 5, so both have a coverage value; LA05 does not
    assertThat(csv.lines().filter(l -> l.startsWith("SYNTHETIC,LA,")).findFirst().orElseThrow())
        .matches("SYNTHETIC,LA,Lao PDR,ສປປ ລາວ,\\d+,159600,[0-9.]+,[0-9.]+,.*");
    // no value is an empty cell, never a dash or 0
    assertThat(csv.lines().filter(l -> l.startsWith("SYNTHETIC,LA03,")).findFirst().orElseThrow())
        .matches("SYNTHETIC,LA03,Louangnamtha,ຫຼວງນ້ຳທາ,\\d+,,,[0-9.]+,.*");
    assertThat(tmp.resolve("r").resolve("timeliness-by-province.png")).doesNotExist();
  }

  @Test
  void registrationsFromAFileKeepTheGoodRowsAndWarnOnce(@TempDir Path tmp) throws Exception {
    Path regs = tmp.resolve("registrations.csv");
    Files.writeString(
        regs,
        """
        id,sex,date_of_birth,place_of_birth,registration_date
        A1,F,2015-03-02,LA0301,2015-03-20
        A2,M,2015-05-02,LA0302,
        A3,M,2015-05-02,LA99,
        """);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        NationalReportJob.run(
            new String[] {
              "--out",
              tmp.resolve("r").toString(),
              "--registrations",
              regs.toString(),
              "--no-charts",
              "--lang",
              "en"
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    // progress lines depend on the machine's speed: only the warning and error lines are checked
    assertThat(problemLines(err))
        .hasSize(1)
        .first()
        .asString()
        .startsWith("warning: --registrations: 1 row(s) refused, first: line 4");
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Data: file registrations.csv (2 registrations)")
        .doesNotContain("SYNTHETIC");
    // two births: every count is below the threshold of 5, so disclosure control hides them all
    assertThat(Files.readString(tmp.resolve("r").resolve("birth-timeliness.csv")))
        .contains("LA,Lao PDR,ສປປ ລາວ,,,,,")
        .contains("LA03,Louangnamtha,ຫຼວງນ້ຳທາ,,,,,");
    assertThat(Files.readString(tmp.resolve("r").resolve("birth-completeness-by-year.csv")))
        .contains("2015,,,,");
  }

  @Test
  void aFileThatIsNotRegistrationsIsAOneLineError(@TempDir Path tmp) throws Exception {
    Path bad = tmp.resolve("notes.txt");
    Files.writeString(bad, "just some notes\nnot a table\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        NationalReportJob.run(
            new String[] {
              "--out", tmp.resolve("r").toString(), "--registrations", bad.toString(), "--no-charts"
            },
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(1);
    assertThat(problemLines(err))
        .hasSize(1)
        .first()
        .asString()
        .startsWith("error: --registrations: ")
        .contains("missing required column");
  }

  @Test
  void populationRowsForUnknownUnitsAreRefusedAndTheFileSupplementsTheEmbeddedTable(
      @TempDir Path tmp) throws Exception {
    Path pop = tmp.resolve("population.csv");
    Files.writeString(
        pop,
        """
        unit_code,year,sex,age_group,population,crude_birth_rate,source,confidence
        LA,2016,both,all,6700000,24,my estimate,unverified
        LA99,2016,both,all,5,,my estimate,unverified
        """);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        NationalReportJob.run(
            new String[] {
              "--out",
              tmp.resolve("r").toString(),
              "--population",
              pop.toString(),
              "--synthetic",
              "1000",
              "--no-charts",
              "--lang",
              "en"
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(problemLines(err))
        .hasSize(1)
        .first()
        .asString()
        .startsWith("warning: --population: 1 row(s) refused, first: line 3")
        .contains("LA99");
    // the file's 2016 figure is used; the embedded census 2015 is kept beside it
    String series = Files.readString(tmp.resolve("r").resolve("national-birth-registration.csv"));
    assertThat(series)
        .contains("2016,both sexes,ທັງສອງເພດ,61746,6700000,")
        .contains("2015,both sexes,ທັງສອງເພດ,82128,6492228,census,");
  }

  static java.util.List<String> problemLines(ByteArrayOutputStream err) {
    return err.toString(StandardCharsets.UTF_8)
        .lines()
        .filter(l -> l.startsWith("error: ") || l.startsWith("warning: "))
        .toList();
  }

  /**
   * Standard error without the progress lines ("… loading … done in 1.4 s"), which appear only when
   * a step takes more than a second, so on a slow or loaded machine: the assertions must not depend on them.
   */
}
