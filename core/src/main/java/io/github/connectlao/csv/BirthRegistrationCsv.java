package io.github.connectlao.csv;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.admin.UnknownCodeException;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.Sex;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The CSV form of birth registrations (ການຈົດທະບຽນການເກີດ): import with validation against a
 * gazetteer and a day, and export.
 *
 * <pre>{@code
 * try (CsvReader csv = CsvReader.open(path)) {
 *   ImportResult<BirthRegistration> r =
 *       BirthRegistrationCsv.read(csv, Gazetteer.laoPdr(), LocalDate.now(), false);
 *   r.accepted();   // the valid registrations
 *   r.errors();     // line 7, column sex, value 'Q': is not a sex value ...
 * }
 * }</pre>
 *
 * <p>Columns (any order; English or Lao header names, see {@code docs/csv.md}): {@code id}, {@code
 * sex}, {@code date_of_birth}, {@code place_of_birth} are required; {@code in_health_facility},
 * {@code birth_notice_date}, {@code registration_date}, {@code registration_office}, {@code
 * certificate_issued}, {@code date_of_death}, {@code child_name} are optional. Dates are ISO or Lao
 * ({@code 1/3/2022}, {@code ວັນທີ 1 ມີນາ 2022}), Lao digits accepted; no date may be after {@code
 * today}. Unit codes may be P-codes, ISO or LSB codes and are stored as P-codes; an unknown code
 * is reported with the nearest known ones. A row reports every problem it has. The identifier and
 * the child's name are personal data: no error ever shows them (a duplicate identifier is reported
 * with the line of its first occurrence), and a row whose number of cells differs from the
 * header's is refused as a whole without showing any value.
 */
public final class BirthRegistrationCsv {
  /** The registration's identifier; personal data. */
  public static final CsvColumn ID = CsvColumn.of("id", "registration_id", "ເລກທະບຽນ");
  /** The child's sex: M/F/U, male/female/unknown, 1/2/9, ຊາຍ/ຍິງ. */
  public static final CsvColumn SEX = CsvColumn.of("sex", "gender", "ເພດ");
  /** The date of birth. */
  public static final CsvColumn DATE_OF_BIRTH = CsvColumn.of("date_of_birth", "dob", "birth_date", "ວັນເດືອນປີເກີດ", "ວັນເກີດ");
  /** The place of birth: a village or district code. */
  public static final CsvColumn PLACE_OF_BIRTH = CsvColumn.of("place_of_birth", "place_of_birth_code",
      "ສະຖານທີ່ເກີດ");
  /** Whether the birth was in a health facility (yes/no); blank when unknown. */
  public static final CsvColumn IN_HEALTH_FACILITY = CsvColumn.of("in_health_facility", "facility_birth",
      "ເກີດຢູ່ສະຖານບໍລິການສາທາລະນະສຸກ");
  /** The date of the birth notice. */
  public static final CsvColumn BIRTH_NOTICE_DATE = CsvColumn.of("birth_notice_date", "notice_date",
      "ວັນທີໃບແຈ້ງເກີດ");
  /** The registration date; blank for a birth not registered. */
  public static final CsvColumn REGISTRATION_DATE = CsvColumn.of("registration_date", "registered_on",
      "ວັນທີຈົດທະບຽນ");
  /** The registering office's unit code. */
  public static final CsvColumn REGISTRATION_OFFICE = CsvColumn.of("registration_office",
      "registration_office_code", "ຫ້ອງການຈົດທະບຽນ");
  /** Whether a certificate was issued (yes/no; blank is no). */
  public static final CsvColumn CERTIFICATE_ISSUED = CsvColumn.of("certificate_issued", "certificate",
      "ອອກໃບຢັ້ງຢືນການເກີດ");
  /** The child's date of death, if known to have died. */
  public static final CsvColumn DATE_OF_DEATH = CsvColumn.of("date_of_death", "died_on", "ວັນທີເສຍຊີວິດ");
  /** The child's name; personal data. */
  public static final CsvColumn CHILD_NAME = CsvColumn.of("child_name", "name", "ຊື່ເດັກ");
  /** Every column, in export order. */
  public static final List<CsvColumn> COLUMNS = List.of(ID, SEX, DATE_OF_BIRTH, PLACE_OF_BIRTH,
      IN_HEALTH_FACILITY, BIRTH_NOTICE_DATE, REGISTRATION_DATE, REGISTRATION_OFFICE, CERTIFICATE_ISSUED,
      DATE_OF_DEATH, CHILD_NAME);
  /** The columns the header must name. */
  public static final List<CsvColumn> REQUIRED = List.of(ID, SEX, DATE_OF_BIRTH, PLACE_OF_BIRTH);

