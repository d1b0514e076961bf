package io.github.connectlao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.lao.LaoText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties of gazetteers built from generated hierarchies. */
class GazetteerPropertiesTest {

  /** A random hierarchy: 1 nation, up to 6 provinces, districts and villages, random code order. */
  static Gazetteer randomGazetteer(long seed) {
    Random r = new Random(seed);
    List<AdminUnit> units = new ArrayList<>();
    units.add(AdminUnit.builder("N", AdminLevel.NATIONAL).nameEnglish("Nation").build());
    int provinces = 1 + r.nextInt(6);
    for (int p = 0; p < provinces; p++) {
      String pc = "P" + r.nextInt(1000) + "x" + p;
      units.add(
          AdminUnit.builder(pc, AdminLevel.PROVINCE)
              .parent("N")
              .nameEnglish("Province " + p)
              .build());
      int districts = r.nextInt(5);
      for (int d = 0; d < districts; d++) {
        String dc = pc + "D" + r.nextInt(100) + "x" + d;
        units.add(
            AdminUnit.builder(dc, AdminLevel.DISTRICT)
                .parent(pc)
                .nameEnglish("District " + p + d)
                .build());
        int villages = r.nextInt(4);
        for (int v = 0; v < villages; v++) {
          units.add(
              AdminUnit.builder(dc + "V" + v, AdminLevel.VILLAGE)
                  .parent(dc)
                  .nameLao("ບ້ານ" + v)
                  .build());
        }
      }
    }
    java.util.Collections.shuffle(units, r);
    return Gazetteer.of("random " + seed, units);
  }

  @Test
  void ancestorsAndDescendantsAgree() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Gazetteer g = randomGazetteer(seed);
              for (AdminUnit u : g.all()) {
                for (AdminUnit a : g.ancestors(u)) {
                  assertThat(g.descendants(a, u.level())).contains(u);
                  assertThat(g.contains(a, u)).isTrue();
                }
                for (AdminLevel level : AdminLevel.values()) {
                  if (level.depth() >= u.level().depth()) {
                    for (AdminUnit d : g.descendants(u, level)) {
                      assertThat(d.equals(u) || g.ancestors(d).contains(u)).isTrue();
                    }
                  }
                }
              }
            });
  }

  @Test
  void preOrderRangesHoldExactlyTheDescendants() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Gazetteer g = randomGazetteer(seed);
              for (int i = 0; i < g.size(); i++) {
                Set<Integer> expected = new HashSet<>();
                for (int j = 0; j < g.size(); j++) {
                  for (int p = j; p >= 0; p = g.parentIndex(p)) {
                    if (p == i) {
                      expected.add(j);
                      break;
                    }
                  }
                }
                Set<Integer> range = new HashSet<>();
                for (int j = i; j < g.subtreeEnd(i); j++) {
                  range.add(j);
                }
                assertThat(range).isEqualTo(expected);
                if (i > 0) {
                  assertThat(g.parentIndex(i)).isLessThan(i);
                }
              }
            });
  }

  @Test
  void countsAddUpAcrossLevels() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Gazetteer g = randomGazetteer(seed);
              int sum = g.counts().values().stream().mapToInt(Integer::intValue).sum();
              assertThat(sum).isEqualTo(g.size());
              for (AdminUnit p : g.units(AdminLevel.PROVINCE)) {
                assertThat(g.children(p)).allSatisfy(c -> assertThat(g.parent(c)).contains(p));
              }
            });
  }

  /** Writes a Lao name in another of its spellings: the variants lao_text_facts.json lists. */
  static String variant(String name, int which) {
    switch (which % 6) {
      case 0:
        return name.replace("\u0EB3", "\u0ECD\u0EB2");
      case 1:
        return name.replace("ໜ", "ຫນ").replace("ໝ", "ຫມ");
      case 2:
        return name.replace("\u0EBC", "ລ");
      case 3:
        return "ແຂວງ " + name;
      case 4:
        return " " + name.replace("\u0EC9\u0EB3", "\u0ECD\u0EC9\u0EB2") + "  ";
      default:
        return "ເມືອງ" + name;
    }
  }

  @Test
  void everySpellingVariantOfARealNameFindsItsUnit() {
    Gazetteer lao = Gazetteer.laoPdr();
    List<AdminUnit> all = lao.all();
    qt().forAll(integers().between(1, all.size() - 1), integers().between(0, 5))
        .checkAssert(
            (i, which) -> {
              AdminUnit unit = all.get(i);
              String spelled = variant(unit.nameLao(), which);
              List<AdminUnit> hits = lao.search(spelled, 50);
              assertThat(hits).as("search '%s' for %s", spelled, unit).contains(unit);
              // and the top hit has the same match key (homonyms such as Vientiane may rank first)
              assertThat(LaoText.matchKey(hits.get(0).nameLao()))
                  .isEqualTo(LaoText.matchKey(unit.nameLao()));
            });
  }
}
