package io.github.connectlao.disclosure;

import io.github.connectlao.InvalidValueException;
import java.util.List;

/**
 * The address of a cell of a release: one code per dimension, in the release's dimension order.
 *
 * <pre>{@code
 * Cell c = Cell.of("LA05", "delayed");   // Bokeo, registered after one year
 * Cell t = Cell.of("LA", "total");       // the grand total
 * }</pre>
 *
 * @param codes one code per dimension
 */
public record Cell(List<String> codes) {
  /**
   * Validates the address.
   *
   * @param codes one code per dimension
   */
  public Cell {
    InvalidValueException.check(
        codes != null && !codes.isEmpty(), "codes", codes, "must name one code per dimension");
    codes = List.copyOf(codes);
  }

  /**
   * @param codes one code per dimension
   * @return the cell
   */
  public static Cell of(String... codes) {
    return new Cell(List.of(codes));
  }

  /**
   * @param dimension a dimension's position
   * @return the code in that dimension
   */
  public String code(int dimension) {
    return codes.get(dimension);
  }

  /** @return the codes joined by {@code " × "} */
  @Override
  public String toString() {
    return String.join(" × ", codes);
  }
}