  private static final Map<String, CsvColumn> FIELD_COLUMNS = Map.of(
      "id", ID, "sex", SEX, "dateOfBirth", DATE_OF_BIRTH, "placeOfBirthCode", PLACE_OF_BIRTH,
      "birthNoticeDate", BIRTH_NOTICE_DATE, "registrationDate", REGISTRATION_DATE,
      "registrationOfficeCode", REGISTRATION_OFFICE, "certificateIssued", CERTIFICATE_ISSUED,
      "dateOfDeath", DATE_OF_DEATH, "childName", CHILD_NAME);

  private BirthRegistrationCsv() {}

  /**
   * Imports a file.
   *
   * @param file the file
   * @param gazetteer the gazetteer the unit codes are checked against
   * @param today no date may be after this day
   * @param strict when true, the first bad row throws {@link CsvImportException}
   * @return the accepted registrations and every refused row
   */
  public static ImportResult<BirthRegistration> read(Path file, Gazetteer gazetteer, LocalDate today,
      boolean strict) {
    try (CsvReader csv = CsvReader.open(file)) {
      return read(csv, gazetteer, today, strict);
    }
  }

  /**
   * Imports from a reader.
   *
   * @param csv the reader (not closed here)
   * @param gazetteer the gazetteer the unit codes are checked against
   * @param today no date may be after this day
   * @param strict when true, the first bad row throws {@link CsvImportException}
   * @return the accepted registrations and every refused row
   */
  public static ImportResult<BirthRegistration> read(CsvReader csv, Gazetteer gazetteer, LocalDate today,
      boolean strict) {
    Objects.requireNonNull(gazetteer, "gazetteer");
    Objects.requireNonNull(today, "today");
    Map<String, Long> firstLineOfId = new HashMap<>();
    return csv.importRows(COLUMNS, REQUIRED, row -> toRegistration(row, gazetteer, today, firstLineOfId), strict);
  }

  private static BirthRegistration toRegistration(CsvRow row, Gazetteer gazetteer, LocalDate today,
      Map<String, Long> firstLineOfId) {
    row.requireAligned();
    List<RowError> errors = new ArrayList<>();
    long line = row.line();
    String id = attempt(errors, line, () -> {
      String v = row.get(ID).orElse("");
      if (v.isEmpty()) {
        throw new InvalidValueException(ID.name(), "", "is required");
      }
      return v;
    });
    Sex sex = attempt(errors, line, () -> Sex.parse(row.require(SEX)));
    LocalDate born = attempt(errors, line, () -> CsvValues.pastDate(DATE_OF_BIRTH.name(), row.require(DATE_OF_BIRTH), today));
    String place = attempt(errors, line, () -> unitCode(gazetteer, PLACE_OF_BIRTH, row.require(PLACE_OF_BIRTH), true));
    Optional<Boolean> facility = attemptOpt(errors, line, () -> CsvValues.yesNo(IN_HEALTH_FACILITY.name(),
        row.get(IN_HEALTH_FACILITY)));
    Optional<LocalDate> notice = attemptOpt(errors, line, () -> row.get(BIRTH_NOTICE_DATE)
        .map(t -> CsvValues.pastDate(BIRTH_NOTICE_DATE.name(), t, today)));
    Optional<LocalDate> registered = attemptOpt(errors, line, () -> row.get(REGISTRATION_DATE)
        .map(t -> CsvValues.pastDate(REGISTRATION_DATE.name(), t, today)));
    Optional<String> office = attemptOpt(errors, line, () -> row.get(REGISTRATION_OFFICE)
        .map(t -> unitCode(gazetteer, REGISTRATION_OFFICE, t, false)));
    Boolean certificate = attempt(errors, line, () -> CsvValues.yesNo(CERTIFICATE_ISSUED.name(),
        row.get(CERTIFICATE_ISSUED)).orElse(false));
    Optional<LocalDate> death = attemptOpt(errors, line, () -> row.get(DATE_OF_DEATH)
        .map(t -> CsvValues.pastDate(DATE_OF_DEATH.name(), t, today)));
    Optional<String> name = attemptOpt(errors, line, () -> row.get(CHILD_NAME));
    if (!errors.isEmpty()) {
      throw new RowRejectedException(errors);
    }
    BirthRegistration r;
    try {
      r = new BirthRegistration(id, sex, born, place, facility, notice, registered, office, certificate,
          death, name);
    } catch (InvalidValueException e) {
      CsvColumn column = FIELD_COLUMNS.get(e.field());
      boolean personal = column == ID || column == CHILD_NAME;
      throw new RowRejectedException(List.of(new RowError(line, column == null ? e.field() : column.name(),
          personal ? "" : e.value(), e.reason())));
    }
    Long first = firstLineOfId.putIfAbsent(id, line);
    if (first != null) {
      throw new RowRejectedException(List.of(new RowError(line, ID.name(), "",
          "duplicates the id of line " + first + " (the id is not shown: personal data)")));
    }
    return r;
  }

