package io.github.connectlao.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistry;
import io.github.connectlao.crvs.RegistrationCounts;
import io.github.connectlao.crvs.RegistrationPolicy;
import io.github.connectlao.crvs.RegistryQuery;
import io.github.connectlao.crvs.SyntheticRegistrations;
import io.github.connectlao.disclosure.DisclosureAudit;
import io.github.connectlao.disclosure.ProtectedRelease;
import io.github.connectlao.disclosure.Release;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disclosure audit on the report's real output: the report is run on a small synthetic dataset
 * (many cells below the threshold), its ledger {@code birth-registration-release.csv} is read back
 * from the output folder, and an attacker who knows every published count and the additive
 * structure (linear programming) pins no suppressed cell.
 */
class ReportLedgerAuditTest {
  @Test
  void noSuppressedCellOfTheReportsOwnLedgerIsPinned(@TempDir Path tmp) throws Exception {
    LocalDate date = LocalDate.of(2025, 12, 31);
    int births = 3000;
    Path out = tmp.resolve("r");
    int code =
        NationalReportJob.run(
            new String[] {
              "--out",
              out.toString(),
              "--synthetic",
              String.valueOf(births),
              "--no-charts",
              "--date",
              date.toString(),
              "--lang",
              "en"
            },
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(code).isZero();
    String ledger = Files.readString(out.resolve("birth-registration-release.csv"));

    // the release the section built, recomputed from the same synthetic data and query
    Gazetteer lao = Gazetteer.laoPdr();
    BirthRegistry registry =
        SyntheticRegistrations.registry(lao, births, BirthRegistrationSection.SEED);
    RegistrationCounts counts =
        registry
            .aggregate(
                RegistryQuery.of(RegistrationPolicy.laoPdr())
                    .asOf(date)
                    .downTo(AdminLevel.PROVINCE)
                    .per(RegistryQuery.Period.BIRTH_YEAR)
                    .coverageUnder(date, 5, 18))
            .rolledUp();
    // the focus year, as the section's title says it ("Timeliness of registration, births of YYYY")
    String title = Files.readString(out.resolve("birth-timeliness.json"));
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("births of (\\d{4})").matcher(title);
    assertThat(m.find()).as(title).isTrue();
    List<String> rows = new ArrayList<>();
    rows.add(lao.nation().code());
    lao.units(AdminLevel.PROVINCE).forEach(p -> rows.add(p.code()));
    int focus = Integer.parseInt(m.group(1));
    ProtectedRelease truth = BirthRegistrationSection.timelinessRelease(lao, counts, focus, rows);
    StringBuilder expected = new StringBuilder();
    truth.writeCsv(expected);
    assertThat(ledger)
        .as("the ledger is the release the tables come from")
        .isEqualTo(expected.toString());
    assertThat(truth.suppressedCount())
        .as("a small dataset has suppressed cells to audit")
        .isGreaterThan(10);

    DisclosureAudit.Published published =
        DisclosureAudit.readCsv(
            new StringReader(ledger), truth.dimensions(), Release.DEFAULT_THRESHOLD);
    int y = focus;
    DisclosureAudit.Result audit =
        DisclosureAudit.audit(
            published,
            cell -> {
              var c =
                  counts.counts(
                      lao.indexOf(cell.codes().get(0)),
                      java.util.Optional.of(y),
                      java.util.Optional.empty(),
                      java.util.Optional.empty());
              return switch (cell.codes().get(1)) {
                case "all" -> c.total();
                case "registered" -> c.registered();
                case "current" -> c.current();
                case "late" -> c.late();
                case "delayed" -> c.delayed();
                default -> c.notRegistered();
              };
            });
    assertThat(audit.violations()).isEmpty();
    assertThat(audit.pinned()).isZero();
  }
}
