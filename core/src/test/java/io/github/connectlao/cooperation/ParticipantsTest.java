package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.connectlao.InvalidValueException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParticipantsTest {

  private static ParticipantGroup group(Integer people, Integer women) {
    return new ParticipantGroup(
        "ຄະນະລາວ",
        "Lao PDR delegation",
        Optional.empty(),
        List.of(),
        Optional.ofNullable(people),
        Optional.ofNullable(women),
        Optional.empty());
  }

  @Test
  void theDocumentedExample() {
    Participants p = Participants.of(14, 5);
    assertThat(p).hasToString("14 participants, 5 women (35.7%)");
    assertThat(p.womenShare().getAsDouble()).isCloseTo(5 / 14.0, within(1e-12));
    assertThat(group(14, 5)).hasToString("Lao PDR delegation: 14 people, 5 women");
  }

  @Test
  void uncountedParticipantsHaveNoShareNeverZero() {
    Participants groups = Participants.groups(List.of(group(null, null), group(3, null)));
    assertThat(groups.womenShare()).isEmpty();
    assertThat(groups).hasToString("2 groups, not counted");
    assertThat(Participants.of(0, 0).womenShare()).as("no one: no share").isEmpty();
    assertThat(
            new Participants(
                Optional.of(10), Optional.empty(), List.of(), Optional.of("women not counted")))
        .hasToString("10 participants, women not counted");
  }

  @Test
  void groupsMayNotCountMoreThanTheTotal() {
    assertThat(
            new Participants(
                    Optional.of(14),
                    Optional.of(5),
                    List.of(group(10, 3), group(4, 2)),
                    Optional.empty())
                .groups())
        .hasSize(2);
    assertThatThrownBy(
            () ->
                new Participants(
                    Optional.of(14),
                    Optional.of(5),
                    List.of(group(10, 3), group(5, 1)),
                    Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("groups: '15' people counted in groups exceed the total 14");
    assertThatThrownBy(
            () ->
                new Participants(
                    Optional.of(14),
                    Optional.of(5),
                    List.of(group(10, 3), group(4, 3)),
                    Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("groups: '6' women counted in groups exceed the women in total 5");
  }

  @Test
  void refusesImpossibleCountsNamingTheField() {
    assertThatThrownBy(() -> Participants.of(-1, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("people: '-1' must not be negative (participants)");
    assertThatThrownBy(() -> Participants.of(4, -1))
        .hasMessage("women: '-1' must not be negative (participants)");
    assertThatThrownBy(() -> Participants.of(4, 5))
        .hasMessage("women: '5' exceeds the number of people 4 (participants)");
    assertThatThrownBy(() -> group(4, 5))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("women: '5' exceeds the number of people 4 (Lao PDR delegation)");
  }
}
