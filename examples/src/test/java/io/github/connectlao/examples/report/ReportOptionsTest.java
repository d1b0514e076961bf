package io.github.connectlao.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportOptionsTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    ReportOptions d = ReportOptions.defaults();
    assertThat(d.out()).isEqualTo(Path.of("report-output"));
    assertThat(d.lang()).isEqualTo(Lang.BOTH);
    assertThat(d.date())
        .isEqualTo(LocalDate.of(2025, 12, 31))
        .isEqualTo(ReportOptions.DEFAULT_DATE);
    assertThat(d.registrations()).isEmpty();
    assertThat(d.population()).isEmpty();
    assertThat(d.syntheticBirths()).isEqualTo(3_200_000);
    assertThat(d.charts()).isTrue();
    assertThat(d.bom()).isFalse();
    assertThat(d.dhis2Mapping()).isEmpty();
    assertThat(d.dhis2OrgUnits()).isEmpty();
    assertThat(d.openSdg()).isFalse();
    assertThat(d.help()).isFalse();
    assertThat(ReportOptions.parse()).isEqualTo(d);
  }

  @Test
  void optionsTakeTheirValueAfterASpaceOrAnEqualsSign() {
    ReportOptions spaced =
        ReportOptions.parse(
            "--out", "x", "--lang", "lo", "--date", "2020-06-30", "--synthetic", "10");
    ReportOptions joined =
        ReportOptions.parse("--out=x", "--lang=lo", "--date=2020-06-30", "--synthetic=10");
    assertThat(spaced).isEqualTo(joined);
    assertThat(spaced.out()).isEqualTo(Path.of("x"));
    assertThat(spaced.lang()).isEqualTo(Lang.LO);
    assertThat(spaced.date()).isEqualTo(LocalDate.of(2020, 6, 30));
    assertThat(spaced.syntheticBirths()).isEqualTo(10);
  }

  @Test
  void flagsSwitchTheirFeature() {
    ReportOptions o = ReportOptions.parse("--no-charts", "--bom", "--open-sdg");
    assertThat(o.charts()).isFalse();
    assertThat(o.bom()).isTrue();
    assertThat(o.openSdg()).isTrue();
    assertThat(ReportOptions.parse("--help").help()).isTrue();
    assertThat(ReportOptions.parse("-h").help()).isTrue();
  }

  @Test
  void aLaterOptionOverridesAnEarlierOne() {
    assertThat(ReportOptions.parse("--lang", "lo", "--lang", "en").lang()).isEqualTo(Lang.EN);
  }

  @Test
  void syntheticAcceptsUnderscoresAndTheWholeRange() {
    assertThat(ReportOptions.parse("--synthetic", "1_000").syntheticBirths()).isEqualTo(1000);
    assertThat(ReportOptions.parse("--synthetic", "0").syntheticBirths()).isZero();
    assertThat(ReportOptions.parse("--synthetic", "50000000").syntheticBirths())
        .isEqualTo(ReportOptions.MAX_SYNTHETIC_BIRTHS);
  }

  @Test
  void syntheticOutsideTheRangeIsRefusedNamingTheOption() {
    for (int n :
        new int[] {
          Integer.MIN_VALUE, -1, 0, 1, 49_999_999, 50_000_000, 50_000_001, Integer.MAX_VALUE
        }) {
      if (n >= 0 && n <= ReportOptions.MAX_SYNTHETIC_BIRTHS) {
        assertThat(ReportOptions.parse("--synthetic=" + n).syntheticBirths()).isEqualTo(n);
      } else {
        assertThatThrownBy(() -> ReportOptions.parse("--synthetic=" + n))
            .isInstanceOf(UsageException.class)
            .hasMessage("--synthetic must be a whole number from 0 to 50000000, not '" + n + "'");
      }
    }
    assertThatThrownBy(() -> ReportOptions.parse("--synthetic", "many"))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("--synthetic must be a whole number");
  }

  @Test
  void badDatesAreRefusedNamingTheOption() {
    assertThatThrownBy(() -> ReportOptions.parse("--date", "31/12/2025"))
        .isInstanceOf(UsageException.class)
        .hasMessage("--date must be a date like 2025-12-31, not '31/12/2025'");
    assertThatThrownBy(() -> ReportOptions.parse("--date", "1899-12-31"))
        .isInstanceOf(UsageException.class)
        .hasMessage("--date must be a year from 1900 to 2200, not '1899-12-31'");
    assertThatThrownBy(() -> ReportOptions.parse("--date", "2201-01-01"))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("--date must be a year");
    assertThat(ReportOptions.parse("--date", "1900-01-01").date().getYear()).isEqualTo(1900);
    assertThat(ReportOptions.parse("--date", "2200-12-31").date().getYear()).isEqualTo(2200);
  }

  @Test
  void unknownOptionsAndMissingValuesAreOneLine() {
    assertThatThrownBy(() -> ReportOptions.parse("--colour"))
        .isInstanceOf(UsageException.class)
        .hasMessage("unknown option '--colour' (try --help)");
    assertThatThrownBy(() -> ReportOptions.parse("--out"))
        .isInstanceOf(UsageException.class)
        .hasMessage("--out needs a value (try --help)");
    assertThatThrownBy(() -> ReportOptions.parse("--lang", "fr"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("fr")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void inputFilesMustBeReadable(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("missing.csv");
    assertThatThrownBy(() -> ReportOptions.parse("--registrations", missing.toString()))
        .isInstanceOf(UsageException.class)
        .hasMessage("--registrations: cannot read file '" + missing + "'");
    assertThatThrownBy(() -> ReportOptions.parse("--population", dir.toString()))
        .isInstanceOf(UsageException.class)
        .hasMessage("--population: cannot read file '" + dir + "'");
    Path file = Files.writeString(dir.resolve("r.csv"), "x\n");
    ReportOptions o =
        ReportOptions.parse("--registrations", file.toString(), "--population", file.toString());
    assertThat(o.registrations()).contains(file);
    assertThat(o.population()).contains(file);
  }

  @Test
  void dhis2FilesGoTogether(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("m.csv"), "x\n");
    assertThatThrownBy(() -> ReportOptions.parse("--dhis2-mapping", file.toString()))
        .isInstanceOf(UsageException.class)
        .hasMessage("--dhis2-mapping and --dhis2-org-units go together: give both or neither");
    assertThatThrownBy(() -> ReportOptions.parse("--dhis2-org-units", file.toString()))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("go together");
    ReportOptions o =
        ReportOptions.parse(
            "--dhis2-mapping", file.toString(), "--dhis2-org-units", file.toString());
    assertThat(o.dhis2Mapping()).contains(file);
    assertThat(o.dhis2OrgUnits()).contains(file);
    assertThatThrownBy(
            () ->
                ReportOptions.parse(
                    "--dhis2-mapping",
                    file.toString(),
                    "--dhis2-org-units",
                    dir.resolve("no").toString()))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("--dhis2-org-units: cannot read file");
  }

  @Test
  void helpListsEveryOptionWithItsDefault() {
    assertThat(ReportOptions.HELP)
        .startsWith("Usage: connect-lao-report")
        .contains(
            "--out",
            "--lang",
            "--date",
            "--registrations",
            "--population",
            "--synthetic",
            "--no-charts",
            "--dhis2-mapping",
            "--dhis2-org-units",
            "--open-sdg",
            "--bom",
            "--help")
        .doesNotContain("\r");
    assertThat(ReportOptions.HELP.replaceAll("\\s+", " "))
        .as("help lines wrap, so compare with whitespace collapsed")
        .contains(
            "Default: report-output", "Default: both", "Default: 2025-12-31", "Default: 3200000");
  }
}
