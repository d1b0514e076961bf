package io.github.connectlao.interop.opensdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.interop.CrvsStatistic;
import org.junit.jupiter.api.Test;

/**
 * A series of an Open SDG indicator file: the two series the library ships with their SDMX codes,
 * completeness series named by the bureau, and the validation of each part.
 */
class OpenSdgSeriesTest {

  @Test
  void sdg1691IsTheUnder5RegistrationSeriesInPerCent() {
    OpenSdgSeries s = OpenSdgSeries.SDG_16_9_1;
    assertThat(s.indicatorId()).isEqualTo("16-9-1");
    assertThat(s.series()).isEqualTo("SG_REG_BRTH");
    assertThat(s.unitMeasure()).isEqualTo("PT");
    assertThat(s.age()).isEqualTo("Y0T4");
    assertThat(s.statistic()).isEqualTo(CrvsStatistic.COVERAGE_U5);
    assertThat(s.fileName()).isEqualTo("indicator_16-9-1.csv");
  }

  @Test
  void registrationsRecordedIsTheNationalSeriesUnder17192_aNumberOfAllAges() {
    OpenSdgSeries s = OpenSdgSeries.BIRTH_REGISTRATIONS_RECORDED;
    assertThat(s.indicatorId()).isEqualTo("17-19-2");
    assertThat(s.series()).isEqualTo("_L_LA_171902_02");
    assertThat(s.unitMeasure()).isEqualTo("NUMBER");
    assertThat(s.age()).isEmpty();
    assertThat(s.statistic()).isEqualTo(CrvsStatistic.BIRTHS_REGISTERED);
    assertThat(s.fileName()).isEqualTo("indicator_17-19-2.csv");
  }

  @Test
  void aCompletenessSeriesIsInPerCentOfAllAges_underTheCodeTheBureauGivesIt() {
    OpenSdgSeries s = OpenSdgSeries.completeness("17-19-2", "_L_LA_BR_COMPLETENESS");
    assertThat(s)
        .isEqualTo(
            new OpenSdgSeries(
                "17-19-2", "_L_LA_BR_COMPLETENESS", "PT", "", CrvsStatistic.COMPLETENESS));
    assertThatThrownBy(() -> OpenSdgSeries.completeness("17-19-2", " "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("series");
  }

  @Test
  void allAgesIsBlank_asOpenSdgLeavesIt() {
    assertThat(new OpenSdgSeries("1-1-1", "S", "PT", "_T", CrvsStatistic.COVERAGE_U5).age())
        .isEmpty();
    assertThat(new OpenSdgSeries("1-1-1", "S", "PT", null, CrvsStatistic.COVERAGE_U5).age())
        .isEmpty();
    assertThat(new OpenSdgSeries("1-1-1", "S", "PT", " Y0T4 ", CrvsStatistic.COVERAGE_U5).age())
        .isEqualTo("Y0T4");
  }

  @Test
  void theIndicatorIdIsAnOpenSdgId_theErrorNamesTheField() {
    for (String bad : new String[] {"16.9.1", "16-9", "SDG-16-9-1", "16-B-1", "16--1", "16-9-1_"}) {
      assertThatThrownBy(() -> new OpenSdgSeries(bad, "S", "PT", "", CrvsStatistic.COVERAGE_U5))
          .as(bad)
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("indicatorId")
          .hasMessageContaining("must be an Open SDG id such as 16-9-1");
    }
    assertThatThrownBy(() -> new OpenSdgSeries(" ", "S", "PT", "", CrvsStatistic.COVERAGE_U5))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("indicatorId");
    // surrounding white space is stripped, not refused
    assertThat(
            new OpenSdgSeries(" 16-9-1 ", "S", "PT", "", CrvsStatistic.COVERAGE_U5).indicatorId())
        .isEqualTo("16-9-1");
    // targets named by a letter, and sub-indicators, are Open SDG ids
    assertThat(new OpenSdgSeries("16-b-1", "S", "PT", "", CrvsStatistic.COVERAGE_U5).fileName())
        .isEqualTo("indicator_16-b-1.csv");
    assertThat(new OpenSdgSeries("3-1-1-a", "S", "PT", "", CrvsStatistic.COVERAGE_U5).indicatorId())
        .isEqualTo("3-1-1-a");
  }

  @Test
  void everyPartIsRequiredByName() {
    assertThatThrownBy(() -> new OpenSdgSeries("1-1-1", null, "PT", "", CrvsStatistic.COVERAGE_U5))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("series");
    assertThatThrownBy(() -> new OpenSdgSeries("1-1-1", "S", "", "", CrvsStatistic.COVERAGE_U5))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("unitMeasure");
    assertThatThrownBy(() -> new OpenSdgSeries("1-1-1", "S", "PT", "", null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("statistic");
  }

  @Test
  void anyGoalTargetAndIndicatorNumberMakesAnIdAndItsFileName() {
    qt().forAll(integers().between(1, 17), integers().between(0, 35), integers().between(1, 20))
        .checkAssert(
            (goal, target, indicator) -> {
              // targets 1 to 20, then the lettered targets a to p
              String t =
                  target < 20
                      ? Integer.toString(target + 1)
                      : String.valueOf((char) ('a' + target - 20));
              String id = goal + "-" + t + "-" + indicator;
              OpenSdgSeries s = new OpenSdgSeries(id, "S", "PT", "", CrvsStatistic.COMPLETENESS);
              assertThat(s.indicatorId()).isEqualTo(id);
              assertThat(s.fileName()).isEqualTo("indicator_" + id + ".csv");
            });
  }
}
