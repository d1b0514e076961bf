package io.github.connectlao.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuppressionTest {

  @Test
  void onlyAPublishedCellIsNotSuppressed() {
    assertThat(Suppression.NONE.isSuppressed()).isFalse();
    assertThat(Suppression.PRIMARY.isSuppressed()).isTrue();
    assertThat(Suppression.ZERO.isSuppressed()).isTrue();
    assertThat(Suppression.SECONDARY.isSuppressed()).isTrue();
  }
}
