package io.github.connectlao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.connectlao.testing.ResourceOracles;
import org.junit.jupiter.api.Test;

/**
 * An unknown code in a CSV row costs little: the suggestions it gets ({@link Gazetteer#suggest})
 * fall back on a name search that used to normalise every unit's Lao and English names again for
 * every key of every unit, about 8 ms per unknown code (a 1 MB registration file of unknown codes
 * took minutes; found by the importer fuzz harnesses, whose executions it slowed to ~30 per
 * second). The cost is counted in bytes allocated by the thread (deterministic), not in time.
 */
class UnknownCodeCostTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();

  @Test
  void aSearchThatMatchesNoNameAllocatesLittle() {
    LAO.search("LA9999", 3);
    long bytes = ResourceOracles.allocatedBytes(() -> LAO.search("LA9999", 3));
    System.out.println("search for a code that is no name: " + bytes + " bytes allocated");
    assertThat(bytes).isLessThan(256 * 1024);
  }

  @Test
  void refusingAnUnknownCodeWithSuggestionsAllocatesLittle() {
    assertThat(catchThrowable(() -> LAO.unit("LA9999"))).isInstanceOf(UnknownCodeException.class);
    long bytes = ResourceOracles.allocatedBytes(() -> catchThrowable(() -> LAO.unit("LA9999")));
    System.out.println("refusing an unknown code: " + bytes + " bytes allocated");
    assertThat(bytes).isLessThan(1024 * 1024);
  }
}
