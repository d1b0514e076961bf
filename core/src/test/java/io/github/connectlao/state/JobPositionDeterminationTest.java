package io.github.connectlao.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import io.github.connectlao.state.JobPositionDetermination.Stage;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class JobPositionDeterminationTest {
  private static final Source TEST = Source.synthetic("test job positions");
  private static final Optional<PartialDate> NONE = Optional.empty();

  private static Optional<PartialDate> year(int y) {
    return Optional.of(PartialDate.ofYear(y));
  }

  private static Optional<PartialDate> month(int y, int m) {
    return Optional.of(PartialDate.ofMonth(y, m));
  }

  private static JobPositionDetermination record(
      Stage stage,
      Optional<PartialDate> determined,
      Optional<PartialDate> submitted,
      Optional<PartialDate> approved) {
    return new JobPositionDetermination(
        "HEALTH@LA05", stage, determined, submitted, approved, TEST);
  }

  @Test
  void theDocumentedExample() {
    JobPositionDetermination r =
        new JobPositionDetermination(
            "HEALTH@LA05", Stage.SUBMITTED, year(2019), year(2019), Optional.empty(), TEST);
    assertThat(r).hasToString("HEALTH@LA05 completed and submitted 2019");
    assertThat(r.hasReached(Stage.SUBMITTED)).isTrue();
    assertThat(r.hasReached(Stage.APPROVED)).isFalse();
  }

  @Test
  void theTextShowsTheLatestDateKnown() {
    assertThat(record(Stage.APPROVED, year(2018), year(2019), month(2020, 2)))
        .hasToString("HEALTH@LA05 approved 2020-02");
    assertThat(record(Stage.APPROVED, year(2018), NONE, NONE))
        .hasToString("HEALTH@LA05 approved 2018");
    assertThat(record(Stage.APPROVED, NONE, year(2019), NONE))
        .hasToString("HEALTH@LA05 approved 2019");
    assertThat(record(Stage.NOT_STARTED, NONE, NONE, NONE)).hasToString("HEALTH@LA05 not started");
    assertThat(record(Stage.DETERMINED, NONE, NONE, NONE)).hasToString("HEALTH@LA05 determined");
  }

  @Test
  void aDateOfAStageNotReachedIsRefused() {
    assertThatThrownBy(() -> record(Stage.NOT_STARTED, year(2019), NONE, NONE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("determinedOn: '2019' is set but the stage is only NOT_STARTED");
    assertThatThrownBy(() -> record(Stage.DETERMINED, year(2019), year(2019), NONE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("submittedOn: '2019' is set but the stage is only DETERMINED");
    assertThatThrownBy(() -> record(Stage.SUBMITTED, NONE, NONE, year(2020)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("approvedOn: '2020' is set but the stage is only SUBMITTED");
  }

  @Test
  void datesAreInTheOrderOfTheStages() {
    assertThatThrownBy(() -> record(Stage.SUBMITTED, year(2019), year(2018), NONE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("submittedOn: '2018' is before determinedOn 2019");
    assertThatThrownBy(() -> record(Stage.APPROVED, NONE, year(2020), year(2019)))
        .hasMessage("approvedOn: '2019' is before submittedOn 2020");
    // without a submission date, approval is still compared with determination
    assertThatThrownBy(() -> record(Stage.APPROVED, year(2020), NONE, year(2019)))
        .hasMessage("approvedOn: '2019' is before determinedOn 2020");
  }

  @Test
  void partialDatesThatMayBeInOrderAreAccepted() {
    // submitted "2019" may be any day of 2019, so it may follow a determination in June 2019
    assertThat(record(Stage.SUBMITTED, month(2019, 6), year(2019), NONE).submittedOn())
        .isEqualTo(year(2019));
    assertThat(record(Stage.SUBMITTED, year(2019), month(2019, 1), NONE).submittedOn())
        .isEqualTo(month(2019, 1));
    // but January 2019 is wholly before June 2019
    assertThatThrownBy(() -> record(Stage.SUBMITTED, month(2019, 6), month(2019, 1), NONE))
        .hasMessage("submittedOn: '2019-01' is before determinedOn 2019-06");
  }

  @Test
  void hasReachedIsMonotoneInTheStageOrder() {
    for (Stage stage : Stage.values()) {
      JobPositionDetermination r = record(stage, NONE, NONE, NONE);
      for (Stage wanted : Stage.values()) {
        assertThat(r.hasReached(wanted))
            .as("%s has reached %s", stage, wanted)
            .isEqualTo(wanted.ordinal() <= stage.ordinal());
      }
    }
    assertThat(Stage.values())
        .containsExactly(Stage.NOT_STARTED, Stage.DETERMINED, Stage.SUBMITTED, Stage.APPROVED);
  }

  @Test
  void stagesHaveLaoAndEnglishNames() {
    assertThat(Stage.SUBMITTED.nameLao()).isEqualTo("ນໍາສະເໜີມາຍັງກະຊວງພາຍໃນ");
    assertThat(Stage.SUBMITTED.nameEnglish()).isEqualTo("completed and submitted");
    for (Stage s : Stage.values()) {
      assertThat(s.displayName().lao()).isEqualTo(s.nameLao()).isNotBlank();
      assertThat(s.displayName().english()).isEqualTo(s.nameEnglish()).isNotBlank();
    }
  }

  @Test
  void everyComponentIsRequiredAndNamed() {
    Stage s = Stage.NOT_STARTED;
    assertThat(field(() -> new JobPositionDetermination(null, s, NONE, NONE, NONE, TEST)))
        .isEqualTo("bodyId");
    assertThat(field(() -> new JobPositionDetermination(" ", s, NONE, NONE, NONE, TEST)))
        .isEqualTo("bodyId");
    assertThat(field(() -> new JobPositionDetermination("B", null, NONE, NONE, NONE, TEST)))
        .isEqualTo("stage");
    assertThat(field(() -> new JobPositionDetermination("B", s, null, NONE, NONE, TEST)))
        .isEqualTo("determinedOn");
    assertThat(field(() -> new JobPositionDetermination("B", s, NONE, null, NONE, TEST)))
        .isEqualTo("submittedOn");
    assertThat(field(() -> new JobPositionDetermination("B", s, NONE, NONE, null, TEST)))
        .isEqualTo("approvedOn");
    assertThat(field(() -> new JobPositionDetermination("B", s, NONE, NONE, NONE, null)))
        .isEqualTo("source");
    assertThat(new JobPositionDetermination(" B ", s, NONE, NONE, NONE, TEST).bodyId())
        .isEqualTo("B");
  }

  /**
   * Years given for the stages reached (0: not given): accepted exactly when no date belongs to a
   * stage beyond the one reached and the given years do not go backwards.
   */
  @Test
  void aRecordIsAcceptedExactlyWhenItsDatesFitItsStage() {
    qt().forAll(
            integers().between(0, 3),
            integers().between(0, 3),
            integers().between(0, 3),
            integers().between(0, 3))
        .checkAssert(
            (stage, d, s, a) -> {
              Stage st = Stage.values()[stage];
              Optional<PartialDate> determined = d == 0 ? NONE : year(2017 + d);
              Optional<PartialDate> submitted = s == 0 ? NONE : year(2017 + s);
              Optional<PartialDate> approved = a == 0 ? NONE : year(2017 + a);
              boolean reached =
                  (d == 0 || stage >= 1) && (s == 0 || stage >= 2) && (a == 0 || stage >= 3);
              boolean ordered =
                  (d == 0 || s == 0 || d <= s)
                      && (s == 0 || a == 0 || s <= a)
                      && (d == 0 || a == 0 || d <= a);
              if (reached && ordered) {
                JobPositionDetermination r = record(st, determined, submitted, approved);
                assertThat(r.stage()).isEqualTo(st);
                assertThat(r.toString())
                    .endsWith(
                        approved
                            .or(() -> submitted)
                            .or(() -> determined)
                            .map(x -> " " + x)
                            .orElse(st.nameEnglish()));
              } else {
                assertThat(field(() -> record(st, determined, submitted, approved)))
                    .isIn("determinedOn", "submittedOn", "approvedOn");
              }
            });
  }

  private static String field(ThrowingCallable c) {
    InvalidValueException e = catchThrowableOfType(c, InvalidValueException.class);
    assertThat(e).as("an InvalidValueException").isNotNull();
    return e.field();
  }
}
