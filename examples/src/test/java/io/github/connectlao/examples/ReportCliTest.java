package io.github.connectlao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.examples.report.Lang;
import io.github.connectlao.examples.report.NationalReportJob;
import io.github.connectlao.examples.report.ReportOptions;
import io.github.connectlao.examples.report.ReportSection;
import io.github.connectlao.examples.report.Table;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: help, every exit status, all-or-nothing output, resource exhaustion. */
class ReportCliTest {

  /** A run's exit status, standard output and standard error. */
  record Run(int status, String out, String err) {
    /** @return the lines of standard error that are not progress lines (which depend on timing) */
    List<String> errorLines() {
      return err.lines().filter(l -> l.startsWith("error: ") || l.startsWith("warning: ")).toList();
    }
  }

  static Run run(String... args) {
    return run(NationalReportJob.SECTIONS, args);
  }

  static Run run(List<ReportSection> sections, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        NationalReportJob.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            sections);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpListsEveryOptionWithItsDefault() {
    Run r = run("--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo(ReportOptions.HELP);
    for (String option :
        List.of(
            "--out",
            "--lang",
            "--date",
            "--registrations",
            "--population",
            "--synthetic",
            "--no-charts",
            "--bom",
            "--help")) {
      assertThat(r.out()).contains(option);
    }
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains(
            "Default: report-output",
            "Default: both",
            "Default: 2025-12-31",
            "Default: 3200000",
            "Default: none (synthetic)",
            "Default: none (embedded data only)",
            "Default: charts and maps on",
            "Default: no BOM");
    ReportOptions d = ReportOptions.defaults();
    assertThat(d.out()).isEqualTo(Path.of("report-output"));
    assertThat(d.lang()).isEqualTo(Lang.BOTH);
    assertThat(d.date()).isEqualTo(ReportOptions.DEFAULT_DATE).hasToString("2025-12-31");
    assertThat(d.syntheticBirths())
        .isEqualTo(ReportOptions.DEFAULT_SYNTHETIC_BIRTHS)
        .isEqualTo(3_200_000);
    assertThat(d.charts()).isTrue();
    assertThat(d.bom()).isFalse();
  }

  @Test
  void optionsTakeTheirValueAfterASpaceOrAnEqualsSign() {
    ReportOptions o =
        ReportOptions.parse(
            "--out=x",
            "--lang",
            "lo",
            "--date=2024-06-30",
            "--synthetic",
            "1_000",
            "--no-charts",
            "--bom");
    assertThat(o.out()).isEqualTo(Path.of("x"));
    assertThat(o.lang()).isEqualTo(Lang.LO);
    assertThat(o.date()).hasToString("2024-06-30");
    assertThat(o.syntheticBirths()).isEqualTo(1000);
    assertThat(o.charts()).isFalse();
    assertThat(o.bom()).isTrue();
  }

  @Test
  void everyBadOptionIsOneLineAndStatus2(@TempDir Path tmp) throws IOException {
    Path aFile = Files.writeString(tmp.resolve("a-file"), "x");
    Map<String, String[]> cases = new TreeMap<>();
    cases.put("unknown option '--colour'", new String[] {"--colour", "red"});
    cases.put("--out needs a value", new String[] {"--out"});
    cases.put(
        "--date must be a date like 2025-12-31, not '31/12/2025'",
        new String[] {"--date", "31/12/2025"});
    cases.put("--lang must be lo, en or both, not 'fr'", new String[] {"--lang", "fr"});
    cases.put(
        "--synthetic must be a whole number from 0 to 50000000",
        new String[] {"--synthetic", "-1"});
    cases.put(
        "--registrations: cannot read file 'no-such-file.csv'",
        new String[] {"--registrations", "no-such-file.csv"});
    cases.put(
        "--population: cannot read file 'no-such-file.csv'",
        new String[] {"--population", "no-such-file.csv"});
    cases.put(
        "is a file, not a folder",
        new String[] {"--out", aFile.toString(), "--synthetic", "0", "--no-charts"});
    cases.forEach(
        (message, args) -> {
          Run r = run(args);
          assertThat(r.status()).as(message).isEqualTo(NationalReportJob.USAGE_ERROR).isEqualTo(2);
          assertThat(r.errorLines())
              .as(message)
              .hasSize(1)
              .first()
              .asString()
              .startsWith("error: ")
              .contains(message);
          assertThat(r.err()).doesNotContain("Exception", "\tat ");
        });
  }

  @Test
  void aFileWhoseContentCannotBeUsedIsStatus1(@TempDir Path tmp) throws IOException {
    Path notes = Files.writeString(tmp.resolve("notes.txt"), "just some notes\nnot a table\n");
    Path pop =
        Files.writeString(
            tmp.resolve("pop.csv"), "unit_code,year,population,source\nLA99,2020,5,x\n");
    for (String[] args :
        List.of(
            new String[] {"--registrations", notes.toString()},
            new String[] {"--population", pop.toString()})) {
      Run r = run(concat(args, "--out", tmp.resolve("r").toString(), "--no-charts"));
      assertThat(r.status()).as(r.err()).isEqualTo(NationalReportJob.INPUT_ERROR).isEqualTo(1);
      assertThat(r.errorLines())
          .hasSize(1)
          .first()
          .asString()
          .startsWith("error: " + args[0] + ": ");
      assertThat(tmp.resolve("r")).doesNotExist();
    }
  }

  @Test
  void aFailedRunLeavesTheOldReportByteIdenticalAndNoTemporaryFolder(@TempDir Path tmp)
      throws IOException {
    Path out = tmp.resolve("report");
    Files.createDirectories(out.resolve("sub"));
    Files.writeString(out.resolve("report.md"), "# the old report\n");
    Files.write(out.resolve("sub").resolve("data.bin"), new byte[] {0, 1, 2, (byte) 0xFF});
    Map<String, String> before = snapshot(out);
    ReportSection writesThenFails =
        new ReportSection() {
          @Override
          public String title(Lang lang) {
            return "a section that fails half way";
          }

          @Override
          public void write(
              io.github.connectlao.examples.report.ReportContext ctx,
              io.github.connectlao.examples.report.ReportOutput o)
              throws Exception {
            o.table(Table.builder("written-before-the-failure", "t", "a").row(1).build());
            throw new IOException("disk full (simulated)");
          }
        };
    Run r = run(List.of(writesThenFails), "--out", out.toString(), "--no-charts");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.errorLines()).containsExactly("error: disk full (simulated)");
    assertThat(snapshot(out)).isEqualTo(before);
    try (Stream<Path> beside = Files.list(tmp)) {
      assertThat(beside.map(p -> p.getFileName().toString()).toList()).containsExactly("report");
    }
  }

