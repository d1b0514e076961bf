package io.github.connectlao.examples;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.admin.UnknownCodeException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Embedding the gazetteer in another system: map the place names and codes that arrive from
 * another system (a health information system, a paper form) to the library's units, walk the
 * hierarchy, and aggregate a count up the tree with the pre-order index.
 *
 * <p>Run: {@code mvn -B -ntp -q -pl examples exec:java -Dexec.mainClass=io.github.connectlao.examples.EmbedGazetteer}
 */
public final class EmbedGazetteer {
  private EmbedGazetteer() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    // 1. The embedded gazetteer: loaded once, immutable, safe to share between threads.
    Gazetteer lao = Gazetteer.laoPdr();
    out.println(lao);

    // 2. Any of the usual codes finds a unit: OCHA P-code, ISO 3166-2, Lao Statistics Bureau.
    for (String code : List.of("LA05", "LA-BK", "05")) {
      out.println(code + " -> " + lao.unit(code));
    }

    // 3. Names from another system rarely match exactly: search() is tolerant of romanisation
    //    and of Lao spelling variants; take the best hit and keep the code, not the name.
    Map<String, String> incoming =
        Map.of(
            "Luang Namtha", "district health office report",
            "ຫຼວງພະບາງ", "paper form in Lao",
            "Champassak", "spreadsheet with a variant spelling");
    incoming.keySet().stream()
        .sorted()
        .forEach(
            name -> {
              Optional<AdminUnit> best = lao.search(name, 1).stream().findFirst();
              out.println(
                  "'"
                      + name
                      + "' ("
                      + incoming.get(name)
                      + ") -> "
                      + best.map(u -> u.code() + " " + u.name()).orElse("no match"));
            });

    // 4. An unknown code fails with a message that names it and suggests near codes.
    try {
      lao.unit("LA-XX");
    } catch (UnknownCodeException e) {
      out.println("unknown code: " + e.getMessage());
    }

    // 5. Walking the hierarchy.
    AdminUnit bokeo = lao.unit("LA-BK");
    out.println(
        "districts of "
            + bokeo.name()
            + ": "
            + lao.children(bokeo).stream().map(AdminUnit::name).toList());
    AdminUnit district = lao.children(bokeo).get(0);
    out.println(
        district.name()
            + " is in "
            + lao.ancestorAt(district, AdminLevel.PROVINCE).orElseThrow().name());

    // 6. Rolling a count up the tree: units are numbered in depth-first pre-order, so a subtree is
    //    the index range [i, subtreeEnd(i)), and one reverse pass over the parent array sums
    //    every level at once.
    long[] facilities = new long[lao.size()];
    for (AdminUnit d : lao.units(AdminLevel.DISTRICT)) {
      facilities[lao.index(d)] = 1; // pretend each district reported one health facility
    }
    int[] parent = lao.parentIndexes();
    for (int i = lao.size() - 1; i > 0; i--) {
      facilities[parent[i]] += facilities[i];
    }
    int b = lao.index(bokeo);
    out.println(
        "facilities in "
            + bokeo.name()
            + ": "
            + facilities[b]
            + " (its subtree is indexes "
            + b
            + ".."
            + (lao.subtreeEnd(b) - 1)
            + ")");
    out.println("facilities nationwide: " + facilities[0]);
  }
}
