package io.github.connectlao.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HierarchyTest {

  @Test
  void theDocumentedExample() {
    Hierarchy geo =
        Hierarchy.builder("LA")
            .add("LA05", "LA")
            .add("LA0501", "LA05")
            .add("LA0502", "LA05")
            .build();
    Hierarchy classes =
        Hierarchy.flat("total", List.of("current", "late", "delayed", "not registered"));
    assertThat(geo.leavesUnder("LA05")).containsExactly("LA0501", "LA0502");
    assertThat(geo.leavesUnder("LA")).containsExactly("LA0501", "LA0502");
    assertThat(geo.leavesUnder("LA0501")).containsExactly("LA0501");
    assertThat(geo.name()).isEqualTo("LA");
    assertThat(geo.root()).isEqualTo("LA");
    assertThat(geo.parent("LA0502")).contains("LA05");
    assertThat(geo.parent("LA")).isEmpty();
    assertThat(geo.isLeaf("LA0501")).isTrue();
    assertThat(geo.isLeaf("LA05")).isFalse();
    assertThat(classes.children("total"))
        .containsExactly("current", "late", "delayed", "not registered");
    assertThat(classes.size()).isEqualTo(5);
    assertThat(classes.contains("late")).isTrue();
    assertThat(classes.contains("unknown")).isFalse();
  }

  @Test
  void childrenKeepTheOrderInWhichTheyWereAdded() {
    Hierarchy h =
        Hierarchy.builder("R")
            .add("b", "R")
            .add("a", "R")
            .add("b2", "b")
            .add("c", "R")
            .add("b1", "b")
            .build();
    assertThat(h.children("R")).containsExactly("b", "a", "c");
    assertThat(h.children("b")).containsExactly("b2", "b1");
    assertThat(h.leavesUnder("R")).containsExactly("b2", "b1", "a", "c");
    assertThat(h.codes()).containsExactly("R", "b", "a", "b2", "c", "b1");
    assertThat(h.indexOf("b2")).isEqualTo(3);
  }

  @Test
  void badCodesAreRefusedNamingTheField() {
    assertThat(
            catchThrowableOfType(() -> Hierarchy.builder(" "), InvalidValueException.class).field())
        .isEqualTo("root");
    assertThat(
            catchThrowableOfType(
                    () -> Hierarchy.builder("R").add("", "R"), InvalidValueException.class)
                .field())
        .isEqualTo("code");
    assertThat(
            catchThrowableOfType(
                    () -> Hierarchy.builder("R").add("a", "R").add("a", "R"),
                    InvalidValueException.class)
                .field())
        .isEqualTo("code");
    assertThat(
            catchThrowableOfType(
                    () -> Hierarchy.builder("R").add("R", "R"), InvalidValueException.class)
                .field())
        .isEqualTo("code");
    InvalidValueException parent =
        catchThrowableOfType(
            () -> Hierarchy.builder("R").add("a", "x"), InvalidValueException.class);
    assertThat(parent.field()).isEqualTo("parent");
    assertThat(parent.reason()).contains("'a'");
    assertThat(
            catchThrowableOfType(() -> Hierarchy.flat("T", List.of()), InvalidValueException.class)
                .field())
        .isEqualTo("parts");
    assertThat(
            catchThrowableOfType(
                    () -> Hierarchy.flat("T", List.of("a")).indexOf("b"),
                    InvalidValueException.class)
                .field())
        .isEqualTo("code");
    assertThat(
            catchThrowableOfType(
                    () -> Hierarchy.geography(Gazetteer.laoPdr(), AdminLevel.NATIONAL),
                    InvalidValueException.class)
                .field())
        .isEqualTo("deepest");
  }

  @Test
  void theGeographyOfTheGazetteerStopsAtTheDeepestLevel() {
    Gazetteer g = Gazetteer.laoPdr();
    Hierarchy provinces = Hierarchy.geography(g, AdminLevel.PROVINCE);
    assertThat(provinces.root()).isEqualTo("LA");
    assertThat(provinces.leavesUnder("LA"))
        .hasSize(g.units(AdminLevel.PROVINCE).size())
        .contains("LA05");
    assertThat(provinces.contains("LA0501")).isFalse();
    Hierarchy districts = Hierarchy.geography(g, AdminLevel.DISTRICT);
    assertThat(districts.parent("LA0501")).contains("LA05");
    assertThat(districts.leavesUnder("LA")).hasSize(g.units(AdminLevel.DISTRICT).size());
  }

  @Test
  void everyCodeIsALeafOrTheParentOfItsChildrenAndLeavesPartitionTheTree() {
    // parents.get(i) is the index (mod i+1) of the parent of node i+1, among nodes already added
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(0, 40))
        .checkAssert(
            p -> {
              Hierarchy.Builder b = Hierarchy.builder("n0");
              for (int i = 0; i < p.size(); i++) {
                b.add("n" + (i + 1), "n" + (p.get(i) % (i + 1)));
              }
              Hierarchy h = b.build();
              assertThat(h.size()).isEqualTo(p.size() + 1);
              List<String> leaves = new ArrayList<>();
              for (String code : h.codes()) {
                for (String child : h.children(code)) {
                  assertThat(h.parent(child)).contains(code);
                }
                assertThat(h.isLeaf(code)).isEqualTo(h.children(code).isEmpty());
                if (h.isLeaf(code)) {
                  leaves.add(code);
                }
                // the leaves under a code are the leaves under its children, in order
                if (!h.isLeaf(code)) {
                  List<String> viaChildren = new ArrayList<>();
                  h.children(code).forEach(c -> viaChildren.addAll(h.leavesUnder(c)));
                  assertThat(h.leavesUnder(code)).isEqualTo(viaChildren);
                }
                assertThat(h.codes().get(h.indexOf(code))).isEqualTo(code);
              }
              assertThat(h.leavesUnder("n0")).containsExactlyInAnyOrderElementsOf(leaves);
            });
  }
}
