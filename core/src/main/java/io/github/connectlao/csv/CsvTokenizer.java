package io.github.connectlao.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits UTF-8 CSV bytes into records and fields (RFC 4180), in bounded memory, without creating a
 * {@code String} per cell: callers read each field as a byte range and decode only what they need.
 *
 * <pre>{@code
 * try (CsvTokenizer t = CsvTokenizer.of(in, CsvTokenizer.Limits.DEFAULT)) {
 *   while (t.next()) {
 *     if (t.hasProblem()) { report(t.line(), t.problem()); continue; }
 *     for (int f = 0; f < t.size(); f++) { use(t.array(f), t.start(f), t.end(f)); }
 *   }
 * }
 * }</pre>
 *
 * <p>What it reads:
 *
 * <ul>
 *   <li>line ends LF, CRLF and CR, mixed freely in one file; a byte-order mark at the start is
 *       skipped; blank lines (empty or only spaces and tabs) are skipped;
 *   <li>the separator, comma or semicolon, is taken from the first non-blank line (the header):
 *       the one that occurs more often outside quotes, comma when neither does;
 *   <li>quoted fields with separators, doubled quotes and line breaks inside.
 * </ul>
 *
 * <p>A record that breaks a rule is returned with {@link #hasProblem()} true and a {@link
 * #problem()} that says why; it is never dropped silently and never merged with its neighbours:
 *
 * <ul>
 *   <li>a quote inside an unquoted field ({@code Som"chai}) is kept as a character, and the record
 *       is reported (the quote cannot be told apart from a broken quoting);
 *   <li>text after the closing quote of a field ({@code "Som"chai}) and a quote that is never
 *       closed are reported, and reading resumes on the physical line after the one where the
 *       record started, so an unbalanced quote swallows no later row;
 *   <li>a field longer than {@link Limits#maxCellBytes()}, a record longer than {@link
 *       Limits#maxRecordBytes()} or with more than {@link Limits#maxFields()} fields is reported;
 *       an over-long record resumes on the next physical line, so memory stays bounded by the
 *       record limit whatever the input;
 *   <li>bytes that are not valid UTF-8 are reported with the field that holds them.
 * </ul>
 *
 * <p>{@link #line()} is always the physical line (1-based, counting every LF, CRLF and CR) where
 * the record starts. Not thread-safe; one tokenizer reads one stream.
 */
public final class CsvTokenizer implements AutoCloseable {
  private static final int CHUNK = 1 << 16;

  /**
   * The hard limits that bound the memory of a tokenizer whatever its input.
   *
   * <p>Example: {@code new CsvTokenizer.Limits(64 * 1024, 256 * 1024, 256)}.
   *
   * @param maxCellBytes the longest field, in bytes after unquoting
   * @param maxRecordBytes the longest record, in bytes as written (the buffer never grows past it
   *     by more than 64 KiB)
   * @param maxFields the most fields in one record
   */
  public record Limits(int maxCellBytes, int maxRecordBytes, int maxFields) {
    /** 1 MiB per cell, 4 MiB per record, 4,096 fields per record. */
    public static final Limits DEFAULT = new Limits(1 << 20, 4 << 20, 4096);

    /**
     * Validates the limits.
     *
     * @param maxCellBytes the longest field
     * @param maxRecordBytes the longest record
     * @param maxFields the most fields
     */
    public Limits {
      if (maxCellBytes < 1
          || maxRecordBytes < maxCellBytes
          || maxRecordBytes > (1 << 30)
          || maxFields < 1) {
        throw new IllegalArgumentException(
            "limits must satisfy 1 <= maxCellBytes <= maxRecordBytes <= 2^30"
                + " and maxFields >= 1");
      }
    }
  }

  private final InputStream in;
  private final Limits limits;
  private byte[] buf = new byte[CHUNK * 2];
  private int pos;
  private int limit;
  private boolean eof;
  private long line = 1;
  private byte sep = ',';
  private boolean started;

  // the current record: fields as offsets relative to rs (or into scratch)
  private int rs;
  private long recordLine;
  private int n;
  private int[] fs = new int[16];
  private int[] fe = new int[16];
  private byte[] kind = new byte[16];
  private byte[] scratch = new byte[256];
  private int scratchLen;
  private String problem = "";
  private int problemField = -1;

  private static final byte PLAIN = 0;
  private static final byte QUOTED = 1;
  private static final byte SCRATCH = 2;

  /** Whether plain records take the fast path (always, but for the test that compares both). */
  private final boolean fastPath;

  private CsvTokenizer(InputStream in, Limits limits, boolean fastPath) {
    this.in = in;
    this.limits = limits;
    this.fastPath = fastPath;
  }

  /**
   * A tokenizer that reads every record by the general path, for the test that proves the fast
   * path reads the same records.
   */
  static CsvTokenizer withoutFastPath(InputStream in, Limits limits) {
    return new CsvTokenizer(in, limits, false);
  }

  /**
   * A tokenizer of a stream.
   *
   * @param in the UTF-8 bytes (closed by {@link #close()})
   * @param limits the limits
   * @return the tokenizer
   */
  public static CsvTokenizer of(InputStream in, Limits limits) {
    if (in == null || limits == null) {
      throw new IllegalArgumentException("the stream and the limits are required");
    }
    return new CsvTokenizer(in, limits, true);
  }

  /**
   * A tokenizer with the {@linkplain Limits#DEFAULT default limits}.
   *
   * @param in the UTF-8 bytes
   * @return the tokenizer
   */
  public static CsvTokenizer of(InputStream in) {
    return of(in, Limits.DEFAULT);
  }

  // ------------------------------------------------------------------ access

  /** @return the separator, {@code ','} or {@code ';'} (known after the first {@link #next()}) */
  public byte separator() {
    return sep;
  }

  /** @return the physical line (1-based) where the current record starts */
  public long line() {
    return recordLine;
  }

  /** @return the number of fields of the current record (those stored when it has a problem) */
  public int size() {
    return n;
  }

  /** @return whether the current record breaks a rule (see {@link #problem()}) */
  public boolean hasProblem() {
    return !problem.isEmpty();
  }

  /**
   * @return why the current record is malformed, or {@code ""} when it is not; written to follow
   *     the name of the field ({@link #problemField()}) or "the record", e.g. "has text after its
   *     closing quote"; when a problem is reported the record's fields may be incomplete
   */
  public String problem() {
    return problem;
  }

  /**
   * @return the 0-based position of the field the problem is in (its column, even when the
   *     record's fields are not available), or -1 when it concerns the whole record
   */
  public int problemField() {
    return problemField;
  }

  /**
   * @param f a field, 0 to {@link #size()} - 1
   * @return the array that holds the field's bytes (valid until the next {@link #next()})
   */
  public byte[] array(int f) {
    return kind[check(f)] == SCRATCH ? scratch : buf;
  }

  /**
   * @param f a field
   * @return the index of the field's first byte in {@link #array(int)}
   */
  public int start(int f) {
    return kind[check(f)] == SCRATCH ? fs[f] : rs + fs[f];
  }

  /**
   * @param f a field
   * @return the index after the field's last byte in {@link #array(int)}
   */
  public int end(int f) {
    return kind[check(f)] == SCRATCH ? fe[f] : rs + fe[f];
  }

  /**
   * @param f a field
   * @return whether the field was written between quotes
   */
  public boolean isQuoted(int f) {
    return kind[check(f)] != PLAIN;
  }

  /**
   * @param f a field
   * @return the field decoded as UTF-8, not stripped
   */
  public String text(int f) {
    return new String(array(f), start(f), end(f) - start(f), StandardCharsets.UTF_8);
  }

  private int check(int f) {
    if (f < 0 || f >= n) {
      throw new IndexOutOfBoundsException("field " + f + " of " + n);
    }
    return f;
  }

  // ------------------------------------------------------------------ reading

  /**
   * Advances to the next record, skipping blank lines.
   *
   * @return false at the end of the input
   * @throws UncheckedIOException when the stream fails
   */
  public boolean next() {
    try {
      if (!started) {
        start();
      }
      while (true) {
        if (!record()) {
          n = 0;
          return false;
        }
        if (problem.isEmpty() && n == 1 && kind[0] == PLAIN && blank(rs + fs[0], rs + fe[0])) {
          continue;
        }
        return true;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean blank(int from, int to) {
    for (int i = from; i < to; i++) {
      if (buf[i] != ' ' && buf[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /** Skips the byte-order mark and detects the separator from the first non-blank line. */
  private void start() throws IOException {
    started = true;
    while (limit < 3 && fill()) {
      // read at least three bytes, if there are
    }
    if (limit - pos >= 3
        && buf[pos] == (byte) 0xEF
        && buf[pos + 1] == (byte) 0xBB
        && buf[pos + 2] == (byte) 0xBF) {
      pos += 3;
    }
    int i = pos;
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    boolean content = false;
    while (i - pos < limits.maxRecordBytes()) {
      if (i >= limit) {
        int shift = pos;
        rs = pos;
        if (!refill()) {
          break;
        }
        i -= shift;
      }
      byte c = buf[i++];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (content) {
          break;
        }
      } else if (c != ' ' && c != '\t') {
        content = true;
      }
    }
    sep = (byte) (semicolons > commas ? ';' : ',');
  }

  /**
   * Moves the current record to the start of the buffer and reads more bytes.
   *
   * @return false when the stream has ended and nothing was added
   */
  private boolean refill() throws IOException {
    if (rs > 0) {
      System.arraycopy(buf, rs, buf, 0, limit - rs);
      limit -= rs;
      pos -= rs;
      rs = 0;
    }
    return fill();
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (buf.length - limit < CHUNK) {
      int size = Math.max(buf.length * 2, limit + CHUNK);
      buf = Arrays.copyOf(buf, Math.min(size, limits.maxRecordBytes() + 2 * CHUNK));
    }
    while (true) {
      int r = in.read(buf, limit, buf.length - limit);
      if (r < 0) {
        eof = true;
        return false;
      }
      if (r > 0) {
        limit += r;
        return true;
      }
    }
  }

  /** Reads one record at {@code pos}; false at the end of the input. */
  private boolean record() throws IOException {
    if (pos >= limit) {
      rs = pos;
      if (!refill()) {
        return false;
      }
    }
    rs = pos;
    recordLine = line;
    n = 0;
    scratchLen = 0;
    problem = "";
    problemField = -1;
    int high = 0;
    int firstBreak = -1;
    boolean resyncAtFirstLine = false;
    byte s = sep;
    long sepWord = (s & 0xFF) * ONES;
    int maxCell = limits.maxCellBytes();
    int maxRecord = limits.maxRecordBytes();
    int i = pos;
    if (fastPath && plainRecord(s, maxCell)) {
      return true;
    }
    while (true) {
      // ---- one field starts at i
      if (i >= limit) {
        if (i - rs > maxRecord) {
          return overlong(firstBreak);
        }
        int shift = rs;
        boolean more = refill();
        i -= shift;
        if (!more) {
          addField(i - rs, i - rs, PLAIN, maxCell);
          pos = i;
          break;
        }
      }
      if (buf[i] == '"') {
        i++;
        int cs = i - rs;
        boolean escaped = false;
        int segment = i;
        int scratchStart = scratchLen;
        boolean closed = false;
        while (!closed) {
          byte[] b = buf;
          int lim = limit;
          while (i < lim) {
            byte c = b[i];
            if (c == '"') {
              break;
            }
            if (c == '\n' || c == '\r') {
              if (c == '\r' || b[i - 1] != '\r') {
                line++;
              }
              if (firstBreak < 0) {
                firstBreak = i - rs;
              }
            }
            high |= c;
            i++;
          }
          if (i >= limit || (i + 1 >= limit && !eof)) {
            // need the byte after the quote too, to tell "" from a closing quote
            if (i - rs > maxRecord) {
              return overlong(firstBreak);
            }
            int shift = rs;
            boolean more = refill();
            i -= shift;
            segment -= shift;
            if (!more && i >= limit) {
              problem =
                  "opens a quote that is never closed (the file ends inside it); reading resumes on"
                      + " the next line";
              problemField = n;
              line = recordLine;
              return resync(firstBreak, i);
            }
            continue;
          }
          // buf[i] is a quote
          if (i + 1 < limit && buf[i + 1] == '"') {
            if (!escaped) {
              escaped = true;
              scratchStart = scratchLen;
            }
            append(segment, i + 1);
            i += 2;
            segment = i;
            continue;
          }
          closed = true;
        }
        if (escaped) {
          append(segment, i);
          addField(scratchStart, scratchLen, SCRATCH, maxCell);
        } else {
          addField(cs, i - rs, QUOTED, maxCell);
        }
        i++;
        // after the closing quote: a separator, a line end or the end of the input
        if (i >= limit) {
          int shift = rs;
          refill();
          i -= shift;
        }
        if (i < limit && buf[i] != s && buf[i] != '\n' && buf[i] != '\r') {
          if (problem.isEmpty()) {
            problem =
                "has text after its closing quote (a quote inside a quoted field must be doubled)";
            problemField = n - 1;
          }
          resyncAtFirstLine = true;
          i = skipPlain(i, s);
          if (i < 0) {
            return overlong(firstBreak);
          }
        }
      } else {
        int from = i;
        while (true) {
          byte[] b = buf;
          int lim = limit;
          while (i < lim) {
            // eight bytes at a time up to the first byte that needs a look: the separator, a line
            // end, a quote or a non-ASCII byte (the lowest flagged byte is exact; see special())
            while (i + 8 <= lim) {
              long m = special((long) LONGS.get(b, i), sepWord);
              if (m != 0) {
                i += Long.numberOfTrailingZeros(m) >>> 3;
                break;
              }
              i += 8;
            }
            if (i >= lim) {
              break;
            }
            byte c = b[i];
            if (c == s || c == '\n' || c == '\r') {
              break;
            }
            if (c == '"' && problem.isEmpty()) {
              problem =
                  "has a quote inside an unquoted field (write the field between quotes and double"
                      + " the quote)";
              problemField = n;
            }
            high |= c;
            i++;
          }
          if (i < limit) {
            break;
          }
          if (i - rs > maxRecord) {
            return overlong(firstBreak);
          }
          int shift = rs;
          boolean more = refill();
          i -= shift;
          from -= shift;
          if (!more) {
            break;
          }
        }
        addField(from - rs, i - rs, PLAIN, maxCell);
      }
      // ---- after a field: separator, line end, or end of input
      if (i >= limit) {
        pos = i;
        break;
      }
      byte c = buf[i];
      if (c == s) {
        i++;
        if (i >= limit && !eof) {
          continue;
        }
        if (i >= limit) {
          addField(i - rs, i - rs, PLAIN, maxCell);
          pos = i;
          break;
        }
        continue;
      }
      // a line end
      int end = i;
      i = lineEnd(i);
      pos = i;
      if (end - rs > maxRecord && problem.isEmpty()) {
        problem = "the record is longer than " + maxRecord + " bytes";
        problemField = -1;
      }
      break;
    }
    if (resyncAtFirstLine && firstBreak >= 0) {
      line = recordLine;
      return resync(firstBreak, pos);
    }
    if (problem.isEmpty() && (high & 0x80) != 0) {
      checkUtf8();
    }
    return true;
  }

  /**
   * The fast path for the common record: already in the buffer, unquoted, ending in LF, CRLF or a
   * lone CR, with no field longer than the limit. Scans eight bytes at a time and takes every
   * separator and line end of a word from one bit mask. Gives up (false, nothing consumed: the
   * general path then reads the record from its start) at a quote, at the end of the buffer, or
   * when a limit is near, so the records it reads are exactly those the general path would read
   * the same way.
   */
  private boolean plainRecord(byte s, int maxCell) {
    byte[] b = buf;
    int start = rs;
    int last = limit - 8;
    int max = Math.min(fs.length, limits.maxFields());
    int[] starts = fs;
    int[] ends = fe;
    int count = 0;
    int from = 0;
    long high = 0;
    // (b & 0x7F) + (0x80 - t) has its high bit set exactly when b & 0x7F >= t
    long below = (0x80 - (Math.max(s, '"') + 1)) * ONES;
    for (int i = start; i <= last; i += 8) {
      long w = (long) LONGS.get(b, i);
      high |= w;
      // every ASCII byte below the threshold: the separator, quote, CR and LF, and a few others
      long m = ~(((w & LOWS) + below) | w) & HIGHS;
      while (m != 0) {
        int at = i + (Long.numberOfTrailingZeros(m) >>> 3);
        byte c = b[at];
        if (c != s && c != '\n' && c != '\r') {
          if (c == '"') {
            return false;
          }
          m &= m - 1;
          continue;
        }
        if (count == max || at - start > maxCell) {
          return false;
        }
        starts[count] = from;
        ends[count++] = at - start;
        if (c == s) {
          from = at + 1 - start;
          m &= m - 1;
          continue;
        }
        int next = at + 1;
        if (c == '\r') {
          if (next >= limit) {
            return false;
          }
          if (b[next] == '\n') {
            next++;
          }
        } else if (c != '\n') {
          return false;
        }
        Arrays.fill(kind, 0, count, PLAIN);
        n = count;
        line++;
        pos = next;
        if ((high & HIGHS) != 0) {
          checkUtf8();
        }
        return true;
      }
    }
    return false;
  }

  private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long LF = '\n' * ONES;
  private static final long CR = '\r' * ONES;
  private static final long QUOTE = '"' * ONES;

  /**
   * The bytes of a little-endian word that are the separator, LF, CR, a quote or not ASCII, as
   * their high bits. A byte equal to one of them always has its bit set; a byte above such a byte
   * may be flagged too (the borrow of the zero-byte test), so only the lowest flag is exact, which
   * is the only one used.
   */
  private static long special(long w, long sepWord) {
    return zero(w ^ sepWord) | zero(w ^ LF) | zero(w ^ CR) | zero(w ^ QUOTE) | (w & HIGHS);
  }

  private static long zero(long x) {
    return (x - ONES) & ~x & HIGHS;
  }

  /** Consumes the line end at {@code i} (LF, CR or CRLF), counts it, and returns the index after it. */
  private int lineEnd(int i) throws IOException {
    byte c = buf[i++];
    line++;
    if (c == '\r') {
      if (i >= limit) {
        int shift = rs;
        refill();
        i -= shift;
      }
      if (i < limit && buf[i] == '\n') {
        i++;
      }
    }
    return i;
  }

  /** Skips an unquoted stretch up to a separator or line end; -1 when the record grows too long. */
  private int skipPlain(int i, byte s) throws IOException {
    while (true) {
      while (i < limit) {
        byte c = buf[i];
        if (c == s || c == '\n' || c == '\r') {
          return i;
        }
        i++;
      }
      if (i - rs > limits.maxRecordBytes()) {
        return -1;
      }
      int shift = rs;
      boolean more = refill();
      i -= shift;
      if (!more) {
        return i;
      }
    }
  }

  /** Resumes on the physical line after the one where the record started (or after the record). */
  private boolean resync(int firstBreak, int fallback) throws IOException {
    n = 0;
    if (firstBreak < 0) {
      pos = Math.min(fallback, limit);
      return true;
    }
    line = recordLine;
    pos = lineEnd(rs + firstBreak);
    return true;
  }

  /** Reports a record longer than the limit and resumes on the next physical line. */
  private boolean overlong(int firstBreak) throws IOException {
    problem =
        "the record is longer than "
            + limits.maxRecordBytes()
            + " bytes (is a quote never closed?); reading resumes on the next line";
    problemField = -1;
    n = 0;
    line = recordLine;
    if (firstBreak >= 0) {
      pos = lineEnd(rs + firstBreak);
      return true;
    }
    // no line end in the whole record: discard bytes up to the next one, keeping nothing
    int i = limit;
    while (true) {
      rs = i;
      pos = i;
      if (!refill()) {
        pos = limit;
        rs = pos;
        return true;
      }
      i = pos;
      while (i < limit) {
        byte c = buf[i];
        if (c == '\n' || c == '\r') {
          rs = i;
          pos = lineEnd(i);
          rs = pos;
          return true;
        }
        i++;
      }
    }
  }

  private void append(int from, int to) {
    int len = to - from;
    if (scratchLen + len > scratch.length) {
      scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, scratchLen + len));
    }
    System.arraycopy(buf, from, scratch, scratchLen, len);
    scratchLen += len;
  }

  private void addField(int from, int to, byte k, int maxCell) {
    if (to - from > maxCell && problem.isEmpty()) {
      problem = "is longer than " + maxCell + " bytes";
      problemField = n;
    }
    if (n == limits.maxFields()) {
      if (problem.isEmpty()) {
        problem = "the record has more than " + limits.maxFields() + " fields";
        problemField = -1;
      }
      return;
    }
    if (n == fs.length) {
      int size = Math.min(limits.maxFields(), n * 2);
      fs = Arrays.copyOf(fs, size);
      fe = Arrays.copyOf(fe, size);
      kind = Arrays.copyOf(kind, size);
    }
    fs[n] = from;
    fe[n] = to;
    kind[n] = k;
    n++;
  }

  private void checkUtf8() {
    for (int f = 0; f < n; f++) {
      if (!Utf8.isValid(array(f), start(f), end(f))) {
        problem = "holds bytes that are not valid UTF-8";
        problemField = f;
        return;
      }
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "CsvTokenizer[line " + line + "]";
  }
}
