package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.state.Sector;
import io.github.connectlao.state.StateBodies;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CooperationTest {

  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final CooperationCatalogue C = LaoCooperation.defaults();
  private static final Source USER = Source.of("test", Confidence.SYNTHETIC);

  @Test
  void programmesCoveringAUnitOnADate() {
    assertThat(LaoCooperation.programmesCovering(LAO.unit("LA05"), LocalDate.of(2021, 6, 1)))
        .extracting(PhaseMatch::toString).containsExactly("COVID19-PREPAREDNESS 2020-2021 (targeted)");
    assertThat(LaoCooperation.programmesCovering(LAO.unit("LA0501"), LocalDate.of(2020, 1, 1)))
        .extracting(m -> m.relation()).containsExactly(PhaseMatch.Relation.INSIDE_TARGET);
    // Attapeu was not a target of the COVID-19 project, but CONNECT covered all provinces in 2022-2023
    assertThat(LaoCooperation.programmesCovering(LAO.unit("LA17"), LocalDate.of(2021, 6, 1))).isEmpty();
    assertThat(LaoCooperation.programmesCovering(LAO.unit("LA17"), LocalDate.of(2023, 12, 31)))
        .extracting(m -> m.programme().id() + " " + m.phase().name()).containsExactly("CONNECT 2022-2023");
    assertThat(LaoCooperation.programmesCovering(LAO.unit("LA17"), LocalDate.of(2024, 1, 1))).isEmpty();
    // the nation holds the targeted provinces
    assertThat(LaoCooperation.programmesCovering(LAO.nation(), LocalDate.of(2020, 7, 1)))
        .extracting(PhaseMatch::relation).containsExactly(PhaseMatch.Relation.CONTAINS_TARGET);
  }

  @Test
  void coverageOfPhases() {
    Coverage covid = LaoCooperation.coverage(LaoCooperation.COVID19_PREPAREDNESS, "2020-2021");
    assertThat(covid.at(AdminLevel.PROVINCE).covered()).isEqualTo(4);
    assertThat(covid.at(AdminLevel.PROVINCE).share().getAsDouble()).isCloseTo(4 / 18.0, within(1e-12));
    assertThat(covid.at(AdminLevel.DISTRICT).covered()).isZero();
    assertThat(covid.at(AdminLevel.VILLAGE).share()).isEmpty();
    Coverage connect = LaoCooperation.coverage(LaoCooperation.CONNECT, "2022-2023");
    assertThat(connect.at(AdminLevel.PROVINCE).covered()).isEqualTo(18);
    assertThat(connect.note().orElseThrow()).contains("not named");
    Coverage samSang = LaoCooperation.coverage(LaoCooperation.SAM_SANG, "since-2012-pilot");
    assertThat(samSang.targetsNamed()).isFalse();
    assertThat(samSang.toString()).startsWith("since-2012-pilot: target area not named");
    // a district target reaches its province
    Phase districts = Phase.of("d", Period.of(PartialDate.ofYear(2024), PartialDate.ofYear(2024)),
        TargetArea.units("LA0501", "LA0502", "LA0301"), null, null, USER);
    Coverage c = C.coverage(districts, LAO);
    assertThat(c.at(AdminLevel.DISTRICT).covered()).isEqualTo(3);
    assertThat(c.at(AdminLevel.PROVINCE).covered()).isEqualTo(2);
    assertThatThrownBy(() -> LaoCooperation.coverage(LaoCooperation.CONNECT, "2030"))
        .hasMessageContaining("phase: '2030' is not a phase of CONNECT");
  }

  @Test
  void womenShareOfAMeeting() {
    Meeting accsm = C.meeting(LaoCooperation.ACCSM_20);
    assertThat(accsm.womenShare().getAsDouble()).isCloseTo(5 / 14.0, within(1e-12));
    assertThat(accsm.participants().toString()).startsWith("14 participants, 5 women (35.7%)");
    assertThat(C.meeting(LaoCooperation.MEETING_2022_09_08).womenShare()).isEmpty();
  }

  @Test
  void timelineOfTheMohaMohCooperation() {
    List<TimelineEvent> t = LaoCooperation.timeline();
    assertThat(t).extracting(e -> e.date().map(PartialDate::toString).orElse("undated") + " " + e.refId())
        .containsExactly(
            "2012 SAM-SANG",
            "2020 DCM-DPL-CRVS-MOU-2020",
            "2020 COVID19-PREPAREDNESS",
            "2021-03 CONNECT",
            "2022 MOHA-MOH-MOU-2022",
            "2022 CONNECT",
            "2022-09-08 MEETING-2022-09-08",
            "2023 CONNECT",
            "2023-03-10 MEETING-2023-03-10",
            "2024-03 CONNECT",
            "undated MPTF-NGPAR");
    // the 2019 consultation was MoHA's alone; the ACCSM was not a MoHA-MoH meeting
    assertThat(t).noneMatch(e -> e.refId().equals(LaoCooperation.MEETING_2019_08_30));
    assertThat(C.timeline(Sector.HOME_AFFAIRS, Sector.PLANNING)).isEmpty();
  }

  @Test
  void reportsAndFrameworks() {
    assertThat(C.reportsOn(LaoCooperation.CONNECT)).extracting(r -> r.covers().toString())
        .containsExactly("2022-01/2022-06", "2022/2022");
    assertThat(C.meetingsOn(LaoCooperation.CONNECT)).extracting(Meeting::id)
        .containsExactly(LaoCooperation.MEETING_2022_09_08, LaoCooperation.MEETING_2023_03_10);
    CooperationFramework plan = C.framework(LaoCooperation.ACCSM_WORK_PLAN);
    assertThat(plan.priorityAreas()).hasSize(12);
    assertThat(plan.activityCount()).contains(80);
    assertThat(plan.activitiesProposedBy("Lao PDR")).hasSize(3);
    assertThat(plan.toString()).isEqualTo(
        "ACCSM-WORKPLAN-2021-2025 ACCSM and ACCSM+3 Work Plan 2021-2025 2021/2025, 12 priority areas, 80 activities");
  }

  @Test
  void usersCanAddAreasAndProgrammes() {
    CooperationArea nutrition = CooperationArea.of("NUTRITION", "ໂພຊະນາການ", "nutrition", USER);
    CooperationCatalogue more = C.withArea(nutrition);
    assertThat(more.areas()).hasSize(C.areas().size() + 1);
    assertThat(more.area("nutrition")).isEqualTo(nutrition);
    assertThat(C.areas()).doesNotContain(nutrition);
    Programme p = new Programme("P", "ໂຄງການ", "a programme", Programme.Kind.PROJECT,
        List.of(StateBodies.ministry(Sector.HEALTH)), List.of(), List.of(nutrition),
        List.of(Phase.of("1", Period.from(PartialDate.ofYear(2025)), TargetArea.units("LA0501"), "UNICEF", null, USER)),
        List.of(), USER);
    assertThatThrownBy(() -> C.withProgramme(p)).hasMessageContaining("programmes[P].areas: 'NUTRITION' is not a area");
    assertThat(more.withProgramme(p).programmesCovering(LAO.unit("LA0501"), LocalDate.of(2026, 1, 1), LAO))
        .extracting(m -> m.programme().id()).containsExactly("P");
  }

  @Test
  void badInputIsRefusedNamingFieldAndValue() {
    Phase ghost = Phase.of("ghost", Period.of(PartialDate.ofYear(2022), PartialDate.ofYear(2023)),
        TargetArea.units("LA05", "LA9999"), null, null, USER);
    Programme p = new Programme("GHOST", "ຜີ", "ghost", Programme.Kind.PROJECT, List.of(), List.of(), List.of(),
        List.of(ghost), List.of(), USER);
    assertThatThrownBy(() -> C.withProgramme(p).check(LAO))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("programmes[GHOST].phases[ghost].targets.unitCodes: 'LA9999' is not in the gazetteer");
    assertThatThrownBy(() -> new Agreement("A", "ບົດບັນທຶກ", "MoU", List.of(StateBodies.ministry(Sector.HEALTH)),
        Agreement.Level.MINISTRY, Optional.empty(), Optional.empty(), List.of(), Agreement.Status.DRAFT, USER))
        .hasMessageContaining("parties: '[HEALTH@LA]' must name at least two parties");
    assertThatThrownBy(() -> Period.of(PartialDate.ofYear(2023), PartialDate.ofMonth(2022, 12)))
        .hasMessageContaining("end: '2022-12' is before the start 2023");
    assertThatThrownBy(() -> Participants.of(-1, 0)).hasMessageContaining("people: '-1' must not be negative");
    assertThatThrownBy(() -> Participants.of(14, 15))
        .hasMessageContaining("women: '15' exceeds the number of people 14");
    assertThatThrownBy(() -> new ParticipantGroup("ກຸ່ມ", "group", Optional.empty(), List.of(), Optional.of(3),
        Optional.of(-2), Optional.empty())).hasMessageContaining("women: '-2' must not be negative");
    Meeting m = C.meeting(LaoCooperation.ACCSM_20);
    assertThatThrownBy(() -> new Meeting(m.id(), m.kind(), m.titleLao(), m.titleEnglish(), m.start(),
        m.start().minusDays(1), m.organisers(), m.chairs(), m.venueLao(), m.venueEnglish(), m.modality(),
        m.participants(), m.programmeIds(), m.frameworkIds(), m.source()))
        .hasMessageContaining("end: '2020-11-16' is before the start 2020-11-17");
    assertThatThrownBy(() -> new Reach(PartialDate.ofYear(2023), "x", Optional.of(-5), Optional.empty(),
        Optional.empty(), false, Optional.empty(), USER)).hasMessageContaining("villages: '-5'");
  }

  @Test
  void periodsPrintAndParseBack() {
    for (String s : List.of("2020/2021", "2012/..", "../..", "2021-03/2021-09", "2020-11-17/2020-11-18")) {
      assertThat(Period.parse(s).toString()).isEqualTo(s);
    }
    assertThat(Period.parse("2020/2021").contains(LocalDate.of(2021, 12, 31))).isTrue();
    assertThat(Period.unknown().contains(LocalDate.of(2021, 12, 31))).isFalse();
    assertThatThrownBy(() -> Period.parse("2020")).hasMessageContaining("period: '2020'");
  }
}
