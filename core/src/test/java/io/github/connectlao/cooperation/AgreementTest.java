package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import io.github.connectlao.state.Sector;
import io.github.connectlao.state.StateBodies;
import io.github.connectlao.state.StateBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class AgreementTest {
  private static final Source TEST = Source.synthetic("test agreement");
  private static final StateBody MOH = StateBodies.ministry(Sector.HEALTH);
  private static final StateBody MOHA = StateBodies.ministry(Sector.HOME_AFFAIRS);
  private static final Optional<PartialDate> Y2022 = Optional.of(PartialDate.ofYear(2022));

  private static Agreement agreement(
      List<StateBody> parties,
      Optional<PartialDate> signed,
      Optional<String> note,
      Agreement.Status status) {
    return new Agreement(
        "A-1",
        "ບົດບັນທຶກຄວາມເຂົ້າໃຈ",
        "MoU on testing",
        parties,
        Agreement.Level.MINISTRY,
        signed,
        note,
        List.of(),
        status,
        TEST);
  }

  @Test
  void theDocumentedExamplePrintsIdLevelTitlePartiesStatusAndDate() {
    assertThat(LaoCooperation.laoPdr().agreement(LaoCooperation.MOU_2022))
        .hasToString(
            "MOHA-MOH-MOU-2022 ministry-level MoU on technical work, HOME_AFFAIRS@LA + HEALTH@LA,"
                + " signed 2022 (early 2022, ໃນຕົ້ນປີ 2022)");
    assertThat(
            agreement(
                List.of(MOH, MOHA), Y2022, Optional.of("early 2022"), Agreement.Status.SIGNED))
        .hasToString(
            "A-1 ministry-level MoU on testing, HEALTH@LA + HOME_AFFAIRS@LA, signed 2022 (early"
                + " 2022)");
    assertThat(
            agreement(
                List.of(MOHA, MOH), Optional.empty(), Optional.empty(), Agreement.Status.DRAFT))
        .hasToString("A-1 ministry-level MoU on testing, HOME_AFFAIRS@LA + HEALTH@LA, draft");
  }

  @Test
  void textsAreStrippedAndABlankNoteIsAbsent() {
    Agreement a =
        new Agreement(
            " A-1 ",
            " ບົດບັນທຶກ ",
            " MoU ",
            List.of(MOH, MOHA),
            Agreement.Level.DEPARTMENT,
            Y2022,
            Optional.of("  "),
            List.of(),
            Agreement.Status.ENDED,
            TEST);
    assertThat(a.id()).isEqualTo("A-1");
    assertThat(a.titleLao()).isEqualTo("ບົດບັນທຶກ");
    assertThat(a.titleEnglish()).isEqualTo("MoU");
    assertThat(a.signedNote()).isEmpty();
    assertThat(a).hasToString("A-1 department-level MoU, HEALTH@LA + HOME_AFFAIRS@LA, ended 2022");
  }

  @Test
  void needsAtLeastTwoDistinctParties() {
    assertThatThrownBy(
            () -> agreement(List.of(MOH), Y2022, Optional.empty(), Agreement.Status.SIGNED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("parties: '[HEALTH@LA]' must name at least two parties (agreement A-1)");
    assertThatThrownBy(() -> agreement(List.of(), Y2022, Optional.empty(), Agreement.Status.SIGNED))
        .hasMessage("parties: '[]' must name at least two parties (agreement A-1)");
    assertThatThrownBy(
            () ->
                agreement(
                    List.of(MOH, MOHA, MOH), Y2022, Optional.empty(), Agreement.Status.SIGNED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "parties: '[HEALTH@LA, HOME_AFFAIRS@LA, HEALTH@LA]' names HEALTH@LA twice (agreement"
                + " A-1)");
  }

  @Test
  void aSignedAgreementNeedsItsSigningDate() {
    InvalidValueException e =
        catchThrowableOfType(
            () ->
                agreement(
                    List.of(MOH, MOHA),
                    Optional.empty(),
                    Optional.empty(),
                    Agreement.Status.SIGNED),
            InvalidValueException.class);
    assertThat(e.field()).isEqualTo("signed");
    assertThat(e).hasMessage("signed: '' is required for a signed agreement (agreement A-1)");
    // a draft has no signing date yet; an ended agreement may not say when it was signed
    assertThat(
            agreement(
                    List.of(MOH, MOHA), Optional.empty(), Optional.empty(), Agreement.Status.DRAFT)
                .signed())
        .isEmpty();
    assertThat(
            agreement(
                    List.of(MOH, MOHA), Optional.empty(), Optional.empty(), Agreement.Status.ENDED)
                .signed())
        .isEmpty();
  }

  @Test
  void partiesAndAreasAreCopied() {
    List<StateBody> parties = new ArrayList<>(List.of(MOH, MOHA));
    CooperationArea area = CooperationArea.of("WATER", "ນ້ຳ", "water", TEST);
    List<CooperationArea> areas = new ArrayList<>(List.of(area));
    Agreement a =
        new Agreement(
            "A-1",
            "ບົດບັນທຶກ",
            "MoU",
            parties,
            Agreement.Level.PROVINCE,
            Y2022,
            Optional.empty(),
            areas,
            Agreement.Status.SIGNED,
            TEST);
    parties.clear();
    areas.clear();
    assertThat(a.parties()).containsExactly(MOH, MOHA);
    assertThat(a.areas()).containsExactly(area);
    assertThatThrownBy(() -> a.parties().add(MOH))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void joinsTellsWhetherBothSectorsAreParties() {
    Agreement mou = LaoCooperation.laoPdr().agreement(LaoCooperation.MOU_2022);
    assertThat(mou.joins(Sector.HOME_AFFAIRS.code(), Sector.HEALTH.code())).isTrue();
    assertThat(mou.joins(Sector.HEALTH.code(), Sector.HOME_AFFAIRS.code())).isTrue();
    assertThat(mou.joins(Sector.HOME_AFFAIRS.code(), Sector.PLANNING.code())).isFalse();
    assertThat(mou.joins(Sector.PLANNING.code(), Sector.FOREIGN_AFFAIRS.code())).isFalse();
  }

  @Test
  void levelsHaveLaoAndEnglishNames() {
    assertThat(Agreement.Level.MINISTRY.nameLao()).isEqualTo("ຂັ້ນກະຊວງ");
    assertThat(Agreement.Level.DISTRICT.nameEnglish()).isEqualTo("district-level");
    for (Agreement.Level l : Agreement.Level.values()) {
      assertThat(l.displayName().lao()).isEqualTo(l.nameLao()).isNotBlank();
      assertThat(l.displayName().english())
          .isEqualTo(l.nameEnglish())
          .isEqualTo(l.name().toLowerCase(java.util.Locale.ROOT) + "-level");
    }
  }

  @Test
  void everyComponentIsRequiredAndNamed() {
    List<StateBody> two = List.of(MOH, MOHA);
    Optional<PartialDate> none = Optional.empty();
    Optional<String> noNote = Optional.empty();
    Agreement.Level m = Agreement.Level.MINISTRY;
    Agreement.Status d = Agreement.Status.DRAFT;
    List<CooperationArea> no = List.of();
    assertThat(field(() -> new Agreement(null, "ກ", "e", two, m, none, noNote, no, d, TEST)))
        .isEqualTo("id");
    assertThat(field(() -> new Agreement(" ", "ກ", "e", two, m, none, noNote, no, d, TEST)))
        .isEqualTo("id");
    assertThat(field(() -> new Agreement("A", " ", "e", two, m, none, noNote, no, d, TEST)))
        .isEqualTo("titleLao");
    assertThat(field(() -> new Agreement("A", "ກ", null, two, m, none, noNote, no, d, TEST)))
        .isEqualTo("titleEnglish");
    assertThat(field(() -> new Agreement("A", "ກ", "e", null, m, none, noNote, no, d, TEST)))
        .isEqualTo("parties");
    assertThat(field(() -> new Agreement("A", "ກ", "e", two, null, none, noNote, no, d, TEST)))
        .isEqualTo("level");
    assertThat(field(() -> new Agreement("A", "ກ", "e", two, m, null, noNote, no, d, TEST)))
        .isEqualTo("signed");
    assertThat(field(() -> new Agreement("A", "ກ", "e", two, m, none, null, no, d, TEST)))
        .isEqualTo("signedNote");
    assertThat(field(() -> new Agreement("A", "ກ", "e", two, m, none, noNote, null, d, TEST)))
        .isEqualTo("areas");
    assertThat(field(() -> new Agreement("A", "ກ", "e", two, m, none, noNote, no, null, TEST)))
        .isEqualTo("status");
    assertThat(field(() -> new Agreement("A", "ກ", "e", two, m, none, noNote, no, d, null)))
        .isEqualTo("source");
  }

  @Test
  void anySetOfTwoOrMoreDistinctBodiesIsAcceptedAndARepeatIsNot() {
    List<StateBody> pool =
        new ArrayList<>(StateBodies.sectors().stream().map(StateBodies::ministry).toList());
    pool.add(StateBodies.centralBody(StateBodies.MOHA_CABINET));
    pool.add(StateBodies.centralBody(StateBodies.MOH_PLANNING));
    int subsets = 1 << pool.size();
    qt().forAll(integers().between(0, subsets - 1), integers().between(0, pool.size() - 1))
        .checkAssert(
            (mask, repeat) -> {
              List<StateBody> parties = new ArrayList<>();
              for (int i = 0; i < pool.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                  parties.add(pool.get(i));
                }
              }
              if (parties.size() < 2) {
                assertThat(
                        field(
                            () ->
                                agreement(
                                    parties, Y2022, Optional.empty(), Agreement.Status.SIGNED)))
                    .isEqualTo("parties");
                return;
              }
              Agreement a = agreement(parties, Y2022, Optional.empty(), Agreement.Status.SIGNED);
              assertThat(a.parties()).containsExactlyElementsOf(parties);
              assertThat(a.toString())
                  .contains(String.join(" + ", parties.stream().map(StateBody::id).toList()));
              List<StateBody> repeated = new ArrayList<>(parties);
              repeated.add(parties.get(repeat % parties.size()));
              assertThat(
                      field(
                          () ->
                              agreement(
                                  repeated, Y2022, Optional.empty(), Agreement.Status.SIGNED)))
                  .isEqualTo("parties");
            });
  }

  private static String field(ThrowingCallable c) {
    InvalidValueException e = catchThrowableOfType(c, InvalidValueException.class);
    assertThat(e).as("an InvalidValueException").isNotNull();
    return e.field();
  }
}
