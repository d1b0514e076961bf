package io.github.connectlao.crvs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.AdminUnitCsv;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one definition of a valid birth registration, applied by every way registrations enter the
 * library: CSV into objects ({@link BirthRegistrationCsv}), CSV into the columnar registry ({@link
 * BirthRegistry#readCsv}), {@link BirthRegistry.Builder#add(BirthRegistration)}, {@link
 * Registrations#validate} and, through the record's constructor, JSON.
 *
 * <pre>{@code
 * RegistrationRules rules = RegistrationRules.of(Gazetteer.laoPdr(), LocalDate.of(2024, 6, 30));
 * List<RowError> problems = rules.check(registration, 1);   // empty when valid
 * }</pre>
 *
 * <p>A registration is valid when:
 *
 * <ul>
 *   <li>the identifier, sex, date of birth and place of birth are given;
 *   <li>every date (birth, birth notice, registration, death) lies between {@link #EARLIEST_DATE}
 *       (1900-01-01: no earlier date is plausible for a living register) and the reference date
 *       (default: today), both included;
 *   <li>no birth notice, registration or death is before the birth;
 *   <li>the place of birth is a unit of the gazetteer that existed on the date of birth ({@link
 *       AdminUnit#isValidOn(LocalDate)}), at village, district or province level: real exports
 *       sometimes know only the district or only the province, and a birth is counted at the level
 *       given (a province-level birth counts in its province and the nation, in no district); the
 *       nation as a whole is refused, as it says nothing of where the child was born;
 *   <li>the registration office, when given, is a unit of the gazetteer;
 *   <li>an office or a certificate is given only for a registered birth;
 *   <li>no identifier occurs twice in one input (reported with the line or position of its first
 *       occurrence; the identifier itself is never shown).
 * </ul>
 *
 * <p>Problems name the field (the CSV column for files, the record component for objects), the
 * value and the reason; never the identifier or the child's name. Immutable and thread-safe.
 */
public final class RegistrationRules {
  /** The earliest plausible date of any event of a registration. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

  static final int EARLIEST_DAY = (int) EARLIEST_DATE.toEpochDay();

  private final Gazetteer gazetteer;
  private final LocalDate referenceDate;
  private final int referenceDay;
  private final byte[] level;
  private final int[] validFrom;
  private final int[] validTo;

  private RegistrationRules(Gazetteer gazetteer, LocalDate referenceDate) {
    this.gazetteer = InvalidValueException.required(gazetteer, "gazetteer");
    this.referenceDate = InvalidValueException.required(referenceDate, "referenceDate");
    InvalidValueException.check(
        !referenceDate.isBefore(EARLIEST_DATE),
        "referenceDate",
        referenceDate,
        "is before " + EARLIEST_DATE);
    InvalidValueException.check(
        referenceDate.getYear() <= 9999, "referenceDate", referenceDate, "is after the year 9999");
    this.referenceDay = (int) referenceDate.toEpochDay();
    int n = gazetteer.size();
    level = new byte[n];
    validFrom = new int[n];
    validTo = new int[n];
    for (int i = 0; i < n; i++) {
      AdminUnit u = gazetteer.unitAt(i);
      level[i] = (byte) u.level().ordinal();
      validFrom[i] =
          u.validFrom().map(d -> (int) d.earliest().toEpochDay()).orElse(Integer.MIN_VALUE);
      validTo[i] =
          u.validTo()
              .map(d -> (int) Math.min(Integer.MAX_VALUE, d.latest().toEpochDay()))
              .orElse(Integer.MAX_VALUE);
    }
  }

  /**
   * The rules with today as the reference date.
   *
   * @param gazetteer the units places and offices must belong to
   * @return the rules
   */
  public static RegistrationRules of(Gazetteer gazetteer) {
    return of(gazetteer, LocalDate.now(ZoneId.systemDefault()));
  }

  /**
   * The rules with a reference date after which no date may lie.
   *
   * @param gazetteer the units places and offices must belong to
   * @param referenceDate the last acceptable day (e.g. the day the data were extracted)
   * @return the rules
   */
  public static RegistrationRules of(Gazetteer gazetteer, LocalDate referenceDate) {
    return new RegistrationRules(gazetteer, referenceDate);
  }

  /** @return the gazetteer */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** @return the last acceptable day */
  public LocalDate referenceDate() {
    return referenceDate;
  }

  // ------------------------------------------------------------------ objects

  /**
   * Checks one registration (every rule except duplicates, which need the whole input: see {@link
   * #validate(Iterable)}).
   *
   * @param registration the registration
   * @param position its position or line, for the problems
   * @return every problem, empty when valid
   */
  public List<RowError> check(BirthRegistration registration, long position) {
    InvalidValueException.required(registration, "registration");
    RegistrationFields f = new RegistrationFields();
    List<RowError> problems = new ArrayList<>();
    decode(
        registration,
        f,
        (field, reason) -> problems.add(objectError(position, registration, field, reason)));
    check(f, (field, reason) -> problems.add(objectError(position, registration, field, reason)));
    return List.copyOf(problems);
  }

  /**
   * Checks a collection of registrations, duplicates included.
   *
   * @param registrations the records
   * @return the valid records (in order) and every problem; positions are 1-based
   */
  public ImportResult<List<BirthRegistration>> validate(Iterable<BirthRegistration> registrations) {
    IdSet ids = new IdSet();
    List<BirthRegistration> accepted = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    long position = 0;
    for (BirthRegistration r : registrations) {
      position++;
      List<RowError> problems = check(r, position);
      if (problems.isEmpty()) {
        problems = duplicate(ids, r, position);
      }
      if (problems.isEmpty()) {
        accepted.add(r);
      } else {
        errors.addAll(problems);
      }
    }
    return ImportResult.ofRows(accepted, errors);
  }

  /** The duplicate problem of a record that passed every other rule, or none (then its id is kept). */
  static List<RowError> duplicate(IdSet ids, BirthRegistration r, long position) {
    byte[] id = r.id().getBytes(StandardCharsets.UTF_8);
    long first = ids.addOrFirst(id, 0, id.length, position);
    return first == 0
        ? List.of()
        : List.of(
            new RowError(
                position, RegistrationField.ID.component, "", duplicateReason(first, "record #")));
  }

  static String duplicateReason(long first, String prefix) {
    return first < 0
        ? "duplicates the id of an earlier record (the id is not shown: personal data)"
        : "duplicates the id of " + prefix + first + " (the id is not shown: personal data)";
  }

  private static RowError objectError(
      long position, BirthRegistration r, RegistrationField field, String reason) {
    return new RowError(position, field.component, field.personal ? "" : value(r, field), reason);
  }

  private static String value(BirthRegistration r, RegistrationField field) {
    switch (field) {
      case SEX:
        return r.sex().name();
      case DATE_OF_BIRTH:
        return r.dateOfBirth().toString();
      case PLACE_OF_BIRTH:
        return r.placeOfBirthCode();
      case BIRTH_NOTICE_DATE:
        return r.birthNoticeDate().map(LocalDate::toString).orElse("");
      case REGISTRATION_DATE:
        return r.registrationDate().map(LocalDate::toString).orElse("");
      case REGISTRATION_OFFICE:
        return r.registrationOfficeCode().orElse("");
      case CERTIFICATE_ISSUED:
        return String.valueOf(r.certificateIssued());
      case DATE_OF_DEATH:
        return r.dateOfDeath().map(LocalDate::toString).orElse("");
      case IN_HEALTH_FACILITY:
        return r.inHealthFacility().map(String::valueOf).orElse("");
      default:
        return "";
    }
  }

  /** Decodes a record to primitives, reporting codes the gazetteer does not know. */
  void decode(BirthRegistration r, RegistrationFields f, Problems problems) {
    f.clear();
    f.sex = r.sex().ordinal();
    f.birth = day(r.dateOfBirth());
    f.place = unitIndex(RegistrationField.PLACE_OF_BIRTH, r.placeOfBirthCode(), f, problems);
    f.facility = r.inHealthFacility().map(b -> b ? 1 : 0).orElse(-1);
    f.notice = r.birthNoticeDate().map(RegistrationRules::day).orElse(RegistrationFields.NONE);
    f.registration =
        r.registrationDate().map(RegistrationRules::day).orElse(RegistrationFields.NONE);
    f.death = r.dateOfDeath().map(RegistrationRules::day).orElse(RegistrationFields.NONE);
    f.office =
        r.registrationOfficeCode()
            .map(c -> unitIndex(RegistrationField.REGISTRATION_OFFICE, c, f, problems))
            .orElse(RegistrationFields.NONE);
    f.certificate = r.certificateIssued();
  }

  /** An epoch day, clamped into the int range (far dates are refused by the plausibility rule anyway). */
  static int day(LocalDate d) {
    long e = d.toEpochDay();
    return (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE, e));
  }

  private int unitIndex(
      RegistrationField field, String code, RegistrationFields f, Problems problems) {
    int i = gazetteer.indexOf(code);
    if (i < 0) {
      problems.add(field, unknownUnit(field, code));
      f.fail(field);
      return RegistrationFields.NONE;
    }
    return i;
  }

  /**
   * The reason for a code no unit of the gazetteer has, with the nearest known codes.
   *
   * @param field the field
   * @param code the code
   * @return the reason
   */
  String unknownUnit(RegistrationField field, String code) {
    try {
      AdminUnitCsv.unit(field.column.name(), gazetteer, code);
      return "is not a unit of the gazetteer";
    } catch (InvalidValueException e) {
      return e.reason();
    }
  }

  // ------------------------------------------------------------------ the rules

  /** Receives the problems of one record. */
  interface Problems {
    void add(RegistrationField field, String reason);
  }

  /**
   * Applies every rule but the duplicate one to a decoded record; fields that could not be decoded
   * are skipped (their problem is already reported).
   */
  void check(RegistrationFields r, Problems p) {
    int birth = r.birth;
    boolean birthKnown =
        birth != RegistrationFields.NONE && r.decoded(RegistrationField.DATE_OF_BIRTH);
    if (birthKnown && !plausible(birth, RegistrationField.DATE_OF_BIRTH, p)) {
      birthKnown = false;
    }
    checkAfterBirth(r.notice, RegistrationField.BIRTH_NOTICE_DATE, birthKnown, birth, r, p);
    checkAfterBirth(r.registration, RegistrationField.REGISTRATION_DATE, birthKnown, birth, r, p);
    checkAfterBirth(r.death, RegistrationField.DATE_OF_DEATH, birthKnown, birth, r, p);
    int place = r.place;
    if (place != RegistrationFields.NONE && r.decoded(RegistrationField.PLACE_OF_BIRTH)) {
      if (level[place] == AdminLevel.NATIONAL.ordinal()) {
        p.add(
            RegistrationField.PLACE_OF_BIRTH,
            "is the whole country; the place of birth must be a province, a district or a village");
      } else if (birthKnown && (birth < validFrom[place] || birth > validTo[place])) {
        AdminUnit u = gazetteer.unitAt(place);
        p.add(
            RegistrationField.PLACE_OF_BIRTH,
            "did not exist on the date of birth (valid "
                + u.validFrom().map(d -> "from " + d).orElse("")
                + u.validTo().map(d -> " to " + d).orElse("")
                + ")");
      }
    }
    if (r.registration == RegistrationFields.NONE
        && r.decoded(RegistrationField.REGISTRATION_DATE)) {
      if (r.office != RegistrationFields.NONE && r.decoded(RegistrationField.REGISTRATION_OFFICE)) {
        p.add(RegistrationField.REGISTRATION_OFFICE, "is given for a birth that is not registered");
      }
      if (r.certificate && r.decoded(RegistrationField.CERTIFICATE_ISSUED)) {
        p.add(RegistrationField.CERTIFICATE_ISSUED, "is set for a birth that is not registered");
      }
    }
  }

  private void checkAfterBirth(
      int day,
      RegistrationField field,
      boolean birthKnown,
      int birth,
      RegistrationFields r,
      Problems p) {
    if (day == RegistrationFields.NONE || !r.decoded(field)) {
      return;
    }
    if (plausible(day, field, p) && birthKnown && day < birth) {
      p.add(field, "is before the date of birth");
    }
  }

  private boolean plausible(int day, RegistrationField field, Problems p) {
    if (day < EARLIEST_DAY) {
      p.add(field, "is before " + EARLIEST_DATE + ", the earliest plausible date");
      return false;
    }
    if (day > referenceDay) {
      p.add(field, "is after the reference date " + referenceDate + " (a date in the future)");
      return false;
    }
    return true;
  }

  /**
   * The rules that need neither a gazetteer nor a reference date, applied by the {@link
   * BirthRegistration} constructor (so JSON and builders get them too).
   */
  static void checkIntrinsic(
      LocalDate born,
      Optional<LocalDate> notice,
      Optional<LocalDate> registered,
      Optional<LocalDate> death,
      boolean office,
      boolean certificate) {
    intrinsicDate(born, RegistrationField.DATE_OF_BIRTH, born);
    notice.ifPresent(d -> intrinsicDate(d, RegistrationField.BIRTH_NOTICE_DATE, born));
    registered.ifPresent(d -> intrinsicDate(d, RegistrationField.REGISTRATION_DATE, born));
    death.ifPresent(d -> intrinsicDate(d, RegistrationField.DATE_OF_DEATH, born));
    if (registered.isEmpty()) {
      InvalidValueException.check(
          !office,
          RegistrationField.REGISTRATION_OFFICE.component,
          "",
          "is given for a birth that is not registered");
      InvalidValueException.check(
          !certificate,
          RegistrationField.CERTIFICATE_ISSUED.component,
          true,
          "is set for a birth that is not registered");
    }
  }

  private static void intrinsicDate(LocalDate d, RegistrationField field, LocalDate born) {
    InvalidValueException.check(
        !d.isBefore(EARLIEST_DATE),
        field.component,
        d,
        "is before " + EARLIEST_DATE + ", the earliest plausible date");
    InvalidValueException.check(
        !d.isBefore(born), field.component, d, "is before the date of birth");
  }

  @Override
  public String toString() {
    return "RegistrationRules[reference date "
        + referenceDate
        + ", "
        + gazetteer.size()
        + " units]";
  }
}
