package io.github.connectlao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.targets.SamSangAssessment.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SamSangRollupTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final Source SYNTHETIC = Source.synthetic("test fixture, not real assessments");
  private static final SamSangStatus DISTRICT = SamSangStatus.COMPREHENSIVELY_STRONG_DISTRICT;

  private static AdminUnit firstDistrictOf(String provinceCode) {
    return LAO.children(LAO.unit(provinceCode)).get(0);
  }

  @Test
  void yearMustBeBetween2000And2200() {
    assertThat(SamSang.rollup(LAO, 2000).build().year()).isEqualTo(2000);
    assertThat(SamSang.rollup(LAO, 2200).build().year()).isEqualTo(2200);
    for (int bad : new int[] {1999, 2201}) {
      assertThatThrownBy(() -> SamSang.rollup(LAO, bad))
          .isInstanceOfSatisfying(
              InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("year"));
    }
  }

  @Test
  void unknownOrNationalAssessmentsAreSkippedAndReported() {
    String district = firstDistrictOf("LA03").code();
    SamSangReport r =
        SamSang.rollup(LAO, 2025)
            .assessments(
                List.of(
                    SamSangAssessment.of("LA99", 2024, Result.MET, SYNTHETIC),
                    SamSangAssessment.of("LA", 2024, Result.MET, SYNTHETIC),
                    SamSangAssessment.of(district, 2024, Result.MET, SYNTHETIC)))
            .build();
    assertThat(r.problems())
        .containsExactly(
            "assessment LA99 2024: unknown unit code, skipped",
            "assessment LA 2024: the nation has no Sam Sang status, skipped");
    assertThat(r.row("LA", DISTRICT).achieved()).hasValue(1); // the good one is kept
    assertThat(r.row("LA03", DISTRICT).achieved()).hasValue(1);
  }

  @Test
  void countsOfUnknownAreasOrOfLevelsTheAreaCannotContainAreSkippedAndReported() {
    SamSangReport r =
        SamSang.rollup(LAO, 2025)
            .counts(
                List.of(
                    SamSangCount.of("LA99", AdminLevel.DISTRICT, 2024, 1, SYNTHETIC),
                    SamSangCount.of("LA03", AdminLevel.PROVINCE, 2024, 1, SYNTHETIC),
                    SamSangCount.of("LA03", AdminLevel.DISTRICT, 2024, 2, SYNTHETIC)))
            .build();
    assertThat(r.problems())
        .containsExactly(
            "count LA99 2024: unknown area code, skipped",
            "count LA03 2024: a province cannot contain province units, skipped");
    assertThat(r.row("LA03", DISTRICT).achieved()).hasValue(2);
    assertThat(r.row("LA03", DISTRICT).sources()).contains(SYNTHETIC);
  }

  @Test
  void theLatestAssessmentAtOrBeforeTheReportYearCounts() {
    String district = firstDistrictOf("LA05").code();
    List<SamSangAssessment> history =
        List.of(
            SamSangAssessment.of(district, 2021, Result.MET, SYNTHETIC),
            SamSangAssessment.of(district, 2023, Result.NOT_MET, SYNTHETIC),
            SamSangAssessment.of(district, 2030, Result.MET, SYNTHETIC));
    SamSangRow in2022 =
        SamSang.rollup(LAO, 2022).assessments(history).build().row("LA05", DISTRICT);
    assertThat(in2022.achieved()).hasValue(1);
    assertThat(in2022.achievedYear()).hasValue(2021);
    assertThat(in2022.note()).contains("latest data 2021");
    SamSangRow in2025 =
        SamSang.rollup(LAO, 2025).assessments(history).build().row("LA05", DISTRICT);
    assertThat(in2025.achieved()).hasValue(0); // 2023 says not met; 2030 is after the report
    assertThat(in2025.achievedYear()).hasValue(2023);
  }

  @Test
  void aPublishedCountReplacesTheAssessmentsOfItsYear() {
    String district = firstDistrictOf("LA05").code();
    SamSangRow row =
        SamSang.rollup(LAO, 2024)
            .assessments(List.of(SamSangAssessment.of(district, 2024, Result.MET, SYNTHETIC)))
            .counts(List.of(SamSangCount.of("LA05", AdminLevel.DISTRICT, 2024, 3, SYNTHETIC)))
            .build()
            .row("LA05", DISTRICT);
    assertThat(row.achieved()).hasValue(3);
  }

  @Test
  void noBaselineIsAssumedTheEarliestEarlierDataYearIsTheBaseline() {
    String first = firstDistrictOf("LA05").code();
    SamSangRow one =
        SamSang.rollup(LAO, 2023)
            .assessments(List.of(SamSangAssessment.of(first, 2023, Result.MET, SYNTHETIC)))
            .build()
            .row("LA05", DISTRICT);
    assertThat(one.progress()).isPresent();
    assertThat(one.progress().orElseThrow().baselineCount()).isEmpty();
    SamSangRow two =
        SamSang.rollup(LAO, 2023)
            .counts(
                List.of(
                    SamSangCount.of("LA05", AdminLevel.DISTRICT, 2023, 1, SYNTHETIC),
                    SamSangCount.of("LA05", AdminLevel.DISTRICT, 2019, 0, SYNTHETIC),
                    SamSangCount.of("LA05", AdminLevel.DISTRICT, 2021, 1, SYNTHETIC)))
            .build()
            .row("LA05", DISTRICT);
    assertThat(two.progress().orElseThrow().baselineCount())
        .hasValueSatisfying(b -> assertThat(b.year()).isEqualTo(2019));
  }

  @Test
  void aProvinceTargetMustNameAProvince() {
    String district = firstDistrictOf("LA03").code();
    Target wrong =
        SamSang.provinceTarget(district, AdminLevel.VILLAGE, Fraction.of(1, 2), 2025, SYNTHETIC);
    assertThatThrownBy(() -> SamSang.rollup(LAO, 2025).provinceTarget(wrong))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("unitCodes"));
  }

  @Test
  void thresholdsAreRequired() {
    assertThatThrownBy(() -> SamSang.rollup(LAO, 2025).thresholds(null))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("thresholds"));
  }

  @Test
  void aReplacedNationalTargetChangesTheRequiredCount() {
    Target all =
        Target.forProvince(
            "LA", AdminLevel.DISTRICT, "all districts", Fraction.of(1, 1), 2025, SYNTHETIC);
    SamSangReport r = SamSang.rollup(LAO, 2025).nationalTarget(all).build();
    assertThat(r.row("LA", DISTRICT).required()).hasValue(148);
    assertThat(r.row("LA05", DISTRICT).required()).hasValue(5); // the share applied, 5 districts
  }

  @Test
  void aCountAboveTheTotalIsReportedAndLeavesTheStatusUnknown() {
    SamSangReport r =
        SamSang.rollup(LAO, 2025)
            .counts(List.of(SamSangCount.of("LA05", AdminLevel.DISTRICT, 2024, 9, SYNTHETIC)))
            .build();
    SamSangRow row = r.row("LA05", DISTRICT);
    assertThat(row.progress()).isEmpty();
    assertThat(row.achieved()).isEmpty(); // never printed as 0
    assertThat(r.problems()).singleElement().asString().startsWith("LA05 ");
    assertThat(r.toTable()).contains("Problem: LA05 ");
  }

  @Test
  void nationalAchievedIsTheSumOfTheProvinces() {
    List<AdminUnit> districts = LAO.units(AdminLevel.DISTRICT);
    qt().withExamples(30)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              List<SamSangAssessment> list = new ArrayList<>();
              long met = 0;
              for (AdminUnit d : districts) {
                boolean m = random.nextBoolean();
                met += m ? 1 : 0;
                list.add(
                    SamSangAssessment.of(
                        d.code(), 2022, m ? Result.MET : Result.NOT_MET, SYNTHETIC));
              }
              SamSangReport r = SamSang.rollup(LAO, 2025).assessments(list).build();
              assertThat(r.row("LA", DISTRICT).achieved()).hasValue(met);
              long sum = 0;
              for (AdminUnit p : LAO.units(AdminLevel.PROVINCE)) {
                sum += r.row(p.code(), DISTRICT).achieved().orElseThrow();
              }
              assertThat(sum).isEqualTo(met);
              assertThat(r.problems()).isEmpty();
            });
  }
}
