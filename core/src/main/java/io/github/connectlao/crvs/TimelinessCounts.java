package io.github.connectlao.crvs;

import io.github.connectlao.InvalidValueException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts of known births by timeliness of registration (ກຳນົດເວລາການຈົດທະບຽນ).
 *
 * <p>Example: {@code TimelinessCounts.of(70, 20, 5, 5)} has total 100, 95 registered and a
 * current share of 0.70. Counts are kept exactly; shares are derived from them.
 *
 * @param current registered within the legal period
 * @param late registered after the legal period, within the late limit
 * @param delayed registered after the late limit
 * @param notRegistered known but not registered
 */
public record TimelinessCounts(long current, long late, long delayed, long notRegistered) {

  /** No births. */
  public static final TimelinessCounts EMPTY = new TimelinessCounts(0, 0, 0, 0);

  /**
   * Validates the counts.
   *
   * @param current current
   * @param late late
   * @param delayed delayed
   * @param notRegistered not registered
   */
  public TimelinessCounts {
    InvalidValueException.check(current >= 0, "current", current, "must not be negative");
    InvalidValueException.check(late >= 0, "late", late, "must not be negative");
    InvalidValueException.check(delayed >= 0, "delayed", delayed, "must not be negative");
    InvalidValueException.check(
        notRegistered >= 0, "notRegistered", notRegistered, "must not be negative");
  }

  /**
   * Counts from their four classes.
   *
   * @param current current
   * @param late late
   * @param delayed delayed
   * @param notRegistered not registered
   * @return the counts
   */
  public static TimelinessCounts of(long current, long late, long delayed, long notRegistered) {
    return new TimelinessCounts(current, late, delayed, notRegistered);
  }

  /**
   * Adds one birth of a class.
   *
   * @param t the class
   * @return new counts
   */
  public TimelinessCounts plus(Timeliness t) {
    switch (t) {
      case CURRENT:
        return new TimelinessCounts(add("current", current, 1), late, delayed, notRegistered);
      case LATE:
        return new TimelinessCounts(current, add("late", late, 1), delayed, notRegistered);
      case DELAYED:
        return new TimelinessCounts(current, late, add("delayed", delayed, 1), notRegistered);
      default:
        return new TimelinessCounts(current, late, delayed, add("notRegistered", notRegistered, 1));
    }
  }

  /**
   * Adds two sets of counts (associative, with {@link #EMPTY} as identity).
   *
   * @param other the other counts
   * @return the sum
   */
  public TimelinessCounts plus(TimelinessCounts other) {
    return new TimelinessCounts(
        add("current", current, other.current),
        add("late", late, other.late),
        add("delayed", delayed, other.delayed),
        add("notRegistered", notRegistered, other.notRegistered));
  }

  /** A sum of counts, refused with a clear reason when it does not fit in a {@code long}. */
  private static long add(String field, long a, long b) {
    long sum = a + b;
    if (sum < 0) {
      throw new InvalidValueException(
          field, a, "plus " + b + " exceeds the largest count (" + Long.MAX_VALUE + ")");
    }
    return sum;
  }

  /**
   * The count of one class.
   *
   * @param t the class
   * @return its count
   */
  public long count(Timeliness t) {
    switch (t) {
      case CURRENT:
        return current;
      case LATE:
        return late;
      case DELAYED:
        return delayed;
      default:
        return notRegistered;
    }
  }

  /** @return the number of known births */
  public long total() {
    return add("total", add("total", add("total", current, late), delayed), notRegistered);
  }

  /** @return the number of registered births (current + late + delayed) */
  public long registered() {
    return add("registered", add("registered", current, late), delayed);
  }

  /**
   * The share of one class among all known births.
   *
   * @param t the class
   * @return the share from 0 to 1
   * @throws IllegalStateException when there is no birth (a share of nothing has no value)
   */
  public double share(Timeliness t) {
    if (total() == 0) {
      throw new IllegalStateException("no births: a share has no value");
    }
    return (double) count(t) / total();
  }

  /**
   * The share of one class among registered births (e.g. the share of registrations made on
   * time).
   *
   * @param t a registered class
   * @return the share from 0 to 1
   * @throws IllegalStateException when there is no registered birth
   */
  public double shareOfRegistered(Timeliness t) {
    InvalidValueException.check(t.isRegistered(), "timeliness", t, "is not a registered class");
    if (registered() == 0) {
      throw new IllegalStateException("no registered births: a share has no value");
    }
    return (double) count(t) / registered();
  }

  /** @return the counts by class, in class order */
  public Map<Timeliness, Long> asMap() {
    Map<Timeliness, Long> m = new EnumMap<>(Timeliness.class);
    for (Timeliness t : Timeliness.values()) {
      m.put(t, count(t));
    }
    return m;
  }

  @Override
  public String toString() {
    return "TimelinessCounts[current="
        + current
        + ", late="
        + late
        + ", delayed="
        + delayed
        + ", notRegistered="
        + notRegistered
        + ", total="
        + total()
        + "]";
  }
}
