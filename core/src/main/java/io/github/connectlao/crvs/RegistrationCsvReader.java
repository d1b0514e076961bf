package io.github.connectlao.crvs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.CsvColumn;
import io.github.connectlao.csv.CsvImportException;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.CsvTokenizer;
import io.github.connectlao.csv.CsvValues;
import io.github.connectlao.csv.CsvWriter;
import io.github.connectlao.csv.RowError;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The one row checker of registration files: reads each record of a {@link CsvReader}'s tokenizer,
 * decodes its cells to primitives ({@link RegistrationFields}) with the shared column
 * specification ({@link RegistrationField}), applies {@link RegistrationRules} and the duplicate
 * check, and hands every accepted row to a sink (objects or registry columns). Both registration
 * readers are this class with another sink, so they agree by construction.
 *
 * <p>Fast path, no allocation: ASCII codes (cached by their bytes), ISO dates, M/F/U, true/false
 * and yes/no. Everything else (Lao digits and dates, {@code 2022/3/1}, {@code d/M/yyyy}, Lao
 * yes/no and sex words, ISO or LSB unit codes) goes to the general decoders per cell.
 */
final class RegistrationCsvReader {
  /** Receives each accepted row; reads what it needs from the reader. */
  interface Sink {
    void accept(RegistrationCsvReader row);
  }

  private static final RegistrationField[] FIELDS = RegistrationField.values();
  private static final List<CsvColumn> COLUMNS;
  private static final List<CsvColumn> REQUIRED;

  static {
    List<CsvColumn> all = new ArrayList<>();
    for (RegistrationField f : FIELDS) {
      all.add(f.column);
    }
    COLUMNS = List.copyOf(all);
    REQUIRED =
        List.of(
            RegistrationField.ID.column,
            RegistrationField.SEX.column,
            RegistrationField.DATE_OF_BIRTH.column,
            RegistrationField.PLACE_OF_BIRTH.column);
  }

  private final CsvReader csv;
  private final CsvTokenizer t;
  private final RegistrationRules rules;
  private final Gazetteer gazetteer;
  private final CodeTable codes;
  private final int[] col = new int[FIELDS.length];
  private final String[] columnAt;
  private final int headerSize;
  private final RegistrationFields f = new RegistrationFields();
  private final IdSet ids;
  private final List<RowError> rowErrors = new ArrayList<>();

  /** The current row's cells by field: the array and the stripped range (empty when absent). */
  private final byte[][] cellBytes = new byte[FIELDS.length][];

  private final int[] cellFrom = new int[FIELDS.length];
  private final int[] cellTo = new int[FIELDS.length];

  /** Reasons for unknown codes already seen (the nearest codes are searched once per code). */
  private final Map<String, String> unknown = new java.util.HashMap<>();

  private long line;

  RegistrationCsvReader(CsvReader csv, RegistrationRules rules) {
    this(csv, rules, 0);
  }

  /**
   * @param csv the file
   * @param rules the rules
   * @param expectedRows about how many rows the file has (0 when unknown): sizes the duplicate
   *     check once instead of growing it; the result does not depend on it
   */
  RegistrationCsvReader(CsvReader csv, RegistrationRules rules, int expectedRows) {
    this.ids = new IdSet(expectedRows);
    this.csv = csv;
    this.t = csv.tokenizer();
    this.rules = rules;
    this.gazetteer = rules.gazetteer();
    this.codes = CodeTable.of(gazetteer);
    Map<String, Integer> index = csv.bind(COLUMNS, REQUIRED);
    headerSize = csv.header().size();
    columnAt = csv.header().toArray(new String[0]);
    for (RegistrationField field : FIELDS) {
      Integer i = index.get(field.column.name());
      col[field.ordinal()] = i == null ? -1 : i;
      if (i != null) {
        columnAt[i] = field.column.name();
      }
    }
  }

  static List<CsvColumn> columns() {
    return COLUMNS;
  }

  /**
   * Reads every row, handing each accepted row to the sink as soon as it is checked (the sink may
   * read {@link #text} and {@link #fields()}).
   *
   * @param sink receives the accepted rows
   * @param errors receives the refused rows' problems, in file order
   * @param strict when true, the first problem throws {@link CsvImportException}
   */
  void read(Sink sink, List<RowError> errors, boolean strict) {
    read(sink, errors, strict, 0);
  }

