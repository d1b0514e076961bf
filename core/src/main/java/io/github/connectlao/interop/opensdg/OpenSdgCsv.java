package io.github.connectlao.interop.opensdg;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.csv.CsvColumn;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.CsvWriter;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.csv.RowRejectedException;
import io.github.connectlao.indicator.PeriodType;
import io.github.connectlao.indicator.ReportingPeriod;
import io.github.connectlao.interop.StatisticCell;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes and reads Open SDG data CSV files with the columns the Lao Statistics Bureau's platform
 * gets from its SDMX data: {@code Year,SERIES,UNIT_MEASURE,SEX,AGE,REF_AREA,GeoCode,Value}.
 *
 * <pre>
 * Year,SERIES,UNIT_MEASURE,SEX,AGE,REF_AREA,GeoCode,Value
 * 2022,SG_REG_BRTH,PT,,Y0T4,,,73.1
 * 2022,SG_REG_BRTH,PT,F,Y0T4,05,05,70.4
 * </pre>
 *
 * <p>As the bureau's build imports its SDMX (sdg-build {@code InputSdmxMl_Multiple}, {@code
 * import_codes: true}, {@code REF_AREA|LA} mapped to blank): columns are named by SDMX dimension,
 * values are codes, a total ({@code _T}) is blank, the nation is a blank {@code REF_AREA}, and
 * provinces and districts carry their Lao Statistics Bureau code ({@code 05}, {@code 0501}), in
 * {@code REF_AREA} and in {@code GeoCode} (the column Open SDG's maps read). {@code Year} is a
 * calendar year, so only yearly cells are written; any other cell is reported and left out.
 */
public final class OpenSdgCsv {
  /** The header written. */
  public static final List<String> HEADER =
      List.of("Year", "SERIES", "UNIT_MEASURE", "SEX", "AGE", "REF_AREA", "GeoCode", "Value");

  private static final CsvColumn YEAR = CsvColumn.of("Year");
  private static final CsvColumn SERIES = CsvColumn.of("SERIES", "Series");
  private static final CsvColumn UNIT = CsvColumn.of("UNIT_MEASURE", "Units");
  private static final CsvColumn SEX = CsvColumn.of("SEX");
  private static final CsvColumn AGE = CsvColumn.of("AGE");
  private static final CsvColumn REF_AREA = CsvColumn.of("REF_AREA");
  private static final CsvColumn GEOCODE = CsvColumn.of("GeoCode");
  private static final CsvColumn VALUE = CsvColumn.of("Value");

  /** The most digits a value may have before, and after, the decimal point. */
  static final int MAX_DIGITS = 64;

  private OpenSdgCsv() {}

  /**
   * Writes one series: the cells of its statistic (timeliness empty), one row each, nation first,
   * then units in gazetteer order, years ascending.
   *
   * @param series the series
   * @param cells the cells (those of other statistics are ignored)
   * @param gazetteer the units, for their LSB codes
   * @param out where to write (flushed, not closed)
   * @return the cells of the series left out (not yearly, unit without an LSB code), with the cell's
   *     position (from 1) as line
   */
  public static List<RowError> write(
      OpenSdgSeries series, List<StatisticCell> cells, Gazetteer gazetteer, Writer out) {
    List<RowError> problems = new ArrayList<>();
    List<StatisticCell> kept = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      StatisticCell c = cells.get(i);
      if (c.statistic() != series.statistic() || c.timeliness().isPresent()) {
        continue;
      }
      if (c.period().type() != PeriodType.YEAR) {
        problems.add(
            new RowError(
                i + 1,
                "period",
                c.period().toString(),
                "is not a calendar year; Open SDG's Year is"));
        continue;
      }
      Optional<AdminUnit> u = gazetteer.find(c.unitCode());
      if (u.isEmpty() || (!u.get().equals(gazetteer.nation()) && u.get().lsbCode().isEmpty())) {
        problems.add(
            new RowError(
                i + 1,
                "unitCode",
                c.unitCode(),
                u.isEmpty()
                    ? "is not in the gazetteer"
                    : "has no Lao Statistics Bureau code for REF_AREA"));
        continue;
      }
      kept.add(c);
    }
    kept.sort(
        java.util.Comparator.<StatisticCell>comparingInt(c -> gazetteer.indexOf(c.unitCode()))
            .thenComparing(c -> c.period().start())
            .thenComparingInt(c -> c.sex().map(s -> s.ordinal() + 1).orElse(0)));
    CsvWriter w = CsvWriter.of(out);
    w.row(HEADER);
    for (StatisticCell c : kept) {
      AdminUnit u = gazetteer.unit(c.unitCode());
      String area = u.equals(gazetteer.nation()) ? "" : u.lsbCode().orElseThrow();
      w.row(
          Integer.toString(c.period().start().getYear()),
          series.series(),
          series.unitMeasure(),
          c.sex().map(s -> s == Sex.FEMALE ? "F" : "M").orElse(""),
          series.age(),
          area,
          area,
          c.value().stripTrailingZeros().toPlainString());
    }
    w.flush();
    return List.copyOf(problems);
  }

  /**
   * Reads one series back into cells. Rows of another series or unit, a year, sex, area or value
   * that cannot be read are reported with their line and kept out; a row with a blank value (no
   * data) is reported too.
   *
   * @param series the series to read
   * @param in the characters (closed when done)
   * @param sourceName the name used in error messages
   * @param gazetteer the units
   * @return the cells and every row left out
   */
  public static ImportResult<List<StatisticCell>> read(
      OpenSdgSeries series, Reader in, String sourceName, Gazetteer gazetteer) {
    try (CsvReader csv = CsvReader.of(in, sourceName)) {
      return csv.importRows(
          List.of(YEAR, SERIES, UNIT, SEX, AGE, REF_AREA, GEOCODE, VALUE),
          List.of(YEAR, VALUE),
          row -> {
            String y = row.require(YEAR);
            int year;
            try {
              year = Integer.parseInt(y);
            } catch (NumberFormatException e) {
              throw new InvalidValueException(YEAR.name(), y, "is not a year");
            }
            row.get(SERIES)
                .filter(s -> !s.equals(series.series()))
                .ifPresent(
                    s -> {
                      throw new InvalidValueException(
                          SERIES.name(), s, "is another series than " + series.series());
                    });
            row.get(UNIT)
                .filter(s -> !s.equals(series.unitMeasure()))
                .ifPresent(
                    s -> {
                      throw new InvalidValueException(
                          UNIT.name(), s, "is another unit than " + series.unitMeasure());
                    });
            row.get(AGE)
                .filter(s -> !(series.age().isEmpty() && s.equals("_T")) && !s.equals(series.age()))
                .ifPresent(
                    s -> {
                      throw new InvalidValueException(
                          AGE.name(),
                          s,
                          "is another age group than "
                              + (series.age().isEmpty() ? "_T" : series.age()));
                    });
            Optional<Sex> sex =
                row.get(SEX)
                    .filter(s -> !s.equals("_T"))
                    .map(
                        s -> {
                          switch (s) {
                            case "F":
                              return Sex.FEMALE;
                            case "M":
                              return Sex.MALE;
                            default:
                              throw new InvalidValueException(
                                  SEX.name(), s, "is not F, M or blank");
                          }
                        });
            String area = row.get(REF_AREA).or(() -> row.get(GEOCODE)).orElse("");
            AdminUnit unit =
                area.isEmpty() || area.equals("LA")
                    ? gazetteer.nation()
                    : gazetteer
                        .find(area)
                        .orElseThrow(
                            () ->
                                new InvalidValueException(
                                    REF_AREA.name(), area, "is not a unit's code"));
            String v =
                row.get(VALUE)
                    .orElseThrow(
                        () ->
                            new RowRejectedException(
                                List.of(
                                    new RowError(
                                        row.line(),
                                        VALUE.name(),
                                        "",
                                        "is blank: no data for this row, kept out"))));
            BigDecimal value;
            try {
              value = new BigDecimal(v);
            } catch (NumberFormatException e) {
              throw new InvalidValueException(VALUE.name(), v, "is not a number");
            }
            // an exponent is accepted, but not one that the writer's plain form would expand to
            // thousands of digits (66e2202270): checked on the scale, before any expansion
            InvalidValueException.check(
                Math.abs((long) value.scale()) <= MAX_DIGITS
                    && value.precision() - (long) value.scale() <= MAX_DIGITS,
                VALUE.name(),
                v,
                "has more than " + MAX_DIGITS + " digits before or after the decimal point");
            return StatisticCell.of(
                series.statistic(),
                unit.code(),
                sex,
                Optional.empty(),
                ReportingPeriod.ofYear(year),
                value);
          },
          OnBadRow.COLLECT);
    }
  }
}
