package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectlao.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeTest {
  static final Programme CONNECT = LaoCooperation.laoPdr().programme(LaoCooperation.CONNECT);

  private static Programme withPhases(List<Phase> phases) {
    Programme p = CONNECT;
    return new Programme(
        p.id(),
        p.name(),
        p.kind(),
        p.leads(),
        p.agreementIds(),
        p.areas(),
        phases,
        p.reach(),
        p.source());
  }

  @Test
  void theDocumentedExample() {
    assertThat(CONNECT)
        .hasToString(
            "CONNECT CONNECT – Community Network Engagement for Essential Health Services"
                + " and COVID-19 Responses Through Trust (cooperation), HOME_AFFAIRS@LA + HEALTH@LA, 2 phases");
    assertThat(CONNECT.kind()).isEqualTo(Programme.Kind.COOPERATION);
    assertThat(CONNECT.nameEnglish()).isEqualTo(CONNECT.name().english());
    assertThat(CONNECT.nameLao()).isEqualTo(CONNECT.name().lao()).isNotBlank();
  }

  @Test
  void aPhaseIsFoundByItsName() {
    for (Phase phase : CONNECT.phases()) {
      assertThat(CONNECT.phase(phase.name())).containsSame(phase);
    }
    assertThat(CONNECT.phase("no such phase")).isEmpty();
  }

  @Test
  void oneProgrammeWithOnePhaseSaysPhase() {
    assertThat(withPhases(List.of(CONNECT.phases().get(0))).toString()).endsWith(", 1 phase");
  }

  @Test
  void aProgrammeNeedsPhasesWithUniqueNames() {
    InvalidValueException none =
        catchThrowableOfType(() -> withPhases(List.of()), InvalidValueException.class);
    assertThat(none.field()).isEqualTo("phases");
    assertThat(none.reason()).contains("CONNECT");
    List<Phase> twice = new ArrayList<>(CONNECT.phases());
    twice.add(CONNECT.phases().get(0));
    InvalidValueException dup =
        catchThrowableOfType(() -> withPhases(twice), InvalidValueException.class);
    assertThat(dup.field()).isEqualTo("phases");
    assertThat(dup.value()).isEqualTo(CONNECT.phases().get(0).name());
  }

  @Test
  void everyComponentIsRequiredAndNamedWhenMissing() {
    Programme p = CONNECT;
    assertThat(
            field(
                () ->
                    new Programme(
                        " ",
                        p.name(),
                        p.kind(),
                        p.leads(),
                        p.agreementIds(),
                        p.areas(),
                        p.phases(),
                        p.reach(),
                        p.source())))
        .isEqualTo("id");
    assertThat(
            field(
                () ->
                    new Programme(
                        p.id(),
                        null,
                        p.kind(),
                        p.leads(),
                        p.agreementIds(),
                        p.areas(),
                        p.phases(),
                        p.reach(),
                        p.source())))
        .isEqualTo("name");
    assertThat(
            field(
                () ->
                    new Programme(
                        p.id(),
                        p.name(),
                        null,
                        p.leads(),
                        p.agreementIds(),
                        p.areas(),
                        p.phases(),
                        p.reach(),
                        p.source())))
        .isEqualTo("kind");
    assertThat(
            field(
                () ->
                    new Programme(
                        p.id(),
                        p.name(),
                        p.kind(),
                        null,
                        p.agreementIds(),
                        p.areas(),
                        p.phases(),
                        p.reach(),
                        p.source())))
        .isEqualTo("leads");
    assertThat(
            field(
                () ->
                    new Programme(
                        p.id(),
                        p.name(),
                        p.kind(),
                        p.leads(),
                        null,
                        p.areas(),
                        p.phases(),
                        p.reach(),
                        p.source())))
        .isEqualTo("agreementIds");
    assertThat(
            field(
                () ->
                    new Programme(
                        p.id(),
                        p.name(),
                        p.kind(),
                        p.leads(),
                        p.agreementIds(),
                        null,
                        p.phases(),
                        p.reach(),
                        p.source())))
        .isEqualTo("areas");
    assertThat(
            field(
                () ->
                    new Programme(
                        p.id(),
                        p.name(),
                        p.kind(),
                        p.leads(),
                        p.agreementIds(),
                        p.areas(),
                        null,
                        p.reach(),
                        p.source())))
        .isEqualTo("phases");
    assertThat(
            field(
                () ->
                    new Programme(
                        p.id(),
                        p.name(),
                        p.kind(),
                        p.leads(),
                        p.agreementIds(),
                        p.areas(),
                        p.phases(),
                        null,
                        p.source())))
        .isEqualTo("reach");
    assertThat(
            field(
                () ->
                    new Programme(
                        p.id(),
                        p.name(),
                        p.kind(),
                        p.leads(),
                        p.agreementIds(),
                        p.areas(),
                        p.phases(),
                        p.reach(),
                        null)))
        .isEqualTo("source");
  }

  private static String field(org.assertj.core.api.ThrowableAssert.ThrowingCallable c) {
    return catchThrowableOfType(c, InvalidValueException.class).field();
  }

  @Test
  void theListsAreCopies() {
    List<Phase> phases = new ArrayList<>(CONNECT.phases());
    Programme p = withPhases(phases);
    phases.clear();
    assertThat(p.phases()).hasSize(2);
  }

  @Test
  void everyKindHasALaoAndAnEnglishName() {
    assertThat(Programme.Kind.PROJECT.nameEnglish()).isEqualTo("project");
    assertThat(Programme.Kind.PROJECT.nameLao()).isEqualTo("ໂຄງການ");
    assertThat(Programme.Kind.POLICY.displayName().english()).isEqualTo("policy");
    assertThat(Programme.Kind.COOPERATION.nameLao()).isEqualTo("ວຽກການຮ່ວມມື");
  }
}