  /**
   * Reads every row; with a batch, rows that pass every rule but the duplicate check wait in a
   * batch of up to that many rows (or {@value #BATCH_ID_BYTES} bytes of identifiers)
   * whose identifiers are then looked up together, so that the memory accesses of the duplicate
   * check overlap instead of stalling one row after another. The sink then sees the same rows and
   * the errors list the same problems in the same order; only {@link #fields()} is available to
   * the sink (not {@link #text}), because the tokenizer has moved on.
   *
   * @param sink receives the accepted rows
   * @param errors receives the refused rows' problems, in file order
   * @param strict when true, the first problem throws {@link CsvImportException}
   * @param batch the most rows whose identifiers are checked together ({@link #BATCH} is a good
   *     size), for sinks that read only fields; 0 for none
   */
  void read(Sink sink, List<RowError> errors, boolean strict, int batch) {
    boolean batched = batch > 0;
    if (batched) {
      pending = new Pending(batch);
    }
    long count = 0;
    long untilProgress = CsvReader.PROGRESS_INTERVAL;
    while (t.next()) {
      line = t.line();
      count++;
      if (--untilProgress == 0) {
        untilProgress = CsvReader.PROGRESS_INTERVAL;
        csv.progressListener().accept(count);
      }
      rowErrors.clear();
      row();
      if (rowErrors.isEmpty()) {
        int o = RegistrationField.ID.ordinal();
        if (batched) {
          pending.add(f, line, cellBytes[o], cellFrom[o], cellTo[o]);
          if (pending.full()) {
            flush(sink, errors, strict);
          }
          continue;
        }
        long first = ids.addOrFirst(cellBytes[o], cellFrom[o], cellTo[o], line);
        if (first == 0) {
          sink.accept(this);
          continue;
        }
        rowErrors.add(duplicate(line, first));
      }
      flush(sink, errors, strict);
      if (strict) {
        throw new CsvImportException(csv.sourceName(), rowErrors.get(0));
      }
      errors.addAll(rowErrors);
    }
    flush(sink, errors, strict);
  }

  private static RowError duplicate(long line, long first) {
    return new RowError(
        line,
        RegistrationField.ID.column.name(),
        "",
        RegistrationRules.duplicateReason(first, "line "));
  }

  /** Checks the identifiers of the waiting rows, in order, and hands on or reports each row. */
  private void flush(Sink sink, List<RowError> errors, boolean strict) {
    Pending p = pending;
    int n = p.size;
    if (n == 0) {
      return;
    }
    long[] hashes = p.hashes;
    byte[] bytes = p.idBytes;
    int[] idEnd = p.idEnd;
    long touched = 0;
    for (int k = 0, from = 0; k < n; k++) {
      hashes[k] = ids.hash(bytes, from, idEnd[k]);
      touched ^= ids.touch(hashes[k]);
      from = idEnd[k];
    }
    this.touched = touched;
    p.size = 0;
    p.bytes = 0;
    for (int k = 0, from = 0; k < n; k++) {
      long first = ids.addOrFirst(hashes[k], bytes, from, idEnd[k], p.line[k]);
      from = idEnd[k];
      if (first != 0) {
        RowError e = duplicate(p.line[k], first);
        if (strict) {
          throw new CsvImportException(csv.sourceName(), e);
        }
        errors.add(e);
        continue;
      }
      p.restore(k, f);
      sink.accept(this);
    }
  }

  /** The batch size of the registry reader: enough overlapping memory accesses, still in L1. */
  static final int BATCH = 256;

  static final int BATCH_ID_BYTES = 1 << 16;
  private Pending pending = new Pending(0);

  /** Keeps the batch's table reads alive (their values do not matter). */
  @SuppressWarnings("unused")
  private long touched;

  private final RegistrationRules.Problems problems = this::problem;

  /** Rows that passed every rule but the duplicate check, in columns. */
  private static final class Pending {
    final int capacity;
    final int[] place;
    final byte[] sex;
    final int[] birth;
    final int[] notice;
    final int[] registration;
    final int[] death;
    final int[] office;
    final byte[] facility;
    final boolean[] certificate;
    final long[] line;
    final long[] hashes;
    final int[] idEnd;
    byte[] idBytes = new byte[1024];
    int size;
    int bytes;

    Pending(int capacity) {
      this.capacity = capacity;
      place = new int[capacity];
      sex = new byte[capacity];
      birth = new int[capacity];
      notice = new int[capacity];
      registration = new int[capacity];
      death = new int[capacity];
      office = new int[capacity];
      facility = new byte[capacity];
      certificate = new boolean[capacity];
      line = new long[capacity];
      hashes = new long[capacity];
      idEnd = new int[capacity];
    }

    void add(RegistrationFields f, long at, byte[] a, int from, int to) {
      int k = size++;
      place[k] = f.place;
      sex[k] = (byte) f.sex;
      birth[k] = f.birth;
      notice[k] = f.notice;
      registration[k] = f.registration;
      death[k] = f.death;
      office[k] = f.office;
      facility[k] = (byte) f.facility;
      certificate[k] = f.certificate;
      line[k] = at;
      int len = to - from;
      if (bytes + len > idBytes.length) {
        idBytes = Arrays.copyOf(idBytes, Math.max(idBytes.length * 2, bytes + len));
      }
      System.arraycopy(a, from, idBytes, bytes, len);
      bytes += len;
      idEnd[k] = bytes;
    }

