package io.github.connectlao.json;

import io.github.connectlao.ConnectLaoException;
import java.util.Objects;

/**
 * JSON that cannot be read into a model type: malformed JSON, a missing or unknown property, a
 * value of the wrong type, or a value the type's validation refuses.
 *
 * <p>Example message: {@code JSON at $.units[2].level: 'county' is not an administrative level}.
 * The {@link #path()} locates the value ({@code $} is the document root); the {@link #reason()}
 * says what is wrong. Messages never contain a registration's identifier or a child's name.
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
    this.path = Objects.requireNonNull(path, "path");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Creates the exception with its cause.
   *
   * @param path where the value is
   * @param reason what is wrong with it
   * @param cause the underlying failure
   */
  public JsonFormatException(String path, String reason, Throwable cause) {
    super("JSON at " + path + ": " + reason, cause);
    this.path = Objects.requireNonNull(path, "path");
    this.reason = Objects.requireNonNull(reason, "reason");
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
