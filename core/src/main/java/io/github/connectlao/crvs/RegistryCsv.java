package io.github.connectlao.crvs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.CsvImportException;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.lao.LaoDate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A byte-level CSV reader of registrations into registry columns: no {@code String} and no object
 * per row on the usual path (ASCII codes, ISO dates, M/F/U), RFC 4180 quotes supported, every bad
 * row reported with its line and reason.
 */
final class RegistryCsv {
  static final String[] COLUMNS = {"id", "sex", "date_of_birth", "place_of_birth", "in_health_facility",
      "birth_notice_date", "registration_date", "registration_office", "certificate_issued", "date_of_death"};
  private static final int ID = 0;
  private static final int SEX = 1;
  private static final int DOB = 2;
  private static final int PLACE = 3;
  private static final int FACILITY = 4;
  private static final int NOTICE = 5;
  private static final int REG = 6;
  private static final int OFFICE = 7;
  private static final int CERT = 8;
  private static final int DEATH = 9;
  private static final int ABSENT = Integer.MIN_VALUE;
  private static final int BAD = Integer.MIN_VALUE + 1;

  private final InputStream in;
  private final String sourceName;
  private final Gazetteer gazetteer;
  private final BirthRegistry.Builder builder;
  private final List<RowError> errors = new ArrayList<>();
  private final CodeTable codes;

  private byte[] buf = new byte[1 << 20];
  private int pos;
  private int limit;
  private boolean eof;
  private long line = 1;
  private int extraLines;
  private byte sep = ',';
  private final int[] col = new int[COLUMNS.length];
  private int headerSize;
  private int[] fs;
  private int[] fe;
  private boolean[] quoted;
  private byte[] scratch = new byte[256];
  private int scratchLen;

  RegistryCsv(InputStream in, String sourceName, Gazetteer gazetteer) {
    this.in = in;
    this.sourceName = sourceName;
    this.gazetteer = gazetteer;
    this.builder = BirthRegistry.builder(gazetteer);
    this.codes = new CodeTable(gazetteer);
  }

