package io.github.connectlao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

  @Test
  void theMessageNamesFieldValueAndReason() {
    InvalidValueException e =
        new InvalidValueException(
            "registrationDate", LocalDate.of(2020, 1, 1), "is before dateOfBirth 2020-02-01");
    assertThat(e).hasMessage("registrationDate: '2020-01-01' is before dateOfBirth 2020-02-01");
    assertThat(e.field()).isEqualTo("registrationDate");
    assertThat(e.value()).isEqualTo("2020-01-01");
    assertThat(e.reason()).isEqualTo("is before dateOfBirth 2020-02-01");
    assertThat(e).isInstanceOf(ConnectLaoException.class);
  }

  @Test
  void aNullValueIsPrintedUnquotedAndALongValueIsCut() {
    assertThat(new InvalidValueException("code", null, "is required"))
        .hasMessage("code: null is required");
    String longValue = "x".repeat(200);
    InvalidValueException e = new InvalidValueException("note", longValue, "is too long");
    assertThat(e.getMessage()).isEqualTo("note: '" + "x".repeat(77) + "...' is too long");
    assertThat(e.value()).isEqualTo(longValue);
    assertThat(new InvalidValueException("note", "x".repeat(80), "r").getMessage())
        .contains("x".repeat(80) + "'");
  }

  @Test
  void checkThrowsOnlyWhenTheConditionFails() {
    assertThatNoException()
        .isThrownBy(() -> InvalidValueException.check(true, "count", -1, "must be >= 0"));
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class,
            () -> InvalidValueException.check(false, "count", -1, "must be >= 0"));
    assertThat(e).hasMessage("count: '-1' must be >= 0");
    assertThat(e.field()).isEqualTo("count");
  }

  @Test
  void requiredGivesTheValueBackOrNamesTheField() {
    assertThat(InvalidValueException.required("LA03", "code")).isEqualTo("LA03");
    assertThatThrownBy(() -> InvalidValueException.required(null, "code"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("code: null is required");
  }

  @Test
  void requiredTextStripsAndRefusesBlank() {
    assertThat(InvalidValueException.requiredText("  Vientiane \n", "name")).isEqualTo("Vientiane");
    assertThatThrownBy(() -> InvalidValueException.requiredText(" ", "name"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("name: ' ' must not be blank");
    assertThatThrownBy(() -> InvalidValueException.requiredText(null, "name"))
        .hasMessage("name: null must not be blank");
  }

  @Test
  void fieldAndReasonAreRequired() {
    // the null rule: a public argument that is null is refused by name, never with a bare NPE
    assertThatThrownBy(() -> new InvalidValueException(null, 1, "r"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("field");
    assertThatThrownBy(() -> new InvalidValueException("f", 1, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("reason");
  }
}
