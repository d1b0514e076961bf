package io.github.connectlao.targets;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;

/**
 * Whether one unit met its level's Sam Sang status in a year (strategic province, comprehensively
 * strong district, development village), with the source of the assessment.
 *
 * <p>Example: {@code SamSangAssessment.of("LA0301", 2023, Result.MET, Source.of("provincial Home
 * Affairs report 2023", Confidence.VERIFIED))}.
 *
 * @param unitCode the unit's code in the gazetteer
 * @param year the year assessed
 * @param result whether the unit met the status
 * @param source who assessed it, and where it is recorded
 */
public record SamSangAssessment(String unitCode, int year, Result result, Source source) {

  /** The outcome of an assessment. */
  public enum Result {
    /** The unit met its level's status. */
    MET,
    /** The unit did not meet it. */
    NOT_MET
  }

  /**
   * Validates the components.
   *
   * @param unitCode the unit's code
   * @param year the year
   * @param result whether met
   * @param source the source
   */
  public SamSangAssessment {
    unitCode = InvalidValueException.requiredText(unitCode, "unitCode");
    InvalidValueException.check(
        year >= 2000 && year <= 2200, "year", year, "must be between 2000 and 2200");
    InvalidValueException.required(result, "result");
    InvalidValueException.required(source, "source");
  }

  /**
   * An assessment.
   *
   * @param unitCode the unit's code
   * @param year the year
   * @param result whether met
   * @param source the source
   * @return the assessment
   */
  public static SamSangAssessment of(String unitCode, int year, Result result, Source source) {
    return new SamSangAssessment(unitCode, year, result, source);
  }

  /** @return true when the result is {@link Result#MET} */
  public boolean achieved() {
    return result == Result.MET;
  }

  @Override
  public String toString() {
    return unitCode + " " + year + ": " + (achieved() ? "met" : "not met") + " [" + source + "]";
  }
}
