package io.github.connectlao.lao;

import io.github.connectlao.InvalidValueException;
import java.time.LocalDate;

/**
 * A range of days as Lao texts write them, both ends included: {@code ວັນທີ 17-18 ພະຈິກ 2020} is
 * 2020-11-17 to 2020-11-18. Read with {@link LaoDate#parseRange(String)}, written with {@link
 * LaoDate#formatRange(LaoDateRange, boolean)}.
 *
 * @param start the first day
 * @param end the last day, not before {@code start}
 */
public record LaoDateRange(LocalDate start, LocalDate end) {

  /**
   * Validates the order of the ends.
   *
   * @param start the first day
   * @param end the last day
   */
  public LaoDateRange {
    InvalidValueException.required(start, "start");
    InvalidValueException.required(end, "end");
    InvalidValueException.check(!end.isBefore(start), "end", end, "is before the start " + start);
  }

  /**
   * A range of one day.
   *
   * @param day the day
   * @return the range
   */
  public static LaoDateRange of(LocalDate day) {
    return new LaoDateRange(day, day);
  }

  /**
   * A range of days.
   *
   * @param start the first day
   * @param end the last day
   * @return the range
   */
  public static LaoDateRange of(LocalDate start, LocalDate end) {
    return new LaoDateRange(start, end);
  }

  /** @return the number of days, both ends included */
  public long days() {
    return end.toEpochDay() - start.toEpochDay() + 1;
  }

  /**
   * Whether a day lies in the range.
   *
   * @param day the day
   * @return true when {@code start <= day <= end}
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** @return the ISO 8601 form, {@code 2020-11-17/2020-11-18}, which {@link LaoDate#parseRange} reads */
  @Override
  public String toString() {
    return start + "/" + end;
  }
}
