package io.github.connectlao.crvs;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.admin.UnknownCodeException;
import io.github.connectlao.csv.CsvColumn;
import io.github.connectlao.csv.CsvImportException;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.CsvRow;
import io.github.connectlao.csv.CsvTable;
import io.github.connectlao.csv.CsvValues;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.lao.LaoText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The CSV form of population tables (ຕາຕະລາງພົນລະເມືອງ): populations by unit, year, sex and age
 * group, and crude birth rates, each row with its source.
 *
 * <pre>{@code
 * try (CsvReader csv = CsvReader.open(path)) {
 *   ImportResult<PopulationTable> r = PopulationCsv.read(csv, Gazetteer.laoPdr(), OnBadRow.COLLECT);
 *   r.accepted();    // the good rows
 *   r.errors();   // line 4, column population, value '-3': must not be negative
 * }
 * }</pre>
 *
 * <p>Columns (English or Lao names, any order; see {@code docs/csv.md}): {@code unit_code}, {@code
 * year} and {@code source} are required; {@code sex} ({@code both}/{@code male}/{@code female},
 * default both), {@code age_group} ({@code all ages}, {@code 0-4}, {@code 15+}; default all ages),
 * {@code population} and/or {@code crude_birth_rate} (per 1000, all ages only), {@code confidence}
 * (default {@code UNVERIFIED}). Lao digits and thousands separators are accepted. The same column
 * names as {@link PopulationTable#readCsv(java.io.Reader, String)}, with Lao aliases, unit codes
 * checked against a gazetteer, and a strict mode.
 */
public final class PopulationCsv {
  /** The unit's code (P-code, ISO or LSB code). */
  public static final CsvColumn UNIT_CODE =
      CsvColumn.of("unit_code", "code", "pcode", "ລະຫັດຫົວໜ່ວຍ");

  /** The year the figure refers to. */
  public static final CsvColumn YEAR = CsvColumn.of("year", "ປີ");

  /** The sex: both (default), male, female. */
  public static final CsvColumn SEX = CsvColumn.of("sex", "ເພດ");

  /** The age group: all ages (default), {@code 0-4}, {@code 15+}. */
  public static final CsvColumn AGE_GROUP = CsvColumn.of("age_group", "age", "ກຸ່ມອາຍຸ");

  /** The population count. */
  public static final CsvColumn POPULATION =
      CsvColumn.of("population", "ຈຳນວນພົນລະເມືອງ", "ປະຊາກອນ");

  /** The crude birth rate per 1000. */
  public static final CsvColumn CRUDE_BIRTH_RATE =
      CsvColumn.of("crude_birth_rate", "cbr", "ອັດຕາການເກີດ");

  /** The citation of the figure's source. */
  public static final CsvColumn SOURCE = CsvColumn.of("source", "ແຫຼ່ງຂໍ້ມູນ");

  /** The confidence: verified, secondary, unverified (default), derived, unofficial, synthetic. */
  public static final CsvColumn CONFIDENCE = CsvColumn.of("confidence", "ຄວາມໜ້າເຊື່ອຖື");

  /** Every column, in export order. */
  public static final List<CsvColumn> COLUMNS =
      List.of(UNIT_CODE, YEAR, SEX, AGE_GROUP, POPULATION, CRUDE_BIRTH_RATE, SOURCE, CONFIDENCE);

  /** The columns the header must name. */
  public static final List<CsvColumn> REQUIRED = List.of(UNIT_CODE, YEAR, SOURCE);

  private static final Pattern YEAR_PATTERN = Pattern.compile("\\d{4}");
  private static final Pattern DECIMAL = Pattern.compile("\\d{1,4}([.,]\\d{1,6})?");

  private PopulationCsv() {}

  private record Entry(
      long line,
      Optional<PopulationTable.Population> population,
      Optional<PopulationTable.BirthRate> rate) {}

  /**
   * Imports a population table: every bad row (bad value, unknown unit, a second figure for the
   * same unit, year, sex and age group) is reported; the good rows make the table.
   *
   * @param csv the reader (not closed here)
   * @param gazetteer the gazetteer unit codes are checked against
   * @param onBadRow what to do with a bad row: {@link OnBadRow#COLLECT} reports it and goes on, {@link OnBadRow#STOP} throws {@link CsvImportException} at the first
   * @return the table of the good rows and every error, in line order
   */
  public static ImportResult<PopulationTable> read(
      CsvReader csv, Gazetteer gazetteer, OnBadRow onBadRow) {
    InvalidValueException.required(gazetteer, "gazetteer");
    return read(csv, Optional.of(gazetteer), onBadRow);
  }

  /**
   * Imports a population table without checking unit codes against a gazetteer (for tables of
   * units a user defines elsewhere); otherwise as {@link #read(CsvReader, Gazetteer, OnBadRow)}.
   *
   * @param csv the reader (not closed here)
   * @param onBadRow what to do with a bad row: {@link OnBadRow#COLLECT} reports it and goes on, {@link OnBadRow#STOP} throws {@link CsvImportException} at the first
   * @return the table of the good rows and every error, in line order
   */
  public static ImportResult<PopulationTable> read(CsvReader csv, OnBadRow onBadRow) {
    return read(csv, Optional.empty(), onBadRow);
  }

  private static ImportResult<PopulationTable> read(
      CsvReader csv, Optional<Gazetteer> gazetteer, OnBadRow onBadRow) {
    ImportResult<List<Entry>> rows =
        csv.importRows(COLUMNS, REQUIRED, row -> entry(row, gazetteer), onBadRow);
    List<RowError> errors = new ArrayList<>(rows.errors());
    PopulationTable.Builder b = PopulationTable.builder();
    Map<String, Long> seen = new HashMap<>();
    for (Entry e : rows.accepted()) {
      if (e.population().isPresent()) {
        PopulationTable.Population p = e.population().get();
        Long first =
            seen.putIfAbsent(
                "P|" + key(p.unitCode(), p.year(), p.sex()) + "|" + p.ageGroup(), e.line());
        if (first != null) {
          duplicate(
              errors,
              csv,
              onBadRow,
              new RowError(
                  e.line(),
                  POPULATION.name(),
                  String.valueOf(p.count()),
                  "is a second population for "
                      + p.unitCode()
                      + " "
                      + p.year()
                      + " "
                      + sexText(p.sex())
                      + " "
                      + p.ageGroup()
                      + " (first on line "
                      + first
                      + ")"));
          continue;
        }
        b.add(p);
      }
      if (e.rate().isPresent()) {
        PopulationTable.BirthRate r = e.rate().get();
        Long first = seen.putIfAbsent("R|" + key(r.unitCode(), r.year(), r.sex()), e.line());
        if (first != null) {
          duplicate(
              errors,
              csv,
              onBadRow,
              new RowError(
                  e.line(),
                  CRUDE_BIRTH_RATE.name(),
                  String.valueOf(r.perThousand()),
                  "is a second crude birth rate for "
                      + r.unitCode()
                      + " "
                      + r.year()
                      + " "
                      + sexText(r.sex())
                      + " (first on line "
                      + first
                      + ")"));
          continue;
        }
        b.add(r);
      }
    }
    int duplicates = errors.size() - rows.errors().size();
    errors.sort(java.util.Comparator.comparingLong(RowError::line));
    return new ImportResult<>(b.build(), rows.accepted().size() - duplicates, errors);
  }

  private static void duplicate(
      List<RowError> errors, CsvReader csv, OnBadRow onBadRow, RowError error) {
    if (onBadRow.stops()) {
      throw new CsvImportException(csv.sourceName(), error);
    }
    errors.add(error);
  }

  private static Entry entry(CsvRow row, Optional<Gazetteer> gazetteer) {
    String code = row.require(UNIT_CODE);
    try {
      gazetteer.ifPresent(g -> g.unit(code));
    } catch (UnknownCodeException e) {
      throw new InvalidValueException(
          UNIT_CODE.name(),
          code,
          "is not a known unit code"
              + (e.suggestions().isEmpty()
                  ? ""
                  : "; did you mean " + String.join(", ", e.suggestions()) + "?"));
    }
    String yearText = LaoText.toArabicDigits(row.require(YEAR));
    InvalidValueException.check(
        YEAR_PATTERN.matcher(yearText).matches(),
        YEAR.name(),
        row.require(YEAR),
        "is not a year (four digits)");
    int year = Integer.parseInt(yearText);
    // "0159" has four digits but is no population year, and would be written back as "159"
    InvalidValueException.check(
        year >= RegistrationRules.EARLIEST_DATE.getYear(),
        YEAR.name(),
        row.require(YEAR),
        "is before " + RegistrationRules.EARLIEST_DATE.getYear() + ": not a plausible year");
    Optional<Sex> sex = row.get(SEX).flatMap(PopulationCsv::sex);
    AgeGroup group = row.get(AGE_GROUP).map(PopulationCsv::ageGroup).orElse(AgeGroup.ALL);
    Confidence confidence =
        row.get(CONFIDENCE).map(PopulationCsv::confidence).orElse(Confidence.UNVERIFIED);
    Source source = Source.of(row.require(SOURCE), confidence);
    Optional<String> pop = row.get(POPULATION);
    Optional<String> cbr = row.get(CRUDE_BIRTH_RATE);
    InvalidValueException.check(
        pop.isPresent() || cbr.isPresent(),
        POPULATION.name(),
        "",
        "is required when crude_birth_rate is empty");
    Optional<PopulationTable.Population> p =
        pop.map(
            t ->
                new PopulationTable.Population(
                    code, year, sex, group, CsvValues.count(POPULATION.name(), t), source));
    Optional<PopulationTable.BirthRate> r =
        cbr.map(
            t -> {
              InvalidValueException.check(
                  group.equals(AgeGroup.ALL),
                  AGE_GROUP.name(),
                  group.toString(),
                  "must be all ages for a crude birth rate");
              String s = LaoText.toArabicDigits(t.strip());
              InvalidValueException.check(
                  DECIMAL.matcher(s).matches(),
                  CRUDE_BIRTH_RATE.name(),
                  t,
                  "is not a rate per 1000 (e.g. 24.5)");
              return new PopulationTable.BirthRate(
                  code, year, sex, Double.parseDouble(s.replace(',', '.')), source);
            });
    return new Entry(row.line(), p, r);
  }

  private static Optional<Sex> sex(String text) {
    String s = LaoText.normalise(text).toLowerCase(Locale.ROOT);
    if (s.equals("both")
        || s.equals("total")
        || s.equals("all")
        || s.equals(LaoText.normalise("ລວມ"))
        || s.equals(LaoText.normalise("ທັງສອງເພດ"))) {
      return Optional.empty();
    }
    Sex sex = Sex.parse(text);
    InvalidValueException.check(
        sex != Sex.UNKNOWN, SEX.name(), text, "is not a population group (both, male, female)");
    return Optional.of(sex);
  }

  private static AgeGroup ageGroup(String text) {
    String s = LaoText.toArabicDigits(text.strip());
    if (LaoText.normalise(s).equals(LaoText.normalise("ທຸກອາຍຸ"))) {
      return AgeGroup.ALL;
    }
    try {
      return AgeGroup.parse(s);
    } catch (InvalidValueException e) {
      throw new InvalidValueException(AGE_GROUP.name(), text, e.reason());
    }
  }

  private static Confidence confidence(String text) {
    try {
      return Confidence.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(
          CONFIDENCE.name(),
          text,
          "is not a confidence (verified, secondary, unverified, derived, unofficial, synthetic)");
    }
  }

  private static String key(String code, int year, Optional<Sex> sex) {
    return code.strip().toUpperCase(Locale.ROOT)
        + "|"
        + year
        + "|"
        + sex.map(Sex::name).orElse("BOTH");
  }

  private static String sexText(Optional<Sex> sex) {
    return sex.map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("both sexes");
  }

  /**
   * A population table as CSV rows with the import's columns (one row per population, one per
   * crude birth rate), which {@link #read} reads back.
   *
   * @param table the table
   * @return the table to export
   */
  public static CsvTable table(PopulationTable table) {
    List<List<String>> rows = new ArrayList<>();
    for (PopulationTable.Population p : table.populations()) {
      rows.add(
          List.of(
              p.unitCode(),
              String.valueOf(p.year()),
              sexCell(p.sex()),
              p.ageGroup().toString(),
              String.valueOf(p.count()),
              "",
              p.source().citation(),
              p.source().confidence().name().toLowerCase(Locale.ROOT)));
    }
    for (PopulationTable.BirthRate r : table.birthRates()) {
      rows.add(
          List.of(
              r.unitCode(),
              String.valueOf(r.year()),
              sexCell(r.sex()),
              AgeGroup.ALL.toString(),
              "",
              String.valueOf(r.perThousand()),
              r.source().citation(),
              r.source().confidence().name().toLowerCase(Locale.ROOT)));
    }
    return new CsvTable(COLUMNS, rows);
  }

  private static String sexCell(Optional<Sex> sex) {
    return sex.map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("both");
  }
}
