package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LevelCoverageTest {

  @Test
  void theDocumentedExamples() {
    LevelCoverage provinces =
        new LevelCoverage(
            AdminLevel.PROVINCE, Optional.of(18), UnitCount.known(18), UnitCount.known(9));
    assertThat(provinces)
        .hasToString("planned 18/18 provinces (100.0%), reached 9/18 provinces (50.0%)");
    assertThat(provinces.plannedShare().getAsDouble()).isEqualTo(1.0);
    assertThat(provinces.reachedShare().getAsDouble()).isCloseTo(0.5, within(1e-12));

    LevelCoverage districts =
        new LevelCoverage(
            AdminLevel.DISTRICT,
            Optional.of(148),
            UnitCount.unknown("not named in the source"),
            UnitCount.unknown("not reported"));
    assertThat(districts).hasToString("planned districts unknown, reached districts unknown");
    assertThat(districts.plannedShare()).isEmpty();
    assertThat(districts.reachedShare()).isEmpty();
  }

  @Test
  void aCountWithoutATotalHasNoShare() {
    LevelCoverage villages =
        new LevelCoverage(
            AdminLevel.VILLAGE,
            Optional.empty(),
            UnitCount.known(185),
            UnitCount.unknown("not reported"));
    assertThat(villages.format(villages.planned())).isEqualTo("185 villages");
    assertThat(villages.plannedShare()).as("unknown, never 0").isEmpty();
  }

  @Test
  void refusesACountAboveTheTotalOrAnEmptyTotal() {
    assertThatThrownBy(
            () ->
                new LevelCoverage(
                    AdminLevel.PROVINCE, Optional.of(18), UnitCount.known(19), UnitCount.known(1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("count: '19' exceeds the 18 provinces of the gazetteer");
    assertThatThrownBy(
            () ->
                new LevelCoverage(
                    AdminLevel.PROVINCE, Optional.of(18), UnitCount.known(1), UnitCount.known(20)))
        .hasMessageStartingWith("count: '20' exceeds");
    assertThatThrownBy(
            () ->
                new LevelCoverage(
                    AdminLevel.PROVINCE, Optional.of(0), UnitCount.known(0), UnitCount.known(0)))
        .hasMessage("total: '0' must be positive; leave it empty when unknown");
    assertThatThrownBy(
            () -> new LevelCoverage(null, Optional.empty(), UnitCount.known(0), UnitCount.known(0)))
        .hasMessage("level: null is required");
  }
}
