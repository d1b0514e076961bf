package io.github.connectlao.indicator;

import io.github.connectlao.InvalidValueException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The values of named data items for one unit and period (e.g. {@code births_registered = 1200}),
 * mergeable by summing: {@link #plus(DataValues)} is associative with {@link #empty()} as identity,
 * so a rollup sums numerators and denominators, never averages of percentages.
 *
 * <p>Example: {@code DataValues.of(Map.of("births_registered", 1200, "births_estimated", 1500))}.
 */
public final class DataValues {
  private static final DataValues EMPTY = new DataValues(new TreeMap<>());

  private final TreeMap<String, BigDecimal> values;

  @SuppressWarnings("NonApiType") // private: the sorted map is the point
  private DataValues(TreeMap<String, BigDecimal> values) {
    this.values = values;
  }

  /** @return no values: the identity of {@link #plus(DataValues)} */
  public static DataValues empty() {
    return EMPTY;
  }

  /**
   * Values from a map of item names to numbers.
   *
   * @param values the values (numbers of any kind, read exactly from their decimal text)
   * @return the data values
   */
  public static DataValues of(Map<String, ? extends Number> values) {
    TreeMap<String, BigDecimal> m = new TreeMap<>();
    values.forEach((k, v) -> m.put(new Term.DataItem(k).name(), decimal(k, v)));
    return new DataValues(m);
  }

  private static BigDecimal decimal(String item, Number v) {
    InvalidValueException.required(v, item);
    if (v instanceof BigDecimal b) {
      return b;
    }
    if (v instanceof Double || v instanceof Float) {
      InvalidValueException.check(
          Double.isFinite(v.doubleValue()), item, v, "must be a finite number");
    }
    return new BigDecimal(v.toString());
  }

  /**
   * These values with one more item (replacing any value it had).
   *
   * @param item the item's name
   * @param value the value
   * @return the new data values
   */
  public DataValues with(String item, Number value) {
    TreeMap<String, BigDecimal> m = new TreeMap<>(values);
    m.put(new Term.DataItem(item).name(), decimal(item, value));
    return new DataValues(m);
  }

  /**
   * The item-by-item sum of two sets of values; an item present in only one keeps its value.
   *
   * @param other the other values
   * @return the sum
   */
  public DataValues plus(DataValues other) {
    if (other.values.isEmpty()) {
      return this;
    }
    if (values.isEmpty()) {
      return other;
    }
    TreeMap<String, BigDecimal> m = new TreeMap<>(values);
    other.values.forEach((k, v) -> m.merge(k, v, BigDecimal::add));
    return new DataValues(m);
  }

  /**
   * The sum of many sets of values.
   *
   * @param parts the values to add
   * @return the sum ({@link #empty()} for none)
   */
  public static DataValues sum(Collection<DataValues> parts) {
    DataValues total = EMPTY;
    for (DataValues p : parts) {
      total = total.plus(p);
    }
    return total;
  }

  /**
   * The value of an item.
   *
   * @param item the item's name
   * @return the value, empty when missing
   */
  public Optional<BigDecimal> get(String item) {
    return Optional.ofNullable(values.get(item));
  }

  /** @return the values by item name, sorted */
  public Map<String, BigDecimal> asMap() {
    return java.util.Collections.unmodifiableMap(values);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DataValues d) || d.values.size() != values.size()) {
      return false;
    }
    for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
      BigDecimal v = d.values.get(e.getKey());
      if (v == null || v.compareTo(e.getValue()) != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
      h += e.getKey().hashCode() ^ e.getValue().stripTrailingZeros().hashCode();
    }
    return h;
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
