package io.github.connectlao.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.state.JobPositionDetermination.Stage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobPositionSummaryTest {
  private static final Source SRC = Source.synthetic("test summary");

  @Test
  void theDocumentedExample() {
    assertThat(StateBodies.jobPositions2019())
        .hasToString("20 bodies, 318 departments completed and submitted (2019-08-30)");
  }

  @Test
  void withoutADateTheTextSaysNone() {
    assertThat(new JobPositionSummary(Stage.APPROVED, 2, 5, Optional.empty(), SRC))
        .hasToString("2 bodies, 5 departments approved");
  }

  @Test
  void refusesCountsThatCannotBeNamingTheField() {
    assertThatThrownBy(() -> new JobPositionSummary(Stage.APPROVED, -1, 5, Optional.empty(), SRC))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("bodies: '-1' must not be negative");
    assertThatThrownBy(() -> new JobPositionSummary(Stage.APPROVED, 0, -5, Optional.empty(), SRC))
        .hasMessage("departments: '-5' must not be negative");
    assertThatThrownBy(() -> new JobPositionSummary(Stage.APPROVED, 6, 5, Optional.empty(), SRC))
        .hasMessage("bodies: '6' exceeds the number of departments 5");
    assertThatThrownBy(() -> new JobPositionSummary(null, 1, 5, Optional.empty(), SRC))
        .hasMessage("reached: null is required");
    assertThatThrownBy(() -> new JobPositionSummary(Stage.APPROVED, 1, 5, null, SRC))
        .hasMessage("asOf: null is required");
    assertThatThrownBy(() -> new JobPositionSummary(Stage.APPROVED, 1, 5, Optional.empty(), null))
        .hasMessage("source: null is required");
  }
}
