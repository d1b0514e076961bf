package io.github.connectlao.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * One table of a {@link ProtectedRelease}: its cells in order (the first dimension varies
 * slowest) and, for each, the published count or nothing.
 *
 * <pre>{@code
 * PublishedTable t = protectedRelease.table("provinces");
 * for (Cell c : t.cells()) {
 *   String shown = t.value(c).isPresent() ? Long.toString(t.value(c).getAsLong()) : "x";
 * }
 * }</pre>
 */
public final class PublishedTable {
  private final ProtectedRelease release;
  private final String name;
  private final List<List<String>> selection;
  private final List<Cell> cells;

  PublishedTable(ProtectedRelease release, String name, List<List<String>> selection) {
    this.release = release;
    this.name = name;
    this.selection = selection;
    List<Cell> out = new ArrayList<>();
    product(0, new String[selection.size()], out);
    this.cells = List.copyOf(out);
  }

  private void product(int d, String[] codes, List<Cell> out) {
    if (d == codes.length) {
      out.add(Cell.of(codes.clone()));
      return;
    }
    for (String c : selection.get(d)) {
      codes[d] = c;
      product(d + 1, codes, out);
    }
  }

  /** @return the table's name */
  public String name() {
    return name;
  }

  /** @return the selected codes, one list per dimension */
  public List<List<String>> selection() {
    return selection;
  }

  /** @return every cell, the first dimension varying slowest */
  public List<Cell> cells() {
    return cells;
  }

  /**
   * @param cell a cell of the table
   * @return the published count, or empty when suppressed
   */
  public OptionalLong value(Cell cell) {
    return release.value(cell);
  }

  /**
   * @param codes one code per dimension
   * @return the published count, or empty when suppressed
   */
  public OptionalLong value(String... codes) {
    return release.value(Cell.of(codes));
  }

  /**
   * @param cell a cell of the table
   * @return whether it is published, or why not
   */
  public Suppression suppression(Cell cell) {
    return release.suppression(cell);
  }

  /** @return the number of suppressed cells in this table */
  public int suppressedCount() {
    return (int) cells.stream().filter(release::isSuppressed).count();
  }

  @Override
  public String toString() {
    return "PublishedTable["
        + name
        + ", "
        + cells.size()
        + " cells, "
        + suppressedCount()
        + " suppressed]";
  }
}
