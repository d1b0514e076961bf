package io.github.connectlao.crvs;

import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.csv.CsvColumn;
import io.github.connectlao.csv.CsvTable;
import io.github.connectlao.csv.CsvWriter;
import io.github.connectlao.csv.HeaderLanguage;
import io.github.connectlao.csv.RowError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * CSV exports of the aggregate and report tables, with English or Lao headers (through {@link
 * CsvTable#toCsv(HeaderLanguage)} or {@link CsvWriter#table(CsvTable, HeaderLanguage)}).
 *
 * <pre>{@code
 * Map<AdminUnit, TimelinessCounts> byProvince = stats.countsByUnit(lao.nation(), AdminLevel.PROVINCE, BirthFilter.ALL);
 * String csv = CsvExports.timelinessCounts(byProvince).toCsv(HeaderLanguage.LAO);
 * }</pre>
 *
 * <p>Numbers are written with Arabic digits and {@code .} as the decimal point; <em>no value</em> is
 * an empty cell with its reason in a column of its own, never 0; suppressed cells are empty.
 */
public final class CsvExports {
  /** A row key: unit code, sex, year, setting... */
  public static final CsvColumn KEY = CsvColumn.of("key", "ລາຍການ");

  /** A unit's code. */
  public static final CsvColumn UNIT_CODE = CsvColumn.of("unit_code", "ລະຫັດຫົວໜ່ວຍ");

  /** A unit's name. */
  public static final CsvColumn UNIT_NAME = CsvColumn.of("unit_name", "ຊື່ຫົວໜ່ວຍ");

  /** Registrations within the legal period. */
  public static final CsvColumn CURRENT = CsvColumn.of("current", "ທັນເວລາ");

  /** Late registrations. */
  public static final CsvColumn LATE = CsvColumn.of("late", "ຊ້າ");

  /** Delayed registrations. */
  public static final CsvColumn DELAYED = CsvColumn.of("delayed", "ຊ້າເກີນກຳນົດ");

  /** Births not registered. */
  public static final CsvColumn NOT_REGISTERED = CsvColumn.of("not_registered", "ບໍ່ທັນຈົດທະບຽນ");

  /** A total. */
  public static final CsvColumn TOTAL = CsvColumn.of("total", "ລວມ");

  /** An indicator's name. */
  public static final CsvColumn INDICATOR = CsvColumn.of("indicator", "ຕົວຊີ້ວັດ");

  /** A period or window. */
  public static final CsvColumn PERIOD = CsvColumn.of("period", "ໄລຍະ");

  /** A sex, or {@code both}. */
  public static final CsvColumn SEX = CsvColumn.of("sex", "ເພດ");

  /** A numerator. */
  public static final CsvColumn NUMERATOR = CsvColumn.of("numerator", "ຕົວເສດ");

  /** A denominator. */
  public static final CsvColumn DENOMINATOR = CsvColumn.of("denominator", "ຕົວສ່ວນ");

  /** A value in percent. */
  public static final CsvColumn PERCENT = CsvColumn.of("percent", "ເປີເຊັນ");

  /** Why there is no value. */
  public static final CsvColumn NO_VALUE_REASON =
      CsvColumn.of("no_value_reason", "ເຫດຜົນທີ່ບໍ່ມີຄ່າ");

  /** Sources, separated by {@code |}. */
  public static final CsvColumn SOURCES = CsvColumn.of("sources", "ແຫຼ່ງຂໍ້ມູນ");

  /** A line number. */
  public static final CsvColumn LINE = CsvColumn.of("line", "ແຖວ");

  /** A column name. */
  public static final CsvColumn COLUMN = CsvColumn.of("column", "ຖັນ");

  /** A refused value. */
  public static final CsvColumn VALUE = CsvColumn.of("value", "ຄ່າ");

  /** A reason. */
  public static final CsvColumn REASON = CsvColumn.of("reason", "ເຫດຜົນ");

  private CsvExports() {}

  /**
   * Timeliness counts per key (a unit, a sex, a year, a birth setting...), one row per key, in the
   * map's order. Units are written as code and name.
   *
   * @param counts the counts
   * @return the table
   */
  public static CsvTable timelinessCounts(Map<?, TimelinessCounts> counts) {
    boolean units =
        !counts.isEmpty() && counts.keySet().stream().allMatch(k -> k instanceof AdminUnit);
    List<CsvColumn> columns = new ArrayList<>(units ? List.of(UNIT_CODE, UNIT_NAME) : List.of(KEY));
    columns.addAll(List.of(CURRENT, LATE, DELAYED, NOT_REGISTERED, TOTAL));
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<?, TimelinessCounts> e : counts.entrySet()) {
      List<String> row = new ArrayList<>();
      if (units) {
        AdminUnit u = (AdminUnit) e.getKey();
        row.add(u.code());
        row.add(u.name());
      } else {
        row.add(String.valueOf(e.getKey()));
      }
      TimelinessCounts c = e.getValue();
      row.addAll(
          List.of(
              Long.toString(c.current()),
              Long.toString(c.late()),
              Long.toString(c.delayed()),
              Long.toString(c.notRegistered()),
              Long.toString(c.total())));
      rows.add(row);
    }
    return new CsvTable(columns, rows);
  }

  /**
   * Completeness and coverage figures, one row each; <em>no value</em> is an empty {@code percent}
   * with its reason.
   *
   * @param rates the figures
   * @return the table
   */
  public static CsvTable registrationRates(List<RegistrationRate> rates) {
    List<List<String>> rows = new ArrayList<>();
    for (RegistrationRate r : rates) {
      rows.add(
          List.of(
              r.indicator(),
              r.unitCode(),
              r.period(),
              r.sex().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("both"),
              Long.toString(r.numerator()),
              r.denominator().map(d -> String.format(Locale.ROOT, "%.2f", d)).orElse(""),
              r.percent().map(p -> String.format(Locale.ROOT, "%.1f", p)).orElse(""),
              r.noValueReason().orElse(""),
              r.sources().stream().map(Source::toString).collect(Collectors.joining(" | "))));
    }
    return new CsvTable(
        List.of(
            INDICATOR,
            UNIT_CODE,
            PERIOD,
            SEX,
            NUMERATOR,
            DENOMINATOR,
            PERCENT,
            NO_VALUE_REASON,
            SOURCES),
        rows);
  }

  /**
   * A table prepared for publication: the row label, one column per column label, then the row
   * total; a last row of column totals. Suppressed cells and totals are empty.
   *
   * @param table the suppressed table
   * @return the table
   */
  public static CsvTable suppressedTable(SuppressedTable table) {
    List<CsvColumn> columns = new ArrayList<>();
    columns.add(KEY);
    for (String label : table.columnLabels()) {
      columns.add(CsvColumn.of(label));
    }
    columns.add(TOTAL);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < table.rows(); i++) {
      List<String> row = new ArrayList<>();
      row.add(table.rowLabels().get(i));
      for (int j = 0; j < table.columns(); j++) {
        row.add(cell(table.cell(i, j)));
      }
      row.add(cell(table.rowTotal(i)));
      rows.add(row);
    }
    List<String> totals = new ArrayList<>();
    totals.add("total");
    for (int j = 0; j < table.columns(); j++) {
      totals.add(cell(table.columnTotal(j)));
    }
    totals.add(cell(table.grandTotal()));
    rows.add(totals);
    return new CsvTable(columns, rows);
  }

  /**
   * Registration counts of a registry aggregate, one row per unit of a level: for each sex, the
   * current, late, delayed and not-registered births, then the unit's totals. Use rolled-up counts
   * ({@code counts.rolledUp()}) for any level above the places of birth.
   *
   * @param counts the counts
   * @param level the level of the rows
   * @return the table
   */
  public static CsvTable registrationCounts(
      io.github.connectlao.crvs.RegistrationCounts counts,
      io.github.connectlao.admin.AdminLevel level) {
    List<CsvColumn> columns = new ArrayList<>(List.of(UNIT_CODE, UNIT_NAME));
    for (io.github.connectlao.crvs.Sex sex : io.github.connectlao.crvs.Sex.values()) {
      for (io.github.connectlao.crvs.Timeliness t : io.github.connectlao.crvs.Timeliness.values()) {
        String en = sex.name().toLowerCase(Locale.ROOT) + "_" + t.name().toLowerCase(Locale.ROOT);
        columns.add(CsvColumn.of(en, sex.nameLao() + " " + t.nameLao()));
      }
    }
    columns.addAll(List.of(CURRENT, LATE, DELAYED, NOT_REGISTERED, TOTAL));
    List<List<String>> rows = new ArrayList<>();
    for (AdminUnit u : counts.gazetteer().units(level)) {
      List<String> row = new ArrayList<>(List.of(u.code(), u.name()));
      long[] byClass = new long[io.github.connectlao.crvs.Timeliness.values().length];
      for (io.github.connectlao.crvs.Sex sex : io.github.connectlao.crvs.Sex.values()) {
        for (io.github.connectlao.crvs.Timeliness t :
            io.github.connectlao.crvs.Timeliness.values()) {
          long n = counts.count(u, sex, t);
          byClass[t.ordinal()] += n;
          row.add(Long.toString(n));
        }
      }
      long total = 0;
      for (long n : byClass) {
        row.add(Long.toString(n));
        total += n;
      }
      row.add(Long.toString(total));
      rows.add(row);
    }
    return new CsvTable(columns, rows);
  }

  /** A Sam Sang status. */
  public static final CsvColumn STATUS = CsvColumn.of("status", "ສະຖານະ");

  /** The number of units a target applies to. */
  public static final CsvColumn UNITS = CsvColumn.of("units", "ຈຳນວນຫົວໜ່ວຍ");

  /** Where the total of units comes from. */
  public static final CsvColumn TOTAL_BASIS = CsvColumn.of("total_basis", "ພື້ນຖານຈຳນວນ");

  /** The number of units required. */
  public static final CsvColumn REQUIRED = CsvColumn.of("required", "ຕ້ອງການ");

  /** The number of units that achieved the status. */
  public static final CsvColumn ACHIEVED = CsvColumn.of("achieved", "ບັນລຸ");

  /** The units still missing. */
  public static final CsvColumn GAP = CsvColumn.of("gap", "ຍັງຂາດ");

  /** The progress status. */
  public static final CsvColumn PROGRESS = CsvColumn.of("progress", "ຄວາມຄືບໜ້າ");

  /** A note. */
  public static final CsvColumn NOTE = CsvColumn.of("note", "ໝາຍເຫດ");

  /**
   * A Sam Sang report, one row per area and status: units, required, achieved, gap, progress status;
   * unknown figures are empty cells.
   *
   * @param report the report
   * @return the table
   */
  public static CsvTable samSangReport(io.github.connectlao.targets.SamSangReport report) {
    List<List<String>> rows = new ArrayList<>();
    for (io.github.connectlao.targets.SamSangRow r : report.rows()) {
      rows.add(
          List.of(
              r.area().code(),
              r.area().name(),
              r.status().nameEnglish(),
              cell(r.total()),
              r.totalBasis().name().toLowerCase(Locale.ROOT),
              cell(r.required()),
              cell(r.achieved()),
              cell(r.gap()),
              r.progressStatus().map(p -> p.label()).orElse(""),
              r.note(),
              r.sources().stream().map(Source::toString).collect(Collectors.joining(" | "))));
    }
    return new CsvTable(
        List.of(
            UNIT_CODE,
            UNIT_NAME,
            STATUS,
            UNITS,
            TOTAL_BASIS,
            REQUIRED,
            ACHIEVED,
            GAP,
            PROGRESS,
            NOTE,
            SOURCES),
        rows);
  }

  /**
   * The error report of an import: line, column, value, reason.
   *
   * @param errors the errors
   * @return the table
   */
  public static CsvTable errors(List<RowError> errors) {
    List<List<String>> rows = new ArrayList<>();
    for (RowError e : errors) {
      rows.add(List.of(Long.toString(e.line()), e.column(), e.value(), e.reason()));
    }
    return new CsvTable(List.of(LINE, COLUMN, VALUE, REASON), rows);
  }

  private static String cell(OptionalLong v) {
    return v.isPresent() ? Long.toString(v.getAsLong()) : "";
  }
}
