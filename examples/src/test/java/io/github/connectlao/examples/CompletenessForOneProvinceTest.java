package io.github.connectlao.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.csv.CsvImportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the completeness example prints: the import with its two bad rows, the completeness of the
 * births of 2020 in Louangnamtha (registered / estimated births, estimated = 22.449 × 199,090 / 1000
 * = 4,469.4: the World Bank crude birth rate of 2020 and the LSB projection 2020 of the province),
 * "no value" with its reason for 2019, and the same on a user's own file.
 */
class CompletenessForOneProvinceTest {
  static List<String> out;

  @BeforeAll
  static void runOnce() throws Exception {
    out = ExampleRun.lines(CompletenessForOneProvince::main);
  }

  @Test
  void everyBadRowIsReportedWithItsLineColumnAndReasonAndTheGoodOnesKept() {
    assertThat(out.get(0)).isEqualTo("imported: 4434 registrations, 2 bad rows");
    assertThat(out.get(1))
        .startsWith(
            "  line 4436, column place_of_birth, value 'LA99': is not a known unit code; did you mean");
    assertThat(out.get(2))
        .startsWith("  line 4437, column date_of_birth, value '2020-13-01': is not a valid date");
  }

  @Test
  void completenessIsTheRegisteredOverTheEstimatedBirthsOfTheProvince() {
    assertThat(out.get(3))
        .isEqualTo("completeness LA03 2020-01-01/2020-12-31 both sexes: 71.2% (3,180 / 4,469.4)");
    // the figures agree with each other: 3,180 / (22.449 × 199,090 / 1000)
    assertThat(Math.round(1000.0 * 3180 / (22.449 * 199_090 / 1000)) / 10.0).isEqualTo(71.2);
    assertThat(out.get(4)).isEqualTo("completeness: 71.2% (synthetic registrations)");
  }

  @Test
  void aYearWithoutPopulationHasNoValueAndSaysWhy() {
    assertThat(out.get(5))
        .isEqualTo("2019: no population for LA03 in 2019 (both sexes, all ages)")
        .doesNotContain("0.0%");
    assertThat(out).hasSize(6);
  }

  @Test
  void aUsersFileIsReadInsteadAndNotCalledSynthetic(@TempDir Path tmp) throws Exception {
    Path file =
        Files.writeString(
            tmp.resolve("my-registrations.csv"),
            """
            id,sex,date_of_birth,place_of_birth,registration_date
            R1,F,2020-01-10,LA0301,2020-01-20
            R2,M,2020-02-10,LA0302,2020-09-01
            R3,F,2020-03-10,LA0303,2022-01-05
            R4,M,2020-04-10,LA0304,
            R5,F,2020-05-10,LA0501,2020-05-12
            R6,M,2020-06-10,LA99,
            """);
    List<String> mine = ExampleRun.lines(CompletenessForOneProvince::main, file.toString());
    assertThat(mine)
        .containsExactly(
            "imported: 5 registrations, 1 bad rows",
            mine.get(1),
            // three of the four births in Louangnamtha are registered: 3 / 4,469.4 = 0.07 %
            "completeness LA03 2020-01-01/2020-12-31 both sexes: 0.1% (3 / 4,469.4)",
            "completeness: 0.1% (registrations of my-registrations.csv)",
            "2019: no population for LA03 in 2019 (both sexes, all ages)");
    assertThat(mine.get(1))
        .startsWith("  line 7, column place_of_birth, value 'LA99'")
        .doesNotContain("R6");
  }

  @Test
  void theFiguresDoNotDependOnTheDefaultLocale(@TempDir Path tmp) throws Exception {
    Path file =
        Files.writeString(
            tmp.resolve("r.csv"),
            "id,sex,date_of_birth,place_of_birth,registration_date\n"
                + "R1,F,2020-01-10,LA0301,2020-01-20\n");
    List<String> root =
        ExampleRun.linesIn(Locale.ROOT, CompletenessForOneProvince::main, file.toString());
    List<String> french =
        ExampleRun.linesIn(Locale.FRANCE, CompletenessForOneProvince::main, file.toString());
    assertThat(french).isEqualTo(root).contains("completeness: 0.0% (registrations of r.csv)");
  }

  @Test
  void aFileThatCannotBeOpenedIsAnErrorNamingIt(@TempDir Path tmp) {
    Path missing = tmp.resolve("no-such-file.csv");
    assertThatThrownBy(() -> CompletenessForOneProvince.main(new String[] {missing.toString()}))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("no-such-file.csv");
  }
}
