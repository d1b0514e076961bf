package io.github.connectlao.json;

import io.github.connectlao.ConnectLaoException;
import io.github.connectlao.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * JSON that cannot be read into a model type: malformed JSON, a missing or unknown property, a
 * value of the wrong type, or a value the type's validation refuses.
 *
 * <p>Example message: {@code JSON at $.units[2].level: is not one of [NATIONAL, PROVINCE, DISTRICT,
 * VILLAGE]} (the refused value is not quoted: any string field may hold a name typed in the wrong
 * place).
 * The {@link #path()} locates the value ({@code $} is the document root); the {@link #reason()}
 * says what is wrong. Messages never contain a registration's identifier or a child's name, nor
 * any token or string value of the document; the cause chain follows the same rule: a cause is
 * either a {@link ConnectLaoException} of the library (whose messages follow it too) or a {@link
 * Cause} that carries only the stack trace and the class of the underlying failure (Jackson's
 * messages quote the document, so they are never kept).
 */
public class JsonFormatException extends ConnectLaoException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param path where the value is, e.g. {@code $.units[2].level}
   * @param reason what is wrong with it
   */
  public JsonFormatException(String path, String reason) {
    super("JSON at " + path + ": " + reason);
    this.path = InvalidValueException.required(path, "path");
    this.reason = InvalidValueException.required(reason, "reason");
  }

  /**
   * Creates the exception with its cause.
   *
   * @param path where the value is
   * @param reason what is wrong with it
   * @param cause the underlying failure
   */
  public JsonFormatException(String path, String reason, @Nullable Throwable cause) {
    super("JSON at " + path + ": " + reason, safe(cause));
    this.path = InvalidValueException.required(path, "path");
    this.reason = InvalidValueException.required(reason, "reason");
  }

  /**
   * A cause of a {@link JsonFormatException}: the class name and the stack trace of the underlying
   * failure, without its message, cause or suppressed exceptions (they may quote the document).
   */
  public static final class Cause extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cause(String message, Throwable of) {
      super(message, null, false, true);
      setStackTrace(of.getStackTrace());
    }
  }

  /**
   * @param e a failure whose message may quote the document
   * @param message what to say instead
   * @return a cause with {@code e}'s class and stack trace under the given message
   */
  static Cause sanitisedCause(Throwable e, String message) {
    return new Cause(e.getClass().getName() + ": " + message, e);
  }

  private static @Nullable Throwable safe(@Nullable Throwable cause) {
    if (cause == null || cause instanceof Cause) {
      return cause;
    }
    if (cause instanceof ConnectLaoException
        && isOurs(cause.getCause())
        && cause.getSuppressed().length == 0) {
      return cause;
    }
    return sanitisedCause(cause, "(message withheld: it may quote the document)");
  }

  private static boolean isOurs(@Nullable Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (!(c instanceof ConnectLaoException || c instanceof Cause)
          || c.getSuppressed().length > 0) {
        return false;
      }
    }
    return true;
  }

  /** @return where the refused value is, {@code $} being the document root */
  public String path() {
    return path;
  }

  /** @return what is wrong with the value */
  public String reason() {
    return reason;
  }
}
