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
      if (type != Character.NON_SPACING_MARK
          && type != Character.ENCLOSING_MARK
          && type != Character.FORMAT
          && type != Character.CONTROL) {
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

  /**
   * Cuts the text to a display width, ending with {@code …} when it was longer.
   *
   * @param text the text
   * @param width the widest it may be (at least 1)
   * @return the text, or its beginning and {@code …}
   */
  public static String cut(String text, int width) {
    if (of(text) <= width) {
      return text;
    }
    StringBuilder b = new StringBuilder();
    int w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      int cw = of(ch);
      if (w + cw > width - 1) {
        break;
      }
      w += cw;
      b.append(ch);
      i += Character.charCount(cp);
    }
    return b.toString().stripTrailing() + "…";
  }

  /**
   * Wraps text at spaces to lines of at most {@code width} display columns (a word longer than a
   * line is cut).
   *
   * @param text the text
   * @param width the line width
   * @return the lines
   */
  public static java.util.List<String> wrap(String text, int width) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        if (line.length() > 0 && of(line.toString()) + 1 + of(word) > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(of(word) > width ? cut(word, width) : word);
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
