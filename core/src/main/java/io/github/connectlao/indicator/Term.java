package io.github.connectlao.indicator;

import io.github.connectlao.InvalidValueException;

/**
 * The numerator or denominator of an {@link IndicatorDefinition}: a named data item (e.g. {@code
 * births_registered}) or another indicator's value.
 *
 * <p>Example: {@code Term.item("births_registered")}, {@code Term.indicator("BR_COMPLETENESS")}.
 */
public sealed interface Term permits Term.DataItem, Term.IndicatorRef {

  /** @return the name of the item or the code of the indicator */
  String name();

  /**
   * A named data item.
   *
   * @param name the item's name
   * @return the term
   */
  static Term item(String name) {
    return new DataItem(name);
  }

  /**
   * Another indicator's (unrounded) value.
   *
   * @param code the indicator's code
   * @return the term
   */
  static Term indicator(String code) {
    return new IndicatorRef(code);
  }

  /**
   * Reads the text {@code toString()} prints: {@code births_registered} or {@code #{BR_COMPLETENESS}}.
   *
   * @param text the text
   * @return the term
   */
  static Term parse(String text) {
    String s = InvalidValueException.requiredText(text, "term");
    if (s.startsWith("#{") && s.endsWith("}")) {
      return indicator(s.substring(2, s.length() - 1));
    }
    return item(s);
  }

  /**
   * A named data item.
   *
   * @param name letters, digits, {@code _ . -}
   */
  record DataItem(String name) implements Term {
    /**
     * Validates the name.
     *
     * @param name the name
     */
    public DataItem {
      name = InvalidValueException.requiredText(name, "data item");
      InvalidValueException.check(
          name.matches("[\\p{L}\\p{M}\\p{N}_.\\-]+"),
          "data item",
          name,
          "must contain only letters, digits, _ . -");
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A reference to another indicator.
   *
   * @param name the indicator's code
   */
  record IndicatorRef(String name) implements Term {
    /**
     * Validates the code.
     *
     * @param name the code
     */
    public IndicatorRef {
      name = InvalidValueException.requiredText(name, "indicator");
    }

    @Override
    public String toString() {
      return "#{" + name + "}";
    }
  }
}
