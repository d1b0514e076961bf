package io.github.connectlao.csv;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.lao.LaoDate;
import io.github.connectlao.lao.LaoText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values of CSV cells as importers expect them: dates (ISO or Lao), yes/no, whole
 * numbers, all with Lao digits accepted. Each refusal is an {@link InvalidValueException} naming
 * the column, so it becomes a row error.
 */
public final class CsvValues {
  private static final Pattern THOUSANDS_SEPARATOR =
      Pattern.compile("(?<=\\d)[, \u00A0](?=\\d{3})");

  private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");

  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,30}(\\.\\d{1,30})?");

  private CsvValues() {}

  /**
   * A decimal number, with Arabic or Lao digits, {@code .} as the decimal point and thousands
   * separators ({@code ,} or space) allowed.
   *
   * @param column the column, for the error
   * @param text the cell
   * @return the exact number
   * @throws InvalidValueException when it is not such a number
   */
  public static java.math.BigDecimal decimal(String column, String text) {
    String s = THOUSANDS_SEPARATOR.matcher(LaoText.toArabicDigits(text.strip())).replaceAll("");
    InvalidValueException.check(
        DECIMAL.matcher(s).matches(), column, text, "is not a number (e.g. 1234.5)");
    return new java.math.BigDecimal(s);
  }

  /**
   * A confidence level by name, case-insensitive.
   *
   * @param column the column
   * @param text the cell
   * @return the confidence
   * @throws InvalidValueException when it is no confidence level
   */
  public static io.github.connectlao.Confidence confidence(String column, String text) {
    try {
      return io.github.connectlao.Confidence.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(
          column,
          text,
          "is not a confidence (verified, secondary, unverified, derived, unofficial, synthetic)");
    }
  }

  /**
   * A date: ISO {@code 2022-03-01} (also {@code 2022/3/1}), or as Lao texts write it ({@code
   * 1/3/2022}, {@code ວັນທີ 1 ມີນາ 2022}), with Arabic or Lao digits.
   *
   * @param column the column, for the error
   * @param text the cell
   * @return the date
   * @throws InvalidValueException naming the column and the text when it is not a date
   */
  public static LocalDate date(String column, String text) {
    String s = LaoText.toArabicDigits(text.strip());
    Matcher iso = ISO.matcher(s);
    if (iso.matches()) {
      try {
        return LocalDate.of(
            Integer.parseInt(iso.group(1)),
            Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3)));
      } catch (DateTimeException e) {
        throw new InvalidValueException(column, text, "is not a valid date: " + e.getMessage());
      }
    }
    return LaoDate.tryParse(s)
        .orElseThrow(
            () ->
                new InvalidValueException(
                    column,
                    text,
                    "is not a date (expected yyyy-MM-dd, d/M/yyyy or a Lao date such as 'ວັນທີ 1 ມີນາ 2022')"));
  }

  /**
   * A date that must not be after a day.
   *
   * @param column the column
   * @param text the cell
   * @param today the last acceptable day
   * @return the date
   * @throws InvalidValueException when it is not a date or is after {@code today}
   */
  public static LocalDate pastDate(String column, String text, LocalDate today) {
    LocalDate d = date(column, text);
    InvalidValueException.check(
        !d.isAfter(today), column, text, "is in the future (after " + today + ")");
    return d;
  }

  /**
   * A yes/no value: {@code yes/no}, {@code y/n}, {@code true/false}, {@code 1/0}, or Lao {@code
   * ແມ່ນ/ບໍ່}, {@code ມີ/ບໍ່ມີ}.
   *
   * @param column the column
   * @param text the cell
   * @return the value
   * @throws InvalidValueException when it is none of these
   */
  public static boolean yesNo(String column, String text) {
    String s = LaoText.toArabicDigits(LaoText.normalise(text)).toLowerCase(Locale.ROOT);
    switch (s) {
      case "yes":
      case "y":
      case "true":
      case "1":
      case "ແມ່ນ":
      case "ມີ":
      case "x":
        return true;
      case "no":
      case "n":
      case "false":
      case "0":
      case "ບໍ່":
      case "ບໍ່ແມ່ນ":
      case "ບໍ່ມີ":
        return false;
      default:
        throw new InvalidValueException(
            column, text, "is not yes or no (yes/no, true/false, 1/0, ແມ່ນ/ບໍ່)");
    }
  }

  /**
   * An optional yes/no value.
   *
   * @param column the column
   * @param text the cell, if any
   * @return the value, or empty for a blank cell
   */
  public static Optional<Boolean> yesNo(String column, Optional<String> text) {
    return text.map(t -> yesNo(column, t));
  }

  /**
   * A whole number, with Arabic or Lao digits, thousands separators ({@code ,} or space) allowed.
   *
   * @param column the column
   * @param text the cell
   * @return the number
   * @throws InvalidValueException when it is not a whole number of at most 18 digits
   */
  public static long wholeNumber(String column, String text) {
    String s = THOUSANDS_SEPARATOR.matcher(LaoText.toArabicDigits(text.strip())).replaceAll("");
    InvalidValueException.check(
        INTEGER.matcher(s).matches(), column, text, "is not a whole number");
    return Long.parseLong(s);
  }

  /**
   * A whole number that must not be negative.
   *
   * @param column the column
   * @param text the cell
   * @return the number
   * @throws InvalidValueException when it is not a whole number or is negative
   */
  public static long count(String column, String text) {
    long n = wholeNumber(column, text);
    InvalidValueException.check(n >= 0, column, text, "must not be negative");
    return n;
  }
}
