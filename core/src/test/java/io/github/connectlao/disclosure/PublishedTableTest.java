package io.github.connectlao.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedTableTest {

  @Test
  void theDocumentedExampleWalksTheCellsFirstDimensionSlowest() {
    ProtectedRelease p = ProtectedReleaseTest.protect(ProtectedReleaseTest.EXAMPLE);
    PublishedTable t = p.table("provinces");
    assertThat(t.name()).isEqualTo("provinces");
    assertThat(t.selection())
        .containsExactly(List.of("LA", "LA05", "LA06"), ProtectedReleaseTest.ALL_CLASSES);
    assertThat(t.cells())
        .startsWith(
            Cell.of("LA", "total"),
            Cell.of("LA", "current"),
            Cell.of("LA", "late"),
            Cell.of("LA", "delayed"),
            Cell.of("LA05", "total"))
        .hasSize(12)
        .endsWith(Cell.of("LA06", "delayed"));
    StringBuilder shown = new StringBuilder();
    PublishedTable d = p.table("districts");
    for (Cell c : d.cells()) {
      shown
          .append(d.value(c).isPresent() ? Long.toString(d.value(c).getAsLong()) : "x")
          .append(' ');
    }
    assertThat(shown.toString().split(" "))
        .hasSize(16)
        .filteredOn("x"::equals)
        .hasSize(d.suppressedCount());
    assertThat(d.suppressedCount()).isPositive();
    assertThat(d.value(Cell.of("LA0501", "delayed"))).isEmpty();
    assertThat(d.suppression(Cell.of("LA0501", "delayed"))).isEqualTo(Suppression.PRIMARY);
  }

  @Test
  void aTableAgreesWithItsReleaseAndCountsItsOwnSuppressions() {
    ProtectedRelease p = ProtectedReleaseTest.protect(ProtectedReleaseTest.EXAMPLE);
    int sum = 0;
    for (PublishedTable t : p.tables().values()) {
      int hidden = 0;
      for (Cell c : t.cells()) {
        assertThat(t.value(c)).isEqualTo(p.value(c));
        assertThat(t.suppression(c)).isEqualTo(p.suppression(c));
        hidden += p.isSuppressed(c) ? 1 : 0;
      }
      assertThat(t.suppressedCount()).isEqualTo(hidden);
      sum += hidden;
    }
    // the two tables share no cell here, so their suppressions add up to the release's
    assertThat(sum).isEqualTo(p.suppressedCount());
    PublishedTable d = p.table("districts");
    assertThat(d.toString())
        .isEqualTo("PublishedTable[districts, 16 cells, " + d.suppressedCount() + " suppressed]");
  }
}
