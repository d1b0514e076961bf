package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TimelinessTest {

  @Test
  void onlyNotRegisteredIsUnregistered() {
    assertThat(Arrays.stream(Timeliness.values()).filter(t -> !t.isRegistered()))
        .containsExactly(Timeliness.NOT_REGISTERED);
  }

  @Test
  void theClassesRunFromSoonestToNever() {
    assertThat(Timeliness.values())
        .containsExactly(
            Timeliness.CURRENT, Timeliness.LATE, Timeliness.DELAYED, Timeliness.NOT_REGISTERED);
  }

  @Test
  void everyClassHasItsOwnLaoLabel() {
    assertThat(Arrays.stream(Timeliness.values()).map(Timeliness::nameLao).distinct())
        .hasSize(Timeliness.values().length)
        .allSatisfy(n -> assertThat(n).isNotBlank());
  }
}
