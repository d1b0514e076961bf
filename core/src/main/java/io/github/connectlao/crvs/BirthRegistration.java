package io.github.connectlao.crvs;

import io.github.connectlao.InvalidValueException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One known birth and its registration (ການຈົດທະບຽນການເກີດ), if any.
 *
 * <p>Example:
 *
 * <pre>{@code
 * BirthRegistration r = BirthRegistration.builder("R-0001", Sex.FEMALE, LocalDate.of(2022, 3, 1), "LA0501")
 *     .inHealthFacility(true)
 *     .birthNoticeDate(LocalDate.of(2022, 3, 5))
 *     .registered(LocalDate.of(2022, 3, 20), "LA0501")
 *     .certificateIssued(true)
 *     .build();
 * r.timeliness(RegistrationPolicy.laoPdr());   // CURRENT (day 19)
 * }</pre>
 *
 * <p>The identifier and the child's name are personal data: they are never part of {@link
 * #toString()} or of any exception message.
 *
 * @param id the registration's identifier (unique within a dataset); personal data
 * @param sex the child's sex
 * @param dateOfBirth the date of birth
 * @param placeOfBirthCode the gazetteer code of the place of birth: a village, or a district when
 *     the village is unknown
 * @param inHealthFacility whether the birth took place in a health facility; empty when unknown
 * @param birthNoticeDate the date of the birth notice (ໃບແຈ້ງເກີດ) issued by the village chief, if any
 * @param registrationDate the registration date; empty for a birth known but not registered
 * @param registrationOfficeCode the gazetteer code of the registering office's unit, if known
 * @param certificateIssued whether a birth certificate (ໃບຢັ້ງຢືນການເກີດ) was issued
 * @param dateOfDeath the child's date of death, if known to have died (for coverage of living
 *     children)
 * @param childName the child's name, optional; personal data
 */
