package io.github.connectlao.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NoPersonalDataTest {

  @Test
  void findsASecretAnywhereInTheChain() {
    RuntimeException deep = new RuntimeException("ok");
    deep.addSuppressed(new IllegalStateException("token 'Somchai'"));
    RuntimeException top = new RuntimeException("top", new RuntimeException("middle", deep));
    assertThatThrownBy(() -> NoPersonalData.assertAbsent(top, "Somchai"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("suppressed");
    assertThatCode(() -> NoPersonalData.assertAbsent(top, "Noy")).doesNotThrowAnyException();
  }

  @Test
  void survivesACycle() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.addSuppressed(b);
    assertThatCode(() -> NoPersonalData.assertAbsent(b, "secret")).doesNotThrowAnyException();
    org.assertj.core.api.Assertions.assertThat(NoPersonalData.chainLength(b)).isEqualTo(2);
  }
}
