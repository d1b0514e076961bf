package io.github.connectlao.state;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import io.github.connectlao.state.JobPositionDetermination.Stage;
import java.util.Optional;

/**
 * How far job-position determination (ການກໍານົດຕໍາແໜ່ງງານ) has come: how many bodies (ພາກສ່ວນ:
 * ministries, central organisations, provinces) with how many departments (ກົມກອງ) have reached a
 * stage.
 *
 * <p>Example: {@link StateBodies#jobPositions2019()} prints {@code 20 bodies, 318 departments
 * completed and submitted (2019-08-30)}.
 *
 * @param reached the stage counted
 * @param bodies the number of bodies (ພາກສ່ວນ) with at least one department at that stage
 * @param departments the number of departments and equivalent units (ກົມກອງ) at that stage
 * @param asOf the date of the count, if known
 * @param source where the count comes from ({@code DERIVED} when computed from records)
 */
public record JobPositionSummary(
    Stage reached, int bodies, int departments, Optional<PartialDate> asOf, Source source) {

  /**
   * Validates the counts: not negative, no more bodies than departments.
   *
   * @param reached the stage
   * @param bodies the bodies
   * @param departments the departments
   * @param asOf the date
   * @param source provenance
   */
  public JobPositionSummary {
    InvalidValueException.required(reached, "reached");
    InvalidValueException.check(bodies >= 0, "bodies", bodies, "must not be negative");
    InvalidValueException.check(
        departments >= 0, "departments", departments, "must not be negative");
    InvalidValueException.check(
        bodies <= departments,
        "bodies",
        bodies,
        "exceeds the number of departments " + departments);
    asOf = InvalidValueException.required(asOf, "asOf");
    InvalidValueException.required(source, "source");
  }

  @Override
  public String toString() {
    return bodies
        + " bodies, "
        + departments
        + " departments "
        + reached.nameEnglish()
        + asOf.map(d -> " (" + d + ")").orElse("");
  }
}
