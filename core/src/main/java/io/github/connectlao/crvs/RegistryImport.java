package io.github.connectlao.crvs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.csv.RowError;
import java.util.List;

/**
 * The result of reading a CSV file of registrations into a {@link BirthRegistry}: the registry of
 * the good rows and every bad row with its line and reason.
 *
 * @param registry the registrations that passed validation
 * @param errors every refused row, in file order (never showing an identifier or a name)
 */
public record RegistryImport(BirthRegistry registry, List<RowError> errors) {

  /**
   * Copies the error list.
   *
   * @param registry the registry
   * @param errors the refused rows
   */
  public RegistryImport {
    InvalidValueException.required(registry, "registry");
    errors = List.copyOf(InvalidValueException.required(errors, "errors"));
  }

  /** @return true when no row was refused */
  public boolean isClean() {
    return errors.isEmpty();
  }

  @Override
  public String toString() {
    return "RegistryImport[accepted=" + registry.size() + ", errors=" + errors.size() + "]";
  }
}
