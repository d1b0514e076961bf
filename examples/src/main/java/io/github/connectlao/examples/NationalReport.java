package io.github.connectlao.examples;

import io.github.connectlao.examples.report.NationalReportJob;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The main job: a national report from the embedded default data.
 *
 * <p>Run it with the README's first command, or with options:
 *
 * <pre>
 * mvn -B -ntp -q -pl examples exec:java -Dexec.args="--out target/report --lang lo --date 2024-06-30"
 * </pre>
 *
 * <p>It prints a summary (gazetteer, state bodies, cooperation, Sam Sang targets, birth
 * registration) and writes {@code report.md}, CSV and JSON tables and PNG charts to the output
 * folder ({@code report-output/} by default). See {@link
 * io.github.connectlao.examples.report.ReportOptions} for every option.
 */
public final class NationalReport {
  private NationalReport() {}

  /**
   * Runs the report; exits with a non-zero status (and a one-line message) on a bad option or file.
   *
   * @param args options, see {@code --help}
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = NationalReportJob.run(args, out, err);
    if (status != 0) {
      System.exit(status);
    }
  }
}
