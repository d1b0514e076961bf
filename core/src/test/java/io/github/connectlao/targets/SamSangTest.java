package io.github.connectlao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SamSangTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final Source SYNTHETIC = Source.synthetic("test fixture, not real assessments");

  @Test
  void nationalTargetsAreSourcedAndFlaggedUnverified() {
    List<Target> targets = SamSang.nationalTargets();
    assertThat(targets)
        .extracting(t -> t.target().value().toString())
        .containsExactly("2/3", "1/3", "2/3");
    assertThat(targets)
        .allSatisfy(
            t -> {
              assertThat(t.target().year()).isEqualTo(2025);
              assertThat(t.baseline()).isEmpty();
              assertThat(t.source().confidence()).isEqualTo(Confidence.UNVERIFIED);
              assertThat(t.source().citation())
                  .contains("Ministry of Home Affairs")
                  .contains("8 September 2022");
              assertThat(t.source().note())
                  .hasValueSatisfying(n -> assertThat(n).contains("no published NSEDP text"));
            });
  }

  @Test
  void requiredNationalCounts() {
    assertThat(CountProgress.requiredCount(SamSang.nationalTarget(AdminLevel.PROVINCE), 18))
        .isEqualTo(12);
    assertThat(CountProgress.requiredCount(SamSang.nationalTarget(AdminLevel.DISTRICT), 148))
        .isEqualTo(50);
    assertThat(CountProgress.requiredCount(SamSang.nationalTarget(AdminLevel.DISTRICT), 150))
        .isEqualTo(50);
    assertThat(CountProgress.requiredCount(SamSang.nationalTarget(AdminLevel.VILLAGE), 362))
        .isEqualTo(242);
  }

  @Test
  void luangNamthaExample() {
    SamSangCount ln = SamSang.luangNamtha2018();
    assertThat(ln.source().confidence()).isEqualTo(Confidence.VERIFIED);
    assertThat(ln.source().citation()).contains("psc-lm.lsb.gov.la/?page_id=262");
    SamSangReport r = SamSang.rollup(LAO, 2025).counts(List.of(ln)).build();
    SamSangRow row = r.row("LA03", SamSangStatus.DEVELOPMENT_VILLAGE);
    assertThat(row.total()).hasValue(362);
    assertThat(row.totalBasis()).isEqualTo(TotalBasis.USER_STATED);
    assertThat(row.required()).hasValue(242);
    assertThat(row.achieved()).hasValue(214);
    assertThat(row.gap()).hasValue(28);
    assertThat(row.achievedYear()).hasValue(2018);
    assertThat(row.progressStatus()).isEmpty(); // no baseline count: no status is invented
    assertThat(row.progress().orElseThrow().statusBasis()).contains("no baseline");
    assertThat(row.sources()).contains(SamSang.LUANG_NAMTHA_2018_SOURCE);
  }

  @Test
  void defaultReportCoversTheNationAndEveryProvince() {
    SamSangReport r = SamSang.rollup(LAO, 2025).build();
    assertThat(r.national()).hasSize(3);
    assertThat(r.rows()).hasSize(3 + 18 * 2);
    SamSangRow districts = r.row("LA", SamSangStatus.COMPREHENSIVELY_STRONG_DISTRICT);
    assertThat(districts.total()).hasValue(148);
    assertThat(districts.totalBasis()).isEqualTo(TotalBasis.GAZETTEER);
    assertThat(districts.required()).hasValue(50);
    assertThat(districts.achieved()).isEmpty();
    SamSangRow villages = r.row("LA", SamSangStatus.DEVELOPMENT_VILLAGE);
    assertThat(villages.totalBasis())
        .isEqualTo(TotalBasis.UNKNOWN); // the default gazetteer has no villages
    assertThat(villages.required()).isEmpty();
    assertThat(r.province("LA05")).hasSize(2);
    assertThat(r.row("LA05", SamSangStatus.COMPREHENSIVELY_STRONG_DISTRICT).required())
        .hasValue(2); // 5 districts
    String table = r.toTable();
    assertThat(table)
        .contains("Lao PDR")
        .contains("Bokeo")
        .contains("[unverified]")
        .contains("no published NSEDP text");
  }

  @Test
  void howManyDistrictsAndIsEachProvinceOnTrack() {
    // synthetic assessments: in every province, its first district strong in 2021; by 2023 the
    // first two
    List<SamSangAssessment> list = new ArrayList<>();
    for (AdminUnit p : LAO.units(AdminLevel.PROVINCE)) {
      List<AdminUnit> ds = LAO.children(p);
      list.add(
          SamSangAssessment.of(ds.get(0).code(), 2021, SamSangAssessment.Result.MET, SYNTHETIC));
      list.add(
          SamSangAssessment.of(
              ds.get(1).code(), 2021, SamSangAssessment.Result.NOT_MET, SYNTHETIC));
      list.add(
          SamSangAssessment.of(ds.get(1).code(), 2023, SamSangAssessment.Result.MET, SYNTHETIC));
    }
    SamSangReport r = SamSang.rollup(LAO, 2023).assessments(list).build();
    SamSangRow nat = r.row("LA", SamSangStatus.COMPREHENSIVELY_STRONG_DISTRICT);
    assertThat(nat.required()).hasValue(50);
    assertThat(nat.achieved()).hasValue(36);
    assertThat(nat.gap()).hasValue(14);
    // baseline 18 in 2021, milestones to 50 in 2025: 2023 -> 34; 36 >= 34
    assertThat(nat.progress().orElseThrow().milestone()).hasValue(34);
    assertThat(nat.progressStatus()).contains(ProgressStatus.ON_TRACK);
    // Sekong (LA15) has 4 districts: required 2, achieved 2
    assertThat(r.row("LA15", SamSangStatus.COMPREHENSIVELY_STRONG_DISTRICT).progressStatus())
        .contains(ProgressStatus.ACHIEVED);
    // Savannakhet (LA13): 15 districts, required 5; baseline 1 (2021), milestone 2023 = 3, achieved
    // 2
    SamSangRow svk = r.row("LA13", SamSangStatus.COMPREHENSIVELY_STRONG_DISTRICT);
    assertThat(svk.required()).hasValue(5);
    assertThat(svk.achieved()).hasValue(2);
    assertThat(svk.progressStatus()).contains(ProgressStatus.LIMITED_PROGRESS); // 1 of 2 = 0.5
    assertThat(svk.sources()).contains(SYNTHETIC);
  }

  @Test
  void provinceOwnTargetReplacesTheNationalShare() {
    Target own =
        SamSang.provinceTarget("LA03", AdminLevel.VILLAGE, Fraction.of(3, 4), 2025, SYNTHETIC);
    SamSangReport r =
        SamSang.rollup(LAO, 2025)
            .counts(List.of(SamSang.luangNamtha2018()))
            .provinceTarget(own)
            .build();
    SamSangRow row = r.row("LA03", SamSangStatus.DEVELOPMENT_VILLAGE);
    assertThat(row.target()).isEqualTo(own);
    assertThat(row.required()).hasValue(272); // ceil(3/4 * 362) = 271.5 -> 272
    assertThat(row.gap()).hasValue(58);
  }

  @Test
  void badInputIsReportedOrRefused() {
    SamSangReport r =
        SamSang.rollup(LAO, 2025)
            .assessments(
                List.of(
                    SamSangAssessment.of("NOPE", 2022, SamSangAssessment.Result.MET, SYNTHETIC)))
            .counts(List.of(SamSangCount.of("LA0301", AdminLevel.DISTRICT, 2022, 1, SYNTHETIC)))
            .build();
    assertThat(r.problems()).hasSize(2);
    assertThat(r.problems().get(0)).contains("NOPE").contains("unknown unit code");
    assertThat(r.problems().get(1)).contains("LA0301").contains("cannot contain");
    assertThatThrownBy(() -> SamSangCount.of("LA03", AdminLevel.VILLAGE, 2018, 400, 362, SYNTHETIC))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'362'")
        .hasMessageContaining("400");
    assertThatThrownBy(
            () ->
                SamSang.provinceTarget(
                    "LA03", AdminLevel.VILLAGE, Fraction.of(3, 2), 2025, SYNTHETIC))
        .hasMessageContaining("'3/2'");
    assertThatThrownBy(
            () ->
                CountProgress.of(
                    SamSang.nationalTarget(AdminLevel.VILLAGE),
                    10,
                    TotalBasis.USER_STATED,
                    2022,
                    2,
                    Optional.of(Observation.of(2020, 11)),
                    StatusThresholds.openSdg()))
        .hasMessageContaining("'11'");
  }

  @Test
  void aTotalOfZeroUnits_isNeverReportedAsAchieved() {
    Target villages = SamSang.nationalTarget(AdminLevel.VILLAGE);
    CountProgress none =
        CountProgress.of(
            villages,
            0,
            TotalBasis.USER_STATED,
            2025,
            0,
            Optional.empty(),
            StatusThresholds.openSdg());
    assertThat(none.status()).isEmpty();
    assertThat(none.hasUnits()).isFalse();
    assertThat(none.statusBasis())
        .contains("total is 0 units")
        .contains("neither achieved nor missed");
    assertThat(none.toString())
        .doesNotContain("0 of 0")
        .doesNotContain("achieved,")
        .contains("status unknown");
    // one unit more and the same call is an honest "achieved" or not
    assertThat(
            CountProgress.of(
                    villages,
                    1,
                    TotalBasis.USER_STATED,
                    2025,
                    1,
                    Optional.empty(),
                    StatusThresholds.openSdg())
                .status())
        .contains(ProgressStatus.ACHIEVED);
    // through a rollup: a stated total of 0 villages in a province without villages in the
    // gazetteer
    SamSangReport r =
        SamSang.rollup(LAO, 2025)
            .counts(List.of(SamSangCount.of("LA05", AdminLevel.VILLAGE, 2024, 0, 0, SYNTHETIC)))
            .build();
    SamSangRow row = r.row("LA05", SamSangStatus.DEVELOPMENT_VILLAGE);
    assertThat(row.progressStatus()).isEmpty();
    assertThat(row.statusBasis()).contains("total is 0 units");
    assertThat(row.toString()).contains("status unknown (the total is 0 units");
  }

  @Test
  void unknownIsPrintedAsUnknown_withItsReason_neverAsZeroOrADash() {
    SamSangReport r = SamSang.rollup(LAO, 2025).build();
    SamSangRow villages = r.row("LA", SamSangStatus.DEVELOPMENT_VILLAGE);
    assertThat(villages.statusBasis())
        .startsWith("total unknown")
        .contains("no village units in the gazetteer");
    assertThat(villages.toString())
        .contains("achieved unknown of required unknown")
        .doesNotContain(" 0 ");
    SamSangRow districts = r.row("LA", SamSangStatus.COMPREHENSIVELY_STRONG_DISTRICT);
    assertThat(districts.statusBasis()).isEqualTo("achieved count unknown: no assessment or count");
    String line =
        r.toTable()
            .lines()
            .filter(l -> l.startsWith("LA ") && l.contains("district"))
            .findFirst()
            .orElseThrow();
    assertThat(line)
        .contains("148")
        .contains("50")
        .contains("unknown (achieved count unknown: no assessment or count)")
        .doesNotContain(" - ")
        .doesNotContain(" ? ");
  }
}