  @Test
  void aSuccessfulRunReplacesTheOldFolderAsAWhole(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("report");
    Files.createDirectories(out);
    Files.writeString(out.resolve("stale-from-an-old-run.csv"), "x\n");
    ReportSection one =
        new ReportSection() {
          @Override
          public String title(Lang lang) {
            return "one table";
          }

          @Override
          public void write(
              io.github.connectlao.examples.report.ReportContext ctx,
              io.github.connectlao.examples.report.ReportOutput o)
              throws Exception {
            o.table(Table.builder("t", "t", "a").row(1).build());
          }
        };
    Run r = run(List.of(one), "--out", out.toString(), "--no-charts");
    assertThat(r.status()).as(r.err()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("report.md", "t.csv", "t.json");
    }
    try (Stream<Path> beside = Files.list(tmp)) {
      assertThat(beside.count()).isEqualTo(1);
    }
  }

  @Test
  void runningOutOfMemoryIsOneLineAndStatus3(@TempDir Path tmp) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx48m",
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                NationalReport.class.getName(),
                "--synthetic",
                "50000000",
                "--no-charts",
                "--out",
                tmp.resolve("r").toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(err).isEqualTo(NationalReportJob.OUT_OF_RESOURCES).isEqualTo(3);
    assertThat(err.lines().filter(l -> l.startsWith("error: ")).toList())
        .hasSize(1)
        .first()
        .asString()
        .startsWith("error: out of memory");
    assertThat(err).doesNotContain("Exception", "\tat ", "OutOfMemoryError");
    assertThat(tmp.resolve("r")).doesNotExist();
  }

  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(
            dir.relativize(p).toString().replace(File.separatorChar, '/'),
            java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
      }
    }
    return files;
  }

  private static String[] concat(String[] a, String... b) {
    List<String> all = new ArrayList<>(List.of(a));
    all.addAll(List.of(b));
    return all.toArray(String[]::new);
  }
}
