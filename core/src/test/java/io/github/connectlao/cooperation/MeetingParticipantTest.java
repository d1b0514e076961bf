package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.BilingualName;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.cooperation.MeetingParticipant.Role;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class MeetingParticipantTest {
  private static final Source TEST = Source.synthetic("test participant");
  private static final Optional<BilingualName> HEAD =
      Optional.of(BilingualName.of("ຫົວໜ້າຫ້ອງການ", "head of the office"));

  private static MeetingParticipant person(Set<Role> roles) {
    return new MeetingParticipant(
        "ທ່ານ ທົດລອງ", HEAD, Optional.of("MOHA-CABINET"), roles, Optional.empty(), TEST);
  }

  @Test
  void theTextGivesNamePositionBodyAndRolesLikeTheDocumentedExample() {
    assertThat(person(Set.of(Role.PRESENTER)))
        .hasToString("ທ່ານ ທົດລອງ, head of the office (MOHA-CABINET): presenter");
    assertThat(
            new MeetingParticipant(
                "ທ່ານ ທົດລອງ",
                Optional.empty(),
                Optional.empty(),
                Set.of(Role.PARTICIPANT),
                Optional.empty(),
                TEST))
        .hasToString("ທ່ານ ທົດລອງ: participant");
  }

  @Test
  void rolesArePrintedInTheirDeclaredOrderWhateverTheInputOrder() {
    assertThat(person(Set.of(Role.SPEAKER, Role.CHAIR, Role.DELEGATION_HEAD)).toString())
        .endsWith(": chair, speaker, head of delegation");
  }

  @Test
  void textsAreStrippedAndABlankBodyIsAbsent() {
    MeetingParticipant p =
        new MeetingParticipant(
            "  ທ່ານ ທົດລອງ ",
            Optional.empty(),
            Optional.of("  "),
            Set.of(Role.SPEAKER),
            Optional.empty(),
            TEST);
    assertThat(p.name()).isEqualTo("ທ່ານ ທົດລອງ");
    assertThat(p.bodyId()).isEmpty();
    assertThat(
            new MeetingParticipant(
                    "ກ",
                    Optional.empty(),
                    Optional.of(" MOH-DPL "),
                    Set.of(Role.SPEAKER),
                    Optional.empty(),
                    TEST)
                .bodyId())
        .contains("MOH-DPL");
  }

  @Test
  void needsAtLeastOneRole() {
    assertThatThrownBy(() -> person(Set.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("roles: '[]' must hold at least one role (ທ່ານ ທົດລອງ)");
  }

  @Test
  void rolesAreCopiedAndAnsweredByHas() {
    Set<Role> roles = EnumSet.of(Role.CO_CHAIR);
    MeetingParticipant p = person(roles);
    roles.add(Role.PRESENTER);
    assertThat(p.roles()).containsExactly(Role.CO_CHAIR);
    assertThat(p.has(Role.CO_CHAIR)).isTrue();
    assertThat(p.has(Role.PRESENTER)).isFalse();
    assertThatThrownBy(() -> p.roles().add(Role.CHAIR))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(field(() -> p.has(null))).isEqualTo("role");
  }

  @Test
  void onlyChairAndCoChairChair() {
    assertThat(EnumSet.allOf(Role.class).stream().filter(Role::chairs))
        .containsExactly(Role.CHAIR, Role.CO_CHAIR);
    assertThat(Role.CHAIR.displayName()).isEqualTo(BilingualName.of("ປະທານ", "chair"));
    assertThat(Role.DELEGATION_HEAD.displayName().english()).isEqualTo("head of delegation");
  }

  @Test
  void everyComponentIsRequiredAndNamed() {
    Set<Role> r = Set.of(Role.CHAIR);
    Optional<BilingualName> no = Optional.empty();
    Optional<String> noBody = Optional.empty();
    assertThat(field(() -> new MeetingParticipant(null, no, noBody, r, no, TEST)))
        .isEqualTo("name");
    assertThat(field(() -> new MeetingParticipant(" ", no, noBody, r, no, TEST))).isEqualTo("name");
    assertThat(field(() -> new MeetingParticipant("ກ", null, noBody, r, no, TEST)))
        .isEqualTo("position");
    assertThat(field(() -> new MeetingParticipant("ກ", no, null, r, no, TEST))).isEqualTo("bodyId");
    assertThat(field(() -> new MeetingParticipant("ກ", no, noBody, null, no, TEST)))
        .isEqualTo("roles");
    assertThat(field(() -> new MeetingParticipant("ກ", no, noBody, r, null, TEST)))
        .isEqualTo("activity");
    assertThat(field(() -> new MeetingParticipant("ກ", no, noBody, r, no, null)))
        .isEqualTo("source");
  }

  @Test
  void theTextListsExactlyTheRolesHeldInDeclaredOrder() {
    Role[] all = Role.values();
    qt().forAll(integers().between(1, (1 << all.length) - 1))
        .checkAssert(
            mask -> {
              Set<Role> roles = EnumSet.noneOf(Role.class);
              for (int i = 0; i < all.length; i++) {
                if ((mask & (1 << i)) != 0) {
                  roles.add(all[i]);
                }
              }
              MeetingParticipant p = person(roles);
              String expected =
                  roles.stream()
                      .map(x -> x.displayName().english())
                      .collect(Collectors.joining(", "));
              assertThat(p.toString()).endsWith("): " + expected);
              for (Role x : all) {
                assertThat(p.has(x)).isEqualTo(roles.contains(x));
              }
            });
  }

  private static String field(ThrowingCallable c) {
    InvalidValueException e = catchThrowableOfType(c, InvalidValueException.class);
    assertThat(e).as("an InvalidValueException").isNotNull();
    return e.field();
  }
}
