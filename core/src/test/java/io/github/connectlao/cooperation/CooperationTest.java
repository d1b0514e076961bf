package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.connectlao.BilingualName;
import io.github.connectlao.Confidence;
import io.github.connectlao.DateRange;
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
  private static final CooperationCatalogue C = LaoCooperation.laoPdr();
  private static final Source USER = Source.of("test", Confidence.SYNTHETIC);

  @Test
  void programmesCoveringAUnitOnADate() {
    assertThat(LaoCooperation.programmesCovering(LAO.unit("LA05"), LocalDate.of(2021, 6, 1)))
        .extracting(PhaseMatch::toString)
        .containsExactly("COVID19-PREPAREDNESS 2020-2021 (targeted)");
    assertThat(LaoCooperation.programmesCovering(LAO.unit("LA0501"), LocalDate.of(2020, 1, 1)))
        .extracting(m -> m.relation())
        .containsExactly(PhaseMatch.Relation.INSIDE_TARGET);
    // Attapeu was not a target of the COVID-19 project, but CONNECT covered all provinces in
    // 2022-2023
    assertThat(LaoCooperation.programmesCovering(LAO.unit("LA17"), LocalDate.of(2021, 6, 1)))
        .isEmpty();
    assertThat(LaoCooperation.programmesCovering(LAO.unit("LA17"), LocalDate.of(2023, 12, 31)))
        .extracting(m -> m.programme().id() + " " + m.phase().name())
        .containsExactly("CONNECT 2022-2023");
    assertThat(LaoCooperation.programmesCovering(LAO.unit("LA17"), LocalDate.of(2024, 1, 1)))
        .isEmpty();
    // the nation holds the targeted provinces
    assertThat(LaoCooperation.programmesCovering(LAO.nation(), LocalDate.of(2020, 7, 1)))
        .extracting(PhaseMatch::relation)
        .containsExactly(PhaseMatch.Relation.CONTAINS_TARGET);
  }

  @Test
  void coverageOfPhases() {
    Coverage covid = LaoCooperation.coverage(LaoCooperation.COVID19_PREPAREDNESS, "2020-2021");
    assertThat(covid.at(AdminLevel.PROVINCE).planned()).isEqualTo(UnitCount.known(4));
    assertThat(covid.at(AdminLevel.PROVINCE).plannedShare().getAsDouble())
        .isCloseTo(4 / 18.0, within(1e-12));
    // four provinces named, their districts not: unknown, never 0
    assertThat(covid.at(AdminLevel.DISTRICT).planned().isKnown()).isFalse();
    assertThat(covid.at(AdminLevel.VILLAGE).plannedShare()).isEmpty();
    assertThat(covid.at(AdminLevel.PROVINCE).reached().unknownBecause().orElseThrow())
        .isEqualTo("no count of units reached is published for this phase");
    Coverage connect = LaoCooperation.coverage(LaoCooperation.CONNECT, "2022-2023");
    assertThat(connect.at(AdminLevel.PROVINCE).planned()).isEqualTo(UnitCount.known(18));
    assertThat(connect.at(AdminLevel.PROVINCE).reached()).isEqualTo(UnitCount.known(9));
    assertThat(connect.at(AdminLevel.DISTRICT).planned().unknownBecause().orElseThrow())
        .contains("some target districts only");
    assertThat(connect.at(AdminLevel.DISTRICT).reached().unknownBecause().orElseThrow())
        .contains("does not give the districts reached");
    assertThat(connect.at(AdminLevel.VILLAGE).reached()).isEqualTo(UnitCount.known(185));
    assertThat(connect.reach().orElseThrow().label()).isEqualTo("2022-23");
    assertThat(connect.toString())
        .isEqualTo(
            "2022-2023: planned 18/18 provinces (100.0%), districts unknown; "
                + "reached 9/18 provinces (50.0%), districts unknown, 185 villages");
    assertThat(connect.toString()).doesNotContain("0/148").doesNotContain(" (0.0%)");
    Coverage samSang = LaoCooperation.coverage(LaoCooperation.SAM_SANG, "since-2012-pilot");
    assertThat(samSang.levels()).allMatch(l -> !l.planned().isKnown() && !l.reached().isKnown());
    assertThat(samSang.toString())
        .isEqualTo(
            "since-2012-pilot: planned provinces unknown, districts unknown; "
                + "reached provinces unknown, districts unknown");
    // a district target plans its province; nothing is reported reached for a user's phase
    Phase districts =
        Phase.of(
            "d",
            DateRange.ofYear(2024),
            TargetArea.units("LA0501", "LA0502", "LA0301"),
            Optional.empty(),
            Optional.empty(),
            USER);
    Coverage c = C.coverage(districts, LAO);
    assertThat(c.at(AdminLevel.DISTRICT).planned()).isEqualTo(UnitCount.known(3));
    assertThat(c.at(AdminLevel.PROVINCE).planned()).isEqualTo(UnitCount.known(2));
    assertThat(c.at(AdminLevel.PROVINCE).reached().isKnown()).isFalse();
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
    assertThat(t)
        .extracting(e -> e.date().map(PartialDate::toString).orElse("undated") + " " + e.refId())
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
    assertThat(C.reportsOn(LaoCooperation.CONNECT))
        .extracting(r -> r.covers().toCompactString())
        .containsExactly("2022-01/2022-06", "2022");
    assertThat(C.reportsOn(LaoCooperation.CONNECT))
        .extracting(r -> r.covers().toString())
        .containsExactly("2022-01-01/2022-06-30", "2022-01-01/2022-12-31");
    assertThat(C.meetingsOn(LaoCooperation.CONNECT))
        .extracting(Meeting::id)
        .containsExactly(LaoCooperation.MEETING_2022_09_08, LaoCooperation.MEETING_2023_03_10);
    CooperationFramework plan = C.framework(LaoCooperation.ACCSM_WORK_PLAN);
    assertThat(plan.priorityAreas()).hasSize(12);
    assertThat(plan.activityCount()).contains(80);
    assertThat(plan.activitiesProposedBy("Lao PDR")).hasSize(3);
    assertThat(plan.toString())
        .isEqualTo(
            "ACCSM-WORKPLAN-2021-2025 ACCSM and ACCSM+3 Work Plan 2021-2025 2021/2025, 12 priority areas, 80 activities");
  }

  @Test
  void usersCanAddAreasAndProgrammes() {
    CooperationArea nutrition = CooperationArea.of("NUTRITION", "ໂພຊະນາການ", "nutrition", USER);
    CooperationCatalogue more = C.withArea(nutrition);
    assertThat(more.areas()).hasSize(C.areas().size() + 1);
    assertThat(more.area("nutrition")).isEqualTo(nutrition);
    assertThat(C.areas()).doesNotContain(nutrition);
    Programme p =
        new Programme(
            "P",
            BilingualName.of("ໂຄງການ", "a programme"),
            Programme.Kind.PROJECT,
            List.of(StateBodies.ministry(Sector.HEALTH)),
            List.of(),
            List.of(nutrition),
            List.of(
                Phase.of(
                    "1",
                    DateRange.from(LocalDate.of(2025, 1, 1)),
                    TargetArea.units("LA0501"),
                    Optional.of("UNICEF"),
                    Optional.empty(),
                    USER)),
            List.of(),
            USER);
    assertThatThrownBy(() -> C.withProgramme(p))
        .hasMessageContaining("programmes[P].areas: 'NUTRITION' is not a area");
    assertThat(
            more.withProgramme(p)
                .programmesCovering(LAO.unit("LA0501"), LocalDate.of(2026, 1, 1), LAO))
        .extracting(m -> m.programme().id())
        .containsExactly("P");
  }

  @Test
  void badInputIsRefusedNamingFieldAndValue() {
    Phase ghost =
        Phase.of(
            "ghost",
            DateRange.ofYears(2022, 2023),
            TargetArea.units("LA05", "LA9999"),
            Optional.empty(),
            Optional.empty(),
            USER);
    Programme p =
        new Programme(
            "GHOST",
            BilingualName.of("ຜີ", "ghost"),
            Programme.Kind.PROJECT,
            List.of(),
            List.of(),
            List.of(),
            List.of(ghost),
            List.of(),
            USER);
    assertThatThrownBy(() -> C.withProgramme(p).check(LAO))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(
            "programmes[GHOST].phases[ghost].targets.unitCodes: 'LA9999' is not in the gazetteer");
    assertThatThrownBy(
            () ->
                new Agreement(
                    "A",
                    "ບົດບັນທຶກ",
                    "MoU",
                    List.of(StateBodies.ministry(Sector.HEALTH)),
                    Agreement.Level.MINISTRY,
                    Optional.empty(),
                    Optional.empty(),
                    List.of(),
                    Agreement.Status.DRAFT,
                    USER))
        .hasMessageContaining("parties: '[HEALTH@LA]' must name at least two parties");
    assertThatThrownBy(() -> DateRange.of(PartialDate.ofYear(2023), PartialDate.ofMonth(2022, 12)))
        .hasMessageContaining("end: '2022-12-31' is before the start 2023-01-01");
    assertThatThrownBy(() -> Participants.of(-1, 0))
        .hasMessageContaining("people: '-1' must not be negative");
    assertThatThrownBy(() -> Participants.of(14, 15))
        .hasMessageContaining("women: '15' exceeds the number of people 14");
    assertThatThrownBy(
            () ->
                new ParticipantGroup(
                    "ກຸ່ມ",
                    "group",
                    Optional.empty(),
                    List.of(),
                    Optional.of(3),
                    Optional.of(-2),
                    Optional.empty()))
        .hasMessageContaining("women: '-2' must not be negative");
    Meeting m = C.meeting(LaoCooperation.ACCSM_20);
    assertThatThrownBy(
            () ->
                new Meeting(
                    m.id(),
                    m.kind(),
                    m.titleLao(),
                    m.titleEnglish(),
                    DateRange.from(m.start()),
                    m.organisers(),
                    m.people(),
                    m.venueLao(),
                    m.venueEnglish(),
                    m.modality(),
                    m.participants(),
                    m.outcomes(),
                    m.programmeIds(),
                    m.frameworkIds(),
                    m.source()))
        .hasMessageContaining("dates: '2020-11-17/..' needs a last day (meeting ACCSM-20)");
    assertThatThrownBy(
            () ->
                new Reach(
                    PartialDate.ofYear(2023),
                    "x",
                    Optional.of(-5),
                    Optional.empty(),
                    Optional.empty(),
                    Reach.Capital.NOT_STATED,
                    Optional.empty(),
                    USER))
        .hasMessageContaining("villages: '-5'");
    assertThatThrownBy(() -> UnitCount.unknown(" ")).hasMessageContaining("reason");
    assertThatThrownBy(() -> new UnitCount(Optional.of(3), Optional.of("why")))
        .hasMessageContaining(
            "unknownBecause: 'why' must be given exactly when the count is unknown");
    assertThatThrownBy(
            () ->
                new LevelCoverage(
                    AdminLevel.PROVINCE,
                    Optional.of(18),
                    UnitCount.known(19),
                    UnitCount.unknown("x")))
        .hasMessageContaining("count: '19' exceeds the 18 provinces");
  }

  @Test
  void phasePeriodsUseTheOneDateRange() {
    Phase sam = C.programme(LaoCooperation.SAM_SANG).phases().get(0);
    assertThat(sam.period().orElseThrow()).isEqualTo(DateRange.from(LocalDate.of(2012, 1, 1)));
    assertThat(sam.periodText()).isEqualTo("2012/..");
    assertThat(sam.runsOn(LocalDate.of(2030, 1, 1))).isTrue();
    Phase mptf = C.programme(LaoCooperation.MPTF_NGPAR).phases().get(0);
    assertThat(mptf.period()).isEmpty();
    assertThat(mptf.periodText()).isEqualTo("undated");
    assertThat(mptf.runsOn(LocalDate.of(2021, 1, 1))).isFalse();
    Phase design = C.programme(LaoCooperation.CONNECT).phase("design").orElseThrow();
    assertThat(design.period().orElseThrow().toString()).isEqualTo("2021-03-01/2021-09-30");
    assertThat(design.periodText()).isEqualTo("2021-03/2021-09");
  }

  @Test
  void whoPresentedAtAMeeting() {
    Meeting review = C.meeting(LaoCooperation.MEETING_2023_03_10);
    assertThat(review.people(MeetingParticipant.Role.PRESENTER))
        .extracting(MeetingParticipant::name)
        .containsExactly("ນ. ວິໄລທອນ ສູນທອນໄຊມົງຄຸນ", "ດຣ ເກດເກສອນ ພຣະສີສົມບັດ");
    assertThat(review.people(MeetingParticipant.Role.PRESENTER))
        .extracting(p -> p.bodyId().orElseThrow())
        .containsExactly(StateBodies.MOHA_CABINET, StateBodies.MOH_HYGIENE);
    assertThat(review.chairs())
        .extracting(MeetingParticipant::name)
        .containsExactly("ປອ ທອງຈັນ ມະນີໄຊ", "ປອ ດຣ ບຸນແຝງ ພົມມະໄລສິດ");
    assertThat(review.chairs().get(1).position()).isEmpty();
    assertThat(review.people(MeetingParticipant.Role.PRESENTER).get(0).toString())
        .isEqualTo(
            "ນ. ວິໄລທອນ ສູນທອນໄຊມົງຄຸນ, head of the Cabinet Office, Ministry of Home Affairs (MOHA-CABINET): presenter");
    Meeting accsm = C.meeting(LaoCooperation.ACCSM_20);
    assertThat(accsm.people(MeetingParticipant.Role.DELEGATION_HEAD))
        .extracting(p -> p.bodyId().orElseThrow())
        .containsExactly(
            StateBodies.MOHA_CIVIL_SERVICE_EVALUATION, StateBodies.MOHA_CIVIL_SERVICE_MANAGEMENT);
    Meeting consultation = C.meeting(LaoCooperation.MEETING_2019_08_30);
    assertThat(consultation.people(MeetingParticipant.Role.PRESENTER))
        .extracting(p -> p.position().orElseThrow().english())
        .containsExactly(
            "Minister of Home Affairs, deputy head of the committee for improving the state's "
                + "organisational structure");
    // the same minister across meetings, whatever the titles written before the name
    assertThat(C.appearancesOf("ທອງຈັນ ມະນີໄຊ"))
        .extracting(e -> e.getKey().id())
        .containsExactly(LaoCooperation.MEETING_2022_09_08, LaoCooperation.MEETING_2023_03_10);
    assertThat(C.appearancesOf("ທ່ານ ປອ. ທອງຈັນ ມະນີໄຊ")).hasSize(2);
    assertThat(C.appearancesOf("nobody")).isEmpty();
  }

  @Test
  void accsmOutcomes() {
    Meeting accsm = C.meeting(LaoCooperation.ACCSM_20);
    MeetingOutcome next = accsm.outcomes(MeetingOutcome.Kind.NEXT_HOST).get(0);
    assertThat(next.party()).contains("ສ ສ ຫວຽດນາມ (Viet Nam)");
    assertThat(next.period()).contains(DateRange.ofYears(2021, 2022));
    MeetingOutcome review = accsm.outcomes(MeetingOutcome.Kind.REVIEWED).get(0);
    assertThat(review.frameworkId()).contains(LaoCooperation.ACCSM_WORK_PLAN_2016_2020);
    assertThat(C.framework(LaoCooperation.ACCSM_WORK_PLAN_2016_2020).period())
        .isEqualTo(DateRange.ofYears(2016, 2020));
    assertThat(accsm.outcomes(MeetingOutcome.Kind.ADOPTED))
        .extracting(o -> o.frameworkId().orElseThrow())
        .containsExactly(LaoCooperation.ACCSM_WORK_PLAN);
    assertThatThrownBy(
            () ->
                C.withMeeting(
                    new Meeting(
                        "M",
                        accsm.kind(),
                        "ກອງປະຊຸມ",
                        "m",
                        accsm.dates(),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        Modality.ONLINE,
                        Participants.of(1, 0),
                        List.of(
                            new MeetingOutcome(
                                MeetingOutcome.Kind.ADOPTED,
                                BilingualName.of("ກ", "x"),
                                Optional.of("NOPE"),
                                Optional.empty(),
                                Optional.empty(),
                                USER)),
                        List.of(),
                        List.of(),
                        USER)))
        .hasMessageContaining(
            "meetings[M].outcomes.frameworkId: 'NOPE' is not a framework of the catalogue");
  }
}
