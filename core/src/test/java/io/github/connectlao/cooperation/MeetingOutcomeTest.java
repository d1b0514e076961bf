package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectlao.BilingualName;
import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeetingOutcomeTest {
  static final Source TEST = Source.synthetic("test outcome");
  static final BilingualName PLAN = BilingualName.of("ແຜນວຽກ", "work plan");

  @Test
  void theTextGivesKindTextAndPeriod() {
    MeetingOutcome o =
        new MeetingOutcome(
            MeetingOutcome.Kind.ADOPTED,
            PLAN,
            Optional.of("F1"),
            Optional.of(DateRange.ofYears(2021, 2025)),
            Optional.empty(),
            TEST);
    assertThat(o.toString())
        .startsWith("adopted: work plan (")
        .endsWith(")")
        .contains(DateRange.ofYears(2021, 2025).toCompactString());
    MeetingOutcome host =
        new MeetingOutcome(
            MeetingOutcome.Kind.NEXT_HOST,
            BilingualName.of("ລາວ", "Lao PDR"),
            Optional.empty(),
            Optional.empty(),
            Optional.of("LA"),
            TEST);
    assertThat(host).hasToString("next host: Lao PDR");
  }

  @Test
  void blankOptionalTextsAreAbsent() {
    MeetingOutcome o =
        new MeetingOutcome(
            MeetingOutcome.Kind.REVIEWED,
            PLAN,
            Optional.of(" "),
            Optional.empty(),
            Optional.of(""),
            TEST);
    assertThat(o.frameworkId()).isEmpty();
    assertThat(o.party()).isEmpty();
  }

  @Test
  void everyComponentIsRequiredAndNamed() {
    Optional<String> none = Optional.empty();
    assertThat(field(() -> new MeetingOutcome(null, PLAN, none, Optional.empty(), none, TEST)))
        .isEqualTo("kind");
    assertThat(
            field(
                () ->
                    new MeetingOutcome(
                        MeetingOutcome.Kind.ADOPTED, null, none, Optional.empty(), none, TEST)))
        .isEqualTo("text");
    assertThat(
            field(
                () ->
                    new MeetingOutcome(
                        MeetingOutcome.Kind.ADOPTED, PLAN, null, Optional.empty(), none, TEST)))
        .isEqualTo("frameworkId");
    assertThat(
            field(
                () ->
                    new MeetingOutcome(MeetingOutcome.Kind.ADOPTED, PLAN, none, null, none, TEST)))
        .isEqualTo("period");
    assertThat(
            field(
                () ->
                    new MeetingOutcome(
                        MeetingOutcome.Kind.ADOPTED, PLAN, none, Optional.empty(), null, TEST)))
        .isEqualTo("party");
    assertThat(
            field(
                () ->
                    new MeetingOutcome(
                        MeetingOutcome.Kind.ADOPTED, PLAN, none, Optional.empty(), none, null)))
        .isEqualTo("source");
  }

  private static String field(org.assertj.core.api.ThrowableAssert.ThrowingCallable c) {
    return catchThrowableOfType(c, InvalidValueException.class).field();
  }
}