public record BirthRegistration(
    String id,
    Sex sex,
    LocalDate dateOfBirth,
    String placeOfBirthCode,
    Optional<Boolean> inHealthFacility,
    Optional<LocalDate> birthNoticeDate,
    Optional<LocalDate> registrationDate,
    Optional<String> registrationOfficeCode,
    boolean certificateIssued,
    Optional<LocalDate> dateOfDeath,
    Optional<String> childName) {

  /**
   * Validates the record's own consistency with the {@link RegistrationRules} that need nothing
   * else: no date before {@link RegistrationRules#EARLIEST_DATE}, no registration, notice or death
   * before the birth, an office or a certificate only for a registered birth. The rules against the
   * outside world (unit codes, the reference date, duplicate identifiers) are applied when
   * registrations are loaded ({@link RegistrationRules#check}, every reader and the registry
   * builder).
   *
   * @param id identifier
   * @param sex sex
   * @param dateOfBirth birth
   * @param placeOfBirthCode place
   * @param inHealthFacility facility birth
   * @param birthNoticeDate notice
   * @param registrationDate registration
   * @param registrationOfficeCode office
   * @param certificateIssued certificate
   * @param dateOfDeath death
   * @param childName name
   */
  public BirthRegistration {
    id = InvalidValueException.requiredText(id, "id");
    InvalidValueException.required(sex, "sex");
    InvalidValueException.required(dateOfBirth, "dateOfBirth");
    placeOfBirthCode = InvalidValueException.requiredText(placeOfBirthCode, "placeOfBirthCode");
    InvalidValueException.required(inHealthFacility, "inHealthFacility");
    InvalidValueException.required(birthNoticeDate, "birthNoticeDate");
    InvalidValueException.required(registrationDate, "registrationDate");
    registrationOfficeCode =
        InvalidValueException.required(registrationOfficeCode, "registrationOfficeCode")
            .map(String::strip)
            .filter(s -> !s.isEmpty());
    InvalidValueException.required(dateOfDeath, "dateOfDeath");
    childName = InvalidValueException.required(childName, "childName").filter(s -> !s.isBlank());
    RegistrationRules.checkIntrinsic(
        dateOfBirth,
        birthNoticeDate,
        registrationDate,
        dateOfDeath,
        registrationOfficeCode.isPresent(),
        certificateIssued);
  }

  /**
   * Starts building a registration.
   *
   * @param id the identifier
   * @param sex the sex
   * @param dateOfBirth the birth
   * @param placeOfBirthCode the place of birth's gazetteer code
   * @return a builder
   */
  public static Builder builder(
      String id, Sex sex, LocalDate dateOfBirth, String placeOfBirthCode) {
    return new Builder(id, sex, dateOfBirth, placeOfBirthCode);
  }

  /** @return true when the birth is registered */
  public boolean isRegistered() {
    return registrationDate.isPresent();
  }

  /** @return days from the birth to the registration, if registered */
  public Optional<Long> registrationDelayDays() {
    return registrationDate.map(d -> ChronoUnit.DAYS.between(dateOfBirth, d));
  }

  /**
   * The timeliness of this registration under a policy.
   *
   * @param policy the policy
   * @return current, late, delayed or not registered
   */
  public Timeliness timeliness(RegistrationPolicy policy) {
    return policy.band(dateOfBirth, birthNoticeDate, registrationDate).timeliness();
  }

  /**
   * Whether the child was registered and alive on a day.
   *
   * @param date the day
   * @return true when registered on or before {@code date} and not dead on or before it
   */
  public boolean isRegisteredAndAliveOn(LocalDate date) {
    return registrationDate.map(d -> !d.isAfter(date)).orElse(false) && isAliveOn(date);
  }

  /**
   * Whether the child was born and alive on a day.
   *
   * @param date the day
   * @return true when born on or before {@code date} and not dead on or before it
   */
  public boolean isAliveOn(LocalDate date) {
    return !dateOfBirth.isAfter(date) && dateOfDeath.map(d -> d.isAfter(date)).orElse(true);
  }

  /**
   * The child's age in completed years on a day (a child born on 29 February turns one year older
   * on 1 March in common years: 17 on 28 February, 18 on 1 March; see {@code docs/crvs.md}).
   *
   * @param date the day
   * @return the age in years
   * @throws InvalidValueException when {@code date} is before the birth
   */
  public int ageOn(LocalDate date) {
    return Ages.yearsOn(dateOfBirth, date);
  }

  @Override
  public String toString() {
    return "BirthRegistration["
        + sex
        + ", born "
        + YearMonth.from(dateOfBirth)
        + " in "
        + placeOfBirthCode
        + registrationDelayDays().map(d -> ", registered on day " + d).orElse(", not registered")
        + "]";
  }

  /** Builds a {@link BirthRegistration}; validation happens in {@link #build()}. */
  public static final class Builder {
    private final String id;
    private final Sex sex;
    private final LocalDate dateOfBirth;
    private final String placeOfBirthCode;
    private @Nullable Boolean inHealthFacility;
    private @Nullable LocalDate birthNoticeDate;
    private @Nullable LocalDate registrationDate;
    private @Nullable String registrationOfficeCode;
    private boolean certificateIssued;
    private @Nullable LocalDate dateOfDeath;
    private @Nullable String childName;

    private Builder(String id, Sex sex, LocalDate dateOfBirth, String placeOfBirthCode) {
      this.id = id;
      this.sex = sex;
      this.dateOfBirth = dateOfBirth;
      this.placeOfBirthCode = placeOfBirthCode;
    }

    /**
     * @param facility whether the birth took place in a health facility
     * @return this builder
     */
    public Builder inHealthFacility(boolean facility) {
      this.inHealthFacility = facility;
      return this;
    }

    /**
     * @param date the birth notice date
     * @return this builder
     */
    public Builder birthNoticeDate(LocalDate date) {
      this.birthNoticeDate = date;
      return this;
    }

    /**
     * @param date the registration date
     * @param officeCode the registering office's unit code, or null when unknown
     * @return this builder
     */
    public Builder registered(LocalDate date, @Nullable String officeCode) {
      this.registrationDate = date;
      this.registrationOfficeCode = officeCode;
      return this;
    }

    /**
     * @param issued whether a certificate was issued
     * @return this builder
     */
    public Builder certificateIssued(boolean issued) {
      this.certificateIssued = issued;
      return this;
    }

    /**
     * @param date the child's date of death
     * @return this builder
     */
    public Builder dateOfDeath(LocalDate date) {
      this.dateOfDeath = date;
      return this;
    }

    /**
     * @param name the child's name (personal data, never printed)
     * @return this builder
     */
    public Builder childName(String name) {
      this.childName = name;
      return this;
    }

    /**
     * @return the validated registration
     * @throws InvalidValueException naming the field and value when it is inconsistent
     */
    public BirthRegistration build() {
      return new BirthRegistration(
          id,
          sex,
          dateOfBirth,
          placeOfBirthCode,
          Optional.ofNullable(inHealthFacility),
          Optional.ofNullable(birthNoticeDate),
          Optional.ofNullable(registrationDate),
          Optional.ofNullable(registrationOfficeCode),
          certificateIssued,
          Optional.ofNullable(dateOfDeath),
          Optional.ofNullable(childName));
    }
  }
}
