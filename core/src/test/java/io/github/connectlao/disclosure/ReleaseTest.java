package io.github.connectlao.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReleaseTest {
  private static final Hierarchy GEO =
      Hierarchy.builder("N")
          .add("P1", "N")
          .add("P2", "N")
          .add("P3", "N")
          .add("D11", "P1")
          .add("D12", "P1")
          .add("D21", "P2")
          .add("D22", "P2")
          .add("D31", "P3")
          .build();
  private static final Hierarchy CLASSES = Hierarchy.flat("T", List.of("cur", "late", "del"));
  private static final List<String> ALL_CLASSES = List.of("T", "cur", "late", "del");

  private static Release.Builder example() {
    long[][] counts = {{20, 6, 3}, {15, 9, 8}, {30, 12, 0}, {25, 10, 7}, {18, 11, 9}};
    String[] districts = {"D11", "D12", "D21", "D22", "D31"};
    Release.Builder b = Release.builder().dimension(GEO).dimension(CLASSES).threshold(5);
    for (int i = 0; i < districts.length; i++) {
      for (int j = 0; j < 3; j++) {
        b.count(counts[i][j], districts[i], CLASSES.children("T").get(j));
      }
    }
    return b;
  }

  @Test
  void aSmallCellIsHiddenWithEnoughOthersThatTheAttackerCannotNarrowIt() {
    ProtectedRelease p =
        example()
            .table("provinces", List.of(List.of("N", "P1", "P2", "P3"), ALL_CLASSES))
            .table(
                "districts",
                List.of(List.of("P1", "P2", "P3", "D11", "D12", "D21", "D22", "D31"), ALL_CLASSES))
            .protect();
    assertThat(p.suppression(Cell.of("D11", "del"))).isEqualTo(Suppression.PRIMARY);
    assertThat(p.value("D11", "del")).isEmpty();
    // the zero in D21's row shares a relation with no primary cell: published
    assertThat(p.value("D21", "del")).hasValue(0);
    assertThat(p.value("N", "T")).hasValue(183);
    assertThat(p.count(Suppression.SECONDARY)).isGreaterThanOrEqualTo(3);
    DisclosureAudit.Result audit = DisclosureAudit.audit(p);
    assertThat(audit.pinned()).isZero();
    assertThat(audit.violations()).isEmpty();
    assertThat(p.toString()).contains("1 primary");
  }

  @Test
  void aZeroBesideASmallCellIsHiddenSoThatAllInOneClassIsNotRevealed() {
    Release.Builder b = Release.builder().dimension(GEO).dimension(CLASSES).threshold(5);
    b.count(0, "D11", "cur").count(0, "D11", "late").count(3, "D11", "del");
    for (String d : List.of("D12", "D21", "D22", "D31")) {
      b.count(20, d, "cur").count(8, d, "late").count(6, d, "del");
    }
    ProtectedRelease p = b.table("districts", List.of(GEO.leavesUnder("N"), ALL_CLASSES)).protect();
    assertThat(p.suppression(Cell.of("D11", "cur"))).isEqualTo(Suppression.ZERO);
    assertThat(p.suppression(Cell.of("D11", "late"))).isEqualTo(Suppression.ZERO);
    DisclosureAudit.Result audit = DisclosureAudit.audit(p);
    assertThat(audit.violations()).isEmpty();
    assertThat(audit.intervals())
        .filteredOn(i -> i.kind() == Suppression.ZERO)
        .allSatisfy(i -> assertThat(i.high()).isGreaterThanOrEqualTo(1 - 1e-6));
  }

  @Test
  void aStructuralZeroIsPublished() {
    Release.Builder b = Release.builder().dimension(GEO).dimension(CLASSES).threshold(5);
    b.count(0, "D11", "cur").count(9, "D11", "late").count(3, "D11", "del");
    for (String d : List.of("D12", "D21", "D22", "D31")) {
      b.count(20, d, "cur").count(8, d, "late").count(6, d, "del");
    }
    ProtectedRelease p =
        b.structuralZero("D11", "cur")
            .table("districts", List.of(GEO.leavesUnder("N"), ALL_CLASSES))
            .protect();
    assertThat(p.value("D11", "cur")).hasValue(0);
    assertThat(DisclosureAudit.audit(p).violations()).isEmpty();
  }

  @Test
  void sharesArePublishedOnlyWithTheirNumeratorAndDenominator() {
    ProtectedRelease p =
        example()
            .table("provinces", List.of(List.of("N", "P1", "P2", "P3"), ALL_CLASSES))
            .table("districts", List.of(GEO.leavesUnder("N"), ALL_CLASSES))
            .protect();
    assertThat(p.share(Cell.of("D11", "del"), Cell.of("D11", "T"))).isEmpty();
    assertThat(p.share(Cell.of("N", "cur"), Cell.of("N", "T"))).hasValue(108.0 / 183);
  }

  @Test
  void badReleasesAreRefusedWithTheFieldNamed() {
    assertThatThrownBy(
            () ->
                Release.builder()
                    .dimension(GEO)
                    .dimension(CLASSES)
                    .count(3, "P1", "cur")
                    .table("t", List.of(List.of("N"), List.of("T")))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("finest level");
    assertThatThrownBy(
            () -> Release.builder().dimension(GEO).dimension(CLASSES).count(-1, "D11", "cur"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("negative");
    assertThatThrownBy(
            () ->
                Release.builder()
                    .dimension(GEO)
                    .dimension(CLASSES)
                    .table("t", List.of(List.of("N"), List.of("X")))
                    .build())
        .hasMessageContaining("'X'");
    assertThatThrownBy(
            () ->
                Release.builder()
                    .dimension(GEO)
                    .dimension(CLASSES)
                    .count(2, "D11", "cur")
                    .structuralZero("D11", "cur")
                    .table("t", List.of(List.of("N"), List.of("T")))
                    .protect())
        .hasMessageContaining("structural zero");
    assertThatThrownBy(() -> Release.builder().threshold(0)).hasMessageContaining("threshold");
    assertThatThrownBy(() -> Hierarchy.builder("N").add("A", "B")).hasMessageContaining("parent");
    ProtectedRelease p = example().table("t", List.of(List.of("N"), List.of("T"))).protect();
    assertThatThrownBy(() -> p.value("P1", "T")).hasMessageContaining("in no table");
  }

  /**
   * Random linked tables (a province table and a district table over the same counts, with their
   * margins), threshold 3 to 6: the LP attacker pins no suppressed cell and finds every interval
   * at least as wide as the protection range.
   */
  @Test
  void theAttackerCannotNarrowAnySuppressedCellOfRandomLinkedTables() {
    List<DisclosureAudit.Result> results = new ArrayList<>();
    qt().withExamples(80)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Hierarchy geo = RandomReleases.geography(r);
              Hierarchy classes = RandomReleases.classes(r);
              Release.Builder b =
                  Release.builder().dimension(geo).dimension(classes).threshold(3 + r.nextInt(4));
              RandomReleases.fill(b, List.of(geo, classes), r);
              List<String> provinces = new ArrayList<>(RandomReleases.atDepth(geo, 0));
              provinces.addAll(RandomReleases.atDepth(geo, 1));
              List<String> districts = new ArrayList<>(RandomReleases.atDepth(geo, 1));
              districts.addAll(RandomReleases.atDepth(geo, 2));
              b.table("provinces", List.of(provinces, classes.codes()));
              if (r.nextInt(4) > 0) {
                b.table("districts", List.of(districts, classes.codes()));
              }
              ProtectedRelease p = b.protect();
              DisclosureAudit.Result audit = DisclosureAudit.audit(p);
              assertThat(audit.violations()).as("seed %d", seed).isEmpty();
              assertThat(audit.pinned()).isZero();
              results.add(audit);
            });
    long cells = results.stream().mapToLong(a -> a.intervals().size()).sum();
    assertThat(cells).isGreaterThan(300);
    System.out.printf(
        java.util.Locale.ROOT,
        "disclosure audit, random linked tables: %d releases, %d suppressed cells,"
            + " %d pinned, narrowest interval %.2f, narrowest around a primary cell %.2f%n",
        results.size(),
        cells,
        results.stream().mapToLong(DisclosureAudit.Result::pinned).sum(),
        results.stream()
            .mapToDouble(DisclosureAudit.Result::narrowest)
            .filter(d -> !Double.isNaN(d))
            .min()
            .orElse(0),
        results.stream()
            .mapToDouble(DisclosureAudit.Result::narrowestPrimary)
            .filter(d -> !Double.isNaN(d))
            .min()
            .orElse(0));
  }
}
