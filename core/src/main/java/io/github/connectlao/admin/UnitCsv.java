package io.github.connectlao.admin;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import io.github.connectlao.csv.CsvColumn;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.CsvRow;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.lao.LaoText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads administrative units from a user's CSV file. */
final class UnitCsv {
  static final CsvColumn CODE = CsvColumn.of("code", "pcode", "unit_code", "ລະຫັດ");
  static final CsvColumn LEVEL = CsvColumn.of("level", "admin_level", "ຂັ້ນ");
  static final CsvColumn PARENT = CsvColumn.of("parent_code", "parent", "ລະຫັດຂັ້ນເທິງ");
  static final CsvColumn NAME_LO = CsvColumn.of("name_lo", "name_lao", "ຊື່ລາວ", "ຊື່");
  static final CsvColumn NAME_EN = CsvColumn.of("name_en", "name_english", "name", "ຊື່ອັງກິດ");
  static final CsvColumn LSB = CsvColumn.of("lsb_code", "ລະຫັດສະຖິຕິ");
  static final CsvColumn ISO = CsvColumn.of("iso_code", "iso3166_2");
  static final CsvColumn ALT = CsvColumn.of("alt_names", "alternative_names", "ຊື່ອື່ນ");
  static final CsvColumn FROM = CsvColumn.of("valid_from", "created", "ວັນສ້າງຕັ້ງ");
  static final CsvColumn TO = CsvColumn.of("valid_to", "abolished", "ວັນຍຸບ");
  static final CsvColumn SOURCE = CsvColumn.of("source", "ແຫຼ່ງຂໍ້ມູນ");
  static final List<CsvColumn> COLUMNS = List.of(CODE, LEVEL, PARENT, NAME_LO, NAME_EN, LSB, ISO, ALT, FROM, TO, SOURCE);
  static final List<CsvColumn> REQUIRED = List.of(CODE, LEVEL, PARENT);

  private UnitCsv() {}

  static GazetteerImport importUnits(Gazetteer gazetteer, Path file) {
    try (CsvReader csv = CsvReader.open(file)) {
      List<Long> lines = new ArrayList<>();
      ImportResult<AdminUnit> parsed = csv.importRows(COLUMNS, REQUIRED, row -> {
        AdminUnit u = toUnit(row, file.getFileName().toString());
        lines.add(row.line());
        return u;
      }, false);
      List<GazetteerBuilder.Entry> entries = new ArrayList<>();
      for (int i = 0; i < parsed.accepted().size(); i++) {
        entries.add(new GazetteerBuilder.Entry(parsed.accepted().get(i), lines.get(i)));
      }
      return gazetteer.importEntries(file.getFileName().toString(), entries, parsed.errors());
    }
  }

  static AdminUnit toUnit(CsvRow row, String fileName) {
    AdminLevel level = AdminLevel.parse(row.require(LEVEL));
    if (level == AdminLevel.NATIONAL) {
      throw new InvalidValueException("level", "national", "cannot be imported: the gazetteer has its nation");
    }
    AdminUnit.Builder b = AdminUnit.builder(row.require(CODE), level)
        .parent(row.require(PARENT))
        .nameLao(row.get(NAME_LO).orElse(""))
        .nameEnglish(row.get(NAME_EN).orElse(""))
        .identifier(IdentifierScheme.LSB, row.get(LSB).map(LaoText::toArabicDigits).orElse(null))
        .identifier(IdentifierScheme.ISO_3166, row.get(ISO).orElse(null))
        .source(Source.of(row.get(SOURCE).orElse(fileName + " line " + row.line()), Confidence.UNVERIFIED,
            "imported from a user's file"));
    row.get(ALT).ifPresent(a -> b.alternativeNames(a.split("\\|")));
    row.get(FROM).ifPresent(d -> b.validFrom(date("valid_from", d)));
    row.get(TO).ifPresent(d -> b.validTo(date("valid_to", d)));
    if (row.get(NAME_LO).isEmpty() && row.get(NAME_EN).isEmpty()) {
      throw new InvalidValueException("name_lo", "", "a unit needs a Lao or an English name (name_lo or name_en)");
    }
    return b.build();
  }

  private static PartialDate date(String field, String text) {
    try {
      return PartialDate.parse(LaoText.toArabicDigits(text));
    } catch (InvalidValueException e) {
      throw new InvalidValueException(field, text, "is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd");
    }
  }
}
