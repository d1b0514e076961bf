package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.BilingualName;
import io.github.connectlao.InvalidValueException;
import org.junit.jupiter.api.Test;

class PriorityAreaTest {
  private static final BilingualName NAME =
      BilingualName.of(
          "ການສ້າງຄວາມອາດສາມາດ ແລະ ການຮ່ວມມືດ້ານການປົກຄອງທ້ອງຖິ່ນ",
          "Local administration capacity building and cooperation");

  @Test
  void theDocumentedExample() {
    PriorityArea p =
        new PriorityArea(11, NAME, " Local Administration Capacity Building and Cooperation ");
    assertThat(p).hasToString("11 Local administration capacity building and cooperation");
    assertThat(p.nameEnglish()).isEqualTo(NAME.english());
    assertThat(p.nameLao()).isEqualTo(NAME.lao());
    assertThat(p.nameAsWritten())
        .as("kept as written, stripped")
        .isEqualTo("Local Administration Capacity Building and Cooperation");
  }

  @Test
  void refusesANumberBelowOneAndMissingNames() {
    assertThatThrownBy(() -> new PriorityArea(0, NAME, "x"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("number: '0' must be at least 1");
    assertThatThrownBy(() -> new PriorityArea(1, null, "x")).hasMessage("name: null is required");
    assertThatThrownBy(() -> new PriorityArea(1, NAME, " "))
        .hasMessageStartingWith("nameAsWritten: ");
  }
}
