package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.Gazetteer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CooperationCatalogueTest {
  static final CooperationCatalogue C = LaoCooperation.laoPdr();
  static final Gazetteer LAO = Gazetteer.laoPdr();

  @Test
  void theDocumentedExamples() {
    Coverage cov = C.coverage(C.programme("CONNECT").phase("2022-2023").get(), LAO);
    assertThat(cov.at(AdminLevel.PROVINCE).planned().count()).contains(18);
    assertThat(cov.at(AdminLevel.PROVINCE).total()).contains(18);
    assertThat(cov.at(AdminLevel.PROVINCE).reached().count()).contains(9);
    assertThat(C.meeting("MEETING-2023-03-10").people(MeetingParticipant.Role.PRESENTER))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.roles()).contains(MeetingParticipant.Role.PRESENTER));
    assertThat(C.meeting("ACCSM-20").womenShare().getAsDouble()).isCloseTo(5 / 14.0, within(1e-12));
    List<TimelineEvent> timeline = C.timeline();
    assertThat(timeline).isNotEmpty();
    assertThat(timeline.get(0).date().map(Object::toString).orElse("")).startsWith("2012");
  }

  @Test
  void lookupsIgnoreCaseAndSpacesAndAnUnknownIdNamesWhatWasAsked() {
    assertThat(C.programme(" connect ")).isSameAs(C.programme("CONNECT"));
    InvalidValueException e =
        catchThrowableOfType(() -> C.programme("NOPE"), InvalidValueException.class);
    assertThat(e.field()).isEqualTo("programme");
    assertThat(e.value()).isEqualTo("NOPE");
    assertThat(e.reason()).contains("CONNECT");
    assertThat(catchThrowableOfType(() -> C.meeting(null), InvalidValueException.class).field())
        .isEqualTo("meeting");
    assertThat(catchThrowableOfType(() -> C.agreement("x"), InvalidValueException.class).field())
        .isEqualTo("agreement");
    assertThat(catchThrowableOfType(() -> C.area("x"), InvalidValueException.class).field())
        .isEqualTo("area");
    assertThat(catchThrowableOfType(() -> C.report("x"), InvalidValueException.class).field())
        .isEqualTo("report");
    assertThat(catchThrowableOfType(() -> C.framework("x"), InvalidValueException.class).field())
        .isEqualTo("framework");
  }

  @Test
  void everyReferenceOfTheEmbeddedCatalogueResolves() {
    for (Programme p : C.programmes()) {
      p.agreementIds().forEach(id -> assertThat(C.agreement(id).id()).isEqualTo(id));
      p.areas().forEach(a -> assertThat(C.area(a.code())).isEqualTo(a));
    }
    for (Report r : C.reports()) {
      assertThat(C.programme(r.programmeId()).id()).isEqualTo(r.programmeId());
    }
    assertThat(C.check(LAO)).isSameAs(C);
  }

  @Test
  void aProgrammeOnAnUnknownAgreementIsRefusedWithThePathOfTheReference() {
    Programme p = C.programme("CONNECT");
    Programme dangling =
        new Programme(
            "NEW",
            p.name(),
            p.kind(),
            p.leads(),
            List.of("NO-SUCH-AGREEMENT"),
            List.of(),
            p.phases(),
            List.of(),
            p.source());
    InvalidValueException e =
        catchThrowableOfType(() -> C.withProgramme(dangling), InvalidValueException.class);
    assertThat(e.field()).isEqualTo("programmes[NEW].agreementIds");
    assertThat(e.value()).isEqualTo("NO-SUCH-AGREEMENT");
  }

  @Test
  void anIdUsedTwiceIsRefused() {
    List<Programme> twice = new ArrayList<>(C.programmes());
    twice.add(C.programme("CONNECT"));
    InvalidValueException e =
        catchThrowableOfType(
            () ->
                new CooperationCatalogue(
                    C.areas(), C.agreements(), twice, C.meetings(), C.reports(), C.frameworks()),
            InvalidValueException.class);
    assertThat(e.field()).isEqualTo("programmes");
    assertThat(e.value()).isEqualTo("CONNECT");
  }

  /** Lookups ignore case, so two ids that differ only by case would be one: refused. */
  @Test
  void anIdThatDiffersOnlyByCaseIsRefusedToo() {
    Programme p = C.programme("CONNECT");
    Programme lower =
        new Programme(
            "connect",
            p.name(),
            p.kind(),
            p.leads(),
            p.agreementIds(),
            p.areas(),
            p.phases(),
            p.reach(),
            p.source());
    List<Programme> both = new ArrayList<>(C.programmes());
    both.add(lower);
    InvalidValueException e =
        catchThrowableOfType(
            () ->
                new CooperationCatalogue(
                    C.areas(), C.agreements(), both, C.meetings(), C.reports(), C.frameworks()),
            InvalidValueException.class);
    assertThat(e.field()).isEqualTo("programmes");
    assertThat(e.value()).isEqualTo("connect");
    assertThat(e.reason()).contains("ignoring case");
    assertThat(C.programme("connect")).isSameAs(C.programme("CONNECT"));
  }

  @Test
  void addingReplacesTheEntryOfTheSameIdAndLeavesTheOriginalAlone() {
    Programme p = C.programme("CONNECT");
    Programme renamed =
        new Programme(
            p.id(),
            p.name(),
            Programme.Kind.PROJECT,
            p.leads(),
            p.agreementIds(),
            p.areas(),
            p.phases(),
            p.reach(),
            p.source());
    CooperationCatalogue changed = C.withProgramme(renamed);
    assertThat(changed.programme("CONNECT").kind()).isEqualTo(Programme.Kind.PROJECT);
    assertThat(changed.programmes()).hasSameSizeAs(C.programmes());
    assertThat(C.programme("CONNECT").kind()).isEqualTo(Programme.Kind.COOPERATION);
    Programme added =
        new Programme(
            "NEW",
            p.name(),
            p.kind(),
            p.leads(),
            List.of(),
            List.of(),
            p.phases(),
            List.of(),
            p.source());
    assertThat(C.withProgramme(added).programmes())
        .hasSize(C.programmes().size() + 1)
        .endsWith(added);
    assertThat(CooperationCatalogue.empty().withProgramme(added).programme("new")).isSameAs(added);
  }

  @Test
  void anUnknownTargetUnitIsReportedWithTheProgrammeAndThePhase() {
    Programme p = C.programme("CONNECT");
    Phase first = p.phases().get(0);
    Phase bad =
        new Phase(
            first.name(),
            first.period(),
            TargetArea.units("LA99"),
            first.supportingPartner(),
            first.note(),
            first.source());
    Programme withBad =
        new Programme(
            "BAD",
            p.name(),
            p.kind(),
            p.leads(),
            List.of(),
            List.of(),
            List.of(bad),
            List.of(),
            p.source());
    InvalidValueException e =
        catchThrowableOfType(
            () -> C.withProgramme(withBad).check(LAO), InvalidValueException.class);
    assertThat(e.field())
        .isEqualTo("programmes[BAD].phases[" + first.name() + "].targets.unitCodes");
    assertThat(e.value()).isEqualTo("LA99");
  }

  @Test
  void theProgrammesCoveringAUnitRunOnThatDay() {
    LocalDate day = LocalDate.of(2022, 12, 1);
    List<PhaseMatch> matches = C.programmesCovering(LAO.unit("LA05"), day, LAO);
    assertThat(matches).isNotEmpty();
    for (PhaseMatch m : matches) {
      assertThat(m.phase().runsOn(day)).isTrue();
      assertThat(m.phase().targets().isNamed()).isTrue();
    }
    assertThat(C.programmesCovering(LAO.unit("LA05"), LocalDate.of(1990, 1, 1), LAO)).isEmpty();
  }

  @Test
  void meetingsAndReportsOfAProgrammeAreInOrder() {
    List<Meeting> meetings = C.meetingsOn("CONNECT");
    for (int i = 1; i < meetings.size(); i++) {
      assertThat(meetings.get(i - 1).start()).isBeforeOrEqualTo(meetings.get(i).start());
    }
    assertThat(meetings).allSatisfy(m -> assertThat(m.programmeIds()).contains("CONNECT"));
    assertThat(C.reportsOn("CONNECT"))
        .allSatisfy(r -> assertThat(r.programmeId()).isEqualTo("CONNECT"));
    assertThat(C.meetingsOn("NOPE")).isEmpty();
  }

  @Test
  void aPersonIsFoundWhateverTheTitleBeforeTheName() {
    Optional<MeetingParticipant> someone =
        C.meetings().stream().flatMap(m -> m.people().stream()).findFirst();
    assertThat(someone).isPresent();
    String name = someone.get().name();
    List<Map.Entry<Meeting, MeetingParticipant>> plain = C.appearancesOf(name);
    assertThat(plain).isNotEmpty();
    assertThat(C.appearancesOf("ທ່ານ " + name)).isEqualTo(plain);
    assertThat(C.appearancesOf("  " + name.replace(" ", "  ") + " ")).isEqualTo(plain);
    assertThat(
            catchThrowableOfType(() -> C.appearancesOf(" "), InvalidValueException.class).field())
        .isEqualTo("name");
  }
}
