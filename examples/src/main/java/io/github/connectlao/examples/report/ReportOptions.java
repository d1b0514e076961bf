package io.github.connectlao.examples.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The options of the national report, parsed from the command line.
 *
 * <pre>
 * --out DIR             output folder (default report-output)
 * --lang lo|en|both     names in Lao, English or both side by side (default both)
 * --date YYYY-MM-DD     reference date (default 2025-12-31, the end of the 9th NSEDP)
 * --registrations FILE  a CSV of birth registrations instead of the synthetic dataset
 * --population FILE     a CSV population table instead of the embedded one
 * --no-charts           skip the PNG charts
 * --help                print this help
 * </pre>
 *
 * @param out the output folder
 * @param lang the language of names
 * @param date the reference date
 * @param registrations a registration file, or empty for the synthetic dataset
 * @param population a population table, or empty for the embedded one
 * @param charts whether to draw charts
 * @param help whether only the help was asked for
 */
public record ReportOptions(Path out, Lang lang, LocalDate date, Optional<Path> registrations,
    Optional<Path> population, boolean charts, boolean help) {

  /** The default reference date: the last day of the 9th NSEDP (2021–2025). */
  public static final LocalDate DEFAULT_DATE = LocalDate.of(2025, 12, 31);

  /** The help text. */
  public static final String HELP = """
      Usage: mvn -B -ntp -q -pl examples exec:java -Dexec.args="[options]"
        --out DIR             output folder (default report-output)
        --lang lo|en|both     names in Lao, English or both side by side (default both)
        --date YYYY-MM-DD     reference date (default 2025-12-31, the end of the 9th NSEDP)
        --registrations FILE  a CSV of birth registrations instead of the synthetic dataset
        --population FILE     a CSV population table instead of the embedded one
        --no-charts           skip the PNG charts
        --help                print this help
      """;

  /** @return the defaults: {@code report-output}, both languages, 2025-12-31, embedded data */
  public static ReportOptions defaults() {
    return new ReportOptions(Path.of("report-output"), Lang.BOTH, DEFAULT_DATE, Optional.empty(),
        Optional.empty(), true, false);
  }

  /**
   * Parses the command line.
   *
   * @param args the arguments
   * @return the options
   * @throws UsageException naming the bad option or value in one line
   */
  public static ReportOptions parse(String... args) {
    ReportOptions o = defaults();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.isBlank()) {
        continue;
      }
      String name = a;
      String inline = null;
      if (a.startsWith("--") && a.contains("=")) {
        name = a.substring(0, a.indexOf('='));
        inline = a.substring(a.indexOf('=') + 1);
      }
      switch (name) {
        case "--help", "-h" -> o = o.with(o.out, o.lang, o.date, o.registrations, o.population, o.charts, true);
        case "--no-charts" -> o = o.with(o.out, o.lang, o.date, o.registrations, o.population, false, o.help);
        case "--out", "--lang", "--date", "--registrations", "--population" -> {
          String v = inline;
          if (v == null) {
            if (i + 1 >= args.length) {
              throw new UsageException(name + " needs a value (try --help)");
            }
            v = args[++i];
          }
          o = o.set(name, v);
        }
        default -> throw new UsageException("unknown option '" + a + "' (try --help)");
      }
    }
    return o;
  }

  private ReportOptions set(String name, String v) {
    return switch (name) {
      case "--out" -> with(Path.of(v), lang, date, registrations, population, charts, help);
      case "--lang" -> with(out, Lang.parse(v), date, registrations, population, charts, help);
      case "--date" -> with(out, lang, parseDate(v), registrations, population, charts, help);
      case "--registrations" -> with(out, lang, date, Optional.of(readable(v, name)), population, charts, help);
      default -> with(out, lang, date, registrations, Optional.of(readable(v, name)), charts, help);
    };
  }

  private ReportOptions with(Path out, Lang lang, LocalDate date, Optional<Path> registrations,
      Optional<Path> population, boolean charts, boolean help) {
    return new ReportOptions(out, lang, date, registrations, population, charts, help);
  }

  private static LocalDate parseDate(String v) {
    try {
      return LocalDate.parse(v.strip());
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
