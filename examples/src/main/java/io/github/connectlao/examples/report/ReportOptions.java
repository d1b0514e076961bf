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
 * --synthetic N         size of the synthetic dataset (default 3200000, about 20 years of births)
 * --no-charts           skip the PNG charts
 * --help                print this help
 * </pre>
 *
 * @param out the output folder
 * @param lang the language of names
 * @param date the reference date
 * @param registrations a registration file, or empty for the synthetic dataset
 * @param population a population table, or empty for the embedded one
 * @param syntheticBirths how many synthetic births to generate when no registration file is given
 * @param charts whether to draw charts
 * @param help whether only the help was asked for
 */
public record ReportOptions(Path out, Lang lang, LocalDate date, Optional<Path> registrations,
    Optional<Path> population, int syntheticBirths, boolean charts, boolean help) {

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

  /**
   * The default size of the synthetic dataset: about twenty years (2006–2025) of births at the 2015
   * level (6.49 million × 24.3 / 1000 ≈ 158,000 a year), so that completeness comes out near the
   * generator's registered share rather than being an artefact of the sample size.
   */
  public static final int DEFAULT_SYNTHETIC_BIRTHS = 3_200_000;

  /** @return the defaults: {@code report-output}, both languages, 2025-12-31, embedded data */
  public static ReportOptions defaults() {
    return new ReportOptions(Path.of("report-output"), Lang.BOTH, DEFAULT_DATE, Optional.empty(),
        Optional.empty(), DEFAULT_SYNTHETIC_BIRTHS, true, false);
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
        case "--help", "-h" -> o = new ReportOptions(o.out, o.lang, o.date, o.registrations, o.population,
            o.syntheticBirths, o.charts, true);
        case "--no-charts" -> o = new ReportOptions(o.out, o.lang, o.date, o.registrations, o.population,
            o.syntheticBirths, false, o.help);
        case "--out", "--lang", "--date", "--registrations", "--population", "--synthetic" -> {
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
    Path o = out;
    Lang l = lang;
    LocalDate d = date;
    Optional<Path> r = registrations;
    Optional<Path> p = population;
    int n = syntheticBirths;
    switch (name) {
      case "--out" -> o = Path.of(v);
      case "--lang" -> l = Lang.parse(v);
      case "--date" -> d = parseDate(v);
      case "--registrations" -> r = Optional.of(readable(v, name));
      case "--population" -> p = Optional.of(readable(v, name));
      default -> n = parseCount(v);
    }
    return new ReportOptions(o, l, d, r, p, n, charts, help);
  }

  private static int parseCount(String v) {
    try {
      int n = Integer.parseInt(v.strip().replace("_", ""));
      if (n >= 0 && n <= 50_000_000) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--synthetic must be a whole number from 0 to 50000000, not '" + v + "'");
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
