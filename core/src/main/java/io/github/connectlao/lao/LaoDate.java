package io.github.connectlao.lao;

import io.github.connectlao.InvalidValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lao month names and the dates written in official Lao texts.
 *
 * <p>Example: {@code LaoDate.parse("ວັນທີ 8 ກັນຍາ 2022")} is 2022-09-08, and so are {@code "8
 * ກັນຍາ 2022"}, {@code "ວັນທີ ໘ ກັນຍາ ໒໐໒໒"}, {@code "8 ກ.ຍ. 2022"} and {@code "8/9/2022"}
 * (day/month/year, the Lao order). Month names are CLDR's Gregorian names for {@code lo} (as in
 * OpenJDK 17's locale data); the spelling variants of {@link LaoText#normalise(String)} are
 * accepted. Thread-safe.
 */
public final class LaoDate {

  private static final List<String> WIDE = List.of(
      "ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ",
      "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ");
  private static final List<String> ABBREVIATED = List.of(
      "ມ.ກ.", "ກ.ພ.", "ມ.ນ.", "ມ.ສ.", "ພ.ພ.", "ມິ.ຖ.",
      "ກ.ລ.", "ສ.ຫ.", "ກ.ຍ.", "ຕ.ລ.", "ພ.ຈ.", "ທ.ວ.");
  private static final String DAY_WORD = LaoText.normalise("ວັນທີ");
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
  private static final Pattern WORDS = Pattern.compile("(\\d{1,2})\\s*(\\S+?)\\s*(\\d{4})");

  private LaoDate() {}

  /**
   * The Lao name of a month.
   *
   * @param month the month
   * @return its wide Lao name, e.g. {@code ກັນຍາ} for September
   */
  public static String monthName(Month month) {
    return WIDE.get(month.getValue() - 1);
  }

  /**
   * The abbreviated Lao name of a month.
   *
   * @param month the month
   * @return its abbreviation, e.g. {@code ກ.ຍ.} for September
   */
  public static String monthAbbreviation(Month month) {
    return ABBREVIATED.get(month.getValue() - 1);
  }

  /**
   * Reads a Lao month name, wide or abbreviated, in any of the spelling variants {@link
   * LaoText#normalise(String)} folds.
   *
   * @param text the name
   * @return the month, or empty when the text names no month
   */
  public static Optional<Month> parseMonth(String text) {
    String key = LaoText.normalise(text).replace(" ", "");
    for (int i = 0; i < 12; i++) {
      if (LaoText.normalise(WIDE.get(i)).equals(key) || ABBREVIATED.get(i).equals(key)
          || ABBREVIATED.get(i).replace(".", "").equals(key.replace(".", ""))) {
        return Optional.of(Month.of(i + 1));
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a date as written in Lao official texts: {@code [ວັນທີ] day month-name year}, with Lao
   * or Arabic digits, or {@code day/month/year}.
   *
   * @param text the date text
   * @return the date
   * @throws InvalidValueException naming the text when it is not such a date
   */
  public static LocalDate parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidValueException("date", text, "is not a date: it is empty");
    }
    String s = LaoText.toArabicDigits(LaoText.normalise(text));
    if (s.startsWith(DAY_WORD)) {
      s = s.substring(DAY_WORD.length()).strip();
    }
    Matcher numeric = NUMERIC.matcher(s);
    if (numeric.matches()) {
      return build(text, Integer.parseInt(numeric.group(3)), Integer.parseInt(numeric.group(2)),
          Integer.parseInt(numeric.group(1)));
    }
    Matcher words = WORDS.matcher(s);
    if (words.matches()) {
      Optional<Month> month = parseMonth(words.group(2));
      if (month.isEmpty()) {
        throw new InvalidValueException("date", text,
            "is not a date: '" + words.group(2) + "' is not a Lao month name (e.g. ມັງກອນ, ກັນຍາ)");
      }
      return build(text, Integer.parseInt(words.group(3)), month.get().getValue(),
          Integer.parseInt(words.group(1)));
    }
    throw new InvalidValueException("date", text,
        "is not a date: expected e.g. 'ວັນທີ 8 ກັນຍາ 2022', '10 ມີນາ 2023' or '8/9/2022'");
  }

  /**
   * Reads a Lao date, or returns empty when the text is not one.
   *
   * @param text the text
   * @return the date, or empty
   */
  public static Optional<LocalDate> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes a date the way official Lao texts do: {@code ວັນທີ 8 ກັນຍາ 2022}.
   *
   * @param date the date
   * @param laoDigits whether to write the numbers with Lao digits
   * @return the text, which {@link #parse(String)} reads back
   */
  public static String format(LocalDate date, boolean laoDigits) {
    String s = String.format(Locale.ROOT, "%s %d %s %d", "ວັນທີ", date.getDayOfMonth(),
        monthName(date.getMonth()), date.getYear());
    return laoDigits ? LaoText.toLaoDigits(s) : s;
  }

  private static LocalDate build(String text, int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new InvalidValueException("date", text, "is not a valid date: " + e.getMessage());
    }
  }
}
