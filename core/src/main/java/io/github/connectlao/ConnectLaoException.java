package io.github.connectlao;

import org.jspecify.annotations.Nullable;

/**
 * The base of every exception this library throws on purpose: bad input, unknown codes, data that
 * cannot be loaded.
 *
 * <p>Messages name the field or code, the offending value and the reason, and never contain a
 * child's name or identifier. Catch this type to handle every documented failure at once.
 */
public class ConnectLaoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, naming the value and the reason
   */
  public ConnectLaoException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, naming the value and the reason
   * @param cause the underlying failure, or null when there is none
   */
  public ConnectLaoException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /** @return the message given at construction (never null: every constructor requires one) */
  @Override
  public String getMessage() {
    String message = super.getMessage();
    return message == null ? getClass().getName() : message;
  }
}
