package io.github.connectlao.examples.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The options of the national report, parsed from the command line with picocli. {@code --help}
 * lists every option with its default; {@link #HELP} is that text.
 *
 * @param out the output folder
 * @param lang the language of names, labels and prose
 * @param date the reference date
 * @param registrations a registration file, or empty for the synthetic dataset
 * @param population a population table that supplements the embedded one, or empty
 * @param syntheticBirths how many synthetic births to generate when no registration file is given
 * @param charts whether to draw charts and maps
 * @param bom whether CSV files start with a UTF-8 byte order mark (for spreadsheet programs)
 * @param help whether only the help was asked for
 */
public record ReportOptions(
    Path out,
    Lang lang,
    LocalDate date,
    Optional<Path> registrations,
    Optional<Path> population,
    int syntheticBirths,
    boolean charts,
    boolean bom,
    Optional<Path> dhis2Mapping,
    Optional<Path> dhis2OrgUnits,
    boolean openSdg,
    boolean help) {

  /** The default reference date: the last day of the 9th NSEDP (2021–2025). */
  public static final LocalDate DEFAULT_DATE = LocalDate.of(2025, 12, 31);

  /**
   * The default size of the synthetic dataset: about twenty years (2006–2025) of births at the 2015
   * level (6.49 million × 24.3 / 1000 ≈ 158,000 a year), so that completeness comes out near the
   * generator's registered share rather than being an artefact of the sample size.
   */
  public static final int DEFAULT_SYNTHETIC_BIRTHS = 3_200_000;

  /** The largest {@code --synthetic} accepted. */
  public static final int MAX_SYNTHETIC_BIRTHS = 50_000_000;

  /** The help text, as {@code --help} prints it. */
  public static final String HELP = helpText();

  /** @return the defaults: {@code report-output}, both languages, 2025-12-31, embedded data */
  public static ReportOptions defaults() {
    return parse();
  }

  /**
   * Parses the command line. Options may be given as {@code --out DIR} or {@code --out=DIR}.
   *
   * @param args the arguments
   * @return the options
   * @throws UsageException naming the bad option or value in one line
   */
  public static ReportOptions parse(String... args) {
    Cli cli = new Cli();
    CommandLine cl = command(cli);
    try {
      cl.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw new UsageException(oneLine(e));
    }
    return cli.toOptions();
  }

  private static String oneLine(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      return "unknown option '" + u.getUnmatched().get(0) + "' (try --help)";
    }
    if (e.getCause() instanceof UsageException u) {
      return Objects.requireNonNullElse(u.getMessage(), "bad option");
    }
    String msg =
        e.getMessage() == null
            ? "bad option"
            : e.getMessage().lines().findFirst().orElse("bad option");
    if (msg.startsWith("Missing required parameter for option ")) {
      String name = msg.replaceAll(".*option '([^']+)'.*", "$1");
      return name + " needs a value (try --help)";
    }
    return msg + " (try --help)";
  }

  private static CommandLine command(Cli cli) {
    CommandLine cl = new CommandLine(cli);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(Lang.class, Lang::parse);
    cl.setOverwrittenOptionsAllowed(true);
    return cl;
  }

  private static String helpText() {
    StringWriter w = new StringWriter();
    CommandLine cl = command(new Cli());
    cl.setUsageHelpWidth(100);
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cl.usage(new PrintWriter(w));
    return w.toString().replace("\r\n", "\n");
  }

  /** The picocli command: one field per option, each with its default shown in the help. */
  @Command(
      name = "connect-lao-report",
      sortOptions = false,
      usageHelpAutoWidth = false,
      description = {
        "The connect-lao national report: real national birth-registration series, maps, the Sam Sang",
        "targets, the administration and the MoHA–MoH cooperation, and a labelled synthetic illustration.",
        "Run: java -jar examples/target/connect-lao-report.jar [options]",
        "  or: mvn -B -ntp -q -pl examples exec:java -Dexec.args=\"[options]\""
      },
      footer = {
        "",
        "Exit status: 0 success (or --help); 1 an input file whose content cannot be used, or a failure",
        "while writing; 2 a bad option, a bad value or a missing file; 3 not enough memory or stack",
        "(give the JVM more with -Xmx, or a smaller --synthetic). Nothing is written unless the whole report",
        "succeeds: an existing report folder is replaced only at the end."
      })
  static final class Cli {
    @Option(
        names = "--out",
        paramLabel = "DIR",
        defaultValue = "report-output",
        description =
            "output folder (replaced as a whole at the end of a successful run). Default: ${DEFAULT-VALUE}")
    String out;

    @Option(
        names = "--lang",
        paramLabel = "lo|en|both",
        defaultValue = "both",
        description =
            "language of names, labels, notes and prose: Lao, English, or both side by side. Default: ${DEFAULT-VALUE}")
    String lang;

    @Option(
        names = "--date",
        paramLabel = "YYYY-MM-DD",
        defaultValue = "2025-12-31",
        description =
            "reference date: ages, coverage, the period of the targets. Default: ${DEFAULT-VALUE} (end of the 9th NSEDP)")
    String date;

    @Option(
        names = "--registrations",
        paramLabel = "FILE",
        description =
            "a CSV of birth registrations, used instead of the synthetic dataset. Default: none (synthetic)")
    @Nullable String registrations;

    @Option(
        names = "--population",
        paramLabel = "FILE",
        description =
            "a CSV population table that supplements the embedded one (its rows win for the same unit, year, "
                + "sex and age group). Default: none (embedded data only)")
    @Nullable String population;

    @Option(
        names = "--synthetic",
        paramLabel = "N",
        defaultValue = "3200000",
        description =
            "size of the synthetic dataset when no --registrations file is given (0 to "
                + MAX_SYNTHETIC_BIRTHS
                + "). Default: ${DEFAULT-VALUE} (about 20 years of births at the 2015 level)")
    String synthetic;

    @Option(
        names = "--no-charts",
        description = "skip the PNG charts and maps. Default: charts and maps on")
    boolean noCharts;

    @Option(
        names = "--dhis2-mapping",
        paramLabel = "FILE",
        description =
            "a mapping from the library's statistics to DHIS2 data elements and category option combos "
                + "(docs/interop.md); with --dhis2-org-units, the birth-registration tables are also written as a DHIS2 "
                + "dataValueSets file. Default: none")
    @Nullable String dhis2Mapping;

    @Option(
        names = "--dhis2-org-units",
        paramLabel = "FILE",
        description =
            "the DHIS2 UID of each unit (columns unit, parent, scheme, external_id; scheme DHIS2_UID). "
                + "Default: none")
    @Nullable String dhis2OrgUnits;

    @Option(
        names = "--open-sdg",
        description =
            "also write SDG 16.9.1 (coverage of children under 5, where the "
                + "population gives a value and the count is published) as an Open SDG data file, indicator_16-9-1.csv. "
                + "Default: not written")
    boolean openSdg;

    @Option(
        names = "--bom",
        description =
            "start every CSV file with a UTF-8 byte order mark, so that spreadsheet "
                + "programs read the Lao text correctly. Default: no BOM")
    boolean bom;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "print this help and exit")
    boolean help;

    ReportOptions toOptions() {
      if ((dhis2Mapping == null) != (dhis2OrgUnits == null)) {
        throw new UsageException(
            "--dhis2-mapping and --dhis2-org-units go together: give both or neither");
      }
      return new ReportOptions(
          Path.of(out),
          Lang.parse(lang),
          parseDate(date),
          Optional.ofNullable(registrations).map(v -> readable(v, "--registrations")),
          Optional.ofNullable(population).map(v -> readable(v, "--population")),
          parseCount(synthetic),
          !noCharts,
          bom,
          Optional.ofNullable(dhis2Mapping).map(v -> readable(v, "--dhis2-mapping")),
          Optional.ofNullable(dhis2OrgUnits).map(v -> readable(v, "--dhis2-org-units")),
          openSdg,
          help);
    }
  }

  private static int parseCount(String v) {
    try {
      int n = Integer.parseInt(v.strip().replace("_", ""));
      if (n >= 0 && n <= MAX_SYNTHETIC_BIRTHS) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(
        "--synthetic must be a whole number from 0 to "
            + MAX_SYNTHETIC_BIRTHS
            + ", not '"
            + v
            + "'");
  }

  private static LocalDate parseDate(String v) {
    try {
      LocalDate d = LocalDate.parse(v.strip());
      if (d.getYear() < 1900 || d.getYear() > 2200) {
        throw new UsageException("--date must be a year from 1900 to 2200, not '" + v + "'");
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new UsageException("--date must be a date like 2025-12-31, not '" + v + "'");
    }
  }

  private static Path readable(String v, String option) {
    Path p = Path.of(v);
    if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
      throw new UsageException(option + ": cannot read file '" + v + "'");
    }
    return p;
  }
}
