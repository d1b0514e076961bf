package io.github.connectlao.csv;

import io.github.connectlao.ConnectLaoException;
import java.util.List;

/**
 * A CSV file that cannot be imported at all (no header, a required column missing, unreadable
 * bytes), or the first bad row of an import in strict mode.
 */
public class CsvImportException extends ConnectLaoException {
  private static final long serialVersionUID = 1L;

  private final transient List<RowError> errors;

  /**
   * Creates the exception for one error.
   *
   * @param source the file or stream name
   * @param error the error
   */
  public CsvImportException(String source, RowError error) {
    super(source + ": " + error);
    this.errors = List.of(error);
  }

  /**
   * Creates the exception with a message.
   *
   * @param message the message, naming the file and the reason
   */
  public CsvImportException(String message) {
    super(message);
    this.errors = List.of();
  }

  /** @return the row errors that caused the failure, possibly empty */
  public List<RowError> errors() {
    return errors == null ? List.of() : errors;
  }
}
