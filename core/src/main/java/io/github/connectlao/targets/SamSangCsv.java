package io.github.connectlao.targets;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.AdminUnitCsv;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.CsvColumn;
import io.github.connectlao.csv.CsvImportException;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.CsvTable;
import io.github.connectlao.csv.CsvValues;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import io.github.connectlao.lao.LaoText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The CSV form of Sam Sang assessments (ການປະເມີນສາມສ້າງ): whether a province, district or village
 * met its Sam Sang criteria in a year.
 *
 * <pre>{@code
 * try (CsvReader csv = CsvReader.open(path)) {
 *   ImportResult<List<SamSangAssessment>> r = SamSangCsv.read(csv, gazetteer, OnBadRow.COLLECT);
 *   SamSang.rollup(gazetteer, 2025).assessments(r.accepted());
 * }
 * }</pre>
 *
 * <p>Columns (English or Lao names, any order; see {@code docs/csv.md}): {@code unit_code}, {@code
 * year}, {@code achieved} (yes/no) and {@code source} are required; {@code confidence} is optional
 * (default {@code UNVERIFIED}). The unit must be a province, district or village of the gazetteer
 * (stored by its P-code); a second assessment of the same unit and year is an error.
 */
public final class SamSangCsv {
  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

  /** The assessed unit's code. */
  public static final CsvColumn UNIT_CODE =
      CsvColumn.of("unit_code", "code", "pcode", "ລະຫັດຫົວໜ່ວຍ");

  /** The year of the assessment. */
  public static final CsvColumn YEAR = CsvColumn.of("year", "ປີ");

  /** Whether the unit met the criteria: yes/no, ແມ່ນ/ບໍ່. */
  public static final CsvColumn ACHIEVED = CsvColumn.of("achieved", "met", "ບັນລຸ");

  /** The citation of the assessment. */
  public static final CsvColumn SOURCE = CsvColumn.of("source", "ແຫຼ່ງຂໍ້ມູນ");

  /** The confidence (default unverified). */
  public static final CsvColumn CONFIDENCE = CsvColumn.of("confidence", "ຄວາມໜ້າເຊື່ອຖື");

  /** Every column, in export order. */
  public static final List<CsvColumn> COLUMNS =
      List.of(UNIT_CODE, YEAR, ACHIEVED, SOURCE, CONFIDENCE);

  /** The columns the header must name. */
  public static final List<CsvColumn> REQUIRED = List.of(UNIT_CODE, YEAR, ACHIEVED, SOURCE);

  private SamSangCsv() {}

  /**
   * Imports assessments: every bad row is reported, the good ones kept.
   *
   * @param csv the reader (not closed here)
   * @param gazetteer the gazetteer unit codes are checked against
   * @param onBadRow what to do with a bad row: {@link OnBadRow#COLLECT} reports it and goes on, {@link OnBadRow#STOP} throws {@link CsvImportException} at the first
   * @return the accepted assessments and every refused row
   */
  public static ImportResult<List<SamSangAssessment>> read(
      CsvReader csv, Gazetteer gazetteer, OnBadRow onBadRow) {
    InvalidValueException.required(gazetteer, "gazetteer");
    Map<String, Long> seen = new HashMap<>();
    return csv.importRows(
        COLUMNS,
        REQUIRED,
        row -> {
          AdminUnit unit = AdminUnitCsv.unit(UNIT_CODE.name(), gazetteer, row.require(UNIT_CODE));
          InvalidValueException.check(
              unit.level() != AdminLevel.NATIONAL,
              UNIT_CODE.name(),
              row.require(UNIT_CODE),
              "is the nation; Sam Sang assesses provinces, districts and villages");
          String yearText = LaoText.toArabicDigits(row.require(YEAR));
          InvalidValueException.check(
              FOUR_DIGITS.matcher(yearText).matches(),
              YEAR.name(),
              row.require(YEAR),
              "is not a year (four digits)");
          int year = Integer.parseInt(yearText);
          boolean achieved = CsvValues.yesNo(ACHIEVED.name(), row.require(ACHIEVED));
          Confidence confidence =
              row.get(CONFIDENCE)
                  .map(t -> CsvValues.confidence(CONFIDENCE.name(), t))
                  .orElse(Confidence.UNVERIFIED);
          SamSangAssessment a;
          try {
            a =
                SamSangAssessment.of(
                    unit.code(),
                    year,
                    achieved ? SamSangAssessment.Result.MET : SamSangAssessment.Result.NOT_MET,
                    Source.of(row.require(SOURCE), confidence));
          } catch (InvalidValueException e) {
            throw new InvalidValueException(
                e.field().equals("year") ? YEAR.name() : e.field(), e.value(), e.reason());
          }
          Long first = seen.putIfAbsent(unit.code() + "|" + year, row.line());
          if (first != null) {
            throw new InvalidValueException(
                UNIT_CODE.name(),
                row.require(UNIT_CODE),
                "is assessed twice for " + year + " (first on line " + first + ")");
          }
          return a;
        },
        onBadRow);
  }

  /**
   * Assessments as a table with the import's columns, which {@link #read} reads back.
   *
   * @param assessments the assessments
   * @return the table
   */
  public static CsvTable table(List<SamSangAssessment> assessments) {
    List<List<String>> rows = new ArrayList<>();
    for (SamSangAssessment a : assessments) {
      rows.add(
          List.of(
              a.unitCode(),
              Integer.toString(a.year()),
              a.achieved() ? "yes" : "no",
              a.source().citation(),
              a.source().confidence().name().toLowerCase(Locale.ROOT)));
    }
    return new CsvTable(COLUMNS, rows);
  }
}
