package io.github.connectlao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.csv.RowError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerLoadExceptionTest {

  @Test
  void theMessageNamesTheSourceTheCountAndEachProblem() {
    List<RowError> problems =
        List.of(
            new RowError(3, "code", "LA05", "is used twice (first on line 2)"),
            new RowError(7, "parent_code", "LA99", "unknown parent unit"));
    GazetteerLoadException e = new GazetteerLoadException("units.csv", problems);
    assertThat(e)
        .hasMessage(
            "units.csv: 2 problem(s): line 3, column code, value 'LA05': is used twice "
                + "(first on line 2); line 7, column parent_code, value 'LA99': unknown parent unit");
    assertThat(e.problems()).isEqualTo(problems);
  }

  @Test
  void aLongListKeepsEveryProblemButTheMessageStaysShort() {
    List<RowError> problems = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      problems.add(new RowError(i + 2, "name", "", "is blank"));
    }
    GazetteerLoadException e = new GazetteerLoadException("units.csv", problems);
    assertThat(e.problems()).hasSize(25);
    assertThat(e.getMessage())
        .startsWith("units.csv: 25 problem(s): line 2,")
        .contains("line 21,")
        .doesNotContain("line 22,")
        .endsWith("; and 5 more");
    problems.clear();
    assertThat(e.problems()).hasSize(25);
  }
}
