package io.github.connectlao.crvs;

/**
 * The bands the counting engine counts registrations in: the {@link Timeliness} classes, with
 * "delayed" split in two when the {@link RegistrationPolicy} has a delayed split (OpenCRVS reports
 * delayed registrations within and after 5 years). Without a split, every delayed registration is
 * in {@link #DELAYED_WITHIN_SPLIT} and {@link #DELAYED_AFTER_SPLIT} is empty.
 */
public enum TimelinessBand {
  /** Within the legal period. */
  CURRENT(Timeliness.CURRENT),
  /** After the legal period, within the late limit. */
  LATE(Timeliness.LATE),
  /** After the late limit, within the delayed split (every delayed one when there is no split). */
  DELAYED_WITHIN_SPLIT(Timeliness.DELAYED),
  /** After the delayed split. */
  DELAYED_AFTER_SPLIT(Timeliness.DELAYED),
  /** Not registered (by the cut-off date, when one is given). */
  NOT_REGISTERED(Timeliness.NOT_REGISTERED);

  private final Timeliness timeliness;

  TimelinessBand(Timeliness timeliness) {
    this.timeliness = timeliness;
  }

  /** @return the timeliness class this band belongs to */
  public Timeliness timeliness() {
    return timeliness;
  }
}
