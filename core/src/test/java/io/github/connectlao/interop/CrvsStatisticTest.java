package io.github.connectlao.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.indicator.Term;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CrvsStatisticTest {

  @Test
  void theDocumentedExample() {
    assertThat(CrvsStatistic.BIRTHS_REGISTERED.code()).isEqualTo("births_registered");
    assertThat(CrvsStatistic.BIRTHS_REGISTERED.isByTimeliness()).isTrue();
    assertThat(CrvsStatistic.COMPLETENESS.isPercent()).isTrue();
    assertThat(CrvsStatistic.BIRTHS_ESTIMATED.isPercent()).isFalse();
  }

  @Test
  void onlyRegisteredBirthsSplitByTimelinessAndOnlyRatesArePercentages() {
    assertThat(Arrays.stream(CrvsStatistic.values()).filter(CrvsStatistic::isByTimeliness))
        .containsExactly(CrvsStatistic.BIRTHS_REGISTERED);
    assertThat(Arrays.stream(CrvsStatistic.values()).filter(CrvsStatistic::isPercent))
        .containsExactly(
            CrvsStatistic.COMPLETENESS, CrvsStatistic.COVERAGE_U5, CrvsStatistic.COVERAGE_U18);
  }

  @Test
  void everyCodeReadsBackWhateverTheCaseAndIsAValidDataItem() {
    for (CrvsStatistic s : CrvsStatistic.values()) {
      assertThat(CrvsStatistic.ofCode(s.code())).contains(s);
      assertThat(CrvsStatistic.ofCode(" " + s.code().toUpperCase(java.util.Locale.ROOT) + " "))
          .contains(s);
      assertThat(Term.item(s.code()).name()).isEqualTo(s.code());
    }
    assertThat(Arrays.stream(CrvsStatistic.values()).map(CrvsStatistic::code).distinct())
        .hasSize(CrvsStatistic.values().length);
  }

  @Test
  void anUnknownCodeIsEmptyNotAnError() {
    assertThat(CrvsStatistic.ofCode("births")).isEmpty();
    assertThat(CrvsStatistic.ofCode("")).isEmpty();
    assertThat(CrvsStatistic.ofCode(null)).isEmpty();
  }
}
