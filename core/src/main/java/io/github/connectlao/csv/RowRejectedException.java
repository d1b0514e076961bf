package io.github.connectlao.csv;

import io.github.connectlao.ConnectLaoException;
import java.util.List;

/**
 * Thrown by a row mapper to refuse one row for one or more reasons at once, so that the report
 * lists every problem of the row, not only the first.
 */
public class RowRejectedException extends ConnectLaoException {
  private static final long serialVersionUID = 1L;

  private final transient List<RowError> errors;

  /**
   * Creates the exception.
   *
   * @param errors the row's problems, at least one
   */
  public RowRejectedException(List<RowError> errors) {
    super(
        errors.isEmpty() ? "row refused" : errors.size() + " problem(s), first: " + errors.get(0));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a rejected row needs at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  /** @return the row's problems, in column order */
  public List<RowError> errors() {
    return errors == null ? List.of() : errors;
  }
}
