package io.github.connectlao.cooperation;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A span of time whose ends are known to a year, a month or a day, or not known at all.
 *
 * <p>Example: {@code Period.of(PartialDate.ofYear(2020), PartialDate.ofYear(2021))} prints {@code
 * 2020/2021} and covers every day of both years; {@code Period.from(PartialDate.ofYear(2012))}
 * prints {@code 2012/..}; {@link #parse(CharSequence)} reads both back.
 *
 * @param start the first day, if known
 * @param end the last day, if known (empty with a start: still running or not stated)
 */
public record Period(Optional<PartialDate> start, Optional<PartialDate> end) {

  /**
   * Refuses an end before the start.
   *
   * @param start the start
   * @param end the end
   */
  public Period {
    start = Objects.requireNonNull(start, "start");
    end = Objects.requireNonNull(end, "end");
    if (start.isPresent() && end.isPresent()) {
      InvalidValueException.check(!end.get().latest().isBefore(start.get().earliest()), "end",
          end.get(), "is before the start " + start.get());
    }
  }

  /**
   * A period with both ends.
   *
   * @param start the start
   * @param end the end
   * @return the period
   */
  public static Period of(PartialDate start, PartialDate end) {
    return new Period(Optional.of(InvalidValueException.required(start, "start")),
        Optional.of(InvalidValueException.required(end, "end")));
  }

  /**
   * A period from a start, with no end stated.
   *
   * @param start the start
   * @return the period
   */
  public static Period from(PartialDate start) {
    return new Period(Optional.of(InvalidValueException.required(start, "start")), Optional.empty());
  }

  /** @return a period the sources do not date */
  public static Period unknown() {
    return new Period(Optional.empty(), Optional.empty());
  }

  /**
   * Reads {@code start/end} where each side is {@code yyyy}, {@code yyyy-MM}, {@code yyyy-MM-dd}
   * or {@code ..} (unknown or open).
   *
   * @param text the text
   * @return the period
   * @throws InvalidValueException when the text has no {@code /} or a side is no date
   */
  public static Period parse(CharSequence text) {
    String s = text == null ? "" : text.toString().strip();
    int slash = s.indexOf('/');
    InvalidValueException.check(slash > 0, "period", s, "is not of the form start/end");
    return new Period(side(s.substring(0, slash)), side(s.substring(slash + 1)));
  }

  private static Optional<PartialDate> side(String s) {
    return s.strip().equals("..") ? Optional.empty() : Optional.of(PartialDate.parse(s));
  }

  /**
   * Whether the period surely contains a day: the start is known and not after the day, and the
   * end is unknown (still running) or not before it.
   *
   * @param date the day
   * @return false when the start is unknown
   */
  public boolean contains(LocalDate date) {
    return start.isPresent() && !date.isBefore(start.get().earliest())
        && (end.isEmpty() || !date.isAfter(end.get().latest()));
  }

  @Override
  public String toString() {
    return start.map(PartialDate::toString).orElse("..") + "/" + end.map(PartialDate::toString).orElse("..");
  }
}
