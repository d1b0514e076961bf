package io.github.connectlao.examples.report;

/**
 * Display width of text in a terminal: Lao vowel and tone marks (combining marks) take no column,
 * so padding by {@code String.length()} would misalign Lao columns.
 */
public final class TextWidth {
  private TextWidth() {}

  /**
   * The number of terminal columns the text takes: code points that are not combining marks,
   * format characters or control characters.
   *
   * @param text the text
   * @return its display width
   */
  public static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int type = Character.getType(cp);
      if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
          && type != Character.FORMAT && type != Character.CONTROL) {
        width++;
      }
      i += Character.charCount(cp);
    }
    return width;
  }

  /**
   * Pads the text on the right to the display width.
   *
   * @param text the text
   * @param width the wanted width
   * @return the padded text (unchanged when already as wide)
   */
  public static String padRight(String text, int width) {
    return text + " ".repeat(Math.max(0, width - of(text)));
  }

  /**
   * Pads the text on the left to the display width (for numbers).
   *
   * @param text the text
   * @param width the wanted width
   * @return the padded text
   */
  public static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - of(text))) + text;
  }
}