  RegistryImport read() throws IOException {
    fill();
    if (limit - pos >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) {
      pos += 3;
    }
    int end = recordEnd();
    int stop = end > pos && buf[end - 1] == '\r' ? end - 1 : end;
    String headerLine = new String(buf, pos, stop - pos, StandardCharsets.UTF_8);
    if (headerLine.isBlank()) {
      throw new CsvImportException(sourceName + ": the file is empty; a header line is required");
    }
    sep = (byte) (count(headerLine, ';') > count(headerLine, ',') ? ';' : ',');
    fs = new int[64];
    fe = new int[64];
    quoted = new boolean[64];
    headerSize = split(pos, stop);
    Arrays.fill(col, -1);
    for (int k = 0; k < Math.min(headerSize, fs.length); k++) {
      String name = text(k).toLowerCase(Locale.ROOT);
      for (int c = 0; c < COLUMNS.length; c++) {
        if (COLUMNS[c].equals(name) && col[c] < 0) {
          col[c] = k;
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (int c : new int[] {ID, SEX, DOB, PLACE}) {
      if (col[c] < 0) {
        missing.add(COLUMNS[c]);
      }
    }
    if (!missing.isEmpty()) {
      throw new CsvImportException(sourceName + ": the header lacks the required column(s) " + missing
          + "; it has " + headerLine.strip());
    }
    fs = new int[headerSize + 1];
    fe = new int[headerSize + 1];
    quoted = new boolean[headerSize + 1];
    line += 1 + extraLines;
    pos = Math.min(limit, end + 1);
    while (true) {
      if (pos >= limit) {
        if (eof) {
          break;
        }
        fill();
        if (pos >= limit && eof) {
          break;
        }
      }
      end = recordEnd();
      stop = end > pos && buf[end - 1] == '\r' ? end - 1 : end;
      long rowLine = line;
      if (stop > pos) {
        int n = split(pos, stop);
        line += 1 + extraLines;
        row(rowLine, n);
      } else {
        line++;
      }
      pos = Math.min(limit, end + 1);
    }
    return new RegistryImport(builder.build(), errors);
  }

  private void row(long rowLine, int n) {
    if (n == 1 && fe[0] == fs[0]) {
      return;
    }
    if (n != headerSize) {
      errors.add(new RowError(rowLine, "", "", "has " + n + " fields; the header has " + headerSize));
      return;
    }
    if (blank(col[ID])) {
      errors.add(new RowError(rowLine, "id", "", "is required"));
      return;
    }
    int sex = sex(col[SEX]);
    if (sex < 0) {
      errors.add(error(rowLine, SEX, "is not a sex value (M, F, U, male, female, unknown, ຊາຍ, ຍິງ)"));
      return;
    }
    int dob = date(col[DOB]);
    if (dob == ABSENT || dob == BAD) {
      errors.add(error(rowLine, DOB, dob == ABSENT ? "is required" : "is not a date (yyyy-mm-dd)"));
      return;
    }
    int place = place(col[PLACE]);
    if (place < 0) {
      errors.add(error(rowLine, PLACE, place == -2 ? "is required" : "is not a unit of the gazetteer"));
      return;
    }
    int facility = bool(col[FACILITY]);
    if (facility == BAD) {
      errors.add(error(rowLine, FACILITY, "is not true, false or blank"));
      return;
    }
    int reg = date(col[REG]);
    if (reg == BAD) {
      errors.add(error(rowLine, REG, "is not a date (yyyy-mm-dd)"));
      return;
    }
    if (reg != ABSENT && reg < dob) {
      errors.add(error(rowLine, REG, "is before the date_of_birth " + LocalDate.ofEpochDay(dob)));
      return;
    }
    int notice = date(col[NOTICE]);
    if (notice == BAD || (notice != ABSENT && notice < dob)) {
      errors.add(error(rowLine, NOTICE, notice == BAD ? "is not a date (yyyy-mm-dd)"
          : "is before the date_of_birth " + LocalDate.ofEpochDay(dob)));
      return;
    }
    int death = date(col[DEATH]);
    if (death == BAD || (death != ABSENT && death < dob)) {
      errors.add(error(rowLine, DEATH, death == BAD ? "is not a date (yyyy-mm-dd)"
          : "is before the date_of_birth " + LocalDate.ofEpochDay(dob)));
      return;
    }
    int cert = bool(col[CERT]);
    if (cert == BAD) {
      errors.add(error(rowLine, CERT, "is not true, false or blank"));
      return;
    }
    if (reg == ABSENT) {
      if (!blank(col[OFFICE])) {
        errors.add(error(rowLine, OFFICE, "is given for a birth that is not registered"));
        return;
      }
      if (cert == 1) {
        errors.add(error(rowLine, CERT, "is set for a birth that is not registered"));
        return;
      }
    }
    int f = sex;
    if (facility != ABSENT) {
      f |= BirthRegistry.FACILITY_KNOWN | (facility == 1 ? BirthRegistry.FACILITY_YES : 0);
    }
    if (cert == 1) {
      f |= BirthRegistry.CERTIFICATE;
    }
    builder.addRaw(place, dob, reg == ABSENT ? -1 : reg - dob, (byte) f);
  }

  private RowError error(long rowLine, int role, String reason) {
    return new RowError(rowLine, COLUMNS[role], text(col[role]), reason);
  }

  // ------------------------------------------------------------------ buffer

  private void fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    if (limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    while (!eof && limit < buf.length) {
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        eof = true;
      } else if (n > 0) {
        limit += n;
        return;
      }
    }
  }

  /** The index of the newline that ends the record at {@code pos} (quotes respected), or the limit at the end. */
  private int recordEnd() throws IOException {
    int i = pos;
    boolean q = false;
    while (true) {
      byte[] b = buf;
      int lim = limit;
      while (i < lim) {
        byte c = b[i];
        if (c == '\n' && !q) {
          return i;
        }
        if (c == '"') {
          q = !q;
        }
        i++;
      }
      if (eof) {
        return limit;
      }
      int shift = pos;
      fill();
      i -= shift;
    }
  }

  /** Splits {@code buf[start, end)} into fields; returns the number of fields (offsets kept for the first ones). */
  private int split(int start, int end) {
    int n = 0;
    int i = start;
    scratchLen = 0;
    extraLines = 0;
    int cap = fs.length;
    byte s = sep;
    while (true) {
      if (i < end && buf[i] == '"') {
        int from = scratchLen;
        i++;
        while (i < end) {
          byte c = buf[i];
          if (c == '"') {
            if (i + 1 < end && buf[i + 1] == '"') {
              put((byte) '"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c == '\n') {
            extraLines++;
          }
          put(c);
          i++;
        }
        while (i < end && buf[i] != s) {
          i++;
        }
        if (n < cap) {
          quoted[n] = true;
          fs[n] = from;
          fe[n] = scratchLen;
        }
      } else {
        int from = i;
        while (i < end && buf[i] != s) {
          i++;
        }
        if (n < cap) {
          quoted[n] = false;
          fs[n] = from;
          fe[n] = i;
        }
      }
      n++;
      if (i >= end) {
        return n;
      }
      i++;
    }
  }

  private void put(byte c) {
    if (scratchLen == scratch.length) {
      scratch = Arrays.copyOf(scratch, scratch.length * 2);
    }
    scratch[scratchLen++] = c;
  }

  // ------------------------------------------------------------------ fields

  private byte[] array(int k) {
    return quoted[k] ? scratch : buf;
  }

  private int from(int k) {
    byte[] a = array(k);
    int i = fs[k];
    int e = fe[k];
    while (i < e && (a[i] == ' ' || a[i] == '\t')) {
      i++;
    }
    return i;
  }

  private int to(int k) {
    byte[] a = array(k);
    int i = fs[k];
    int e = fe[k];
    while (e > i && (a[e - 1] == ' ' || a[e - 1] == '\t')) {
      e--;
    }
    return e;
  }

  private boolean blank(int k) {
    return k < 0 || from(k) >= to(k);
  }

  private String text(int k) {
    if (k < 0) {
      return "";
    }
    int f = from(k);
    return new String(array(k), f, Math.max(0, to(k) - f), StandardCharsets.UTF_8).strip();
  }

  private int sex(int k) {
    byte[] a = array(k);
    int f = from(k);
    int t = to(k);
    if (t - f == 1) {
      switch (a[f]) {
        case 'M': case 'm':
          return 0;
        case 'F': case 'f':
          return 1;
        case 'U': case 'u':
          return 2;
        default:
          break;
      }
    }
    try {
      return Sex.parse(text(k)).ordinal();
    } catch (InvalidValueException e) {
      return -1;
    }
  }

  private int date(int k) {
    if (k < 0) {
      return ABSENT;
    }
    byte[] a = array(k);
    int f = from(k);
    int t = to(k);
    if (f >= t) {
      return ABSENT;
    }
    if (t - f == 10 && a[f + 4] == '-' && a[f + 7] == '-') {
      int y = digits(a, f, 4);
      int m = digits(a, f + 5, 2);
      int d = digits(a, f + 8, 2);
      if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= monthLength(y, m)) {
        return epochDay(y, m, d);
      }
      return BAD;
    }
    Optional<LocalDate> other = LaoDate.tryParse(text(k));
    return other.map(x -> (int) x.toEpochDay()).orElse(BAD);
  }

  private static int digits(byte[] a, int f, int n) {
    int v = 0;
    for (int i = f; i < f + n; i++) {
      int c = a[i] - '0';
      if (c < 0 || c > 9) {
        return -1;
      }
      v = v * 10 + c;
    }
    return v;
  }

  private static int monthLength(int y, int m) {
    switch (m) {
      case 2:
        return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
      case 4: case 6: case 9: case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** The epoch day of a valid date (the algorithm of {@link LocalDate#toEpochDay()} for years 0 to 9999). */
  static int epochDay(int year, int month, int day) {
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

  private int bool(int k) {
    if (blank(k)) {
      return ABSENT;
    }
    byte[] a = array(k);
    int f = from(k);
    int t = to(k);
    if (t - f == 4 && (a[f] | 0x20) == 't' && (a[f + 1] | 0x20) == 'r' && (a[f + 2] | 0x20) == 'u'
        && (a[f + 3] | 0x20) == 'e') {
      return 1;
    }
    if (t - f == 5 && (a[f] | 0x20) == 'f' && (a[f + 1] | 0x20) == 'a' && (a[f + 2] | 0x20) == 'l'
        && (a[f + 3] | 0x20) == 's' && (a[f + 4] | 0x20) == 'e') {
      return 0;
    }
    switch (text(k).toLowerCase(Locale.ROOT)) {
      case "yes": case "y": case "1":
        return 1;
      case "no": case "n": case "0":
        return 0;
      default:
        return BAD;
    }
  }

  /** @return the unit index, -1 when unknown, -2 when blank */
  private int place(int k) {
    byte[] a = array(k);
    int f = from(k);
    int t = to(k);
    if (f >= t) {
      return -2;
    }
    int found = codes.get(a, f, t);
    if (found != CodeTable.MISS) {
      return found;
    }
    int index = gazetteer.indexOf(text(k));
    codes.put(a, f, t, index);
    return index;
  }

  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf(';') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0
        && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /** An open-addressing map from code bytes (ASCII case folded) to unit indexes, caching misses. */
  static final class CodeTable {
    static final int MISS = Integer.MIN_VALUE;
    private byte[][] keys;
    private int[] values;
    private int entries;
    private final int maxEntries;

    CodeTable(Gazetteer g) {
      int cap = Integer.highestOneBit(Math.max(16, g.size() * 4)) * 2;
      keys = new byte[cap][];
      values = new int[cap];
      maxEntries = g.size() * 4 + 10_000;
      for (int i = 0; i < g.size(); i++) {
        byte[] code = g.unitAt(i).code().getBytes(StandardCharsets.UTF_8);
        put(code, 0, code.length, i);
      }
    }

    private static int fold(byte b) {
      return b >= 'a' && b <= 'z' ? b - 32 : b;
    }

    private static int hash(byte[] a, int f, int t) {
      int h = 0x811C9DC5;
      for (int i = f; i < t; i++) {
        h = (h ^ fold(a[i])) * 0x01000193;
      }
      return h ^ (h >>> 16);
    }

    int get(byte[] a, int f, int t) {
      int mask = keys.length - 1;
      int slot = hash(a, f, t) & mask;
      while (true) {
        byte[] key = keys[slot];
        if (key == null) {
          return MISS;
        }
        if (key.length == t - f && same(key, a, f)) {
          return values[slot];
        }
        slot = (slot + 1) & mask;
      }
    }

    private static boolean same(byte[] key, byte[] a, int f) {
      for (int i = 0; i < key.length; i++) {
        if (key[i] != fold(a[f + i])) {
          return false;
        }
      }
      return true;
    }

    void put(byte[] a, int f, int t, int value) {
      if (entries >= maxEntries || get(a, f, t) != MISS) {
        return;
      }
      if (entries * 2 >= keys.length) {
        byte[][] oldKeys = keys;
        int[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        values = new int[oldKeys.length * 2];
        entries = 0;
        for (int i = 0; i < oldKeys.length; i++) {
          if (oldKeys[i] != null) {
            put(oldKeys[i], 0, oldKeys[i].length, oldValues[i]);
          }
        }
      }
      byte[] key = new byte[t - f];
      for (int i = 0; i < key.length; i++) {
        key[i] = (byte) fold(a[f + i]);
      }
      int mask = keys.length - 1;
      int slot = hash(key, 0, key.length) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = value;
      entries++;
    }
  }
}
