package io.github.connectlao.indicator;

import io.github.connectlao.InvalidValueException;
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
import io.github.connectlao.targets.Fraction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CSV form of indicator values (ຄ່າຕົວຊີ້ວັດ): one value of one indicator for one unit and
 * period.
 *
 * <pre>{@code
 * try (CsvReader csv = CsvReader.open(path)) {
 *   ImportResult<List<IndicatorValue>> r = IndicatorValueCsv.read(csv, Gazetteer.laoPdr(), IndicatorCatalogue.laoPdr(), OnBadRow.COLLECT);
 * }
 * }</pre>
 *
 * <p>Columns (English or Lao names, any order; see {@code docs/csv.md}): {@code indicator}, {@code
 * unit_code}, {@code period} ({@code 2022}, {@code 2022-H1}, {@code 2022-Q3}, {@code 2022-07},
 * {@code 2022-01-01/2022-03-31}; Lao digits accepted) are required; {@code numerator}, {@code
 * denominator}, {@code value}, {@code no_value_reason} are optional. When the numerator and the
 * denominator are given and the indicator's terms are data items, the value is computed by the
 * catalogue (numerator × factor / denominator, <em>no value</em> for a zero denominator) and a
 * {@code value} cell must agree with it. Otherwise exactly one of {@code value} and {@code
 * no_value_reason} is required. A second value for the same indicator, unit and period is an error.
 */
public final class IndicatorValueCsv {
  /** The indicator's code, known to the catalogue. */
  public static final CsvColumn INDICATOR =
      CsvColumn.of("indicator", "indicator_code", "ຕົວຊີ້ວັດ");

  /** The unit's code. */
  public static final CsvColumn UNIT_CODE =
      CsvColumn.of("unit_code", "code", "pcode", "ລະຫັດຫົວໜ່ວຍ");

  /** The period. */
  public static final CsvColumn PERIOD = CsvColumn.of("period", "ໄລຍະ");

  /** The numerator. */
  public static final CsvColumn NUMERATOR = CsvColumn.of("numerator", "ຕົວເສດ");

  /** The denominator. */
  public static final CsvColumn DENOMINATOR = CsvColumn.of("denominator", "ຕົວສ່ວນ");

  /** The value (e.g. a percentage). */
  public static final CsvColumn VALUE = CsvColumn.of("value", "ຄ່າ");

  /** Why there is no value. */
  public static final CsvColumn NO_VALUE_REASON =
      CsvColumn.of("no_value_reason", "ເຫດຜົນທີ່ບໍ່ມີຄ່າ");

  /** Every column, in export order. */
  public static final List<CsvColumn> COLUMNS =
      List.of(INDICATOR, UNIT_CODE, PERIOD, NUMERATOR, DENOMINATOR, VALUE, NO_VALUE_REASON);

  /** The columns the header must name. */
  public static final List<CsvColumn> REQUIRED = List.of(INDICATOR, UNIT_CODE, PERIOD);

  private IndicatorValueCsv() {}

