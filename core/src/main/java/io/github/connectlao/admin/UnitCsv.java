package io.github.connectlao.admin;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import io.github.connectlao.csv.CsvColumn;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.CsvRow;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import io.github.connectlao.lao.LaoText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads administrative units from a user's CSV file. */
final class UnitCsv {
  static final CsvColumn CODE = AdminUnitCsv.CODE;
  static final CsvColumn LEVEL = AdminUnitCsv.LEVEL;
  static final CsvColumn PARENT = AdminUnitCsv.PARENT;
  static final CsvColumn NAME_LO = AdminUnitCsv.NAME_LO;
  static final CsvColumn NAME_EN = AdminUnitCsv.NAME_EN;
  static final CsvColumn LSB = AdminUnitCsv.LSB;
  static final CsvColumn ISO = AdminUnitCsv.ISO;
  static final CsvColumn ALT = AdminUnitCsv.ALT;
  static final CsvColumn FROM = AdminUnitCsv.FROM;
  static final CsvColumn TO = AdminUnitCsv.TO;
  static final CsvColumn SOURCE = AdminUnitCsv.SOURCE;
  static final List<CsvColumn> COLUMNS = AdminUnitCsv.COLUMNS;
  static final List<CsvColumn> REQUIRED = AdminUnitCsv.REQUIRED;

  private UnitCsv() {}

  static ImportResult<Gazetteer> importUnits(Gazetteer gazetteer, Path file) {
    try (CsvReader csv = CsvReader.open(file)) {
      return importUnits(gazetteer, csv, OnBadRow.COLLECT);
    }
  }

  static ImportResult<Gazetteer> importUnits(
      Gazetteer gazetteer, CsvReader csv, OnBadRow onBadRow) {
    String name = fileName(csv.sourceName());
    List<Long> lines = new ArrayList<>();
    ImportResult<List<AdminUnit>> parsed =
        csv.importRows(
            COLUMNS,
            REQUIRED,
            row -> {
              AdminUnit u = toUnit(row, name);
              lines.add(row.line());
              return u;
            },
            onBadRow);
    List<GazetteerBuilder.Entry> entries = new ArrayList<>();
    for (int i = 0; i < parsed.accepted().size(); i++) {
      entries.add(new GazetteerBuilder.Entry(parsed.accepted().get(i), lines.get(i)));
    }
    ImportResult<Gazetteer> result = gazetteer.importEntries(name, entries, parsed.errors());
    return onBadRow.stops() ? result.orThrowFirstError(csv.sourceName()) : result;
  }

  private static String fileName(String sourceName) {
    int slash = Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\'));
    return slash >= 0 ? sourceName.substring(slash + 1) : sourceName;
  }

  static AdminUnit toUnit(CsvRow row, String fileName) {
    AdminLevel level = AdminLevel.parse(row.require(LEVEL));
    if (level == AdminLevel.NATIONAL) {
      throw new InvalidValueException(
          "level", "national", "cannot be imported: the gazetteer has its nation");
    }
    AdminUnit.Builder b =
        AdminUnit.builder(row.require(CODE), level)
            .parent(row.require(PARENT))
            .nameLao(row.get(NAME_LO).orElse(""))
            .nameEnglish(row.get(NAME_EN).orElse(""))
            .identifier(
                IdentifierScheme.LSB, row.get(LSB).map(LaoText::toArabicDigits).orElse(null))
            .identifier(IdentifierScheme.ISO_3166, row.get(ISO).orElse(null))
            .source(
                Source.of(
                    row.get(SOURCE).orElse(fileName + " line " + row.line()),
                    Confidence.UNVERIFIED,
                    "imported from a user's file"));
    row.get(ALT).ifPresent(a -> b.alternativeNames(a.split("\\|")));
    row.get(FROM).ifPresent(d -> b.validFrom(date("valid_from", d)));
    row.get(TO).ifPresent(d -> b.validTo(date("valid_to", d)));
    if (row.get(NAME_LO).isEmpty() && row.get(NAME_EN).isEmpty()) {
      throw new InvalidValueException(
          "name_lo", "", "a unit needs a Lao or an English name (name_lo or name_en)");
    }
    return b.build();
  }

  private static PartialDate date(String field, String text) {
    try {
      return PartialDate.parse(LaoText.toArabicDigits(text));
    } catch (InvalidValueException e) {
      throw new InvalidValueException(
          field, text, "is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd");
    }
  }
}
