package io.github.connectlao.spark;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * A row that was refused, as a bean for a {@code Dataset}: where it came from, the column, the
 * value (never an identifier or a name) and the reason. Every refused row has one or more.
 */
public class RowProblem implements Serializable {
  private static final long serialVersionUID = 1L;
  private @Nullable Long line;
  private String column;
  private String value;
  private String reason;

  /** An empty problem, for the bean encoder. */
  @SuppressWarnings("NullAway.Init") // the bean encoder sets every field through the setters
  public RowProblem() {}

  RowProblem(@Nullable Long line, String column, String value, String reason) {
    this.line = line;
    this.column = column;
    this.value = value;
    this.reason = reason;
  }

  /** @return the row's line, when the row carries one */
  public @Nullable Long getLine() {
    return line;
  }

  /** @param line the row's line */
  public void setLine(@Nullable Long line) {
    this.line = line;
  }

  /** @return the column at fault, or empty for the whole row */
  public String getColumn() {
    return column;
  }

  /** @param column the column */
  public void setColumn(String column) {
    this.column = column;
  }

  /** @return the offending value (blank for personal data) */
  public String getValue() {
    return value;
  }

  /** @param value the value */
  public void setValue(String value) {
    this.value = value;
  }

  /** @return why the row was refused */
  public String getReason() {
    return reason;
  }

  /** @param reason the reason */
  public void setReason(String reason) {
    this.reason = reason;
  }

  @Override
  public String toString() {
    return "line "
        + line
        + (column == null || column.isEmpty() ? "" : ", column " + column)
        + (value == null || value.isEmpty() ? "" : ", value '" + value + "'")
        + ": "
        + reason;
  }
}
