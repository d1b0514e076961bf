package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ParticipantGroupTest {
  private static final List<String> FIVE = List.of("B1", "B2", "B3", "B4", "B5");

  private static ParticipantGroup group(
      List<String> bodies, Integer people, Integer women, Modality modality) {
    return new ParticipantGroup(
        "ຄະນະລາວ",
        "Lao PDR delegation",
        Optional.empty(),
        bodies,
        Optional.ofNullable(people),
        Optional.ofNullable(women),
        Optional.ofNullable(modality));
  }

  @Test
  void theDocumentedExampleOfThe20thAccsm() {
    assertThat(group(FIVE, 14, 5, Modality.ONLINE))
        .hasToString("Lao PDR delegation: 14 people, 5 women from 5 bodies, online");
    ParticipantGroup embedded =
        LaoCooperation.laoPdr().meeting(LaoCooperation.ACCSM_20).participants().groups().get(0);
    assertThat(embedded)
        .hasToString("Lao PDR delegation: 14 people, 5 women from 5 bodies, online");
  }

  @Test
  void whatTheSourceDoesNotCountIsLeftOutNeverZero() {
    ParticipantGroup uncounted = group(List.of(), null, null, null);
    assertThat(uncounted).hasToString("Lao PDR delegation");
    assertThat(uncounted.people()).isEmpty();
    assertThat(uncounted.women()).isEmpty();
    assertThat(uncounted.toString()).doesNotContain("0");
    assertThat(group(List.of("B1", "B2"), 3, null, Modality.IN_PERSON))
        .hasToString("Lao PDR delegation: 3 people from 2 bodies, in person");
    assertThat(group(List.of(), 0, 0, null)).hasToString("Lao PDR delegation: 0 people, 0 women");
  }

  @Test
  void refusesImpossibleCountsNamingTheFieldAndTheGroup() {
    assertThatThrownBy(() -> group(List.of(), -1, null, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("people: '-1' must not be negative (Lao PDR delegation)");
    assertThatThrownBy(() -> group(List.of(), null, -2, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("women: '-2' must not be negative (Lao PDR delegation)");
    assertThatThrownBy(() -> group(List.of(), 4, 5, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("women: '5' exceeds the number of people 4 (Lao PDR delegation)");
  }

  @Test
  void labelsAreStrippedAndBodiesCopied() {
    List<String> bodies = new ArrayList<>(FIVE);
    ParticipantGroup g =
        new ParticipantGroup(
            " ຄະນະ ",
            " delegation ",
            Optional.of(AdminLevel.PROVINCE),
            bodies,
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    bodies.clear();
    assertThat(g.labelLao()).isEqualTo("ຄະນະ");
    assertThat(g.labelEnglish()).isEqualTo("delegation");
    assertThat(g.bodyIds()).containsExactlyElementsOf(FIVE);
    assertThat(g.level()).contains(AdminLevel.PROVINCE);
    assertThatThrownBy(() -> g.bodyIds().add("B6"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void everyComponentIsRequiredAndNamed() {
    Optional<Integer> n = Optional.empty();
    List<String> b = List.of();
    assertThat(
            field(
                () -> new ParticipantGroup(null, "e", Optional.empty(), b, n, n, Optional.empty())))
        .isEqualTo("labelLao");
    assertThat(
            field(
                () -> new ParticipantGroup("ກ", " ", Optional.empty(), b, n, n, Optional.empty())))
        .isEqualTo("labelEnglish");
    assertThat(field(() -> new ParticipantGroup("ກ", "e", null, b, n, n, Optional.empty())))
        .isEqualTo("level");
    assertThat(
            field(
                () ->
                    new ParticipantGroup("ກ", "e", Optional.empty(), null, n, n, Optional.empty())))
        .isEqualTo("bodyIds");
    assertThat(
            field(
                () ->
                    new ParticipantGroup("ກ", "e", Optional.empty(), b, null, n, Optional.empty())))
        .isEqualTo("people");
    assertThat(
            field(
                () ->
                    new ParticipantGroup("ກ", "e", Optional.empty(), b, n, null, Optional.empty())))
        .isEqualTo("women");
    assertThat(field(() -> new ParticipantGroup("ກ", "e", Optional.empty(), b, n, n, null)))
        .isEqualTo("modality");
  }

  @Test
  void countsAreAcceptedExactlyWhenNoneIsNegativeAndWomenDoNotExceedPeople() {
    qt().forAll(integers().between(-3, 40), integers().between(-3, 40))
        .checkAssert(
            (people, women) -> {
              boolean valid = people >= 0 && women >= 0 && women <= people;
              if (valid) {
                assertThat(group(List.of(), people, women, null))
                    .hasToString("Lao PDR delegation: " + people + " people, " + women + " women");
              } else {
                assertThat(field(() -> group(List.of(), people, women, null)))
                    .isIn("people", "women");
              }
            });
  }

  private static String field(ThrowingCallable c) {
    InvalidValueException e = catchThrowableOfType(c, InvalidValueException.class);
    assertThat(e).as("an InvalidValueException").isNotNull();
    return e.field();
  }
}
