package io.github.connectlao.csv;

import io.github.connectlao.InvalidValueException;

/**
 * One problem found in one row of an import.
 *
 * <p>Example: {@code line 7, column parent_code, value 'LA99': unknown parent unit}.
 *
 * @param line the 1-based line number in the file (the header is line 1)
 * @param column the column's header name, or {@code ""} when the whole row is at fault
 * @param value the offending value as read (cut to 80 characters; never a child's name)
 * @param reason why the row was refused
 */
public record RowError(long line, String column, String value, String reason) {

  /**
   * Validates the components.
   *
   * @param line the line number
   * @param column the column's name
   * @param value the offending value
   * @param reason why the row was refused
   */
  public RowError {
    InvalidValueException.required(column, "column");
    InvalidValueException.required(reason, "reason");
    value = value == null ? "" : value.length() > 80 ? value.substring(0, 77) + "..." : value;
  }

  @Override
  public String toString() {
    return "line "
        + line
        + (column.isEmpty() ? "" : ", column " + column)
        + (value.isEmpty() ? "" : ", value '" + value + "'")
        + ": "
        + reason;
  }
}
