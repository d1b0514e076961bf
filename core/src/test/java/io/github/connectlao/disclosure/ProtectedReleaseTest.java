package io.github.connectlao.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.InvalidValueException;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProtectedReleaseTest {
  static final Hierarchy GEO =
      Hierarchy.builder("LA")
          .add("LA05", "LA")
          .add("LA06", "LA")
          .add("LA0501", "LA05")
          .add("LA0502", "LA05")
          .add("LA0601", "LA06")
          .add("LA0602", "LA06")
          .build();
  static final Hierarchy CLASSES = Hierarchy.flat("total", List.of("current", "late", "delayed"));
  static final List<String> LEAVES = GEO.leavesUnder("LA");
  static final List<String> ALL_CLASSES = CLASSES.codes();

  /** Counts per district × class, row by row; threshold 3; one table of provinces, one of districts. */
  static ProtectedRelease protect(long[][] counts) {
    Release.Builder b = Release.builder().dimension(GEO).dimension(CLASSES).threshold(3);
    for (int i = 0; i < LEAVES.size(); i++) {
      for (int j = 0; j < 3; j++) {
        b.count(counts[i][j], LEAVES.get(i), CLASSES.children("total").get(j));
      }
    }
    return b.table("provinces", List.of(List.of("LA", "LA05", "LA06"), ALL_CLASSES))
        .table("districts", List.of(LEAVES, ALL_CLASSES))
        .protect();
  }

  static final long[][] EXAMPLE = {{20, 6, 1}, {15, 9, 8}, {30, 12, 7}, {25, 10, 7}};

  @Test
  void theDocumentedExample() {
    ProtectedRelease p = protect(EXAMPLE);
    assertThat(p.value(Cell.of("LA0501", "delayed"))).isEmpty();
    assertThat(p.suppression(Cell.of("LA0501", "delayed"))).isEqualTo(Suppression.PRIMARY);
    assertThat(p.isSuppressed(Cell.of("LA0501", "delayed"))).isTrue();
    assertThat(p.value("LA", "total")).hasValue(150);
    assertThat(p.share(Cell.of("LA0601", "late"), Cell.of("LA0601", "total")))
        .hasValueCloseTo(12.0 / 49, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(p.share(Cell.of("LA0501", "delayed"), Cell.of("LA0501", "total"))).isEmpty();
    assertThat(p.table("provinces").cells()).hasSize(3 * 4);
    assertThat(p.tables()).containsOnlyKeys("provinces", "districts");
    assertThat(p.tables().keySet()).containsExactly("provinces", "districts");
    assertThat(p.threshold()).isEqualTo(3);
    assertThat(p.dimensions()).containsExactly(GEO, CLASSES);
  }

  @Test
  void aSmallCellNeverStandsAloneInAnAdditiveRelation() {
    ProtectedRelease p = protect(EXAMPLE);
    // LA0501 = current + late + delayed: hiding only "delayed" would reveal it by subtraction
    long hiddenInRow =
        ALL_CLASSES.stream().filter(c -> p.isSuppressed(Cell.of("LA0501", c))).count();
    assertThat(hiddenInRow).isGreaterThanOrEqualTo(2);
    assertThat(p.count(Suppression.PRIMARY)).isEqualTo(1);
    assertThat(p.count(Suppression.SECONDARY)).isGreaterThanOrEqualTo(1);
    assertThat(p.suppressedCount())
        .isEqualTo(
            p.count(Suppression.PRIMARY)
                + p.count(Suppression.ZERO)
                + p.count(Suppression.SECONDARY));
    assertThat(DisclosureAudit.audit(p).violations()).isEmpty();
  }

  @Test
  void aShareIsEmptyWhenTheDenominatorIsZero() {
    long[][] counts = {{0, 0, 0}, {15, 9, 8}, {30, 12, 7}, {25, 10, 7}};
    ProtectedRelease p = protect(counts);
    assertThat(p.value("LA0501", "total")).hasValue(0);
    assertThat(p.share(Cell.of("LA0501", "late"), Cell.of("LA0501", "total"))).isEmpty();
  }

  @Test
  void aCellOutsideEveryTableIsRefusedNamingTheCell() {
    Release.Builder b = Release.builder().dimension(GEO).dimension(CLASSES).threshold(3);
    for (String d : LEAVES) {
      for (String c : CLASSES.children("total")) {
        b.count(10, d, c);
      }
    }
    ProtectedRelease p =
        b.table("provinces", List.of(List.of("LA", "LA05", "LA06"), ALL_CLASSES)).protect();
    InvalidValueException outside =
        catchThrowableOfType(() -> p.value("LA0501", "late"), InvalidValueException.class);
    assertThat(outside.field()).isEqualTo("cell");
    InvalidValueException arity =
        catchThrowableOfType(() -> p.value("LA05"), InvalidValueException.class);
    assertThat(arity.field()).isEqualTo("cell");
    InvalidValueException table =
        catchThrowableOfType(() -> p.table("districts"), InvalidValueException.class);
    assertThat(table.field()).isEqualTo("table");
    assertThat(p.cells()).hasSize(12);
  }

  @Test
  void theLongCsvHoldsEveryCellOfEveryTableAndNoHiddenCount() throws Exception {
    ProtectedRelease p = protect(EXAMPLE);
    StringBuilder out = new StringBuilder();
    p.writeCsv(out);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).isEqualTo("table,LA,total,count,suppression");
    assertThat(lines).hasSize(1 + 3 * 4 + 4 * 4);
    assertThat(lines).contains("districts,LA0501,delayed,,primary", "provinces,LA,total,150,none");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      Cell c = Cell.of(f[1], f[2]);
      assertThat(f[3])
          .isEqualTo(p.value(c).isPresent() ? Long.toString(p.value(c).getAsLong()) : "");
      assertThat(f[4]).isEqualTo(p.suppression(c).name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Test
  void publishedCountsAreTrueAndExactlyTheSmallCountsArePrimary() {
    qt().withExamples(25)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              long[][] counts = new long[LEAVES.size()][3];
              for (long[] row : counts) {
                for (int j = 0; j < 3; j++) {
                  row[j] = r.nextInt(4) == 0 ? r.nextInt(3) : r.nextInt(40);
                }
              }
              ProtectedRelease p = protect(counts);
              for (Cell c : p.cells()) {
                long truth = p.trueValue(c);
                OptionalLong shown = p.value(c);
                if (shown.isPresent()) {
                  assertThat(shown.getAsLong()).isEqualTo(truth);
                }
                assertThat(p.suppression(c) == Suppression.PRIMARY)
                    .as("%s = %d", c, truth)
                    .isEqualTo(truth >= 1 && truth < p.threshold());
              }
              assertThat(DisclosureAudit.audit(p).violations()).isEmpty();
            });
  }

  @Test
  void toStringCountsTheSuppressionsOnly() {
    ProtectedRelease p = protect(EXAMPLE);
    assertThat(p.toString())
        .contains("2 tables", "threshold 3", "1 primary")
        .doesNotContain("LA0501");
  }
}