  /**
   * Imports indicator values: every bad row is reported, the good ones kept.
   *
   * @param csv the reader (not closed here)
   * @param gazetteer the gazetteer unit codes are checked against (stored as P-codes)
   * @param catalogue the catalogue indicator codes are checked against
   * @param onBadRow what to do with a bad row: {@link OnBadRow#COLLECT} reports it and goes on, {@link OnBadRow#STOP} throws {@link CsvImportException} at the first
   * @return the accepted values and every refused row
   */
  public static ImportResult<List<IndicatorValue>> read(
      CsvReader csv, Gazetteer gazetteer, IndicatorCatalogue catalogue, OnBadRow onBadRow) {
    InvalidValueException.required(gazetteer, "gazetteer");
    InvalidValueException.required(catalogue, "catalogue");
    Map<String, Long> seen = new HashMap<>();
    return csv.importRows(
        COLUMNS,
        REQUIRED,
        row -> {
          String code = row.require(INDICATOR);
          Optional<IndicatorDefinition> definition = catalogue.find(code);
          if (definition.isEmpty()) {
            List<String> known = new ArrayList<>();
            catalogue.all().forEach(d -> known.add(d.code()));
            throw new InvalidValueException(
                INDICATOR.name(),
                code,
                "is not in the indicator catalogue "
                    + (known.size() > 8 ? known.subList(0, 8) + "..." : known));
          }
          AdminUnit unit = AdminUnitCsv.unit(UNIT_CODE.name(), gazetteer, row.require(UNIT_CODE));
          ReportingPeriod period;
          try {
            period = ReportingPeriod.parse(LaoText.toArabicDigits(row.require(PERIOD)));
          } catch (InvalidValueException e) {
            throw new InvalidValueException(PERIOD.name(), row.require(PERIOD), e.reason());
          }
          Optional<BigDecimal> num =
              row.get(NUMERATOR).map(t -> CsvValues.decimal(NUMERATOR.name(), t));
          Optional<BigDecimal> den =
              row.get(DENOMINATOR).map(t -> CsvValues.decimal(DENOMINATOR.name(), t));
          Optional<BigDecimal> value = row.get(VALUE).map(t -> CsvValues.decimal(VALUE.name(), t));
          Optional<String> reason = row.get(NO_VALUE_REASON);
          IndicatorDefinition d = definition.get();
          IndicatorValue result;
          if (num.isPresent()
              && den.isPresent()
              && d.numerator() instanceof Term.DataItem
              && d.denominator() instanceof Term.DataItem) {
            DataValues data =
                DataValues.empty()
                    .with(d.numerator().name(), num.get())
                    .with(d.denominator().name(), den.get());
            IndicatorValue computed;
            try {
              computed = catalogue.evaluate(d.code(), unit.code(), period, data);
            } catch (InvalidValueException e) {
              throw new InvalidValueException(
                  NUMERATOR.name(), num.get().toPlainString(), e.reason());
            }
            if (value.isPresent()) {
              InvalidValueException.check(
                  computed.value().isPresent(),
                  VALUE.name(),
                  value.get().toPlainString(),
                  "is given but there is no value: " + computed.noValueReason().orElse(""));
              InvalidValueException.check(
                  computed.value().get().compareTo(value.get()) == 0,
                  VALUE.name(),
                  value.get().toPlainString(),
                  "does not match numerator x "
                      + d.factor()
                      + " / denominator = "
                      + computed.value().get().toPlainString());
            }
            result = computed;
          } else {
            InvalidValueException.check(
                value.isPresent() != reason.isPresent(),
                VALUE.name(),
                value.map(BigDecimal::toPlainString).orElse(""),
                "needs exactly one of value and no_value_reason (or both numerator and denominator)");
            Optional<Fraction> exact = value.map(Fraction::ofDecimal);
            result =
                new IndicatorValue(d.code(), unit.code(), period, num, den, exact, value, reason);
          }
          Long first = seen.putIfAbsent(d.code() + "|" + unit.code() + "|" + period, row.line());
          if (first != null) {
            throw new InvalidValueException(
                PERIOD.name(),
                period.toString(),
                "is a second value of "
                    + d.code()
                    + " for "
                    + unit.code()
                    + " (first on line "
                    + first
                    + ")");
          }
          return result;
        },
        onBadRow);
  }

  /**
   * Indicator values as a table with the import's columns, which {@link #read} reads back.
   *
   * @param values the values
   * @return the table
   */
  public static CsvTable table(List<IndicatorValue> values) {
    List<List<String>> rows = new ArrayList<>();
    for (IndicatorValue v : values) {
      rows.add(
          List.of(
              v.code(),
              v.unitCode(),
              v.period().toString(),
              v.numerator().map(BigDecimal::toPlainString).orElse(""),
              v.denominator().map(BigDecimal::toPlainString).orElse(""),
              v.value().map(BigDecimal::toPlainString).orElse(""),
              v.noValueReason().orElse("")));
    }
    return new CsvTable(COLUMNS, rows);
  }
}
