package io.github.connectlao.disclosure;

import io.github.connectlao.InvalidValueException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A release after disclosure control: each cell of each table is published (its count) or
 * suppressed (no value, with the reason). Every file written from a release (CSV, JSON, text,
 * charts) must be derived from this object, never from the raw counts.
 *
 * <pre>{@code
 * ProtectedRelease p = release.protect();
 * p.value(Cell.of("LA05", "delayed"));                         // OptionalLong.empty() when suppressed
 * p.share(Cell.of("LA05", "late"), Cell.of("LA05", "total"));  // present only when both counts are published
 * p.table("provinces").cells();                                 // in table order
 * }</pre>
 *
 * <p>The protection rule (see {@code docs/disclosure.md}): with threshold {@code t}, an attacker
 * who knows every published count of the release, every additive relation of its hierarchies and
 * that counts are non-negative can, for a primary cell of true count {@code x}, neither exclude the
 * count {@code x − 1} nor the count {@code t}; for a zero hidden by the zero rule, not exclude 1;
 * for every other hidden cell, not pin it to one value (its feasible interval is at least 1 wide).
 */
public final class ProtectedRelease {
  private final Release release;
  private final Cube cube;
  private final boolean[] released;
  private final Suppression[] state;
  private final Map<String, PublishedTable> tables;

  ProtectedRelease(Release release, Cube cube, boolean[] released, Suppression[] state) {
    this.release = release;
    this.cube = cube;
    this.released = released;
    this.state = state;
    Map<String, PublishedTable> t = new LinkedHashMap<>();
    release.tables().forEach((name, sel) -> t.put(name, new PublishedTable(this, name, sel)));
    this.tables = Collections.unmodifiableMap(t);
  }

  /** @return the release that was protected (its dimensions, threshold and tables) */
  public Release release() {
    return release;
  }

  /** @return the threshold: counts from 1 to {@code threshold - 1} are primary suppressions */
  public int threshold() {
    return release.threshold();
  }

  /** @return the dimensions, in order */
  public List<Hierarchy> dimensions() {
    return release.dimensions();
  }

  /** @return the protected tables by name, in the order they were added */
  public Map<String, PublishedTable> tables() {
    return tables;
  }

  /**
   * @param name a table's name
   * @return the protected table
   */
  public PublishedTable table(String name) {
    PublishedTable t = tables.get(name);
    if (t == null) {
      throw new InvalidValueException("table", name, "is not in the release " + tables.keySet());
    }
    return t;
  }

  /** @return every cell of the release (the union of its tables), in cube order */
  public List<Cell> cells() {
    List<Cell> out = new ArrayList<>();
    for (int c = 0; c < cube.cells; c++) {
      if (released[c]) {
        out.add(cube.cell(c));
      }
    }
    return out;
  }

  /**
   * The published count of a cell of the release.
   *
   * @param cell a cell of one of the release's tables
   * @return its count, or empty when suppressed
   * @throws InvalidValueException when the cell is in no table of the release
   */
  public OptionalLong value(Cell cell) {
    int c = releasedIndex(cell);
    return state[c].isSuppressed() ? OptionalLong.empty() : OptionalLong.of(cube.value[c]);
  }

  /**
   * The published count of a cell, one code per dimension.
   *
   * @param codes one code per dimension
   * @return its count, or empty when suppressed
   */
  public OptionalLong value(String... codes) {
    return value(Cell.of(codes));
  }

  /**
   * @param cell a cell of the release
   * @return whether it is published, or why not
   */
  public Suppression suppression(Cell cell) {
    return state[releasedIndex(cell)];
  }

  /**
   * @param cell a cell of the release
   * @return whether it is suppressed
   */
  public boolean isSuppressed(Cell cell) {
    return suppression(cell).isSuppressed();
  }

  /**
   * A share derived from two cells of the release: published only when the numerator and the
   * denominator are both published and the denominator is not zero, so a share never reveals
   * more than the counts beside it.
   *
   * @param numerator a cell of the release
   * @param denominator a cell of the release
   * @return numerator / denominator, or empty when either is suppressed or the denominator is 0
   */
  public OptionalDouble share(Cell numerator, Cell denominator) {
    OptionalLong n = value(numerator);
    OptionalLong d = value(denominator);
    if (n.isEmpty() || d.isEmpty() || d.getAsLong() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((double) n.getAsLong() / d.getAsLong());
  }

  /** @return the number of suppressed cells, over all tables (a cell in two tables counts once) */
  public int suppressedCount() {
    int n = 0;
    for (int c = 0; c < cube.cells; c++) {
      n += released[c] && state[c].isSuppressed() ? 1 : 0;
    }
    return n;
  }

  /**
   * @param kind a kind of suppression
   * @return the number of cells suppressed for that reason
   */
  public int count(Suppression kind) {
    int n = 0;
    for (int c = 0; c < cube.cells; c++) {
      n += released[c] && state[c] == kind ? 1 : 0;
    }
    return n;
  }

  /**
   * Writes every cell of every table in long form, one line per cell, for an auditor or a machine
   * reader: {@code table,<one column per dimension, named by its root>,count,suppression}; a
   * suppressed cell has an empty count and its reason ({@code primary}, {@code zero},
   * {@code secondary}), a published one {@code none}. It holds nothing the tables do not publish.
   *
   * <pre>{@code
   * table,LA,all,count,suppression
   * birth-timeliness,LA05,delayed,,primary
   * }</pre>
   *
   * @param out where to write
   * @throws java.io.IOException when writing fails
   */
  public void writeCsv(Appendable out) throws java.io.IOException {
    out.append("table");
    for (Hierarchy h : dimensions()) {
      out.append(',').append(csv(h.name()));
    }
    out.append(",count,suppression\n");
    for (PublishedTable t : tables.values()) {
      for (Cell c : t.cells()) {
        out.append(csv(t.name()));
        for (String code : c.codes()) {
          out.append(',').append(csv(code));
        }
        OptionalLong v = value(c);
        out.append(',')
            .append(v.isPresent() ? Long.toString(v.getAsLong()) : "")
            .append(',')
            .append(suppression(c).name().toLowerCase(java.util.Locale.ROOT))
            .append('\n');
      }
    }
  }

  private static String csv(String s) {
    return s.matches("[\\p{L}\\p{N} _.\\-]*") && !s.startsWith("-")
        ? s
        : "\"" + s.replace("\"", "\"\"") + "\"";
  }

  /**
   * The true count of any cell of the cube, published or not: for the audit and for tests only,
   * hence package-private.
   */
  long trueValue(Cell cell) {
    return cube.value[cube.index(cell.codes())];
  }

  private int releasedIndex(Cell cell) {
    InvalidValueException.check(
        cell.codes().size() == cube.size.length,
        "cell",
        cell,
        "must have one code per dimension (" + cube.size.length + ")");
    int c = cube.index(cell.codes());
    InvalidValueException.check(released[c], "cell", cell, "is in no table of the release");
    return c;
  }

  @Override
  public String toString() {
    return "ProtectedRelease["
        + tables.size()
        + " tables, threshold "
        + threshold()
        + ", "
        + suppressedCount()
        + " cells suppressed: "
        + count(Suppression.PRIMARY)
        + " primary, "
        + count(Suppression.ZERO)
        + " zero, "
        + count(Suppression.SECONDARY)
        + " secondary]";
  }
}
