package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import org.junit.jupiter.api.Test;

class CooperationAreaTest {
  private static final Source SRC = Source.synthetic("test area");

  @Test
  void theDocumentedExample() {
    CooperationArea phc = LaoCooperation.laoPdr().area("PRIMARY_HEALTH_CARE");
    assertThat(phc.nameEnglish()).isEqualTo("primary health care");
    assertThat(phc.nameLao()).isEqualTo("ວຽກງານຮັກສາສຸຂະພາບຂັ້ນຕົ້ນ");
    assertThat(phc)
        .hasToString("PRIMARY_HEALTH_CARE primary health care (ວຽກງານຮັກສາສຸຂະພາບຂັ້ນຕົ້ນ)");
  }

  @Test
  void aUserAddsAnArea() {
    CooperationArea a = CooperationArea.of("WATER_2", "ນ້ຳ", "water", SRC);
    assertThat(a.code()).isEqualTo("WATER_2");
    assertThat(a.name().english()).isEqualTo("water");
    assertThat(CooperationArea.of(" X ", "ນ້ຳ", "water", SRC).code()).isEqualTo("X");
    assertThat(CooperationArea.of("A" + "B".repeat(39), "ນ້ຳ", "water", SRC).code()).hasSize(40);
  }

  @Test
  void refusesACodeThatIsNotUpperCaseLettersDigitsAndUnderscores() {
    for (String bad :
        new String[] {"water", "1WATER", "WATER-2", "_W", "A" + "B".repeat(40), "ນ້ຳ"}) {
      assertThatThrownBy(() -> CooperationArea.of(bad, "ນ້ຳ", "water", SRC))
          .as(bad)
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("code: ")
          .hasMessageEndingWith("must be 1 to 40 upper-case letters, digits or underscores");
    }
    assertThatThrownBy(() -> CooperationArea.of("", "ນ້ຳ", "water", SRC))
        .hasMessageStartingWith("code: ");
    assertThatThrownBy(() -> new CooperationArea("X", null, SRC))
        .hasMessage("name: null is required");
    assertThatThrownBy(() -> CooperationArea.of("X", "ນ້ຳ", "water", null))
        .hasMessage("source: null is required");
  }
}
