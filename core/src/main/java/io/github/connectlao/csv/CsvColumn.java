package io.github.connectlao.csv;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.lao.LaoText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A column an importer reads, with the header names it accepts (English and Lao).
 *
 * <p>Example: {@code CsvColumn.of("date_of_birth", "dob", "ວັນເກີດ")}. Header names are matched
 * case-insensitively, with spaces, hyphens and underscores ignored and Lao spelling variants folded.
 *
 * @param name the canonical (English) name, used in error reports
 * @param aliases the other accepted header names
 */
public record CsvColumn(String name, List<String> aliases) {
  private static final Pattern HEADER_PUNCTUATION = Pattern.compile("[\\s_\\-.]");

  /**
   * Validates the components.
   *
   * @param name the canonical name
   * @param aliases the other accepted names
   */
  public CsvColumn {
    InvalidValueException.required(name, "name");
    aliases = List.copyOf(aliases);
  }

  /**
   * A column with its accepted names.
   *
   * @param name the canonical name
   * @param aliases other accepted header names
   * @return the column
   */
  public static CsvColumn of(String name, String... aliases) {
    return new CsvColumn(name, List.of(aliases));
  }

  /** @return the canonical name and the aliases */
  public List<String> allNames() {
    List<String> all = new ArrayList<>();
    all.add(name);
    all.addAll(aliases);
    return all;
  }

  /**
   * The key a header is matched by.
   *
   * @param header a header text
   * @return the key
   */
  static String headerKey(String header) {
    return HEADER_PUNCTUATION
        .matcher(LaoText.normalise(header).toLowerCase(Locale.ROOT))
        .replaceAll("");
  }

  /**
   * The Lao header name: the first alias written in Lao script, or the canonical name when there is
   * none.
   *
   * @return the Lao name
   */
  public String nameLao() {
    for (String alias : aliases) {
      if (LaoText.containsLao(alias)) {
        return alias;
      }
    }
    return name;
  }

  /**
   * The header name in a language.
   *
   * @param language the language
   * @return {@link #name()} for English, {@link #nameLao()} for Lao
   */
  public String header(HeaderLanguage language) {
    return language == HeaderLanguage.LAO ? nameLao() : name;
  }

  @Override
  public String toString() {
    return name;
  }
}
