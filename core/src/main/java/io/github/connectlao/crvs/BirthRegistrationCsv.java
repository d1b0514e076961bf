package io.github.connectlao.crvs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.CsvColumn;
import io.github.connectlao.csv.CsvImportException;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.CsvTable;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import io.github.connectlao.csv.RowError;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CSV form of birth registrations (ການຈົດທະບຽນການເກີດ): import into objects, checked by {@link
 * RegistrationRules}, and export.
 *
 * <pre>{@code
 * try (CsvReader csv = CsvReader.open(path)) {
 *   ImportResult<List<BirthRegistration>> r =
 *       BirthRegistrationCsv.read(csv, RegistrationRules.of(Gazetteer.laoPdr()), OnBadRow.COLLECT);
 *   r.accepted();   // the valid registrations
 *   r.errors();     // line 7, column sex, value 'Q': is not a sex value ...
 * }
 * }</pre>
 *
 * <p>Columns (any order; English or Lao header names, see {@code docs/csv.md}): {@code id}, {@code
 * sex}, {@code date_of_birth}, {@code place_of_birth} are required; {@code in_health_facility},
 * {@code birth_notice_date}, {@code registration_date}, {@code registration_office}, {@code
 * certificate_issued}, {@code date_of_death}, {@code child_name} are optional. Dates are ISO or Lao
 * ({@code 2022/3/1}, {@code 1/3/2022}, {@code ວັນທີ 1 ມີນາ 2022}), Lao digits accepted. Unit codes
 * may be P-codes, ISO or LSB codes and are stored as P-codes. The same column specification, the
 * same row checker and the same rules serve {@link BirthRegistry#readCsv}: both readers accept the
 * same rows and report the same errors. A row reports every problem it has; the identifier and the
 * child's name are never shown.
 */
public final class BirthRegistrationCsv {
  /** The registration's identifier; personal data. */
  public static final CsvColumn ID = RegistrationField.ID.column;

  /** The child's sex: M/F/U, male/female/unknown, 1/2/9, ຊາຍ/ຍິງ. */
  public static final CsvColumn SEX = RegistrationField.SEX.column;

  /** The date of birth. */
  public static final CsvColumn DATE_OF_BIRTH = RegistrationField.DATE_OF_BIRTH.column;

  /** The place of birth: a village, district or province code. */
  public static final CsvColumn PLACE_OF_BIRTH = RegistrationField.PLACE_OF_BIRTH.column;

  /** Whether the birth was in a health facility (yes/no); blank when unknown. */
  public static final CsvColumn IN_HEALTH_FACILITY = RegistrationField.IN_HEALTH_FACILITY.column;

  /** The date of the birth notice. */
  public static final CsvColumn BIRTH_NOTICE_DATE = RegistrationField.BIRTH_NOTICE_DATE.column;

  /** The registration date; blank for a birth not registered. */
  public static final CsvColumn REGISTRATION_DATE = RegistrationField.REGISTRATION_DATE.column;

  /** The registering office's unit code. */
  public static final CsvColumn REGISTRATION_OFFICE = RegistrationField.REGISTRATION_OFFICE.column;

  /** Whether a certificate was issued (yes/no; blank is no). */
  public static final CsvColumn CERTIFICATE_ISSUED = RegistrationField.CERTIFICATE_ISSUED.column;

  /** The child's date of death, if known to have died. */
  public static final CsvColumn DATE_OF_DEATH = RegistrationField.DATE_OF_DEATH.column;

  /** The child's name; personal data. */
  public static final CsvColumn CHILD_NAME = RegistrationField.CHILD_NAME.column;

  /** Every column, in export order. */
  public static final List<CsvColumn> COLUMNS = RegistrationCsvReader.columns();

  /** The columns the header must name. */
  public static final List<CsvColumn> REQUIRED = List.of(ID, SEX, DATE_OF_BIRTH, PLACE_OF_BIRTH);

  private BirthRegistrationCsv() {}

  /**
   * Imports a file.
   *
   * @param file the file
   * @param gazetteer the gazetteer the unit codes are checked against
   * @param today no date may be after this day
   * @param onBadRow what to do with a bad row: {@link OnBadRow#COLLECT} reports it and goes on, {@link OnBadRow#STOP} throws {@link CsvImportException} at the first
   * @return the accepted registrations and every refused row
   */
  public static ImportResult<List<BirthRegistration>> read(
      Path file, Gazetteer gazetteer, LocalDate today, OnBadRow onBadRow) {
    try (CsvReader csv = CsvReader.open(file)) {
      return read(csv, RegistrationRules.of(gazetteer, today), onBadRow);
    }
  }

  /**
   * Imports from a reader.
   *
   * @param csv the reader (not closed here)
   * @param gazetteer the gazetteer the unit codes are checked against
   * @param today no date may be after this day
   * @param onBadRow what to do with a bad row: {@link OnBadRow#COLLECT} reports it and goes on, {@link OnBadRow#STOP} throws {@link CsvImportException} at the first
   * @return the accepted registrations and every refused row
   */
  public static ImportResult<List<BirthRegistration>> read(
      CsvReader csv, Gazetteer gazetteer, LocalDate today, OnBadRow onBadRow) {
    return read(csv, RegistrationRules.of(gazetteer, today), onBadRow);
  }

  /**
   * Imports from a reader under a rule set.
   *
   * @param csv the reader (not closed here)
   * @param rules the rules (gazetteer and reference date)
   * @param onBadRow what to do with a bad row: {@link OnBadRow#COLLECT} reports it and goes on, {@link OnBadRow#STOP} throws {@link CsvImportException} at the first
   * @return the accepted registrations and every refused row
   */
  public static ImportResult<List<BirthRegistration>> read(
      CsvReader csv, RegistrationRules rules, OnBadRow onBadRow) {
    InvalidValueException.required(csv, "csv");
    InvalidValueException.required(rules, "rules");
    List<BirthRegistration> accepted = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    new RegistrationCsvReader(csv, rules)
        .read(row -> accepted.add(toRegistration(row)), errors, onBadRow.stops());
    return ImportResult.ofRows(accepted, errors);
  }

  private static BirthRegistration toRegistration(RegistrationCsvReader row) {
    RegistrationFields f = row.fields();
    Gazetteer g = row.gazetteer();
    return new BirthRegistration(
        row.text(RegistrationField.ID),
        Sex.values()[f.sex],
        LocalDate.ofEpochDay(f.birth),
        g.unitAt(f.place).code(),
        f.facility < 0 ? Optional.empty() : Optional.of(f.facility == 1),
        date(f.notice),
        date(f.registration),
        f.office == RegistrationFields.NONE
            ? Optional.empty()
            : Optional.of(g.unitAt(f.office).code()),
        f.certificate,
        date(f.death),
        Optional.of(row.text(RegistrationField.CHILD_NAME)));
  }

  private static Optional<LocalDate> date(int day) {
    return day == RegistrationFields.NONE
        ? Optional.empty()
        : Optional.of(LocalDate.ofEpochDay(day));
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
      List<String> cells =
          new ArrayList<>(
              List.of(
                  r.id(),
                  r.sex().name().substring(0, 1),
                  r.dateOfBirth().toString(),
                  r.placeOfBirthCode(),
                  r.inHealthFacility().map(b -> b ? "yes" : "no").orElse(""),
                  r.birthNoticeDate().map(LocalDate::toString).orElse(""),
                  r.registrationDate().map(LocalDate::toString).orElse(""),
                  r.registrationOfficeCode().orElse(""),
                  r.certificateIssued() ? "yes" : "no",
                  r.dateOfDeath().map(LocalDate::toString).orElse("")));
      if (withNames) {
        cells.add(r.childName().orElse(""));
      }
      rows.add(cells);
    }
    return new CsvTable(columns, rows);
  }
}