  private static String unitCode(Gazetteer gazetteer, CsvColumn column, String code, boolean placeOfBirth) {
    AdminUnit unit;
    try {
      unit = gazetteer.unit(code);
    } catch (UnknownCodeException e) {
      throw new InvalidValueException(column.name(), code, "is not a known unit code"
          + (e.suggestions().isEmpty() ? "" : "; did you mean " + String.join(", ", e.suggestions()) + "?"));
    }
    if (placeOfBirth && unit.level() != AdminLevel.VILLAGE && unit.level() != AdminLevel.DISTRICT) {
      throw new InvalidValueException(column.name(), code, "is a " + unit.level().nameEnglish()
          + " (" + unit.name() + "); the place of birth must be a village or a district");
    }
    return unit.code();
  }

  /** A value, or null after recording the row error (the row is refused in the end). */
  private static <T> T attempt(List<RowError> errors, long line, java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (InvalidValueException e) {
      boolean personal = e.field().equals(ID.name()) || e.field().equals(CHILD_NAME.name());
      errors.add(new RowError(line, e.field(), personal ? "" : e.value(), e.reason()));
      return null;
    }
  }

  private static <T> Optional<T> attemptOpt(List<RowError> errors, long line,
      java.util.function.Supplier<Optional<T>> read) {
    Optional<T> v = attempt(errors, line, read);
    return v == null ? Optional.empty() : v;
  }

  /**
   * Registrations as a table with the import's columns, which {@link #read} reads back. The table
   * holds the identifiers and names: treat the file as personal data.
   *
   * @param registrations the registrations
   * @param withNames whether to include the {@code child_name} column
   * @return the table
   */
  public static CsvTable table(List<BirthRegistration> registrations, boolean withNames) {
    List<CsvColumn> columns = withNames ? COLUMNS : COLUMNS.subList(0, COLUMNS.size() - 1);
    List<List<String>> rows = new ArrayList<>(registrations.size());
    for (BirthRegistration r : registrations) {
      List<String> cells = new ArrayList<>(List.of(r.id(), r.sex().name().substring(0, 1), r.dateOfBirth().toString(),
          r.placeOfBirthCode(), r.inHealthFacility().map(b -> b ? "yes" : "no").orElse(""),
          r.birthNoticeDate().map(LocalDate::toString).orElse(""),
          r.registrationDate().map(LocalDate::toString).orElse(""), r.registrationOfficeCode().orElse(""),
          r.certificateIssued() ? "yes" : "no", r.dateOfDeath().map(LocalDate::toString).orElse("")));
      if (withNames) {
        cells.add(r.childName().orElse(""));
      }
      rows.add(cells);
    }
    return new CsvTable(columns, rows);
  }
}
