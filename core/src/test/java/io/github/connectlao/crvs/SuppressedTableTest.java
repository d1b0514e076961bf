package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.disclosure.DisclosureAudit;
import io.github.connectlao.disclosure.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SuppressedTableTest {

  @Test
  void primaryAndComplementarySuppressionOnAnExample() {
    SuppressedTable t = SuppressedTable.of(new long[][] {{12, 3, 40}, {25, 9, 7}, {30, 8, 0}});
    assertThat(t.isPrimary(0, 1)).isTrue();
    assertThat(t.cell(0, 1)).isEmpty();
    // row 0 needs a second hidden cell: the smallest other interior non-zero cell, 12
    assertThat(t.cell(0, 0)).isEmpty();
    assertThat(t.isPrimary(0, 0)).isFalse();
    // zero is published, large cells untouched where possible
    assertThat(t.cell(2, 2)).hasValue(0);
    assertThat(t.cell(0, 2)).hasValue(40);
    // column 1 takes its second hidden cell in row 1, which row 0 already pairs with: a 2 x 2 block
    assertThat(t.suppressedCount()).isEqualTo(4);
    assertThat(t.cell(1, 0)).isEmpty();
    assertThat(t.cell(1, 1)).isEmpty();
    assertThat(t.rowTotal(0)).hasValue(55);
    assertThat(t.grandTotal()).hasValue(134);
    assertNothingRecomputable(t, new long[][] {{12, 3, 40}, {25, 9, 7}, {30, 8, 0}});
    assertThat(t.toText()).contains("x").contains("134");
  }

  @Test
  void zerosBesideASmallCountAreHiddenAndTheAttackerCannotNarrowAnything() {
    // row 0: every birth is in the last class; published zeros would say so
    SuppressedTable t = SuppressedTable.of(new long[][] {{0, 0, 3}, {25, 9, 7}, {30, 8, 12}});
    assertThat(t.suppression(0, 0)).isEqualTo(Suppression.ZERO);
    assertThat(t.suppression(0, 1)).isEqualTo(Suppression.ZERO);
    assertThat(t.isPrimary(0, 2)).isTrue();
    DisclosureAudit.Result audit = DisclosureAudit.audit(t.protectedRelease());
    assertThat(audit.violations()).isEmpty();
    assertThat(audit.pinned()).isZero();
  }

  @Test
  void aViewOfAReleaseShowsExactlyWhatTheReleasePublishes() {
    io.github.connectlao.disclosure.Hierarchy geo =
        io.github.connectlao.disclosure.Hierarchy.builder("N")
            .add("P1", "N")
            .add("P2", "N")
            .add("D1", "P1")
            .add("D2", "P1")
            .add("D3", "P2")
            .add("D4", "P2")
            .build();
    io.github.connectlao.disclosure.Hierarchy classes =
        io.github.connectlao.disclosure.Hierarchy.flat("all", List.of("a", "b"));
    io.github.connectlao.disclosure.Release.Builder b =
        io.github.connectlao.disclosure.Release.builder().dimension(geo).dimension(classes);
    long[][] v = {{2, 30}, {12, 14}, {20, 9}, {11, 6}};
    for (int i = 0; i < 4; i++) {
      b.count(v[i][0], "D" + (i + 1), "a").count(v[i][1], "D" + (i + 1), "b");
    }
    io.github.connectlao.disclosure.ProtectedRelease p =
        b.table("provinces", List.of(List.of("N", "P1", "P2"), classes.codes()))
            .table(
                "districts", List.of(List.of("P1", "P2", "D1", "D2", "D3", "D4"), classes.codes()))
            .protect();
    SuppressedTable t = SuppressedTable.view(p, "N", List.of("P1", "P2"), "all", List.of("a", "b"));
    assertThat(t.rowLabels()).containsExactly("P1", "P2");
    for (int i = 0; i <= 2; i++) {
      for (int j = 0; j <= 2; j++) {
        String row = i == 2 ? "N" : List.of("P1", "P2").get(i);
        String col = j == 2 ? "all" : List.of("a", "b").get(j);
        assertThat(t.isSuppressed(i, j))
            .isEqualTo(p.isSuppressed(io.github.connectlao.disclosure.Cell.of(row, col)));
      }
    }
    assertThat(p.value("D1", "a")).isEmpty();
    assertThatThrownBy(() -> SuppressedTable.view(p, "N", List.of("Z"), "all", List.of("a")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'Z'");
  }

  @Test
  void aTableWithoutSmallCellsIsPublishedWhole() {
    SuppressedTable t = SuppressedTable.of(new long[][] {{12, 0}, {25, 9}}, 5);
    assertThat(t.suppressedCount()).isZero();
    assertThat(t.cell(1, 1)).hasValue(9);
  }

  @Test
  void aSingleColumnTableHidesTheTotalInstead() {
    SuppressedTable t = SuppressedTable.of(new long[][] {{2}, {30}, {40}});
    assertThat(t.cell(0, 0)).isEmpty();
    assertThat(t.rowTotal(0)).isEmpty(); // row total equals the cell
    assertNothingRecomputable(t, new long[][] {{2}, {30}, {40}});
  }

  @Test
  void badTablesAreRefused() {
    assertThatThrownBy(() -> SuppressedTable.of(new long[][] {{1, 2}, {3}}))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("cells");
    assertThatThrownBy(() -> SuppressedTable.of(new long[][] {{-1}}))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> SuppressedTable.of(new long[][] {{1}}, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("threshold");
  }

  @Test
  void noSuppressedCellCanBeRecomputedFromTheTotals() {
    qt().withExamples(150)
        .forAll(
            integers().between(1, 5),
            integers().between(1, 5),
            lists().of(integers().between(0, 12)).ofSize(25),
            integers().between(1, 8))
        .checkAssert(
            (rows, cols, values, threshold) -> {
              long[][] cells = new long[rows][cols];
              for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                  cells[i][j] = values.get(i * 5 + j);
                }
              }
              SuppressedTable t = SuppressedTable.of(cells, threshold);
              for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                  boolean small = cells[i][j] > 0 && cells[i][j] < threshold;
                  assertThat(t.isSuppressed(i, j) || !small).isTrue();
                  OptionalLong shown = t.cell(i, j);
                  if (shown.isPresent()) {
                    assertThat(shown.getAsLong()).isEqualTo(cells[i][j]);
                  }
                }
              }
              for (int i = 0; i < rows; i++) {
                long total = 0;
                for (int j = 0; j < cols; j++) {
                  total += cells[i][j];
                }
                long rowTotal = total;
                t.rowTotal(i).ifPresent(v -> assertThat(v).isEqualTo(rowTotal));
                assertThat(t.isSuppressed(i, cols) || !(total > 0 && total < threshold)).isTrue();
              }
              assertNothingRecomputable(t, cells);
              DisclosureAudit.Result audit = DisclosureAudit.audit(t.protectedRelease());
              assertThat(audit.violations()).isEmpty();
              assertThat(audit.pinned()).isZero();
            });
  }

  /**
   * Independent check by linear algebra: the published entries fix some unknowns; the row and
   * column equations (cells sum to their totals) constrain the hidden ones. A hidden entry can be
   * recomputed exactly iff its unit vector lies in the row space of the equations over the
   * unknowns. Also the simple check: no row or column equation has exactly one unknown.
   */
  static void assertNothingRecomputable(SuppressedTable t, long[][] cells) {
    int r = t.rows();
    int c = t.columns();
    List<int[]> unknowns = new ArrayList<>();
    for (int i = 0; i <= r; i++) {
      for (int j = 0; j <= c; j++) {
        if (t.isSuppressed(i, j)) {
          unknowns.add(new int[] {i, j});
        }
      }
    }
    int n = unknowns.size();
    List<double[]> equations = new ArrayList<>();
    for (int i = 0; i <= r; i++) { // row i: sum of cells j<c minus entry (i, c) = 0
      double[] eq = new double[n];
      for (int k = 0; k < n; k++) {
        int[] u = unknowns.get(k);
        if (u[0] == i) {
          eq[k] = u[1] == c ? -1 : 1;
        }
      }
      equations.add(eq);
    }
    for (int j = 0; j <= c; j++) { // column j: sum of entries i<r minus entry (r, j) = 0
      double[] eq = new double[n];
      for (int k = 0; k < n; k++) {
        int[] u = unknowns.get(k);
        if (u[1] == j) {
          eq[k] = u[0] == r ? -1 : 1;
        }
      }
      equations.add(eq);
    }
    for (double[] eq : equations) {
      int nonZero = 0;
      for (double v : eq) {
        nonZero += v != 0 ? 1 : 0;
      }
      assertThat(nonZero).as("an equation with a single unknown").isNotEqualTo(1);
    }
    int rank = rank(equations, n);
    for (int k = 0; k < n; k++) {
      List<double[]> with = new ArrayList<>(equations);
      double[] unit = new double[n];
      unit[k] = 1;
      with.add(unit);
      assertThat(rank(with, n))
          .as("hidden entry (%d, %d) is recomputable", unknowns.get(k)[0], unknowns.get(k)[1])
          .isEqualTo(rank + 1);
    }
  }

  private static int rank(List<double[]> rowsIn, int n) {
    double[][] m = new double[rowsIn.size()][];
    for (int i = 0; i < m.length; i++) {
      m[i] = rowsIn.get(i).clone();
    }
    int rank = 0;
    for (int col = 0; col < n && rank < m.length; col++) {
      int pivot = -1;
      for (int i = rank; i < m.length; i++) {
        if (Math.abs(m[i][col]) > 1e-9
            && (pivot < 0 || Math.abs(m[i][col]) > Math.abs(m[pivot][col]))) {
          pivot = i;
        }
      }
      if (pivot < 0) {
        continue;
      }
      double[] tmp = m[rank];
      m[rank] = m[pivot];
      m[pivot] = tmp;
      for (int i = 0; i < m.length; i++) {
        if (i != rank && Math.abs(m[i][col]) > 1e-12) {
          double f = m[i][col] / m[rank][col];
          for (int k = col; k < n; k++) {
            m[i][k] -= f * m[rank][k];
          }
        }
      }
      rank++;
    }
    return rank;
  }
}
