package io.github.connectlao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.targets.SamSangAssessment.Result;
import org.junit.jupiter.api.Test;

class SamSangAssessmentTest {
  private static final Source SRC =
      Source.of("provincial Home Affairs report 2023", Confidence.VERIFIED);

  @Test
  void theDocumentedExample() {
    SamSangAssessment a = SamSangAssessment.of("LA0301", 2023, Result.MET, SRC);
    assertThat(a.achieved()).isTrue();
    assertThat(a).hasToString("LA0301 2023: met [provincial Home Affairs report 2023 [verified]]");
    assertThat(SamSangAssessment.of("LA0301", 2023, Result.NOT_MET, SRC).achieved()).isFalse();
    assertThat(SamSangAssessment.of(" LA0301 ", 2023, Result.MET, SRC).unitCode())
        .isEqualTo("LA0301");
  }

  @Test
  void refusesMissingPartsAndYearsOutOfRangeNamingTheField() {
    assertThat(SamSangAssessment.of("LA0301", 2000, Result.MET, SRC).year()).isEqualTo(2000);
    assertThat(SamSangAssessment.of("LA0301", 2200, Result.MET, SRC).year()).isEqualTo(2200);
    assertThatThrownBy(() -> SamSangAssessment.of("LA0301", 1999, Result.MET, SRC))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("year: '1999' must be between 2000 and 2200");
    assertThatThrownBy(() -> SamSangAssessment.of("LA0301", 2201, Result.MET, SRC))
        .hasMessageStartingWith("year: '2201'");
    assertThatThrownBy(() -> SamSangAssessment.of("", 2023, Result.MET, SRC))
        .hasMessageStartingWith("unitCode: ");
    assertThatThrownBy(() -> SamSangAssessment.of("LA0301", 2023, null, SRC))
        .hasMessage("result: null is required");
    assertThatThrownBy(() -> SamSangAssessment.of("LA0301", 2023, Result.MET, null))
        .hasMessage("source: null is required");
  }
}
