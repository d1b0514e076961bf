package io.github.connectlao.examples;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistry;
import io.github.connectlao.crvs.RegistrationCounts;
import io.github.connectlao.crvs.RegistrationPolicy;
import io.github.connectlao.crvs.RegistryQuery;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.crvs.SyntheticRegistrations;
import io.github.connectlao.crvs.Timeliness;
import io.github.connectlao.disclosure.Cell;
import io.github.connectlao.disclosure.Hierarchy;
import io.github.connectlao.disclosure.ProtectedRelease;
import io.github.connectlao.disclosure.PublishedTable;
import io.github.connectlao.disclosure.Release;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Publishing births by district and timeliness without disclosing small counts, together with the
 * province table of the same births: both tables are one <b>release</b>, protected together, so
 * the province totals cannot reveal a district cell hidden in the other table. Counts from 1 to 4
 * are hidden (primary suppression), a zero beside them too (it would reveal that a district's
 * births all fall in the other classes), and enough other cells that an attacker who knows every
 * published number and every total can neither recompute nor narrow a hidden count
 * ({@code docs/disclosure.md}). The published CSV shows {@code x} for a hidden cell.
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
    int year = 2020;

    // 1. Synthetic registrations (generated, not real), counted per district, year, sex and
    // timeliness.
    BirthRegistry registry = BirthRegistry.of(lao, SyntheticRegistrations.generate(lao, 40_000, 3));
    RegistrationCounts counts =
        registry
            .aggregate(
                RegistryQuery.of(RegistrationPolicy.laoPdr())
                    .downTo(AdminLevel.DISTRICT)
                    .per(RegistryQuery.Period.BIRTH_YEAR))
            .rolledUp();
    out.println("data: " + SyntheticRegistrations.SOURCE);

    // 2. The release: dimensions (every parent the sum of its children), counts at the finest
    // level, tables.
    Hierarchy geography = Hierarchy.geography(lao, AdminLevel.DISTRICT);
    List<String> classes = new ArrayList<>();
    for (Timeliness t : Timeliness.values()) {
      classes.add(t.name().toLowerCase(Locale.ROOT));
    }
    Hierarchy timeliness = Hierarchy.flat("total", classes);
    Release.Builder release =
        Release.builder().dimension(geography).dimension(timeliness).threshold(5);
    for (String district : geography.leavesUnder(geography.root())) {
      for (Timeliness t : Timeliness.values()) {
        long n = 0;
        for (Sex sex : Sex.values()) {
          n += counts.count(lao.indexOf(district), year, sex, t);
        }
        release.count(n, district, t.name().toLowerCase(Locale.ROOT));
      }
    }
    List<String> provinces = new ArrayList<>(List.of(lao.nation().code()));
    lao.units(AdminLevel.PROVINCE).forEach(p -> provinces.add(p.code()));
    List<String> bokeoRows = new ArrayList<>(List.of(bokeo.code()));
    lao.children(bokeo).forEach(d -> bokeoRows.add(d.code()));
    release.table("provinces", List.of(provinces, timeliness.codes()));
    release.table("districts of Bokeo", List.of(bokeoRows, timeliness.codes()));

    // 3. Protect the whole release at once; publish only from the protected release.
    ProtectedRelease published = release.protect();
    out.println(published);
    PublishedTable districts = published.table("districts of Bokeo");
    out.println(districts);

    // 4. Read a cell as a publisher would: a hidden cell has no value.
    AdminUnit first = lao.children(bokeo).get(0);
    OptionalLong v = published.value(first.code(), "current");
    out.println(
        first.name() + " / current: " + (v.isPresent() ? Long.toString(v.getAsLong()) : "hidden"));

    // 5. Write the published CSV ('x' for hidden entries).
    StringBuilder csv = new StringBuilder();
    List<String> header = new ArrayList<>(List.of("code", "district"));
    header.addAll(classes);
    header.add("total");
    csv.append(String.join(",", header)).append('\n');
    for (String code : bokeoRows.subList(1, bokeoRows.size())) {
      List<String> row = new ArrayList<>(List.of(code, lao.unit(code).name()));
      for (String c : classes) {
        row.add(text(published.value(Cell.of(code, c))));
      }
      row.add(text(published.value(Cell.of(code, "total"))));
      csv.append(String.join(",", row)).append('\n');
    }
    out.print(csv);
  }

  private static String text(OptionalLong v) {
    return v.isPresent() ? Long.toString(v.getAsLong()) : "x";
  }
}
