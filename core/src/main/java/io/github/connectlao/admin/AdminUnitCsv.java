package io.github.connectlao.admin;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.csv.CsvColumn;
import io.github.connectlao.csv.CsvImportException;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.CsvTable;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV form of administrative units (ຫົວໜ່ວຍການປົກຄອງ): extra villages or other units a user
 * adds to a gazetteer, and the export of any list of units.
 *
 * <pre>{@code
 * try (CsvReader csv = CsvReader.open(path)) {
 *   ImportResult<Gazetteer> added = AdminUnitCsv.read(csv, Gazetteer.laoPdr(), OnBadRow.COLLECT);
 * }
 * }</pre>
 *
 * <p>Columns (English name, then accepted aliases; see {@code docs/csv.md}): {@code code}, {@code
 * level}, {@code parent_code} are required; {@code name_lo}, {@code name_en} (at least one filled),
 * {@code lsb_code}, {@code iso_code}, {@code alt_names} (separated by {@code |}), {@code
 * valid_from}, {@code valid_to} ({@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, Lao digits
 * accepted) and {@code source} are optional.
 */
public final class AdminUnitCsv {
  /** The unit's code, unique in the gazetteer. */
  public static final CsvColumn CODE = CsvColumn.of("code", "pcode", "unit_code", "ລະຫັດ");

  /** The level: {@code village}, {@code district}, {@code province} or the Lao word. */
  public static final CsvColumn LEVEL = CsvColumn.of("level", "admin_level", "ຂັ້ນ");

  /** The code of the unit one level up. */
  public static final CsvColumn PARENT = CsvColumn.of("parent_code", "parent", "ລະຫັດຂັ້ນເທິງ");

  /** The Lao name. */
  public static final CsvColumn NAME_LO = CsvColumn.of("name_lo", "name_lao", "ຊື່ລາວ", "ຊື່");

  /** The English name. */
  public static final CsvColumn NAME_EN =
      CsvColumn.of("name_en", "name_english", "name", "ຊື່ອັງກິດ");

  /** The Lao Statistics Bureau code. */
  public static final CsvColumn LSB = CsvColumn.of("lsb_code", "ລະຫັດສະຖິຕິ");

  /** The ISO 3166 code. */
  public static final CsvColumn ISO = CsvColumn.of("iso_code", "iso3166_2");

  /** Other names, separated by {@code |}. */
  public static final CsvColumn ALT = CsvColumn.of("alt_names", "alternative_names", "ຊື່ອື່ນ");

  /** When the unit was created. */
  public static final CsvColumn FROM = CsvColumn.of("valid_from", "created", "ວັນສ້າງຕັ້ງ");

  /** When the unit was abolished. */
  public static final CsvColumn TO = CsvColumn.of("valid_to", "abolished", "ວັນຍຸບ");

  /** Where the row comes from. */
  public static final CsvColumn SOURCE = CsvColumn.of("source", "ແຫຼ່ງຂໍ້ມູນ");

  /** Every column, in export order. */
  public static final List<CsvColumn> COLUMNS =
      List.of(CODE, LEVEL, PARENT, NAME_LO, NAME_EN, LSB, ISO, ALT, FROM, TO, SOURCE);

  /** The columns the header must name. */
  public static final List<CsvColumn> REQUIRED = List.of(CODE, LEVEL, PARENT);

  private AdminUnitCsv() {}

  /**
   * Imports units into a gazetteer: every bad row (bad value, unknown or wrong-level parent,
   * duplicate code) is reported with its line, column, value and reason; the good rows are added.
   *
   * @param csv the reader (not closed here)
   * @param gazetteer the gazetteer to extend
   * @param onBadRow what to do with a bad row: {@link OnBadRow#COLLECT} reports it and goes on, {@link OnBadRow#STOP} throws {@link CsvImportException} at the first
   * @return the new gazetteer, the added units and the row errors
   */
  public static ImportResult<Gazetteer> read(
      CsvReader csv, Gazetteer gazetteer, OnBadRow onBadRow) {
    return gazetteer.importUnits(csv, onBadRow);
  }

  /**
   * The units as a table with the import's columns, which {@link #read} reads back.
   *
   * @param units the units (any level below the nation)
   * @return the table
   */
  public static CsvTable table(List<AdminUnit> units) {
    List<List<String>> rows = new ArrayList<>(units.size());
    for (AdminUnit u : units) {
      rows.add(
          List.of(
              u.code(),
              u.level().nameEnglish(),
              u.parentCode().orElse(""),
              u.nameLao(),
              u.nameEnglish(),
              u.identifier(IdentifierScheme.LSB).orElse(""),
              u.identifier(IdentifierScheme.ISO_3166).orElse(""),
              String.join("|", u.alternativeNames()),
              u.validFrom().map(PartialDate::toString).orElse(""),
              u.validTo().map(PartialDate::toString).orElse(""),
              u.source().citation()));
    }
    return new CsvTable(COLUMNS, rows);
  }

  /**
   * A unit of a gazetteer by code (P-code, ISO or LSB code).
   *
   * @param column the column, for the error
   * @param gazetteer the gazetteer
   * @param code the cell
   * @return the unit
   * @throws InvalidValueException naming the code and the nearest known units when none has it
   */
  public static AdminUnit unit(String column, Gazetteer gazetteer, String code) {
    try {
      return gazetteer.unit(code);
    } catch (UnknownCodeException e) {
      throw new InvalidValueException(
          column,
          code,
          "is not a known unit code"
              + (e.suggestions().isEmpty()
                  ? ""
                  : "; did you mean " + String.join(", ", e.suggestions()) + "?"));
    }
  }
}
