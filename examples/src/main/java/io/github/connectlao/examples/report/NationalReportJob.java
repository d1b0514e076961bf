package io.github.connectlao.examples.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the national report: parses the options, runs every section in order, writes the output
 * folder, and turns any failure into one line on standard error and a non-zero exit status.
 */
public final class NationalReportJob {

  /** The sections, in the order they appear. */
  public static final List<ReportSection> SECTIONS = List.of(
      new GazetteerSection(),
      new StateBodiesSection(),
      new CooperationSection(),
      new SamSangSection(),
      new BirthRegistrationSection());

  private NationalReportJob() {}

  /**
   * Runs the report.
   *
   * @param args the command-line options (see {@link ReportOptions})
   * @param out the terminal
   * @param err where errors and progress go
   * @return the exit status: 0 on success, 2 for a bad option, 1 for any other failure
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    ReportOptions options;
    try {
      options = ReportOptions.parse(args);
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    if (options.help()) {
      out.print(ReportOptions.HELP);
      return 0;
    }
    try (Progress progress = new Progress(err)) {
      ReportContext ctx = new ReportContext(options, progress);
      ReportOutput report = new ReportOutput(options.out(), out, options.lang(), options.charts());
      report.title(options.lang().pick("connect-lao national report", "ລາຍງານລະດັບຊາດ")
          + " — " + options.date());
      for (ReportSection section : SECTIONS) {
        report.heading(section.title(options.lang()));
        section.write(ctx, report);
      }
      List<Path> files = report.finish();
      out.println();
      out.println("Wrote " + files.size() + " files to " + options.out().toAbsolutePath().normalize()
          + " (report.md, CSV, JSON" + (options.charts() ? ", PNG charts" : "") + ")"
          + (Charts.laoAvailable() ? "" : "; Lao font unavailable, charts use English labels"));
      return 0;
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      return 2;
    } catch (Exception e) {
      String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      err.println("error: " + msg.lines().findFirst().orElse(msg));
      return 1;
    }
  }
}
