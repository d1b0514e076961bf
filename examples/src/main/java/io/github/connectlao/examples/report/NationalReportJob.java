package io.github.connectlao.examples.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runs the national report: parses the options, reads and validates every input, runs every
 * section in order into a temporary folder, moves it into place, and turns any failure into one
 * line on standard error and the exit status the user guide states.
 */
public final class NationalReportJob {

  /** Exit status of a successful run (or {@code --help}). */
  public static final int OK = 0;

  /** Exit status when an input file's content cannot be used, or the report cannot be written. */
  public static final int INPUT_ERROR = 1;

  /** Exit status of a bad option, a bad value or a missing file. */
  public static final int USAGE_ERROR = 2;

  /** Exit status when the JVM runs out of memory or stack. */
  public static final int OUT_OF_RESOURCES = 3;

  /** The sections, in the order they appear. */
  public static final List<ReportSection> SECTIONS =
      List.of(
          new NationalSeriesSection(),
          new MapsSection(),
          new BirthRegistrationSection(),
          new SamSangSection(),
          new GazetteerSection(),
          new StateBodiesSection(),
          new CooperationSection());

  private NationalReportJob() {}

  /**
   * Runs the report.
   *
   * @param args the command-line options (see {@link ReportOptions})
   * @param out the terminal
   * @param err where errors and progress go
   * @return the exit status: {@link #OK}, {@link #INPUT_ERROR}, {@link #USAGE_ERROR} or
   *     {@link #OUT_OF_RESOURCES}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, SECTIONS);
  }

  /**
   * Runs the report with other sections (for tests and variants of the report).
   *
   * @param args the command-line options (see {@link ReportOptions})
   * @param out the terminal
   * @param err where errors and progress go
   * @param sections the sections, in order
   * @return the exit status, as {@link #run(String[], PrintStream, PrintStream)}
   */
  public static int run(
      String[] args, PrintStream out, PrintStream err, List<ReportSection> sections) {
    ReportOutput report = null;
    try {
      ReportOptions options = ReportOptions.parse(args);
      if (options.help()) {
        out.print(ReportOptions.HELP);
        return OK;
      }
      try (Progress progress = new Progress(err)) {
        // every input is read and validated before anything is written
        ReportContext ctx = new ReportContext(options, progress);
        report =
            new ReportOutput(options.out(), out, options.lang(), options.charts(), options.bom());
        Lang lang = options.lang();
        report.title(
            lang.pick("connect-lao national report", "ລາຍງານລະດັບຊາດ connect-lao")
                + " — "
                + options.date());
        for (ReportSection section : sections) {
          report.heading(section.title(lang));
          section.write(ctx, report);
        }
        List<Path> files = report.finish();
        out.println();
        out.println(
            lang.pick("Wrote " + files.size() + " files to ", "ຂຽນ " + files.size() + " ໄຟລ໌ ໃສ່ ")
                + report.target()
                + (Charts.laoAvailable()
                    ? ""
                    : lang.pick(
                        "; Lao font unavailable, charts use English labels", "; ບໍ່ມີຟອນລາວ")));
        return OK;
      }
    } catch (UsageException e) {
      return fail(
          err, report, Objects.requireNonNullElse(e.getMessage(), "bad usage"), USAGE_ERROR);
    } catch (OutOfMemoryError e) {
      return fail(
          err,
          report,
          "out of memory (the JVM's heap is "
              + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MB): give it more with -Xmx, e.g. java -Xmx2g -jar connect-lao-report.jar, or use a smaller --synthetic",
          OUT_OF_RESOURCES);
    } catch (StackOverflowError e) {
      return fail(
          err,
          report,
          "out of stack: an input is nested too deeply (give the JVM more with -Xss)",
          OUT_OF_RESOURCES);
    } catch (Exception | LinkageError | InternalError e) {
      String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return fail(err, report, msg.lines().findFirst().orElse(msg), INPUT_ERROR);
    }
  }

  private static int fail(
      PrintStream err, @Nullable ReportOutput report, String message, int status) {
    if (report != null) {
      report.abort();
    }
    err.println("error: " + message);
    return status;
  }
}
