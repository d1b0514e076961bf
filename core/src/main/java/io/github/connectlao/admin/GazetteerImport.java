package io.github.connectlao.admin;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.csv.ImportResult;

/**
 * The outcome of adding units from a file: the new gazetteer, and the units added and the rows
 * refused.
 *
 * @param gazetteer the gazetteer with the accepted units (the original one when none was accepted)
 * @param result the added units and every refused row with its line and reason
 */
public record GazetteerImport(Gazetteer gazetteer, ImportResult<AdminUnit> result) {

  /**
   * Validates the components.
   *
   * @param gazetteer the new gazetteer
   * @param result the report
   */
  public GazetteerImport {
    InvalidValueException.required(gazetteer, "gazetteer");
    InvalidValueException.required(result, "result");
  }

  @Override
  public String toString() {
    return "GazetteerImport[added=" + result.accepted().size() + ", refused=" + result.errors().size()
        + ", " + gazetteer + "]";
  }
}