    boolean full() {
      return size == capacity || bytes >= BATCH_ID_BYTES;
    }

    void restore(int k, RegistrationFields f) {
      f.place = place[k];
      f.sex = sex[k];
      f.birth = birth[k];
      f.notice = notice[k];
      f.registration = registration[k];
      f.death = death[k];
      f.office = office[k];
      f.facility = facility[k];
      f.certificate = certificate[k];
      f.undecoded = 0;
    }
  }

  private void row() {
    if (t.hasProblem()) {
      int p = t.problemField();
      String column = p < 0 ? "" : p < headerSize ? columnAt[p] : "column " + (p + 1);
      rowErrors.add(new RowError(line, column, "", t.problem()));
      return;
    }
    if (t.size() != headerSize) {
      rowErrors.add(
          new RowError(
              line,
              "",
              "",
              "has "
                  + t.size()
                  + " cells but the header has "
                  + headerSize
                  + ": the columns are shifted, the row is refused (its values are not shown)"));
      return;
    }
    f.clear();
    for (int o = 0; o < FIELDS.length; o++) {
      int k = col[o];
      if (k >= 0) {
        byte[] a = t.array(k);
        int i = t.start(k);
        int e = t.end(k);
        // the ASCII whitespace String.strip removes, so that the bytes checked (the identifier's
        // duplicate check above all) are those of the value stored
        while (i < e && space(a[i])) {
          i++;
        }
        while (e > i && space(a[e - 1])) {
          e--;
        }
        cellBytes[o] = a;
        cellFrom[o] = i;
        cellTo[o] = e;
      } else {
        cellFrom[o] = 0;
        cellTo[o] = 0;
      }
    }
    if (blank(RegistrationField.ID)) {
      problem(RegistrationField.ID, "is required");
    }
    f.sex = sex();
    f.birth = date(RegistrationField.DATE_OF_BIRTH, true);
    f.place = unit(RegistrationField.PLACE_OF_BIRTH, true);
    f.facility = yesNo(RegistrationField.IN_HEALTH_FACILITY);
    f.notice = date(RegistrationField.BIRTH_NOTICE_DATE, false);
    f.registration = date(RegistrationField.REGISTRATION_DATE, false);
    f.office = unit(RegistrationField.REGISTRATION_OFFICE, false);
    f.certificate = yesNo(RegistrationField.CERTIFICATE_ISSUED) == 1;
    f.death = date(RegistrationField.DATE_OF_DEATH, false);
    rules.check(f, problems);
  }

  private void problem(RegistrationField field, String reason) {
    rowErrors.add(
        new RowError(line, field.column.name(), field.personal ? "" : text(field), reason));
    f.fail(field);
  }

  // ------------------------------------------------------------------ cells

  private boolean blank(RegistrationField field) {
    int o = field.ordinal();
    return cellFrom[o] >= cellTo[o];
  }

  /**
   * The cell of a field as text: stripped, with the export's formula neutralisation undone.
   *
   * @param field the field
   * @return the text, {@code ""} when absent or blank
   */
  String text(RegistrationField field) {
    int k = col[field.ordinal()];
    if (k < 0) {
      return "";
    }
    return CsvWriter.unneutralise(t.text(k).strip());
  }

  /** @return the decoded, checked fields of the current accepted row */
  RegistrationFields fields() {
    return f;
  }

  /** @return the gazetteer the unit indexes belong to */
  Gazetteer gazetteer() {
    return gazetteer;
  }

  private int sex() {
    RegistrationField field = RegistrationField.SEX;
    if (blank(field)) {
      problem(field, "is required");
      return -1;
    }
    int o = field.ordinal();
    int i = cellFrom[o];
    if (cellTo[o] - i == 1) {
      switch (cellBytes[o][i]) {
        case 'M':
        case 'm':
          return 0;
        case 'F':
        case 'f':
          return 1;
        case 'U':
        case 'u':
          return 2;
        default:
          break;
      }
    }
    try {
      return Sex.parse(text(field)).ordinal();
    } catch (InvalidValueException e) {
      problem(field, e.reason());
      return -1;
    }
  }

