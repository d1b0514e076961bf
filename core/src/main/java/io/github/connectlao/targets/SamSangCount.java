package io.github.connectlao.targets;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import java.util.OptionalLong;

/**
 * A count of the units of a level inside an area that reached their Sam Sang status in a year, with the
 * total number of such units when the source states it: the form statistics offices publish.
 *
 * <p>Example (real, sourced): Luang Namtha had 214 development villages of 362 villages in 2018, see
 * {@link SamSang#luangNamtha2018()}.
 *
 * @param areaCode the code of the area (the nation, a province or a district)
 * @param level the level of the units counted
 * @param year the year of the count
 * @param achieved the number of units that reached the status
 * @param statedTotal the total number of units of that level in the area, when stated
 * @param source where the count is published
 */
public record SamSangCount(
    String areaCode,
    AdminLevel level,
    int year,
    long achieved,
    OptionalLong statedTotal,
    Source source) {
  /**
   * Validates the count: not negative, not above the stated total.
   *
   * @param areaCode the area
   * @param level the level
   * @param year the year
   * @param achieved the count
   * @param statedTotal the total
   * @param source the source
   */
  public SamSangCount {
    areaCode = InvalidValueException.requiredText(areaCode, "areaCode");
    SamSangStatus.forLevel(InvalidValueException.required(level, "level"));
    InvalidValueException.check(
        year >= 2000 && year <= 2200, "year", year, "must be between 2000 and 2200");
    InvalidValueException.check(achieved >= 0, "achieved", achieved, "must not be negative");
    InvalidValueException.required(statedTotal, "statedTotal");
    if (statedTotal.isPresent()) {
      InvalidValueException.check(
          statedTotal.getAsLong() >= achieved,
          "statedTotal",
          statedTotal.getAsLong(),
          "is below the achieved count " + achieved + " for " + areaCode + " " + year);
    }
    InvalidValueException.required(source, "source");
  }

  /**
   * A count with a stated total.
   *
   * @param areaCode the area
   * @param level the level
   * @param year the year
   * @param achieved the count
   * @param total the total number of units of that level in the area
   * @param source the source
   * @return the count
   */
  public static SamSangCount of(
      String areaCode, AdminLevel level, int year, long achieved, long total, Source source) {
    return new SamSangCount(areaCode, level, year, achieved, OptionalLong.of(total), source);
  }

  /**
   * A count without a total (the total comes from the gazetteer).
   *
   * @param areaCode the area
   * @param level the level
   * @param year the year
   * @param achieved the count
   * @param source the source
   * @return the count
   */
  public static SamSangCount of(
      String areaCode, AdminLevel level, int year, long achieved, Source source) {
    return new SamSangCount(areaCode, level, year, achieved, OptionalLong.empty(), source);
  }

  @Override
  public String toString() {
    return areaCode
        + " "
        + year
        + ": "
        + achieved
        + (statedTotal.isPresent() ? " of " + statedTotal.getAsLong() : "")
        + " "
        + SamSangStatus.forLevel(level).nameEnglish()
        + " units ["
        + source
        + "]";
  }
}
