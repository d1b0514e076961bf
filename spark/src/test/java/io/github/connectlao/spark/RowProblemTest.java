package io.github.connectlao.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class RowProblemTest {

  @Test
  void toStringNamesLineColumnValueAndReason() {
    assertThat(new RowProblem(12L, "birth_date", "2022-13-01", "is not a date"))
        .hasToString("line 12, column birth_date, value '2022-13-01': is not a date");
  }

  @Test
  void toStringLeavesOutAnEmptyColumnAndValue() {
    assertThat(new RowProblem(3L, "", "", "has 4 columns, expected 7"))
        .hasToString("line 3: has 4 columns, expected 7");
    assertThat(new RowProblem(3L, "sex", "", "is required"))
        .hasToString("line 3, column sex: is required");
  }

  @Test
  void emptyBeanPrintsWithoutFailing() {
    assertThat(new RowProblem()).hasToString("line null: null");
  }

  @Test
  void settersAndGettersAgree() {
    RowProblem p = new RowProblem();
    p.setLine(7L);
    p.setColumn("unit_code");
    p.setValue("LA-XX");
    p.setReason("is not a unit");
    assertThat(p.getLine()).isEqualTo(7L);
    assertThat(p.getColumn()).isEqualTo("unit_code");
    assertThat(p.getValue()).isEqualTo("LA-XX");
    assertThat(p.getReason()).isEqualTo("is not a unit");
    assertThat(p).hasToString("line 7, column unit_code, value 'LA-XX': is not a unit");
    p.setLine(null);
    assertThat(p.getLine()).isNull();
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    RowProblem p = new RowProblem(9L, "sex", "Q", "is not a sex");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(p);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).usingRecursiveComparison().isEqualTo(p);
    }
  }
}
