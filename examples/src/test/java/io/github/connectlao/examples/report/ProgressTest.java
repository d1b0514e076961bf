package io.github.connectlao.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** No assertion here depends on timing: the dots of a slow step are cosmetic and not checked. */
class ProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aStepReturnsWhatItsWorkReturns() throws Exception {
    try (Progress p = new Progress(err)) {
      Integer five = p.step("adding", () -> 2 + 3);
      assertThat(five).isEqualTo(5);
      Object none = p.step("nothing", () -> null);
      assertThat(none).isNull();
    }
  }

  @Test
  void aStepPassesOnWhatItsWorkThrows() {
    try (Progress p = new Progress(err)) {
      IOException failure = new IOException("disk full");
      assertThatThrownBy(
              () ->
                  p.step(
                      "writing",
                      () -> {
                        throw failure;
                      }))
          .isSameAs(failure);
      assertThatThrownBy(
              () ->
                  p.step(
                      "counting",
                      () -> {
                        throw new OutOfMemoryError("test");
                      }))
          .isInstanceOf(OutOfMemoryError.class);
    }
  }

  @Test
  void aWarningIsOneLineAndTheSameWarningIsShownOnce() {
    try (Progress p = new Progress(err)) {
      p.warn("3 rows of population.csv refused");
      p.warn("other");
      p.warn("3 rows of population.csv refused");
    }
    assertThat(printed().lines())
        .containsExactly("warning: 3 rows of population.csv refused", "warning: other");
  }

  @Test
  void closingTwiceIsHarmless() {
    Progress p = new Progress(err);
    p.close();
    p.close();
    assertThat(printed()).isEmpty();
  }
}
