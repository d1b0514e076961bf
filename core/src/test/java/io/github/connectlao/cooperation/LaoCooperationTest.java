package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.Gazetteer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaoCooperationTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();

  @Test
  void theEmbeddedCatalogueIsBuiltOnceAndAgreesWithTheGazetteer() {
    CooperationCatalogue c = LaoCooperation.laoPdr();
    assertThat(LaoCooperation.laoPdr()).isSameAs(c);
    assertThat(c.check(LAO)).isEqualTo(c);
    // a fresh build from the bundled files gives an equal catalogue, not the same instance
    CooperationCatalogue again = LaoCooperation.build(LAO);
    assertThat(again).isNotSameAs(c).isEqualTo(c);
  }

  @Test
  void everyIdConstantNamesAnEmbeddedFact() {
    CooperationCatalogue c = LaoCooperation.laoPdr();
    for (String id :
        List.of(
            LaoCooperation.COVID19_PREPAREDNESS,
            LaoCooperation.CONNECT,
            LaoCooperation.MPTF_NGPAR,
            LaoCooperation.SAM_SANG)) {
      assertThat(c.programme(id).id()).isEqualTo(id);
    }
    assertThat(c.agreement(LaoCooperation.MOU_2022).id()).isEqualTo(LaoCooperation.MOU_2022);
    assertThat(c.agreement(LaoCooperation.CRVS_MOU_2020).level())
        .isEqualTo(Agreement.Level.DEPARTMENT);
    for (String id :
        List.of(
            LaoCooperation.MEETING_2022_09_08,
            LaoCooperation.MEETING_2023_03_10,
            LaoCooperation.MEETING_2019_08_30,
            LaoCooperation.ACCSM_20)) {
      assertThat(c.meeting(id).id()).isEqualTo(id);
    }
    assertThat(c.meeting(LaoCooperation.MEETING_2023_03_10).start())
        .isEqualTo(LocalDate.of(2023, 3, 10));
    assertThat(c.meeting(LaoCooperation.ACCSM_20).dates())
        .isEqualTo(DateRange.of(LocalDate.of(2020, 11, 17), LocalDate.of(2020, 11, 18)));
    assertThat(c.framework(LaoCooperation.ACCSM_WORK_PLAN).period())
        .isEqualTo(DateRange.ofYears(2021, 2025));
    assertThat(c.framework(LaoCooperation.ACCSM_WORK_PLAN_2016_2020).period())
        .isEqualTo(DateRange.ofYears(2016, 2020));
  }

  @Test
  void theShortcutsAnswerForTheEmbeddedCatalogue() {
    CooperationCatalogue c = LaoCooperation.laoPdr();
    assertThat(LaoCooperation.areas()).isEqualTo(c.areas()).isNotEmpty();
    assertThat(LaoCooperation.timeline()).isEqualTo(c.timeline()).isNotEmpty();
    LocalDate day = LocalDate.of(2022, 6, 1);
    assertThat(LaoCooperation.programmesCovering(LAO.unit("LA05"), day))
        .isEqualTo(c.programmesCovering(LAO.unit("LA05"), day, LAO));
    Phase phase = c.programme(LaoCooperation.CONNECT).phase("2022-2023").orElseThrow();
    assertThat(LaoCooperation.coverage(LaoCooperation.CONNECT, "2022-2023"))
        .isEqualTo(c.coverage(phase, LAO));
  }

  @Test
  void theDocumentedExamples() {
    CooperationCatalogue c = LaoCooperation.laoPdr();
    // all provinces, districts unnamed
    Phase connect = c.programme(LaoCooperation.CONNECT).phase("2022-2023").orElseThrow();
    assertThat(connect.targets().allAt()).containsExactly(AdminLevel.PROVINCE);
    assertThat(connect.targets().unitCodes()).isEmpty();
    // Bokeo was a target province of the COVID-19 project on 1 January 2021
    assertThat(LaoCooperation.programmesCovering(LAO.unit("LA05"), LocalDate.of(2021, 1, 1)))
        .extracting(m -> m.programme().id())
        .containsExactly(LaoCooperation.COVID19_PREPAREDNESS);
    // 5 of 14
    assertThat(c.meeting(LaoCooperation.ACCSM_20).womenShare().getAsDouble())
        .isCloseTo(5 / 14.0, within(1e-12));
    assertThat(
            c.meeting(LaoCooperation.MEETING_2023_03_10).people(MeetingParticipant.Role.PRESENTER))
        .hasSize(2);
    // Viet Nam, 2021-2022
    MeetingOutcome next =
        c.meeting(LaoCooperation.ACCSM_20).outcomes(MeetingOutcome.Kind.NEXT_HOST).get(0);
    assertThat(next.party()).hasValueSatisfying(p -> assertThat(p).contains("Viet Nam"));
    assertThat(next.period()).contains(DateRange.ofYears(2021, 2022));
  }

  @Test
  void whereTheSourceIsSilentNothingIsMadeUp() {
    CooperationCatalogue c = LaoCooperation.laoPdr();
    // CONNECT's target districts are not named: their number is unknown, not 0
    Coverage connect = LaoCooperation.coverage(LaoCooperation.CONNECT, "2022-2023");
    assertThat(connect.at(AdminLevel.DISTRICT).planned().isKnown()).isFalse();
    // the MPTF project is not dated
    assertThat(c.programme(LaoCooperation.MPTF_NGPAR).phases())
        .allSatisfy(p -> assertThat(p.period()).isEmpty());
    // Sam Sang's pilot units are not named
    assertThat(c.programme(LaoCooperation.SAM_SANG).phases())
        .allSatisfy(p -> assertThat(p.targets().isNamed()).isFalse());
  }

  @Test
  void anUnknownPhaseIsRefusedListingThePhasesThereAre() {
    assertThatThrownBy(() -> LaoCooperation.coverage(LaoCooperation.CONNECT, "2030"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("phase: '2030' is not a phase of CONNECT [")
        .hasMessageContaining("design")
        .hasMessageContaining("2022-2023");
    assertThatThrownBy(() -> LaoCooperation.coverage("NOPE", "2022-2023"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'NOPE'");
  }
}
