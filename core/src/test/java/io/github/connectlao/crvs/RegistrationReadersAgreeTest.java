package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.lao.LaoText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Differential property: random mixed files (valid rows in every accepted form, every kind of bad
 * row, every line ending and quoting case, English, alias and Lao headers, comma or semicolon,
 * with or without a byte-order mark) read into objects ({@link BirthRegistrationCsv}) and into the
 * columnar registry ({@link BirthRegistry#readCsv}) give the same accepted rows and the same row
 * errors; and against the generator's own oracle, every valid row is kept and every bad row is
 * reported at the line where it starts.
 */
class RegistrationReadersAgreeTest {
  static final Gazetteer LAO = Gazetteer.laoPdr();
  static final LocalDate REFERENCE = LocalDate.of(2024, 6, 30);
  static final RegistrationRules RULES = RegistrationRules.of(LAO, REFERENCE);
  static final List<String> PLACES = new ArrayList<>();

  static {
    for (int i = 0; i < LAO.size(); i++) {
      AdminUnit u = LAO.unitAt(i);
      if (u.level() != AdminLevel.NATIONAL
          && u.validFrom().isEmpty()
          && u.validTo().isEmpty()
          && u.isOfficial()) {
        PLACES.add(u.code());
      }
    }
  }

  enum Kind {
    VALID,
    BAD,
    BLANK
  }

  /** One generated line (or record) of a file and what the reader must make of it. */
  record Row(byte[] bytes, Kind kind, int breaksInside) {}

  static final String[] SEX = {"M", "F", "U", "m", " F ", "male", "female", "ຊາຍ", "ຍິງ", "1", "2"};
  static final String[] YES_NO = {
    "yes", "no", "true", "false", "TRUE", "ແມ່ນ", "ບໍ່", "y", "n", "1", "0"
  };

  static String date(Random r, LocalDate d) {
    switch (r.nextInt(5)) {
      case 0:
        return d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
      case 1:
        return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
      case 2:
        return LaoText.toLaoDigits(d.toString());
      default:
        return d.toString();
    }
  }

  static String name(Random r, char sep) {
    switch (r.nextInt(7)) {
      case 0:
        return "";
      case 1:
        return "\"Name" + sep + " with separator\"";
      case 2:
        return "\"Name with \"\"quotes\"\"\"";
      case 3:
        return "\"Two\nlines\"";
      case 4:
        return "\"Two\r\nlines\"";
      case 5:
        return "ນາງ ສົມໃຈ";
      default:
        return "'=1+2";
    }
  }

  /** A valid row as cells by field. */
  static Map<RegistrationField, String> valid(Random r, String id, char sep) {
    Map<RegistrationField, String> c = new EnumMap<>(RegistrationField.class);
    LocalDate born = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(8000));
    c.put(RegistrationField.ID, id);
    c.put(RegistrationField.SEX, SEX[r.nextInt(SEX.length)]);
    c.put(RegistrationField.DATE_OF_BIRTH, date(r, born));
    String place = PLACES.get(r.nextInt(PLACES.size()));
    c.put(RegistrationField.PLACE_OF_BIRTH, r.nextInt(5) == 0 ? place.toLowerCase() : place);
    c.put(
        RegistrationField.IN_HEALTH_FACILITY,
        r.nextBoolean() ? "" : YES_NO[r.nextInt(YES_NO.length)]);
    if (r.nextBoolean()) {
      LocalDate reg = born.plusDays(r.nextInt(800));
      if (reg.isAfter(REFERENCE)) {
        reg = REFERENCE;
      }
      c.put(RegistrationField.REGISTRATION_DATE, date(r, reg));
      c.put(RegistrationField.BIRTH_NOTICE_DATE, r.nextBoolean() ? "" : date(r, born));
      c.put(RegistrationField.REGISTRATION_OFFICE, r.nextBoolean() ? "" : place);
      c.put(RegistrationField.CERTIFICATE_ISSUED, YES_NO[r.nextInt(YES_NO.length)]);
    }
    if (r.nextInt(10) == 0) {
      c.put(RegistrationField.DATE_OF_DEATH, date(r, REFERENCE));
    }
    c.put(RegistrationField.CHILD_NAME, name(r, sep));
    return c;
  }

  static final int BAD_KINDS = 17;

  /** Breaks a valid row in one of the ways the rules or the CSV format refuse; null for byte-level ones. */
  static void spoil(Random r, Map<RegistrationField, String> c, int how) {
    switch (how) {
      case 0 -> c.put(RegistrationField.SEX, "Q");
      case 1 -> c.put(RegistrationField.DATE_OF_BIRTH, "2022-13-01");
      case 2 -> c.put(RegistrationField.DATE_OF_BIRTH, "9999-01-01");
      case 3 -> c.put(RegistrationField.DATE_OF_BIRTH, "1899-12-31");
      case 4 -> {
        c.put(RegistrationField.DATE_OF_BIRTH, "2020-05-05");
        c.put(RegistrationField.REGISTRATION_DATE, "2020-05-04");
      }
      case 5 -> c.put(RegistrationField.PLACE_OF_BIRTH, "LA9999");
      case 6 -> c.put(RegistrationField.PLACE_OF_BIRTH, "LA");
      case 7 -> {
        c.remove(RegistrationField.REGISTRATION_DATE);
        c.put(RegistrationField.REGISTRATION_OFFICE, "LA0101");
      }
      case 8 -> {
        c.remove(RegistrationField.REGISTRATION_DATE);
        c.put(RegistrationField.CERTIFICATE_ISSUED, "yes");
      }
      case 9 -> c.put(RegistrationField.ID, "R0");
      case 10 -> c.put(RegistrationField.ID, "  ");
      case 11 -> c.put(RegistrationField.CHILD_NAME, "Som\"chai");
      case 12 -> c.put(RegistrationField.CHILD_NAME, "\"Som\"chai");
      case 13 -> c.put(RegistrationField.IN_HEALTH_FACILITY, "maybe");
      case 14 -> c.put(RegistrationField.REGISTRATION_DATE, "2030-01-01");
      case 15 -> {
        c.put(RegistrationField.PLACE_OF_BIRTH, "LA18");
        c.put(RegistrationField.DATE_OF_BIRTH, "2010-01-01");
      }
      default -> c.put(RegistrationField.DATE_OF_DEATH, "2000/2/30");
    }
  }

  static int breaks(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\r' || (ch == '\n' && (i == 0 || s.charAt(i - 1) != '\r'))) {
        n++;
      }
    }
    return n;
  }

  /** A random file and, per record, its start line and whether it must be accepted. */
  static final class File {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final List<Long> validLines = new ArrayList<>();
    final TreeSet<Long> badLines = new TreeSet<>();
  }

  static File file(long seed) {
    Random r = new Random(seed);
    File f = new File();
    char sep = r.nextBoolean() ? ',' : ';';
    RegistrationField[] order = RegistrationField.values().clone();
    for (int i = order.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      RegistrationField t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int headerStyle = r.nextInt(3);
    StringBuilder header = new StringBuilder();
    if (r.nextBoolean()) {
      header.append('\uFEFF');
    }
    for (int i = 0; i < order.length; i++) {
      var column = order[i].column;
      String name =
          headerStyle == 0
              ? column.name()
              : headerStyle == 1 ? column.aliases().get(0) : column.nameLao();
      header.append(i == 0 ? "" : String.valueOf(sep)).append(name);
    }
    String[] ends = {"\n", "\r\n", "\r"};
    long line = 1;
    String lastEnd = ends[r.nextInt(3)];
    write(f, header + lastEnd);
    line += 1;
    int rows = 1 + r.nextInt(40);
    for (int k = 0; k < rows; k++) {
      String end = ends[r.nextInt(3)];
      int what = k == 0 ? 0 : r.nextInt(10);
      if (what == 9) { // a blank line (after CR, an LF would join it: use CR then)
        String blank = lastEnd.equals("\r") && end.equals("\n") ? "\r" : end;
        write(f, (r.nextBoolean() ? "  " : "") + blank);
        line += 1;
        lastEnd = blank;
        continue;
      }
      Map<RegistrationField, String> c = valid(r, "R" + k, sep);
      boolean bad = what >= 6;
      int how = bad ? r.nextInt(BAD_KINDS + 3) : -1;
      if (bad && how < BAD_KINDS) {
        spoil(r, c, how);
      }
      if (bad && how == BAD_KINDS + 2) {
        c.put(RegistrationField.ID, "R" + k + "\u0000"); // becomes a byte that is not UTF-8
      }
      if (k == rows - 1 && r.nextInt(4) == 0) {
        bad = true;
        how = -1;
        c.put(RegistrationField.CHILD_NAME, "\"Unclosed name"); // the file ends inside the quote
      }
      StringBuilder row = new StringBuilder();
      for (int i = 0; i < order.length; i++) {
        if (bad && how == BAD_KINDS && i == order.length - 1) {
          break; // one cell too few
        }
        row.append(i == 0 ? "" : String.valueOf(sep)).append(c.getOrDefault(order[i], ""));
      }
      if (bad && how == BAD_KINDS + 1) {
        row.append(sep).append("extra"); // one cell too many
      }
      byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == 0) {
          bytes[i] = (byte) 0xFF; // never valid in UTF-8
        }
      }
      f.out.writeBytes(bytes);
      write(f, end);
      if (bad) {
        f.badLines.add(line);
      } else {
        f.validLines.add(line);
      }
      line += breaks(row.toString()) + 1;
      lastEnd = end;
    }
    return f;
  }

  static void write(File f, String s) {
    f.out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  static ImportResult<List<BirthRegistration>> objects(byte[] bytes) {
    try (CsvReader csv = CsvReader.of(new ByteArrayInputStream(bytes), "mixed.csv")) {
      return BirthRegistrationCsv.read(csv, RULES, OnBadRow.COLLECT);
    }
  }

  static ImportResult<BirthRegistry> columns(byte[] bytes) {
    return BirthRegistry.readCsv(new ByteArrayInputStream(bytes), "mixed.csv", RULES);
  }

  static void assertSameRegistry(BirthRegistry a, BirthRegistry b) {
    assertThat(a.size()).isEqualTo(b.size());
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.placeIndex(i)).isEqualTo(b.placeIndex(i));
      assertThat(a.dateOfBirth(i)).isEqualTo(b.dateOfBirth(i));
      assertThat(a.sex(i)).isEqualTo(b.sex(i));
      assertThat(a.registrationDelayDays(i)).isEqualTo(b.registrationDelayDays(i));
      assertThat(a.inHealthFacility(i)).isEqualTo(b.inHealthFacility(i));
      assertThat(a.certificateIssued(i)).isEqualTo(b.certificateIssued(i));
    }
  }

  @Test
  void bothReadersAcceptTheSameRowsAndReportTheSameErrors() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              File f = file(seed);
              byte[] bytes = f.out.toByteArray();
              ImportResult<List<BirthRegistration>> o = objects(bytes);
              ImportResult<BirthRegistry> c = columns(bytes);
              assertThat(c.errors()).isEqualTo(o.errors());
              BirthRegistry.Builder fromObjects = BirthRegistry.builder(RULES);
              o.accepted().forEach(fromObjects::add);
              assertSameRegistry(fromObjects.build(), c.accepted());
              // the oracle: every valid row kept, every bad row reported at its start line, nothing
              // else
              assertThat(o.accepted()).hasSize(f.validLines.size());
              assertThat(new TreeSet<>(o.errors().stream().map(RowError::line).toList()))
                  .isEqualTo(f.badLines);
              for (RowError e : o.errors()) {
                assertThat(e.toString())
                    .doesNotContain("Name")
                    .doesNotContain("ສົມໃຈ")
                    .doesNotContain("Som");
              }
            });
  }
}
