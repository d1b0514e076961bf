package io.github.connectlao.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirectionTest {

  @Test
  void openSdgsSignOfTheDesiredDirection() {
    assertThat(Direction.HIGHER_IS_BETTER.sign()).isEqualTo(1);
    assertThat(Direction.LOWER_IS_BETTER.sign()).isEqualTo(-1);
  }
}
