package io.github.connectlao.crvs;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules that classify a registration's timeliness: the legal period for registration and the
 * limit for late registration.
 *
 * <p>Example: {@code RegistrationPolicy.laoDefault()} has a legal period of 30 days and a late
 * limit of 365 days: a birth registered on day 30 after the birth is {@link Timeliness#CURRENT},
 * on day 31 {@link Timeliness#LATE}, on day 366 {@link Timeliness#DELAYED}. Other countries use
 * 14 or 60 days, and some have no delayed class: {@code RegistrationPolicy.of(60,
 * Optional.empty(), source)}.
 *
 * @param legalPeriodDays the last day after the birth (day of birth = day 0) that is current
 * @param lateLimitDays the last day that is late; empty when there is no delayed class
 * @param source where the rule comes from
 */
public record RegistrationPolicy(int legalPeriodDays, Optional<Integer> lateLimitDays, Source source) {

  /**
   * The Lao default legal period of 30 days, as summarised from the Law on Family Registration
   * (No. 12/NA of 2009-11-27, amended 2018). The article number in the amended law is not
   * confirmed: confidence {@link Confidence#SECONDARY}.
   */
  public static final Source LAO_LAW = Source.of(
      "Law on Family Registration No. 12/NA (2009-11-27, amended 2018), as summarised in a "
          + "Vietnamese legal study (123docz.net/trich-doan/3562843) and muan.la (2020-02-26)",
      Confidence.SECONDARY,
      "30 days from the birth notice; article number in the 2018 amended law not confirmed; the "
          + "365-day late limit is the UN convention, not Lao law");

  /**
   * Validates the rule.
   *
   * @param legalPeriodDays the legal period
   * @param lateLimitDays the late limit
   * @param source the source
   */
  public RegistrationPolicy {
    InvalidValueException.check(legalPeriodDays >= 0, "legalPeriodDays", legalPeriodDays, "must not be negative");
    Objects.requireNonNull(lateLimitDays, "lateLimitDays");
    lateLimitDays.ifPresent(l -> InvalidValueException.check(l >= legalPeriodDays, "lateLimitDays", l,
        "must not be shorter than the legal period of " + legalPeriodDays + " days"));
    Objects.requireNonNull(source, "source");
  }

  /** @return the Lao default: 30 days legal period, 365 days late limit */
  public static RegistrationPolicy laoDefault() {
    return new RegistrationPolicy(30, Optional.of(365), LAO_LAW);
  }

  /**
   * A policy with both limits.
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
   * The timeliness of a registration.
   *
   * @param dateOfBirth the birth
   * @param registrationDate the registration, or empty when not registered
   * @return the class
   * @throws InvalidValueException when the registration is before the birth
   */
  public Timeliness timeliness(LocalDate dateOfBirth, Optional<LocalDate> registrationDate) {
    if (registrationDate.isEmpty()) {
      return Timeliness.NOT_REGISTERED;
    }
    return timelinessOfDelay(ChronoUnit.DAYS.between(dateOfBirth, registrationDate.get()));
  }

  /**
   * The timeliness of a registration made a number of days after the birth.
   *
   * @param days days from the birth to the registration (0 = the day of birth)
   * @return the class
   * @throws InvalidValueException when {@code days} is negative
   */
  public Timeliness timelinessOfDelay(long days) {
    InvalidValueException.check(days >= 0, "registrationDelayDays", days, "is negative: registration before the birth");
    if (days <= legalPeriodDays) {
      return Timeliness.CURRENT;
    }
    if (lateLimitDays.isEmpty() || days <= lateLimitDays.get()) {
      return Timeliness.LATE;
    }
    return Timeliness.DELAYED;
  }

  @Override
  public String toString() {
    return "RegistrationPolicy[current <= " + legalPeriodDays + " days"
        + lateLimitDays.map(l -> ", late <= " + l + " days").orElse(", no delayed class") + "]";
  }
}
