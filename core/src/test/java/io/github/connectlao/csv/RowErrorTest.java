package io.github.connectlao.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RowErrorTest {

  @Test
  void theDocumentedExample() {
    assertThat(new RowError(7, "parent_code", "LA99", "unknown parent unit"))
        .hasToString("line 7, column parent_code, value 'LA99': unknown parent unit");
  }

  @Test
  void aWholeRowErrorNamesNoColumnAndAnEmptyValueIsNotShown() {
    assertThat(new RowError(3, "", "", "has 4 cells, the header has 5"))
        .hasToString("line 3: has 4 cells, the header has 5");
    assertThat(new RowError(3, "code", null, "is required"))
        .hasToString("line 3, column code: is required");
    assertThat(new RowError(3, "code", null, "is required").value()).isEmpty();
  }

  @Test
  void aLongValueIsCutTo80Characters() {
    RowError e = new RowError(2, "note", "y".repeat(500), "is too long");
    assertThat(e.value()).hasSize(80).endsWith("...").startsWith("y".repeat(77));
    assertThat(new RowError(2, "note", "y".repeat(80), "r").value()).isEqualTo("y".repeat(80));
  }

  @Test
  void columnAndReasonAreRequired() {
    assertThatThrownBy(() -> new RowError(1, null, "v", "r")).hasMessageContaining("column");
    assertThatThrownBy(() -> new RowError(1, "c", "v", null)).hasMessageContaining("reason");
  }
}
