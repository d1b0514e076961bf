package io.github.connectlao.admin;

import io.github.connectlao.ConnectLaoException;
import java.util.List;

/**
 * A code that names no unit of the gazetteer. The message names the code and suggests the nearest
 * known codes and names.
 */
public class UnknownCodeException extends ConnectLaoException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final List<String> suggestions;

  /**
   * Creates the exception.
   *
   * @param code the unknown code
   * @param suggestions the nearest known units, as {@code "LA05 Bokeo"}
   */
  public UnknownCodeException(String code, List<String> suggestions) {
    super(
        "unknown administrative unit code '"
            + code
            + "'"
            + (suggestions.isEmpty()
                ? ""
                : "; did you mean " + String.join(", ", suggestions) + "?"));
    this.code = code;
    this.suggestions = List.copyOf(suggestions);
  }

  /** @return the code that was not found */
  public String code() {
    return code;
  }

  /** @return the nearest known units */
  public List<String> suggestions() {
    return suggestions;
  }
}
