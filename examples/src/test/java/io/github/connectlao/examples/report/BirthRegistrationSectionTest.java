package io.github.connectlao.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.DateRange;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.crvs.SyntheticRegistrations;
import io.github.connectlao.crvs.TimelinessCounts;
import io.github.connectlao.disclosure.ProtectedRelease;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The birth-registration section: on the synthetic dataset (its published figures recomputed here
 * from the registrations by counting days, independently of the library's counting engine), on
 * data of any year, on no data, and cut at {@code --date}; the choice of the focus year, the
 * window, the release of a year's births.
 */
class BirthRegistrationSectionTest {
  private static final int BIRTHS = 20_000;
  private static final LocalDate DATE = LocalDate.of(2025, 12, 31);
  private static final Gazetteer LAO = Gazetteer.laoPdr();

  @TempDir static Path shared;
  static Path synthetic;

  /** Births of 2021 counted by hand: unit code (nation and provinces) → current, late, delayed, not registered. */
  static Map<String, long[]> byHand;

  @BeforeAll
  static void runOnTheSyntheticDataset() throws Exception {
    synthetic = shared.resolve("r");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream terminal = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (Progress progress = new Progress(terminal)) {
      ReportContext ctx =
          new ReportContext(
              ReportOptions.parse(
                  "--synthetic", String.valueOf(BIRTHS), "--no-charts", "--lang", "en"),
              progress);
      ReportOutput out = new ReportOutput(synthetic, terminal, Lang.EN, false);
      new BirthRegistrationSection().write(ctx, out);
      out.finish();
    }
    byHand = new HashMap<>();
    try (Stream<BirthRegistration> all =
        SyntheticRegistrations.generate(LAO, BIRTHS, BirthRegistrationSection.SEED)) {
      all.filter(b -> b.dateOfBirth().getYear() == 2021)
          .forEach(
              b -> {
                int cls;
                if (b.registrationDate().isEmpty() || b.registrationDate().get().isAfter(DATE)) {
                  cls = 3;
                } else {
                  long days = ChronoUnit.DAYS.between(b.dateOfBirth(), b.registrationDate().get());
                  cls = days <= 30 ? 0 : days <= 365 ? 1 : 2;
                }
                AdminUnit place = LAO.unit(b.placeOfBirthCode());
                String province = LAO.ancestorAt(place, AdminLevel.PROVINCE).orElseThrow().code();
                byHand.computeIfAbsent("LA", k -> new long[4])[cls]++;
                byHand.computeIfAbsent(province, k -> new long[4])[cls]++;
              });
    }
  }

  private static String pct(long part, long all) {
    return String.format(Locale.ROOT, "%.1f", Math.round(1000.0 * part / all) / 10.0);
  }

  @Test
  void titleIsInTheLanguage() {
    BirthRegistrationSection s = new BirthRegistrationSection();
    assertThat(s.title(Lang.EN)).isEqualTo("Birth registration");
    assertThat(s.title(Lang.LO)).isEqualTo("ການຈົດທະບຽນການເກີດ");
  }

  @Test
  void theNationalTimelinessOfTheFocusYearIsTheHandCount() throws Exception {
    long[] n = byHand.get("LA");
    long births = n[0] + n[1] + n[2] + n[3];
    assertThat(births).isPositive();
    assertThat(Files.readAllLines(synthetic.resolve("birth-timeliness.csv")))
        .contains(
            "SYNTHETIC,LA,Lao PDR,ສປປ ລາວ,"
                + births
                + ","
                + pct(n[0], births)
                + ","
                + pct(n[1], births)
                + ","
                + pct(n[2], births)
                + ","
                + pct(n[3], births));
  }

  @Test
  void everyPublishedProvinceFigureIsTheHandCountAndTheRestIsEmpty() throws Exception {
    List<String> lines = Files.readAllLines(synthetic.resolve("birth-timeliness.csv"));
    assertThat(lines)
        .hasSize(1 + 1 + 18)
        .allMatch(l -> l.startsWith("SYNTHETIC,") || l.startsWith("data,"));
    int published = 0;
    int hidden = 0;
    for (String line : lines.subList(2, lines.size())) {
      String[] f = line.split(",", -1);
      long[] n = byHand.getOrDefault(f[1], new long[4]);
      long births = n[0] + n[1] + n[2] + n[3];
      if (f[4].isEmpty()) {
        hidden++;
      } else {
        published++;
        assertThat(Long.parseLong(f[4])).as(f[1]).isEqualTo(births);
      }
      for (int c = 0; c < 4; c++) {
        if (!f[5 + c].isEmpty()) {
          assertThat(f[5 + c]).as(f[1] + " class " + c).isEqualTo(pct(n[c], births));
          // a share is published only when its count is not a small one
          assertThat(n[c] == 0 || n[c] >= 5).as(f[1] + " class " + c).isTrue();
        }
      }
    }
    assertThat(published).isPositive();
    assertThat(hidden).isPositive(); // the small dataset exercises suppression
  }

  @Test
  void completenessByYearUsesOnlyTheYearsWithAPopulationAndARate() throws Exception {
    long[] n = byHand.get("LA");
    long births = n[0] + n[1] + n[2] + n[3];
    long registered = n[0] + n[1] + n[2];
    List<String> lines = Files.readAllLines(synthetic.resolve("birth-completeness-by-year.csv"));
    // 21.973 × 7,337,714 / 1000 = 161,232 (World Bank 2021, LSB projection 2021)
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith("SYNTHETIC,2021," + births + "," + registered + ",")
                    && l.contains(",161232,"))
        // 22.449 × 7,231,206 / 1000 = 162,333; 24.445 × 6,492,228 / 1000 = 158,703
        .anyMatch(l -> l.startsWith("SYNTHETIC,2020,") && l.contains(",162333,"))
        .anyMatch(l -> l.startsWith("SYNTHETIC,2015,") && l.contains(",158703,"));
    // a year between two population figures has no value here: never the nearest year's figure
    String y2016 =
        lines.stream().filter(l -> l.startsWith("SYNTHETIC,2016,")).findFirst().orElseThrow();
    assertThat(y2016).contains(",,,,").contains("no population for LA in 2016");
  }

  @Test
  void theFocusYearIsTheLatestWithAPopulationAndARate() {
    PopulationTable t = PopulationTable.laoPdr();
    assertThat(BirthRegistrationSection.focusYear(List.of(2019, 2020, 2021, 2022), t, LAO, DATE))
        .isEqualTo(2021);
    // 2016 and 2017 have a crude birth rate but no population: the latest with both is 2015
    assertThat(BirthRegistrationSection.focusYear(List.of(2015, 2016, 2017), t, LAO, DATE))
        .isEqualTo(2015);
    // none has both: the latest year of births
    assertThat(BirthRegistrationSection.focusYear(List.of(2022, 2023), t, LAO, DATE))
        .isEqualTo(2023);
    // no births: the date's year
    assertThat(BirthRegistrationSection.focusYear(List.of(), t, LAO, LocalDate.of(2024, 3, 1)))
        .isEqualTo(2024);
  }

  @Test
  void theWindowIsTheYearCutAtTheDate() {
    LocalDate date = LocalDate.of(2025, 6, 30);
    assertThat(BirthRegistrationSection.windowOf(2025, date))
        .isEqualTo(DateRange.of(LocalDate.of(2025, 1, 1), date));
    assertThat(BirthRegistrationSection.windowOf(2024, date)).isEqualTo(DateRange.ofYear(2024));
  }

  @Test
  void theRowsAreTheNationThenTheProvinces() {
    List<String> rows = BirthRegistrationSection.rows(LAO);
    assertThat(rows).hasSize(19).startsWith("LA", "LA01", "LA02").endsWith("LA18");
  }

  @Test
  void aYearsSmallRegisteredCountIsSuppressedAndALargeOnePublished() {
    ProtectedRelease small = BirthRegistrationSection.yearRelease(TimelinessCounts.of(1, 1, 1, 50));
    assertThat(small.value("registered")).isEmpty();
    assertThat(small.value("all")).hasValue(53);
    ProtectedRelease large =
        BirthRegistrationSection.yearRelease(TimelinessCounts.of(10, 5, 5, 50));
    assertThat(large.value("registered")).hasValue(20);
    assertThat(large.value("all")).hasValue(70);
    ProtectedRelease none = BirthRegistrationSection.yearRelease(TimelinessCounts.EMPTY);
    assertThat(none.value("registered")).hasValue(0); // a zero is no secret when the total is 0
  }

  @Test
  void theJsonSummaryIsWrittenOnlyWhenNoNationalCountIsSuppressed(@TempDir Path tmp)
      throws Exception {
    assertThat(Files.readString(synthetic.resolve("birth-registration-report.json")))
        .contains("\"births\" : \"2021-01-01/2021-12-31\"");
    Path regs = tmp.resolve("two.csv");
    Files.writeString(
        regs, HEADER + "C1,F,2023-03-02,LA0301,,2023-03-05\n" + "C2,M,2023-05-02,LA0302,,\n");
    Run r = run(tmp, "--registrations", regs.toString(), "--no-charts", "--date", "2024-06-30");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.dir().resolve("birth-registration-report.json")).doesNotExist();
    assertThat(r.file("report.md"))
        .contains(
            "The JSON summary is not written: a national count of births of 2023 is suppressed");
    // two births: every count is below the threshold, so nothing about them is published
    assertThat(r.file("birth-timeliness.csv")).contains("LA,Lao PDR,ສປປ ລາວ,,,,,");
  }

  @Test
  void noNameOrIdentifierFromARegistrationsFileIsInTheReportOrOnTheTerminal(@TempDir Path tmp)
      throws Exception {
    Path regs = tmp.resolve("named.csv");
    Files.writeString(
        regs,
        "id,sex,date_of_birth,place_of_birth,registration_date,child_name\n"
            + fiveTimes(
                ""
                    + "N1,F,2023-03-02,LA0301,2023-03-20,Noy Vongsavanh\n"
                    + "N2,M,2023-05-02,LA0302,,Khamphone Keomany\n"
                    + "N3,M,2023-05-02,LA0302,2023-05-01,Bounmy Sysouphanh\n"));
    Run r = run(tmp, "--registrations", regs.toString(), "--no-charts", "--date", "2024-06-30");
    assertThat(r.status()).as(r.err()).isZero();
    List<String> everything = new ArrayList<>(List.of(r.out(), r.err()));
    try (Stream<Path> files = Files.list(r.dir())) {
      for (Path f : files.toList()) {
        everything.add(Files.readString(f));
      }
    }
    // the refused rows (a registration before the birth) are reported by line, not by child
    assertThat(r.err()).contains("row(s) refused");
    for (String secret :
        List.of(
            "Noy", "Vongsavanh", "Khamphone", "Keomany", "Bounmy", "Sysouphanh", "N1-", "N3-")) {
      assertThat(everything).as(secret).noneMatch(t -> t.contains(secret));
    }
  }

  @Test
  void noIdentifierOfARegistrationIsInAnyFile() throws Exception {
    List<String> ids;
    try (Stream<BirthRegistration> all =
        SyntheticRegistrations.generate(LAO, BIRTHS, BirthRegistrationSection.SEED)) {
      ids = all.limit(200).map(BirthRegistration::id).toList();
    }
    List<String> contents = new ArrayList<>();
    try (Stream<Path> files = Files.list(synthetic)) {
      for (Path f : files.toList()) {
        contents.add(Files.readString(f));
      }
    }
    for (String id : ids) {
      assertThat(contents).noneMatch(c -> c.contains(id));
    }
  }

  static final String HEADER =
      "id,sex,date_of_birth,place_of_birth,birth_notice_date,registration_date\n";

  record Run(int status, String out, String err, Path dir) {
    String file(String name) throws Exception {
      return Files.readString(dir.resolve(name));
    }
  }

  /**
   * Each row five times (ids made unique), so that no count of these tiny files falls below the
   * disclosure threshold of 5 and the tables can be read.
   */
  static String fiveTimes(String rows) {
    StringBuilder sb = new StringBuilder();
    for (int k = 1; k <= 5; k++) {
      for (String line : rows.split("\n")) {
        sb.append(line.replaceFirst("^([A-Z]\\d+)", "$1-" + k)).append('\n');
      }
    }
    return sb.toString();
  }

  static Run run(Path tmp, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] all = new String[args.length + 4];
    all[0] = "--out";
    all[1] = tmp.resolve("r").toString();
    all[2] = "--lang";
    all[3] = "en";
    System.arraycopy(args, 0, all, 4, args.length);
    int status =
        NationalReportJob.run(
            all,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status,
        out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8),
        tmp.resolve("r"));
  }

  @Test
  void aFileOfBirthsIn2023GivesAFullReportWithChartsAndSaysWhichRuleApplies(@TempDir Path tmp)
      throws Exception {
    Path regs = tmp.resolve("regs-2023.csv");
    Files.writeString(
        regs,
        HEADER
            + fiveTimes(
                ""
                    + "A1,F,2023-03-02,LA0301,2023-03-05,2023-03-20\n"
                    + "A2,M,2023-05-02,LA0302,,\n"
                    + "A3,F,2023-07-10,LA0501,,2023-09-30\n"
                    + "A4,M,2023-11-30,LA0101,,2025-01-15\n"));
    Run r = run(tmp, "--registrations", regs.toString(), "--date", "2024-06-30");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Births of 2023")
        .contains("used only for the year they describe")
        .doesNotContain("2015-01-01/2015-12-31");
    // counted as of 2024-06-30: A4's registration of 2025 is not counted
    assertThat(r.file("birth-timeliness.csv")).contains("LA,Lao PDR,ສປປ ລາວ,20,25.0,25.0,0.0,50.0");
    assertThat(r.file("birth-completeness-by-year.csv")).contains("2023,20,10,10,");
    assertThat(r.file("birth-registration-report.json"))
        .contains("\"births\" : \"2023-01-01/2023-12-31\"");
    assertThat(r.dir().resolve("timeliness-by-province.png")).isRegularFile();
    assertThat(r.dir().resolve("report.md")).isRegularFile();
  }

  @Test
  void noSyntheticBirthsIsAnEmptySectionNotACrash(@TempDir Path tmp) throws Exception {
    Run r = run(tmp, "--synthetic", "0");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("holds no birth up to 2025-12-31");
    assertThat(r.file("birth-timeliness.csv")).contains("LA,Lao PDR,ສປປ ລາວ,0,");
    assertThat(r.dir().resolve("timeliness-by-province.png")).doesNotExist();
    assertThat(r.dir().resolve("report.md")).isRegularFile();
  }

  @Test
  void theReferenceDateCutsOffLaterBirthsAndRegistrations(@TempDir Path tmp) throws Exception {
    Path regs = tmp.resolve("regs.csv");
    Files.writeString(
        regs,
        HEADER
            + fiveTimes(
                ""
                    + "B1,F,2023-01-10,LA0301,,2023-01-20\n"
                    + "B2,M,2023-03-10,LA0301,,2023-08-01\n"
                    + "B3,F,2023-08-10,LA0301,,2023-08-15\n"));
    Run r = run(tmp, "--registrations", regs.toString(), "--date", "2023-06-30", "--no-charts");
    assertThat(r.status()).as(r.err()).isZero();
    // B3 is born after the date: not counted; B2 is registered after it: not registered as of the
    // date
    assertThat(r.file("birth-timeliness.csv")).contains("LA,Lao PDR,ສປປ ລາວ,10,50.0,0.0,0.0,50.0");
    assertThat(r.file("birth-registration-report.json"))
        .contains("\"births\" : \"2023-01-01/2023-06-30\"");
    assertThat(r.dir().resolve("timeliness-by-province.png")).doesNotExist();
  }
}
