package io.github.connectlao.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job around the sections: the order of the sections, the title, the closing line, and how
 * every kind of failure becomes one line on standard error with the exit status the user guide
 * states, leaving no temporary folder. Sections here are stubs, so each case runs in a moment; the
 * real sections run in {@code ReportSectionsTest} and the command line in {@code ReportCliTest}.
 */
class NationalReportJobTest {

  /** A run's exit status, standard output and the error/warning lines of standard error. */
  record Run(int status, String out, List<String> problems) {}

  static Run run(List<ReportSection> sections, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        NationalReportJob.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            sections);
    // progress lines depend on the machine's speed: only problem lines are kept
    List<String> problems =
        err.toString(StandardCharsets.UTF_8)
            .lines()
            .filter(l -> l.startsWith("error: ") || l.startsWith("warning: "))
            .toList();
    return new Run(status, out.toString(StandardCharsets.UTF_8), problems);
  }

  /** A section that writes one line of text and records that it ran. */
  static ReportSection section(String name, List<String> ran) {
    return new ReportSection() {
      @Override
      public String title(Lang lang) {
        return lang.pick("Section " + name, "ພາກ " + name);
      }

      @Override
      public void write(ReportContext ctx, ReportOutput out) {
        ran.add(name);
        out.text("text of " + name);
      }
    };
  }

  /** A section that writes a table, then throws. */
  static ReportSection failing(Throwable t) {
    return new ReportSection() {
      @Override
      public String title(Lang lang) {
        return "fails";
      }

      @Override
      public void write(ReportContext ctx, ReportOutput out) throws Exception {
        out.table(Table.builder("before-the-failure", "t", "a").row(1).build());
        if (t instanceof Exception e) {
          throw e;
        }
        throw (Error) t;
      }
    };
  }

  static String[] args(Path out, String... more) {
    List<String> all =
        new ArrayList<>(List.of("--out", out.toString(), "--synthetic", "0", "--no-charts"));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theExitStatusesAreTheDocumentedNumbers() {
    assertThat(NationalReportJob.OK).isZero();
    assertThat(NationalReportJob.INPUT_ERROR).isEqualTo(1);
    assertThat(NationalReportJob.USAGE_ERROR).isEqualTo(2);
    assertThat(NationalReportJob.OUT_OF_RESOURCES).isEqualTo(3);
  }

  @Test
  void theSectionsOpenWithTheRealNationalSeriesThenTheMapsAndTheSyntheticIllustration() {
    assertThat(NationalReportJob.SECTIONS.stream().map(s -> s.getClass().getSimpleName()))
        .containsExactly(
            "NationalSeriesSection",
            "MapsSection",
            "BirthRegistrationSection",
            "SamSangSection",
            "GazetteerSection",
            "StateBodiesSection",
            "CooperationSection");
  }

  @Test
  void runsEverySectionInOrderUnderItsHeadingAndSaysWhatItWrote(@TempDir Path tmp)
      throws IOException {
    List<String> ran = new ArrayList<>();
    Path out = tmp.resolve("r");
    Run r =
        run(
            List.of(section("one", ran), section("two", ran)),
            args(out, "--lang", "en", "--date", "2024-06-30"));
    assertThat(r.status()).isEqualTo(NationalReportJob.OK);
    assertThat(r.problems()).isEmpty();
    assertThat(ran).containsExactly("one", "two");
    assertThat(r.out())
        .startsWith("connect-lao national report — 2024-06-30\n")
        .contains("\nSection one\n-----------\ntext of one\n\nSection two\n");
    assertThat(r.out().indexOf("Section one")).isLessThan(r.out().indexOf("Section two"));
    assertThat(r.out().lines().filter(l -> l.startsWith("Wrote ")).toList())
        .hasSize(1)
        .first()
        .asString()
        .startsWith("Wrote 1 files to " + out.toAbsolutePath().normalize());
    assertThat(Files.readString(out.resolve("report.md")))
        .startsWith("# connect-lao national report — 2024-06-30\n")
        .contains("## Section one\n\ntext of one")
        .contains("## Section two\n\ntext of two");
  }

  @Test
  void theTitleAndHeadingsFollowTheLanguage(@TempDir Path tmp) {
    Run r = run(List.of(section("one", new ArrayList<>())), args(tmp.resolve("r"), "--lang", "lo"));
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .startsWith("ລາຍງານລະດັບຊາດ connect-lao — 2025-12-31\n")
        .contains("ພາກ one")
        .doesNotContain("Section one")
        .contains("ຂຽນ 1 ໄຟລ໌ ໃສ່ ");
  }

  @Test
  void helpPrintsTheHelpAndRunsNothing(@TempDir Path tmp) throws IOException {
    List<String> ran = new ArrayList<>();
    Run r = run(List.of(section("one", ran)), "--help", "--out", tmp.resolve("r").toString());
    assertThat(r.status()).isEqualTo(NationalReportJob.OK);
    assertThat(r.out()).isEqualTo(ReportOptions.HELP);
    assertThat(ran).isEmpty();
    assertThat(names(tmp)).isEmpty();
  }

  @Test
  void aBadOptionIsAUsageErrorAndNoSectionRuns(@TempDir Path tmp) throws IOException {
    List<String> ran = new ArrayList<>();
    Run r = run(List.of(section("one", ran)), "--out", tmp.resolve("r").toString(), "--colour");
    assertThat(r.status()).isEqualTo(NationalReportJob.USAGE_ERROR);
    assertThat(r.problems()).containsExactly("error: unknown option '--colour' (try --help)");
    assertThat(ran).isEmpty();
    assertThat(names(tmp)).isEmpty();
  }

  @Test
  void aSectionThatFailsIsOneLineStatus1AndLeavesNoFolder(@TempDir Path tmp) throws IOException {
    Run r =
        run(
            List.of(failing(new IOException("disk full (simulated)\nat some detail"))),
            args(tmp.resolve("r")));
    assertThat(r.status()).isEqualTo(NationalReportJob.INPUT_ERROR);
    assertThat(r.problems()).containsExactly("error: disk full (simulated)");
    assertThat(names(tmp)).isEmpty(); // neither the report nor its temporary folder
  }

  @Test
  void anExceptionWithoutAMessageIsNamedByItsClass(@TempDir Path tmp) throws IOException {
    Run r = run(List.of(failing(new IllegalStateException())), args(tmp.resolve("r")));
    assertThat(r.status()).isEqualTo(NationalReportJob.INPUT_ERROR);
    assertThat(r.problems()).containsExactly("error: IllegalStateException");
    assertThat(names(tmp)).isEmpty();
  }

  @Test
  void aUsageErrorFromASectionIsStatus2(@TempDir Path tmp) throws IOException {
    Run r =
        run(List.of(failing(new UsageException("--out: cannot write"))), args(tmp.resolve("r")));
    assertThat(r.status()).isEqualTo(NationalReportJob.USAGE_ERROR);
    assertThat(r.problems()).containsExactly("error: --out: cannot write");
    assertThat(names(tmp)).isEmpty();
  }

  @Test
  void runningOutOfMemoryOrStackIsStatus3WithAdvice(@TempDir Path tmp) throws IOException {
    Run oom =
        run(List.of(failing(new OutOfMemoryError("Java heap space"))), args(tmp.resolve("r")));
    assertThat(oom.status()).isEqualTo(NationalReportJob.OUT_OF_RESOURCES);
    assertThat(oom.problems())
        .singleElement()
        .asString()
        .startsWith("error: out of memory (the JVM's heap is ")
        .contains("-Xmx", "--synthetic")
        .doesNotContain("OutOfMemoryError", "Java heap space");
    Run deep = run(List.of(failing(new StackOverflowError())), args(tmp.resolve("r")));
    assertThat(deep.status()).isEqualTo(NationalReportJob.OUT_OF_RESOURCES);
    assertThat(deep.problems())
        .containsExactly(
            "error: out of stack: an input is nested too deeply (give the JVM more with -Xss)");
    assertThat(names(tmp)).isEmpty();
  }

  @Test
  void aLinkageErrorIsStatus1NotACrash(@TempDir Path tmp) throws IOException {
    Run r =
        run(
            List.of(failing(new NoClassDefFoundError("org/knowm/xchart/Chart"))),
            args(tmp.resolve("r")));
    assertThat(r.status()).isEqualTo(NationalReportJob.INPUT_ERROR);
    assertThat(r.problems()).containsExactly("error: org/knowm/xchart/Chart");
    assertThat(names(tmp)).isEmpty();
  }

  @Test
  void anInputErrorIsReportedBeforeAnySectionRuns(@TempDir Path tmp) throws IOException {
    Path pop =
        Files.writeString(
            tmp.resolve("pop.csv"), "unit_code,year,population,source\nLA99,2020,5,x\n");
    List<String> ran = new ArrayList<>();
    Run r =
        run(List.of(section("one", ran)), args(tmp.resolve("r"), "--population", pop.toString()));
    assertThat(r.status()).isEqualTo(NationalReportJob.INPUT_ERROR);
    assertThat(r.problems()).singleElement().asString().startsWith("error: --population: ");
    assertThat(ran).isEmpty();
    assertThat(names(tmp)).containsExactly("pop.csv");
  }
}
