package io.github.connectlao.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectlao.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellTest {

  @Test
  void theDocumentedExamples() {
    Cell c = Cell.of("LA05", "delayed");
    assertThat(c.codes()).containsExactly("LA05", "delayed");
    assertThat(c.code(0)).isEqualTo("LA05");
    assertThat(c.code(1)).isEqualTo("delayed");
    assertThat(c)
        .hasToString("LA05 × delayed")
        .isEqualTo(new Cell(List.of("LA05", "delayed")))
        .isNotEqualTo(Cell.of("delayed", "LA05"));
    assertThat(Cell.of("LA", "total")).hasToString("LA × total");
  }

  @Test
  void aCellNamesAtLeastOneCodeAndIsACopy() {
    assertThat(catchThrowableOfType(() -> new Cell(List.of()), InvalidValueException.class).field())
        .isEqualTo("codes");
    assertThat(catchThrowableOfType(() -> new Cell(null), InvalidValueException.class).field())
        .isEqualTo("codes");
    List<String> codes = new ArrayList<>(List.of("LA05"));
    Cell c = new Cell(codes);
    codes.set(0, "LA06");
    assertThat(c.codes()).containsExactly("LA05");
  }
}
