package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BirthSettingTest {

  private static BirthRegistration.Builder birth() {
    return BirthRegistration.builder("SYN-1", Sex.FEMALE, LocalDate.of(2023, 5, 1), "LA0301");
  }

  @Test
  void theSettingIsWhatTheRecordSaysAndUnknownWhenItSaysNothing() {
    assertThat(BirthSetting.of(birth().inHealthFacility(true).build()))
        .isEqualTo(BirthSetting.HEALTH_FACILITY);
    assertThat(BirthSetting.of(birth().inHealthFacility(false).build()))
        .isEqualTo(BirthSetting.HOME_OR_OTHER);
    assertThat(BirthSetting.of(birth().build())).isEqualTo(BirthSetting.UNKNOWN);
  }
}
