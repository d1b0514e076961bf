package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimelinessBandTest {

  @Test
  void bothDelayedBandsAreDelayedAndTheOthersKeepTheirClass() {
    assertThat(TimelinessBand.CURRENT.timeliness()).isEqualTo(Timeliness.CURRENT);
    assertThat(TimelinessBand.LATE.timeliness()).isEqualTo(Timeliness.LATE);
    assertThat(TimelinessBand.DELAYED_WITHIN_SPLIT.timeliness()).isEqualTo(Timeliness.DELAYED);
    assertThat(TimelinessBand.DELAYED_AFTER_SPLIT.timeliness()).isEqualTo(Timeliness.DELAYED);
    assertThat(TimelinessBand.NOT_REGISTERED.timeliness()).isEqualTo(Timeliness.NOT_REGISTERED);
  }

  @Test
  void bandsAreInTheOrderOfTheirClasses() {
    TimelinessBand[] bands = TimelinessBand.values();
    for (int i = 1; i < bands.length; i++) {
      assertThat(bands[i].timeliness()).isGreaterThanOrEqualTo(bands[i - 1].timeliness());
    }
  }
}
