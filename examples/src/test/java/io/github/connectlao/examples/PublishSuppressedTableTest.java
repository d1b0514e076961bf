package io.github.connectlao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.SyntheticRegistrations;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the disclosure example publishes for Bokeo's districts: every published count is the true
 * count (recomputed here by counting the synthetic births of 2020 by hand), every count from 1 to 4
 * is hidden, and no row hides a single cell (which its total would give away).
 */
class PublishSuppressedTableTest {
  static final List<String> CLASSES = List.of("current", "late", "delayed", "not_registered");
  static List<String> out;

  /** District code → current, late, delayed, not registered, total, counted by hand. */
  static Map<String, long[]> byHand = new HashMap<>();

  @BeforeAll
  static void runOnceAndCountByHand() throws Exception {
    out = ExampleRun.lines(PublishSuppressedTable::main);
    Gazetteer lao = Gazetteer.laoPdr();
    try (Stream<BirthRegistration> all = SyntheticRegistrations.generate(lao, 40_000, 3)) {
      all.filter(b -> b.dateOfBirth().getYear() == 2020)
          .filter(b -> b.placeOfBirthCode().startsWith("LA05"))
          .forEach(
              b -> {
                int cls =
                    b.registrationDate()
                        .map(r -> ChronoUnit.DAYS.between(b.dateOfBirth(), r))
                        .map(d -> d <= 30 ? 0 : d <= 365 ? 1 : 2)
                        .orElse(3);
                long[] n = byHand.computeIfAbsent(b.placeOfBirthCode(), k -> new long[5]);
                n[cls]++;
                n[4]++;
              });
    }
  }

  /** The published CSV: the header and one row per district of Bokeo. */
  static List<String> csv() {
    int at = out.indexOf("code,district,current,late,delayed,not_registered,total");
    assertThat(at).isNotNegative();
    return out.subList(at + 1, out.size());
  }

  @Test
  void printsTheSyntheticLabelTheReleaseAndTheTable() {
    assertThat(out.get(0))
        .startsWith("data: connect-lao SyntheticRegistrations")
        .endsWith("[synthetic]");
    assertThat(out.get(1))
        .isEqualTo(
            "ProtectedRelease[2 tables, threshold 5, 24 cells suppressed: 14 primary, 3 zero, 7 secondary]");
    assertThat(out.get(2)).isEqualTo("PublishedTable[districts of Bokeo, 30 cells, 18 suppressed]");
    assertThat(csv())
        .containsExactly(
            "LA0501,Huoixai,7,x,x,x,12",
            "LA0502,Tonpheung,7,x,x,x,16",
            "LA0503,Meung,x,x,x,x,13",
            "LA0504,Pha Oudom,x,x,x,x,8",
            "LA0505,Paktha,x,x,x,x,10");
  }

  @Test
  void everyPublishedCountIsTheTrueCount() {
    assertThat(byHand).containsOnlyKeys("LA0501", "LA0502", "LA0503", "LA0504", "LA0505");
    int published = 0;
    for (String row : csv()) {
      String[] f = row.split(",");
      long[] n = byHand.get(f[0]);
      for (int c = 0; c < 5; c++) {
        if (!f[2 + c].equals("x")) {
          assertThat(Long.parseLong(f[2 + c])).as(row + " column " + c).isEqualTo(n[c]);
          published++;
        }
      }
    }
    assertThat(published).isPositive();
    assertThat(out.get(3)).isEqualTo("Huoixai / current: " + byHand.get("LA0501")[0]);
  }

  @Test
  void everySmallCountIsHiddenAndNoRowHidesASingleCell() {
    // the example's own check (kept from its first test): no published cell is from 1 to 4
    assertThat(csv().stream().flatMap(l -> java.util.Arrays.stream(l.split(","))))
        .noneMatch(c -> c.matches("[1-4]"));
    int small = 0;
    for (String row : csv()) {
      String[] f = row.split(",");
      long[] n = byHand.get(f[0]);
      int hidden = 0;
      for (int c = 0; c < 5; c++) {
        if (n[c] >= 1 && n[c] <= 4) {
          small++;
          assertThat(f[2 + c]).as(row + " column " + c).isEqualTo("x");
        }
        if (f[2 + c].equals("x")) {
          hidden++;
        }
      }
      assertThat(hidden).as(row).isNotEqualTo(1);
    }
    assertThat(small).isPositive(); // the small dataset has small cells to protect
  }
}
