package io.github.connectlao.examples;

import io.github.connectlao.DateRange;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.BirthRegistrationCsv;
import io.github.connectlao.crvs.BirthStatistics;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.crvs.RegistrationPolicy;
import io.github.connectlao.crvs.RegistrationRate;
import io.github.connectlao.crvs.SyntheticRegistrations;
import io.github.connectlao.csv.HeaderLanguage;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import io.github.connectlao.csv.RowError;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Importing a CSV file of birth registrations and computing the completeness of birth registration
 * for one province: registered births / estimated births, where estimated births = crude birth
 * rate × population / 1000 (the formula OpenCRVS uses).
 *
 * <p>The file is written first, from <b>synthetic</b> registrations (generated, not real), with two
 * bad rows added to show how an import reports every bad row and keeps the good ones.
 *
 * <p>Run: {@code mvn -B -ntp -q -pl examples exec:java -Dexec.mainClass=io.github.connectlao.examples.CompletenessForOneProvince}
 */
public final class CompletenessForOneProvince {
  private CompletenessForOneProvince() {}

  /**
   * Runs the example.
   *
   * @param args optionally, a CSV file of registrations to use instead of the generated one
   * @throws IOException when the example file cannot be written
   * @throws io.github.connectlao.csv.CsvImportException naming the file when it cannot be opened or
   *     misses a required column
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Gazetteer lao = Gazetteer.laoPdr();
    AdminUnit province = lao.unit("LA03"); // Louangnamtha
    Path file = args.length > 0 ? Path.of(args[0]) : writeExampleFile(lao, province);
    String data =
        args.length > 0 ? "registrations of " + file.getFileName() : "synthetic registrations";

    // 1. Import: every bad row is reported with its line, column and reason; the good rows are
    // kept.
    ImportResult<List<BirthRegistration>> imported =
        BirthRegistrationCsv.read(file, lao, LocalDate.of(2026, 6, 30), OnBadRow.COLLECT);
    out.println(
        "imported: "
            + imported.accepted().size()
            + " registrations, "
            + imported.errors().size()
            + " bad rows");
    for (RowError e : imported.errors()) {
      out.println("  " + e);
    }

    // 2. Statistics over the good rows, and completeness for the births of 2020 in the province.
    //    The embedded population table has the Lao Statistics Bureau's 2020 projection by province
    // and
    //    the national crude birth rate; applying the national rate to a province is an explicit
    // choice,
    //    stated in the result's sources.
    BirthStatistics stats =
        BirthStatistics.of(lao, imported.accepted(), RegistrationPolicy.laoPdr());
    PopulationTable population = PopulationTable.laoPdr().inheritingBirthRateFrom("LA");
    RegistrationRate completeness =
        stats.completeness(province, DateRange.ofYear(2020), Optional.empty(), population);
    out.println(completeness);
    out.println(
        "completeness: "
            + completeness
                .percent()
                .map(p -> String.format(Locale.ROOT, "%.1f%%", p))
                .orElse("no value")
            + " ("
            + data
            + ")");

    // 3. Without a population the answer is "no value", with the reason, never 0 or NaN.
    RegistrationRate none =
        stats.completeness(province, DateRange.ofYear(2019), Optional.empty(), population);
    out.println("2019: " + none.noValueReason().orElse("?"));
  }

  /** Writes the synthetic births of 2020 in the province to a CSV file, plus two bad rows. */
  private static Path writeExampleFile(Gazetteer lao, AdminUnit province) {
    List<BirthRegistration> births =
        SyntheticRegistrations.generate(lao, 3_200_000, 11)
            .filter(b -> b.dateOfBirth().getYear() == 2020)
            .filter(
                b ->
                    lao.ancestorAt(lao.unit(b.placeOfBirthCode()), AdminLevel.PROVINCE)
                        .orElseThrow()
                        .equals(province))
            .toList();
    String csv =
        BirthRegistrationCsv.table(births, false).toCsv(HeaderLanguage.ENGLISH)
            + "BAD-1,F,2020-04-01,LA99,,,,,,\n" // unknown place of birth
            + "BAD-2,F,2020-13-01,LA0301,,,,,,\n"; // no month 13
    try {
      Path file = Files.createTempFile("registrations-", ".csv");
      file.toFile().deleteOnExit();
      Files.writeString(file, csv, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
