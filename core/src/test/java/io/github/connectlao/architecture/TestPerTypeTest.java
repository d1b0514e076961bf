package io.github.connectlao.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.Source;
import io.github.connectlao.testing.TestPerType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestPerTypeTest {
  private static final Map<String, String> ALLOWED = Map.of();

  @Test
  void everyPublicTypeWithBehaviourHasItsOwnTestClass() {
    assertThat(TestPerType.check(Source.class, TestPerTypeTest.class, ALLOWED)).isEmpty();
  }
}
