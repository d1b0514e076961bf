package io.github.connectlao.csv;

import io.github.connectlao.InvalidValueException;
import java.util.List;

/**
 * What an import accepted and every row it refused.
 *
 * @param <T> the type of the accepted records
 * @param accepted the records that passed validation, in file order
 * @param errors every refused row, in file order
 */
public record ImportResult<T>(List<T> accepted, List<RowError> errors) {

  /**
   * Copies the lists.
   *
   * @param accepted the accepted records
   * @param errors the refused rows
   */
  public ImportResult {
    accepted = List.copyOf(InvalidValueException.required(accepted, "accepted"));
    errors = List.copyOf(InvalidValueException.required(errors, "errors"));
  }

  /** @return true when no row was refused */
  public boolean isClean() {
    return errors.isEmpty();
  }

  @Override
  public String toString() {
    return "ImportResult[accepted=" + accepted.size() + ", errors=" + errors.size() + "]";
  }
}
