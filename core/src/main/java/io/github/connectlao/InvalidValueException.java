package io.github.connectlao;

import org.jspecify.annotations.Nullable;

/**
 * A value refused by validation: the message names the field, the value and the reason.
 *
 * <p>Example: {@code registrationDate: 2020-01-01 is before dateOfBirth 2020-02-01}.
 */
public class InvalidValueException extends ConnectLaoException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param field the name of the refused field, e.g. {@code registrationDate}
   * @param value the refused value as text (never personal data)
   * @param reason why it is refused
   */
  public InvalidValueException(String field, @Nullable Object value, String reason) {
    super(field + ": " + quote(value) + " " + reason);
    this.field = InvalidValueException.required(field, "field");
    this.value = String.valueOf(value);
    this.reason = InvalidValueException.required(reason, "reason");
  }

  private static String quote(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    String s = String.valueOf(value);
    if (s.length() > 80) {
      s = s.substring(0, 77) + "...";
    }
    return "'" + s + "'";
  }

  /**
   * Checks a condition and throws when it does not hold.
   *
   * @param condition what must be true
   * @param field the field being checked
   * @param value its value
   * @param reason the reason given when the condition fails
   * @throws InvalidValueException when {@code condition} is false
   */
  public static void check(boolean condition, String field, @Nullable Object value, String reason) {
    if (!condition) {
      throw new InvalidValueException(field, value, reason);
    }
  }

  /**
   * Requires a value to be present.
   *
   * @param <T> the value's type
   * @param value the value
   * @param field the field's name
   * @return the value
   * @throws InvalidValueException when the value is null
   */
  public static <T> T required(@Nullable T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, null, "is required");
    }
    return value;
  }

  /**
   * Requires a text to be present and not blank.
   *
   * @param value the text
   * @param field the field's name
   * @return the text, stripped of surrounding white space
   * @throws InvalidValueException when the text is null or blank
   */
  public static String requiredText(@Nullable String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, value, "must not be blank");
    }
    return value.strip();
  }

  /** @return the name of the refused field */
  public String field() {
    return field;
  }

  /** @return the refused value as text */
  public String value() {
    return value;
  }

  /** @return why the value was refused */
  public String reason() {
    return reason;
  }
}