  private int date(RegistrationField field, boolean required) {
    if (blank(field)) {
      if (required) {
        problem(field, "is required");
      }
      return RegistrationFields.NONE;
    }
    int o = field.ordinal();
    byte[] a = cellBytes[o];
    int i = cellFrom[o];
    if (cellTo[o] - i == 10) {
      // yyyy-MM- as one word: each byte minus '0' (or '-') must be 0..9 (0 for the dashes)
      long v = (long) LONGS.get(a, i) - 0x2D30302D30303030L;
      int d1 = a[i + 8] - '0';
      int d2 = a[i + 9] - '0';
      if (((v | (v + 0x7676767676767676L)) & 0x8080808080808080L) == 0
          && (v & 0xFF0000FF00000000L) == 0
          && d1 >= 0
          && d1 <= 9
          && d2 >= 0
          && d2 <= 9) {
        int y =
            (int) (v & 0xF) * 1000
                + (int) (v >>> 8 & 0xF) * 100
                + (int) (v >>> 16 & 0xF) * 10
                + (int) (v >>> 24 & 0xF);
        int m = (int) (v >>> 40 & 0xF) * 10 + (int) (v >>> 48 & 0xF);
        int d = d1 * 10 + d2;
        if (m >= 1 && m <= 12 && d >= 1 && d <= monthLength(y, m)) {
          return epochDay(y, m, d);
        }
      }
    }
    try {
      LocalDate date = CsvValues.date(field.column.name(), text(field));
      return RegistrationRules.day(date);
    } catch (InvalidValueException e) {
      problem(field, e.reason());
      return RegistrationFields.NONE;
    }
  }

  /** @return -1 when blank, 0 for no, 1 for yes */
  private int yesNo(RegistrationField field) {
    if (blank(field)) {
      return -1;
    }
    int o = field.ordinal();
    byte[] a = cellBytes[o];
    int i = cellFrom[o];
    int n = cellTo[o] - i;
    if (n == 4
        && (a[i] | 0x20) == 't'
        && (a[i + 1] | 0x20) == 'r'
        && (a[i + 2] | 0x20) == 'u'
        && (a[i + 3] | 0x20) == 'e') {
      return 1;
    }
    if (n == 5
        && (a[i] | 0x20) == 'f'
        && (a[i + 1] | 0x20) == 'a'
        && (a[i + 2] | 0x20) == 'l'
        && (a[i + 3] | 0x20) == 's'
        && (a[i + 4] | 0x20) == 'e') {
      return 0;
    }
    if (n == 3 && (a[i] | 0x20) == 'y' && (a[i + 1] | 0x20) == 'e' && (a[i + 2] | 0x20) == 's') {
      return 1;
    }
    if (n == 2 && (a[i] | 0x20) == 'n' && (a[i + 1] | 0x20) == 'o') {
      return 0;
    }
    try {
      return CsvValues.yesNo(field.column.name(), text(field)) ? 1 : 0;
    } catch (InvalidValueException e) {
      problem(field, e.reason());
      return -1;
    }
  }

  private int unit(RegistrationField field, boolean required) {
    if (blank(field)) {
      if (required) {
        problem(field, "is required");
      }
      return RegistrationFields.NONE;
    }
    int o = field.ordinal();
    byte[] a = cellBytes[o];
    int i = cellFrom[o];
    int e = cellTo[o];
    int found = codes.get(a, i, e);
    if (found == CodeTable.MISS) {
      found = gazetteer.indexOf(text(field));
      codes.put(a, i, e, found);
    }
    if (found < 0) {
      String code = text(field);
      String reason = unknown.get(code);
      if (reason == null) {
        reason = rules.unknownUnit(field, code);
        if (unknown.size() < 1000) {
          unknown.put(code, reason);
        }
      }
      problem(field, reason);
      return RegistrationFields.NONE;
    }
    return found;
  }

  /** @return whether an ASCII byte is whitespace to {@link String#strip()} (9–13, 28–32) */
  private static boolean space(byte b) {
    return b == ' ' || (b >= 9 && b <= 13) || (b >= 28 && b <= 31);
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static int monthLength(int y, int m) {
    switch (m) {
      case 2:
        return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  private static final int TABLE_FROM = 1900;
  private static final int TABLE_TO = 2199;
  private static final int[] FIRST_OF_MONTH = new int[(TABLE_TO - TABLE_FROM + 1) * 12];

  static {
    for (int y = TABLE_FROM; y <= TABLE_TO; y++) {
      for (int m = 1; m <= 12; m++) {
        FIRST_OF_MONTH[(y - TABLE_FROM) * 12 + m - 1] = computeEpochDay(y, m, 1);
      }
    }
  }

  /** The epoch day of a valid date (as {@link LocalDate#toEpochDay()}, years 0 to 9999). */
  static int epochDay(int year, int month, int day) {
    if (year >= TABLE_FROM && year <= TABLE_TO) {
      return FIRST_OF_MONTH[(year - TABLE_FROM) * 12 + month - 1] + day - 1;
    }
    return computeEpochDay(year, month, day);
  }

  private static int computeEpochDay(int year, int month, int day) {
    long y = year;
    long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    total += (367 * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      if (!(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) {
        total--;
      }
    }
    return (int) (total - 719_528);
  }
}
