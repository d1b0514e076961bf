package io.github.connectlao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SamSangCountTest {
  private static final Source SRC = Source.synthetic("test count");

  @Test
  void theDocumentedExample() {
    SamSangCount c = SamSang.luangNamtha2018();
    assertThat(c.areaCode()).isEqualTo("LA03");
    assertThat(c.level()).isEqualTo(AdminLevel.VILLAGE);
    assertThat(c.year()).isEqualTo(2018);
    assertThat(c.achieved()).isEqualTo(214);
    assertThat(c.statedTotal()).hasValue(362);
    assertThat(c.source().confidence()).isNotEqualTo(Confidence.SYNTHETIC);
    assertThat(c.toString()).startsWith("LA03 2018: 214 of 362 ");
  }

  @Test
  void aCountWithoutATotalTakesItFromTheGazetteerLater() {
    SamSangCount c = SamSangCount.of("LA03", AdminLevel.DISTRICT, 2020, 2, SRC);
    assertThat(c.statedTotal()).isEmpty();
    assertThat(c.toString()).startsWith("LA03 2020: 2 ").doesNotContain(" of ");
  }

  @Test
  void refusesWhatCannotBeCountedNamingTheField() {
    assertThatThrownBy(() -> SamSangCount.of("LA03", AdminLevel.VILLAGE, 2018, 400, 362, SRC))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("statedTotal: '362' is below the achieved count 400 for LA03 2018");
    assertThatThrownBy(() -> SamSangCount.of("LA03", AdminLevel.VILLAGE, 2018, -1, SRC))
        .hasMessage("achieved: '-1' must not be negative");
    assertThatThrownBy(() -> SamSangCount.of("LA03", AdminLevel.VILLAGE, 1999, 1, SRC))
        .hasMessage("year: '1999' must be between 2000 and 2200");
    assertThatThrownBy(() -> SamSangCount.of("LA03", AdminLevel.NATIONAL, 2018, 1, SRC))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("level: 'NATIONAL' has no Sam Sang status");
    assertThatThrownBy(() -> SamSangCount.of(" ", AdminLevel.VILLAGE, 2018, 1, SRC))
        .hasMessageStartingWith("areaCode: ");
    assertThatThrownBy(
            () -> new SamSangCount("LA03", AdminLevel.VILLAGE, 2018, 1, OptionalLong.empty(), null))
        .hasMessage("source: null is required");
  }
}
