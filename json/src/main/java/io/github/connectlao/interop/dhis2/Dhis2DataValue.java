package io.github.connectlao.interop.dhis2;

import io.github.connectlao.InvalidValueException;
import java.util.Map;
import java.util.TreeMap;

/**
 * One DHIS2 aggregate data value as the {@code dataValueSets} JSON and CSV forms and ADX carry it.
 *
 * <p>Example: {@code BRregCurr01 2022 Bk5qMCoSFV4 cocFemale00: 812}. Identifiers are whatever the
 * file uses (UIDs or codes); an empty category option combo or attribute option combo is DHIS2's
 * default. Values are kept as text, as DHIS2 sends them.
 *
 * @param dataElement the data element
 * @param period the period identifier ({@code 2022Q1}; ADX intervals are converted on reading)
 * @param orgUnit the organisation unit
 * @param categoryOptionCombo the category option combo, or {@code ""} for the default
 * @param attributeOptionCombo the attribute option combo, or {@code ""} for the default
 * @param disaggregation ADX's category attributes ({@code SEX="F"}) when the file names categories
 *     instead of a category option combo; empty otherwise
 * @param value the value
 * @param storedBy who stored it, or {@code ""}
 * @param lastUpdated when it was last updated, as written, or {@code ""}
 * @param comment the comment, or {@code ""}
 * @param followUp whether it is marked for follow-up
 * @param line the line the value starts on in the file it was read from, 0 when not read from a file
 * @param path where in the file: {@code dataValues[3]} (JSON), {@code group[2]/dataValue[1]} (ADX),
 *     {@code ""} (CSV)
 */
public record Dhis2DataValue(
    String dataElement,
    String period,
    String orgUnit,
    String categoryOptionCombo,
    String attributeOptionCombo,
    Map<String, String> disaggregation,
    String value,
    String storedBy,
    String lastUpdated,
    String comment,
    boolean followUp,
    long line,
    String path) {

  /**
   * Validates the value: the data element, period, organisation unit and value are required.
   *
   * @param dataElement data element
   * @param period period
   * @param orgUnit organisation unit
   * @param categoryOptionCombo category option combo
   * @param attributeOptionCombo attribute option combo
   * @param disaggregation ADX categories
   * @param value value
   * @param storedBy stored by
   * @param lastUpdated last updated
   * @param comment comment
   * @param followUp follow-up
   * @param line line
   * @param path path
   */
  public Dhis2DataValue {
    dataElement = InvalidValueException.requiredText(dataElement, "dataElement");
    period = InvalidValueException.requiredText(period, "period");
    orgUnit = InvalidValueException.requiredText(orgUnit, "orgUnit");
    categoryOptionCombo = strip(categoryOptionCombo);
    attributeOptionCombo = strip(attributeOptionCombo);
    disaggregation =
        java.util.Collections.unmodifiableMap(
            new TreeMap<>(InvalidValueException.required(disaggregation, "disaggregation")));
    value = InvalidValueException.requiredText(value, "value");
    storedBy = strip(storedBy);
    lastUpdated = strip(lastUpdated);
    comment = strip(comment);
    path = strip(path);
  }

  /**
   * A value with only the parts this library writes.
   *
   * @param dataElement the data element
   * @param period the period identifier
   * @param orgUnit the organisation unit
   * @param categoryOptionCombo the category option combo, or {@code ""}
   * @param attributeOptionCombo the attribute option combo, or {@code ""}
   * @param value the value
   * @return the data value
   */
  public static Dhis2DataValue of(
      String dataElement,
      String period,
      String orgUnit,
      String categoryOptionCombo,
      String attributeOptionCombo,
      String value) {
    return new Dhis2DataValue(
        dataElement,
        period,
        orgUnit,
        categoryOptionCombo,
        attributeOptionCombo,
        Map.of(),
        value,
        "",
        "",
        "",
        false,
        0,
        "");
  }

  /**
   * This value with ADX category attributes in place of its category option combo.
   *
   * @param categories category code → category option code
   * @return the new value
   */
  public Dhis2DataValue withDisaggregation(Map<String, String> categories) {
    return new Dhis2DataValue(
        dataElement,
        period,
        orgUnit,
        categories.isEmpty() ? categoryOptionCombo : "",
        attributeOptionCombo,
        categories,
        value,
        storedBy,
        lastUpdated,
        comment,
        followUp,
        line,
        path);
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }

  /** @return where the value was read, e.g. {@code line 12, dataValues[3]} */
  public String location() {
    return "line " + line + (path.isEmpty() ? "" : ", " + path);
  }

  @Override
  public String toString() {
    return dataElement
        + " "
        + period
        + " "
        + orgUnit
        + (categoryOptionCombo.isEmpty() ? "" : " " + categoryOptionCombo)
        + (disaggregation.isEmpty() ? "" : " " + disaggregation)
        + (attributeOptionCombo.isEmpty() ? "" : " [" + attributeOptionCombo + "]")
        + ": "
        + value;
  }
}
