package io.github.connectlao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.facade.ConnectLao;
import io.github.connectlao.testing.ResourceOracles;
import org.junit.jupiter.api.Test;

/** A search query is bounded, so no query can make a search slow. */
class GazetteerSearchLimitTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();

  @Test
  void aQueryLongerThanTheLimitIsRefusedWithAClearError() {
    String huge = "\u0EC8".repeat(40_000) + "\u0ECD".repeat(40_000);
    assertThatThrownBy(() -> LAO.search(huge))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("80000 characters")
        .hasMessageContaining(String.valueOf(Gazetteer.MAX_SEARCH_LENGTH));
    assertThat(LAO.search("x".repeat(Gazetteer.MAX_SEARCH_LENGTH))).isEmpty();
    assertThat(LAO.search(" Bokeo ")).first().extracting(AdminUnit::code).isEqualTo("LA05");
  }

  @Test
  void anUnknownLongCodeIsStillAnUnknownCode() {
    String huge = "Q".repeat(100_000);
    assertThatThrownBy(() -> LAO.unit(huge)).isInstanceOf(UnknownCodeException.class);
    assertThatThrownBy(() -> ConnectLao.unit(huge)).isInstanceOf(UnknownCodeException.class);
  }

  @Test
  void aSearchAtTheLimitCostsAboutAsMuchAsAnOrdinaryOne() {
    String marks =
        ("\u0EC8".repeat(Gazetteer.MAX_SEARCH_LENGTH / 2)
            + "\u0ECD".repeat(Gazetteer.MAX_SEARCH_LENGTH / 2));
    String ordinary =
        "ຫຼວງນ້ຳທາ Louangnamtha ".repeat(20).substring(0, Gazetteer.MAX_SEARCH_LENGTH);
    double ratio =
        ResourceOracles.timeRatio(() -> LAO.search(marks), () -> LAO.search(ordinary), 3);
    assertThat(ratio)
        .as("time of a pathological query / an ordinary one of the same length")
        .isLessThan(20);
  }
}
