package io.github.connectlao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import org.junit.jupiter.api.Test;

class SamSangStatusTest {

  @Test
  void oneStatusPerLevelBelowTheNation() {
    assertThat(SamSangStatus.forLevel(AdminLevel.PROVINCE))
        .isEqualTo(SamSangStatus.STRATEGIC_PROVINCE);
    assertThat(SamSangStatus.forLevel(AdminLevel.DISTRICT))
        .isEqualTo(SamSangStatus.COMPREHENSIVELY_STRONG_DISTRICT);
    assertThat(SamSangStatus.forLevel(AdminLevel.VILLAGE))
        .isEqualTo(SamSangStatus.DEVELOPMENT_VILLAGE);
    for (SamSangStatus s : SamSangStatus.values()) {
      assertThat(SamSangStatus.forLevel(s.level())).isEqualTo(s);
    }
  }

  @Test
  void theNationHasNone() {
    assertThatThrownBy(() -> SamSangStatus.forLevel(AdminLevel.NATIONAL))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("level: 'NATIONAL' has no Sam Sang status (province, district or village)");
  }

  @Test
  void namesInBothLanguages() {
    assertThat(SamSangStatus.DEVELOPMENT_VILLAGE.nameEnglish()).isEqualTo("development village");
    assertThat(SamSangStatus.DEVELOPMENT_VILLAGE.nameLao()).isEqualTo("ບ້ານເປັນຫົວໜ່ວຍພັດທະນາ");
    assertThat(SamSangStatus.STRATEGIC_PROVINCE.displayName().english())
        .isEqualTo("strategic province");
  }
}
