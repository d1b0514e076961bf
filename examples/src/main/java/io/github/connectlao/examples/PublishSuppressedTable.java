package io.github.connectlao.examples;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthFilter;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.BirthStatistics;
import io.github.connectlao.crvs.RegistrationPolicy;
import io.github.connectlao.crvs.SuppressedTable;
import io.github.connectlao.crvs.SyntheticRegistrations;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Publishing a table of births by district and timeliness without disclosing small counts: cells
 * from 1 to 4 are hidden (primary suppression), and enough other cells are hidden that none can be
 * recomputed from the published totals (complementary suppression). The published CSV shows
 * {@code x} for a hidden cell.
 *
 * <p>The registrations are <b>synthetic</b>: a small dataset, so that small cells appear.
 *
 * <p>Run: {@code mvn -B -ntp -q -pl examples exec:java -Dexec.mainClass=io.github.connectlao.examples.PublishSuppressedTable}
 */
public final class PublishSuppressedTable {
  private PublishSuppressedTable() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Gazetteer lao = Gazetteer.laoPdr();
    AdminUnit bokeo = lao.unit("LA-BK");

    // 1. Synthetic registrations (generated, not real), births of 2020 only.
    List<BirthRegistration> births = SyntheticRegistrations.generate(lao, 40_000, 3)
        .filter(b -> b.dateOfBirth().getYear() == 2020).toList();
    BirthStatistics stats = BirthStatistics.of(lao, births, RegistrationPolicy.laoDefault());
    out.println("data: " + SyntheticRegistrations.SOURCE);

    // 2. The table, ready for publication: rows are Bokeo's districts, columns the timeliness classes.
    SuppressedTable table = stats.publishableTable(bokeo, AdminLevel.DISTRICT, BirthFilter.ALL.bornInYear(2020),
        SuppressedTable.DEFAULT_THRESHOLD);
    out.println(table);
    out.print(table.toText());

    // 3. Read cells as a publisher would: a hidden cell has no value.
    OptionalLong first = table.cell(0, 0);
    out.println(table.rowLabels().get(0) + " / " + table.columnLabels().get(0) + ": "
        + (first.isPresent() ? Long.toString(first.getAsLong()) : "hidden"));

    // 4. Write the published CSV ('x' for hidden entries).
    StringBuilder csv = new StringBuilder();
    List<String> header = new ArrayList<>(List.of("code", "district"));
    header.addAll(table.columnLabels());
    header.add("total");
    csv.append(String.join(",", header)).append('\n');
    for (int i = 0; i < table.rows(); i++) {
      String code = table.rowLabels().get(i);
      List<String> row = new ArrayList<>(List.of(code, lao.unit(code).name()));
      for (int j = 0; j < table.columns(); j++) {
        row.add(text(table.cell(i, j)));
      }
      row.add(text(table.rowTotal(i)));
      csv.append(String.join(",", row)).append('\n');
    }
    out.print(csv);
  }

  private static String text(OptionalLong v) {
    return v.isPresent() ? Long.toString(v.getAsLong()) : "x";
  }
}
