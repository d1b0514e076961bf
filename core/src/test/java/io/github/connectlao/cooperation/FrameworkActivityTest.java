package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.BilingualName;
import io.github.connectlao.InvalidValueException;
import org.junit.jupiter.api.Test;

class FrameworkActivityTest {
  private static final BilingualName NAME =
      BilingualName.of("ການໃຫ້ບໍລິການສາທາລະນະແບບດີຈີຕອນ", "Digitalised Public Service Delivery");

  @Test
  void theDocumentedExample() {
    FrameworkActivity a =
        new FrameworkActivity(" Lao PDR ", NAME, "Digitalised Public Service Delivery");
    assertThat(a).hasToString("Digitalised Public Service Delivery (proposed by Lao PDR)");
    assertThat(a.proposer()).isEqualTo("Lao PDR");
    assertThat(a.nameLao()).isEqualTo(NAME.lao());
    assertThat(a.nameEnglish()).isEqualTo(NAME.english());
  }

  @Test
  void refusesMissingPartsNamingTheField() {
    assertThatThrownBy(() -> new FrameworkActivity("", NAME, "x"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("proposer: ");
    assertThatThrownBy(() -> new FrameworkActivity("Lao PDR", null, "x"))
        .hasMessage("name: null is required");
    assertThatThrownBy(() -> new FrameworkActivity("Lao PDR", NAME, null))
        .hasMessage("nameAsWritten: null must not be blank");
  }
}
