package io.github.connectlao.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.ConnectLaoException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowRejectedExceptionTest {

  @Test
  void keepsEveryProblemOfTheRowInOrder() {
    List<RowError> problems =
        new ArrayList<>(
            List.of(
                new RowError(4, "sex", "X", "is not M or F"),
                new RowError(4, "date_of_birth", "2024-13-01", "is not a date")));
    RowRejectedException e = new RowRejectedException(problems);
    problems.clear();
    assertThat(e.errors()).extracting(RowError::column).containsExactly("sex", "date_of_birth");
    assertThat(e)
        .isInstanceOf(ConnectLaoException.class)
        .hasMessage("2 problem(s), first: line 4, column sex, value 'X': is not M or F");
    assertThatThrownBy(() -> e.errors().add(new RowError(1, "", "", "r")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aRejectionWithoutAReasonIsRefused() {
    assertThatThrownBy(() -> new RowRejectedException(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rejected row needs at least one error");
  }
}
