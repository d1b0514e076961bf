package io.github.connectlao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BilingualNameTest {

  @Test
  void holdsBothFormsStripped() {
    BilingualName n = BilingualName.of(" ເມືອງ ", "district ");
    assertThat(n.lao()).isEqualTo("ເມືອງ");
    assertThat(n.english()).isEqualTo("district");
    assertThat(n.in(BilingualName.Language.LAO)).isEqualTo("ເມືອງ");
    assertThat(n.in(BilingualName.Language.ENGLISH)).isEqualTo("district");
    assertThat(n).hasToString("district (ເມືອງ)");
  }

  @Test
  void refusesABlankForm() {
    assertThatThrownBy(() -> BilingualName.of(" ", "district"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("nameLao");
    assertThatThrownBy(() -> BilingualName.of("ເມືອງ", null)).hasMessageContaining("nameEnglish");
    assertThatThrownBy(() -> BilingualName.of("ເມືອງ", "x").in(null))
        .hasMessageContaining("language");
  }
}
