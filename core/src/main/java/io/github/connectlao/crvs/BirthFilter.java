package io.github.connectlao.crvs;

import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import java.util.Optional;

/**
 * Which births to count: by sex, by a window of birth dates, by a window of registration dates,
 * by birth setting. Every part is optional; {@link #ALL} counts every known birth.
 *
 * <p>Example: {@code BirthFilter.ALL.sex(Sex.FEMALE).bornIn(DateRange.ofYear(2023))}. A filter
 * on registration dates keeps only registered births (an unregistered birth has no registration
 * date).
 *
 * @param sex the child's sex, or empty for both
 * @param born the window the date of birth must fall in, or empty
 * @param registered the window the registration date must fall in, or empty
 * @param setting the birth setting, or empty for all
 */
public record BirthFilter(
    Optional<Sex> sex,
    Optional<DateRange> born,
    Optional<DateRange> registered,
    Optional<BirthSetting> setting) {

  /** Every known birth. */
  public static final BirthFilter ALL =
      new BirthFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Validates the parts.
   *
   * @param sex sex
   * @param born birth window
   * @param registered registration window
   * @param setting setting
   */
  public BirthFilter {
    InvalidValueException.required(sex, "sex");
    InvalidValueException.required(born, "born");
    InvalidValueException.required(registered, "registered");
    InvalidValueException.required(setting, "setting");
  }

  /**
   * @param s the sex
   * @return this filter restricted to a sex
   */
  public BirthFilter sex(Sex s) {
    return new BirthFilter(Optional.of(s), born, registered, setting);
  }

  /**
   * @param window the birth window
   * @return this filter restricted to births in a window
   */
  public BirthFilter bornIn(DateRange window) {
    return new BirthFilter(sex, Optional.of(window), registered, setting);
  }

  /**
   * @param year the year of birth
   * @return this filter restricted to births in a calendar year
   */
  public BirthFilter bornInYear(int year) {
    return bornIn(DateRange.ofYear(year));
  }

  /**
   * @param window the registration window
   * @return this filter restricted to births registered in a window
   */
  public BirthFilter registeredIn(DateRange window) {
    return new BirthFilter(sex, born, Optional.of(window), setting);
  }

  /**
   * @param s the birth setting
   * @return this filter restricted to a birth setting
   */
  public BirthFilter setting(BirthSetting s) {
    return new BirthFilter(sex, born, registered, Optional.of(s));
  }

  /**
   * Whether a registration passes this filter.
   *
   * @param r the registration
   * @return true when every part matches
   */
  public boolean test(BirthRegistration r) {
    return sex.map(s -> s == r.sex()).orElse(true)
        && born.map(w -> w.contains(r.dateOfBirth())).orElse(true)
        && registered.map(w -> r.registrationDate().map(w::contains).orElse(false)).orElse(true)
        && setting.map(s -> s == BirthSetting.of(r)).orElse(true);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("BirthFilter[");
    sex.ifPresent(s -> b.append("sex=").append(s).append(", "));
    born.ifPresent(w -> b.append("born=").append(w).append(", "));
    registered.ifPresent(w -> b.append("registered=").append(w).append(", "));
    setting.ifPresent(s -> b.append("setting=").append(s).append(", "));
    if (b.charAt(b.length() - 1) == ' ') {
      b.setLength(b.length() - 2);
    } else {
      b.append("all");
    }
    return b.append(']').toString();
  }
}
