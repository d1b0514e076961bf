package io.github.connectlao.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TotalBasisTest {

  @Test
  void everyBasisHasItsOwnShortLabel() {
    assertThat(Arrays.stream(TotalBasis.values()).map(TotalBasis::label))
        .containsExactly("gazetteer", "gazetteer (unofficial units)", "stated", "unknown");
  }

  @Test
  void anUnknownTotalIsLabelledUnknownNeverZero() {
    assertThat(TotalBasis.UNKNOWN.label()).isEqualTo("unknown").doesNotContain("0");
  }
}
