package io.github.connectlao.admin;

import java.time.LocalDate;

/**
 * Whether an administrative unit existed on a day, and why: the answer {@link
 * AdminUnit#validityOn(LocalDate)} gives.
 *
 * <p>Example: {@code Gazetteer.laoPdr().unit("LA1801").validityOn(LocalDate.of(2010, 5, 1))} is
 * {@code NOT_YET_CREATED}, "LA1801 Anouvong did not exist on 2010-05-01: valid from 2013-12".
 *
 * @param unit the unit
 * @param day the day asked about
 * @param status the answer
 * @param reason the answer in one sentence, naming the unit, the day and the validity dates
 */
public record UnitValidity(AdminUnit unit, LocalDate day, Status status, String reason) {

  /** The possible answers. */
  public enum Status {
    /** The unit certainly existed on the day (or no validity date is known). */
    VALID,
    /** The day is certainly before the unit's creation. */
    NOT_YET_CREATED,
    /** The day is certainly after the unit's abolition. */
    ABOLISHED,
    /**
     * The unit's creation or abolition is known only to a month or a year that contains the day: it
     * may or may not have existed.
     */
    UNCERTAIN
  }

  /** @return false only when the unit certainly did not exist on the day */
  public boolean isPossible() {
    return status == Status.VALID || status == Status.UNCERTAIN;
  }

  static UnitValidity of(AdminUnit u, LocalDate day) {
    String who = u.code() + " " + u.name();
    if (u.validFrom().isPresent() && day.isBefore(u.validFrom().get().earliest())) {
      return new UnitValidity(
          u,
          day,
          Status.NOT_YET_CREATED,
          who + " did not exist on " + day + ": valid from " + u.validFrom().get());
    }
    if (u.validTo().isPresent() && day.isAfter(u.validTo().get().latest())) {
      return new UnitValidity(
          u,
          day,
          Status.ABOLISHED,
          who + " no longer existed on " + day + ": valid to " + u.validTo().get());
    }
    if (u.validFrom().isPresent() && day.isBefore(u.validFrom().get().latest())) {
      return new UnitValidity(
          u,
          day,
          Status.UNCERTAIN,
          who
              + " was created in "
              + u.validFrom().get()
              + " (the exact day is not known): it may not have existed on "
              + day);
    }
    if (u.validTo().isPresent() && day.isAfter(u.validTo().get().earliest())) {
      return new UnitValidity(
          u,
          day,
          Status.UNCERTAIN,
          who
              + " was abolished in "
              + u.validTo().get()
              + " (the exact day is not known): it may no longer have existed on "
              + day);
    }
    String range =
        u.validFrom()
            .map(f -> " (valid from " + f + u.validTo().map(t -> " to " + t).orElse("") + ")")
            .orElse(
                u.validTo().map(t -> " (valid to " + t + ")").orElse(" (no validity dates known)"));
    return new UnitValidity(u, day, Status.VALID, who + " existed on " + day + range);
  }

  @Override
  public String toString() {
    return reason;
  }
}
