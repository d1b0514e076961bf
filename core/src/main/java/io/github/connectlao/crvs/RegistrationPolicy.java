package io.github.connectlao.crvs;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The rules that classify a registration's timeliness: the legal period for registration, the
 * limit for late registration, an optional split of the delayed registrations, and the day the
 * delay is counted from. This record is the <em>one</em> place that holds the thresholds: the
 * columnar engine derives its branch-free bounds from {@link #bandUpperBounds()}.
 *
 * <p>Example: {@code RegistrationPolicy.laoPdr()} has a legal period of 30 days and a late
 * limit of 365 days, counted from the birth: a birth registered on day 30 after the birth is
 * {@link Timeliness#CURRENT}, on day 31 {@link Timeliness#LATE}, on day 366 {@link
 * Timeliness#DELAYED}. Other countries use 14 or 60 days, and some have no delayed class: {@code
 * RegistrationPolicy.of(60, Optional.empty(), source)}. {@code laoPdr().countingFrom(
 * CountFrom.BIRTH_NOTICE)} counts the 30 days from the birth notice, as the Lao Law on Family
 * Registration does; {@code laoPdr().withDelayedSplit(RegistrationPolicy.FIVE_YEARS_DAYS,
 * src)} splits "delayed" into within and after five years, as OpenCRVS reports registrations.
 *
 * @param legalPeriodDays the last day after the start (day of birth or notice = day 0) that is current
 * @param lateLimitDays the last day that is late; empty when there is no delayed class
 * @param delayedSplitDays the last day of the first delayed band ({@link
 *     TimelinessBand#DELAYED_WITHIN_SPLIT}); empty when delayed registrations are one band
 * @param countFrom the day the delay is counted from
 * @param source where the rule comes from
 */
public record RegistrationPolicy(
    int legalPeriodDays,
    Optional<Integer> lateLimitDays,
    Optional<Integer> delayedSplitDays,
    CountFrom countFrom,
    Source source) {

  /**
   * The longest delay the columnar registry stores (in days, about 179 years): births before
   * 1900 are refused by the rule set, so every plausible registration fits.
   */
  public static final int MAX_DELAY_DAYS = 65_534;

  /** Five years of 365 days: the split OpenCRVS's registration reports use between delayed bands. */
  public static final int FIVE_YEARS_DAYS = 5 * 365;

  /** The day a registration's delay is counted from. */
  public enum CountFrom {
    /** From the date of birth (UN Principles and Recommendations; the library's default). */
    BIRTH,
    /**
     * From the birth notice date (the Lao Law on Family Registration); a registration without a
     * recorded notice is counted from the birth, and one recorded before its notice is day 0.
     */
    BIRTH_NOTICE
  }

  /**
   * The Lao default legal period of 30 days, as summarised from the Law on Family Registration
   * (No. 12/NA of 2009-11-27, amended 2018). The article number in the amended law is not
   * confirmed: confidence {@link Confidence#SECONDARY}.
   */
  public static final Source LAO_LAW =
      Source.of(
          "Law on Family Registration No. 12/NA (2009-11-27, amended 2018), as summarised in a "
              + "Vietnamese legal study (123docz.net/trich-doan/3562843) and muan.la (2020-02-26)",
          Confidence.SECONDARY,
          "30 days from the birth notice; article number in the 2018 amended law not confirmed; the "
              + "365-day late limit is the UN convention, not Lao law");

  /**
   * The split of delayed registrations at five years, as OpenCRVS's registration reports show
   * them (within 5 years, after 5 years); five years are counted here as 5 × 365 days.
   */
  public static final Source OPENCRVS_BANDS =
      Source.of(
          "OpenCRVS registration reports: delayed registrations within and after 5 years",
          Confidence.SECONDARY,
          "5 years taken as 5 x 365 = 1825 days by this library");

  /**
   * Validates the rule.
   *
   * @param legalPeriodDays the legal period
   * @param lateLimitDays the late limit
   * @param delayedSplitDays the split of the delayed registrations
   * @param countFrom the day delays are counted from
   * @param source the source
   */
  public RegistrationPolicy {
    InvalidValueException.check(
        legalPeriodDays >= 0 && legalPeriodDays < MAX_DELAY_DAYS,
        "legalPeriodDays",
        legalPeriodDays,
        "must be from 0 to " + (MAX_DELAY_DAYS - 1));
    InvalidValueException.required(lateLimitDays, "lateLimitDays");
    InvalidValueException.required(delayedSplitDays, "delayedSplitDays");
    InvalidValueException.required(countFrom, "countFrom");
    lateLimitDays.ifPresent(
        l ->
            InvalidValueException.check(
                l >= legalPeriodDays && l < MAX_DELAY_DAYS,
                "lateLimitDays",
                l,
                "must be from the legal period of "
                    + legalPeriodDays
                    + " days to "
                    + (MAX_DELAY_DAYS - 1)));
    delayedSplitDays.ifPresent(
        s -> {
          InvalidValueException.check(
              lateLimitDays.isPresent(),
              "delayedSplitDays",
              s,
              "needs a late limit: without one there are no delayed registrations to split");
          InvalidValueException.check(
              s >= lateLimitDays.get() && s < MAX_DELAY_DAYS,
              "delayedSplitDays",
              s,
              "must be from the late limit of "
                  + lateLimitDays.get()
                  + " days to "
                  + (MAX_DELAY_DAYS - 1));
        });
    InvalidValueException.required(source, "source");
  }

  /**
   * A policy counted from the birth, without a split of the delayed registrations.
   *
   * @param legalPeriodDays the legal period
   * @param lateLimitDays the late limit, or empty for no delayed class
   * @param source where the rule comes from
   */
  public RegistrationPolicy(int legalPeriodDays, Optional<Integer> lateLimitDays, Source source) {
    this(legalPeriodDays, lateLimitDays, Optional.empty(), CountFrom.BIRTH, source);
  }

  /** @return the Lao default: 30 days legal period, 365 days late limit, counted from the birth */
  public static RegistrationPolicy laoPdr() {
    return new RegistrationPolicy(30, Optional.of(365), LAO_LAW);
  }

  /**
   * The Lao law's reading: 30 days counted from the birth notice, 365 days late limit.
   *
   * @return the policy
   */
  public static RegistrationPolicy laoLaw() {
    return laoPdr().countingFrom(CountFrom.BIRTH_NOTICE);
  }

  /**
   * A policy with both limits, counted from the birth.
   *
   * @param legalPeriodDays the legal period
   * @param lateLimitDays the late limit
   * @param source where the rule comes from
   * @return the policy
   */
  public static RegistrationPolicy of(int legalPeriodDays, int lateLimitDays, Source source) {
    return new RegistrationPolicy(legalPeriodDays, Optional.of(lateLimitDays), source);
  }

  /**
   * @param from the day delays are counted from
   * @return this policy counting from that day
   */
  public RegistrationPolicy countingFrom(CountFrom from) {
    return new RegistrationPolicy(legalPeriodDays, lateLimitDays, delayedSplitDays, from, source);
  }

  /**
   * @param splitDays the last day of the first delayed band (e.g. {@link #FIVE_YEARS_DAYS})
   * @param splitSource where the split comes from (e.g. {@link #OPENCRVS_BANDS})
   * @return this policy with delayed registrations split in two bands
   */
  public RegistrationPolicy withDelayedSplit(int splitDays, Source splitSource) {
    InvalidValueException.required(splitSource, "splitSource");
    return new RegistrationPolicy(
        legalPeriodDays, lateLimitDays, Optional.of(splitDays), countFrom, source);
  }

  /**
   * The timeliness of a registration counted from the birth (also under a notice-based policy,
   * for a registration without a notice).
   *
   * @param dateOfBirth the birth
   * @param registrationDate the registration, or empty when not registered
   * @return the class
   * @throws InvalidValueException naming both dates when the registration is before the birth
   */
  public Timeliness timeliness(LocalDate dateOfBirth, Optional<LocalDate> registrationDate) {
    return band(dateOfBirth, Optional.empty(), registrationDate).timeliness();
  }

  /**
   * The band of a registration under this policy.
   *
   * @param dateOfBirth the birth
   * @param birthNotice the birth notice date, if recorded (used when counting from the notice)
   * @param registrationDate the registration, or empty when not registered
   * @return the band
   * @throws InvalidValueException naming both dates when the registration is before the birth
   */
  public TimelinessBand band(
      LocalDate dateOfBirth,
      Optional<LocalDate> birthNotice,
      Optional<LocalDate> registrationDate) {
    if (registrationDate.isEmpty()) {
      return TimelinessBand.NOT_REGISTERED;
    }
    LocalDate reg = registrationDate.get();
    if (reg.isBefore(dateOfBirth)) {
      throw new InvalidValueException(
          "registrationDate",
          reg,
          "is before the date of birth "
              + dateOfBirth
              + ": a birth cannot be registered before it happens");
    }
    LocalDate start =
        countFrom == CountFrom.BIRTH_NOTICE ? birthNotice.orElse(dateOfBirth) : dateOfBirth;
    return bandOfDelay(Math.max(0, ChronoUnit.DAYS.between(start, reg)));
  }

  /**
   * The timeliness of a registration made a number of days after the start (the birth, or the
   * notice under {@link CountFrom#BIRTH_NOTICE}).
   *
   * @param days days from the start to the registration (0 = the start day)
   * @return the class
   * @throws InvalidValueException when {@code days} is negative
   */
  public Timeliness timelinessOfDelay(long days) {
    return bandOfDelay(days).timeliness();
  }

  /**
   * The band of a registration made a number of days after the start.
   *
   * @param days days from the start to the registration (0 = the start day)
   * @return the band
   * @throws InvalidValueException when {@code days} is negative
   */
  public TimelinessBand bandOfDelay(long days) {
    InvalidValueException.check(
        days >= 0,
        "registrationDelayDays",
        days,
        "is negative: the registration is dated before the day it is counted from");
    int[] bounds = bandUpperBounds();
    // a delay beyond what the registry stores is still a delay: capped, it cannot pass the bounds
    // that stand in for an absent late limit or split (and so land in a class the policy lacks)
    long delay = Math.min(days, MAX_DELAY_DAYS);
    int band = 0;
    for (int b : bounds) {
      band += delay > b ? 1 : 0;
    }
    return TimelinessBand.values()[Math.min(band, TimelinessBand.DELAYED_AFTER_SPLIT.ordinal())];
  }

  /**
   * The thresholds the bands are derived from, for the columnar engine: a delay {@code d} is in
   * band {@code count(b in bounds: d > b)} ({@link TimelinessBand} order), and the registry's
   * "not registered" sentinel, above every bound, lands in {@link TimelinessBand#NOT_REGISTERED}.
   *
   * @return four ascending bounds: legal period, late limit, delayed split, {@link #MAX_DELAY_DAYS}
   */
  int[] bandUpperBounds() {
    int late = lateLimitDays.orElse(MAX_DELAY_DAYS);
    int split = delayedSplitDays.orElse(MAX_DELAY_DAYS);
    return new int[] {legalPeriodDays, late, split, MAX_DELAY_DAYS};
  }

  @Override
  public String toString() {
    return "RegistrationPolicy[current <= "
        + legalPeriodDays
        + " days"
        + lateLimitDays.map(l -> ", late <= " + l + " days").orElse(", no delayed class")
        + delayedSplitDays.map(s -> ", delayed split at " + s + " days").orElse("")
        + (countFrom == CountFrom.BIRTH_NOTICE ? ", counted from the birth notice" : "")
        + "]";
  }
}
