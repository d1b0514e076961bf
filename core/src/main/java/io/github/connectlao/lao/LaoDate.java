package io.github.connectlao.lao;

import io.github.connectlao.InvalidValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Lao month names and the dates written in official Lao texts.
 *
 * <p>Example: {@code LaoDate.parse("ວັນທີ 8 ກັນຍາ 2022")} is 2022-09-08, and so are {@code "8
 * ກັນຍາ 2022"}, {@code "ວັນທີ ໘ ກັນຍາ ໒໐໒໒"}, {@code "8 ກ.ຍ. 2022"}, {@code "ວັນທີ 8 ເດືອນ 9 ປີ
 * 2022"}, {@code "8 ກັນຍາ ຄ.ສ. 2022"}, {@code "8 ກັນຍາ ພ.ສ. 2565"}, {@code "8/9/2022"} (day/month/year,
 * the Lao order) and {@code "2022-09-08"} (ISO 8601). {@code LaoDate.parseRange("ວັນທີ 17-18 ພະຈິກ
 * 2020")} is the two days 2020-11-17 to 2020-11-18.
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>Day, month, year in this order, each with Lao or Arabic digits; {@code ວັນທີ} (day), {@code
 *       ເດືອນ} (month) and {@code ປີ} (year) may precede them. A month is a CLDR Gregorian name for
 *       {@code lo} (wide or abbreviated, as in OpenJDK 17's locale data), in any spelling {@link
 *       LaoText#normalise(String)} folds, or a number after {@code ເດືອນ}.
 *   <li>Eras: {@code ຄ.ສ.} (ຄິດສະຕະການ, Common Era) and {@code ພ.ສ.} (ພຸດທະສັກກະຫຼາດ, Buddhist Era)
 *       before or after the year. A Buddhist-era year is 543 more than the Common-Era year: the
 *       offset of the Buddhist calendar used in Thailand, Laos and Cambodia (Gregorian 2020 = BE 2563;
 *       source: the encyclopaedia article "Buddhist calendar", secondary). The offset is applied to
 *       the whole Gregorian year: a text that starts the Buddhist year at the traditional April new
 *       year would differ from January to March; none of the library's sources does, so this is not
 *       modelled.
 *   <li>A year without an era marker that lies more than 400 years after the current year is read as a
 *       Buddhist-era year: no Lao text dates an event four centuries ahead, while Buddhist-era years
 *       (2500s) are common. {@link #parse(String, Year)} takes the "current" year explicitly.
 *   <li>Years are written in full: the Common-Era year must be from 1000 to 9999. A one- to
 *       three-digit year ({@code 8/9/22}) is refused rather than read as the year 22, which is far more
 *       likely a shortened 2022; {@link #format} refuses the same years, so every text it writes is
 *       read back to the same day.
 * </ul>
 *
 * <p>Thread-safe; inputs longer than {@value #MAX_LENGTH} characters are refused before any work.
 */
public final class LaoDate {

  /** The longest text read, in characters. */
  public static final int MAX_LENGTH = 200;

  /** Buddhist-era year minus Common-Era year. */
  public static final int BUDDHIST_ERA_OFFSET = 543;

  /** A year without marker more than this many years after the current year is a Buddhist-era year. */
  public static final int BUDDHIST_ERA_HORIZON = 400;

  /** The earliest Common-Era year read or written. */
  public static final int MIN_YEAR = 1000;

  /** The latest Common-Era year read or written. */
  public static final int MAX_YEAR = 9999;

  /** The two era markers of Lao dates. */
  public enum Era {
    /** ຄ.ສ., Common Era (ຄິດສະຕະການ). */
    CE("ຄ.ສ."),
    /** ພ.ສ., Buddhist Era (ພຸດທະສັກກະຫຼາດ): the Common-Era year + 543. */
    BE("ພ.ສ.");

    private final String marker;

    Era(String marker) {
      this.marker = marker;
    }

    /** @return the marker as written, {@code ຄ.ສ.} or {@code ພ.ສ.} */
    public String marker() {
      return marker;
    }
  }

  private static final List<String> WIDE =
      List.of(
          "ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ",
          "ຕຸລາ", "ພະຈິກ", "ທັນວາ");
  private static final List<String> ABBREVIATED =
      List.of(
          "ມ.ກ.", "ກ.ພ.", "ມ.ນ.", "ມ.ສ.", "ພ.ພ.", "ມິ.ຖ.", "ກ.ລ.", "ສ.ຫ.", "ກ.ຍ.", "ຕ.ລ.", "ພ.ຈ.",
          "ທ.ວ.");
  private static final String DAY_WORD = "(?:" + q("ວັນທີ່") + "|" + q("ວັນທີ") + ")";
  private static final String MONTH_WORD = q("ເດືອນ");
  private static final String YEAR_WORD = q("ປີ");
  private static final String ERA =
      "(" + q("ຄ.ສ.") + "|" + q("ຄ.ສ") + "|" + q("ຄສ") + "|" + q("ພ.ສ.") + "|" + q("ພ.ສ") + "|"
          + q("ພສ") + ")";
  private static final String DAY = "(?:" + DAY_WORD + "\\s*)?(\\d{1,2})";
  private static final String MONTH =
      "(?:" + MONTH_WORD + "\\s*(\\d{1,2})|(?:" + MONTH_WORD + "\\s*)?([^\\d\\s]+))";
  private static final String YEAR =
      "(?:" + YEAR_WORD + "\\s*)?(?:" + ERA + "\\s*)?(\\d{1,4})(?:\\s*" + ERA + ")?";
  private static final Pattern WORDS = Pattern.compile(DAY + "\\s*" + MONTH + "\\s*" + YEAR);
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?:"
              + DAY_WORD
              + "\\s*)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(?:"
              + ERA
              + "\\s*)?(\\d{1,4})(?:\\s*"
              + ERA
              + ")?");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern ISO_RANGE =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s*/\\s*(\\d{4}-\\d{2}-\\d{2})");

  /** The left side of a range: a day, a day and month, or a month, with an optional year. */
  private static final Pattern LEFT =
      Pattern.compile("(?:" + DAY + ")?\\s*(?:" + MONTH + ")?\\s*(?:" + YEAR + ")?");

  /** A month and a year, for a range of whole months. */
  private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + "\\s*" + YEAR);

  private static final Pattern RANGE_SEPARATOR =
      Pattern.compile("\\s*(?:-|" + q("ຫາ") + "|" + q("ເຖິງ") + ")\\s*");

  private LaoDate() {}

  private static String q(String lao) {
    return Pattern.quote(LaoText.normalise(lao));
  }

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
    if (text == null || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String key = LaoText.normalise(text).replace(" ", "");
    for (int i = 0; i < 12; i++) {
      if (LaoText.normalise(WIDE.get(i)).equals(key)
          || ABBREVIATED.get(i).equals(key)
          || ABBREVIATED.get(i).replace(".", "").equals(key.replace(".", ""))) {
        return Optional.of(Month.of(i + 1));
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a date as written in Lao official texts, or an ISO 8601 date; see the class comment for the
   * forms and the era rule (which uses the current year).
   *
   * @param text the date text
   * @return the date
   * @throws InvalidValueException naming the text and the reason when it is not such a date
   */
  public static LocalDate parse(String text) {
    return parse(text, Year.now(ZoneId.systemDefault()));
  }

  /**
   * Reads a date as {@link #parse(String)} does, with the current year given: a year without an era
   * marker after {@code currentYear + 400} is a Buddhist-era year.
   *
   * @param text the date text
   * @param currentYear the year the text is read in
   * @return the date
   * @throws InvalidValueException naming the text and the reason when it is not such a date
   */
  public static LocalDate parse(String text, Year currentYear) {
    String s = prepare(text, "date");
    return single(text, s, currentYear.getValue())
        .orElseThrow(
            () ->
                new InvalidValueException(
                    "date",
                    text,
                    "is not a date: expected e.g. 'ວັນທີ 8 ກັນຍາ 2022', '8 ກັນຍາ ພ.ສ. 2565', '8/9/2022' or '2022-09-08'"));
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
   * Reads a range of days as Lao texts write them: {@code ວັນທີ 17-18 ພະຈິກ 2020}, {@code 30 ພະຈິກ -
   * 2 ທັນວາ 2020}, {@code 30 ທັນວາ 2020 ຫາ 2 ມັງກອນ 2021} ({@code -}, {@code ຫາ} or {@code ເຖິງ}
   * between the ends), whole months such as {@code ເດືອນມີນາ ເຖິງ ເດືອນກັນຍາ 2021} (2021-03-01 to
   * 2021-09-30), a single date (a range of one day), or ISO 8601 {@code 2020-11-17/2020-11-18}. What
   * the start leaves out (month, year, era) is taken from the end.
   *
   * @param text the text
   * @return the range
   * @throws InvalidValueException naming the text and the reason when it is not a range, or when it
   *     ends before it starts
   */
  public static LaoDateRange parseRange(String text) {
    return parseRange(text, Year.now(ZoneId.systemDefault()));
  }

  /**
   * Reads a range of days as {@link #parseRange(String)} does, with the current year given for the
   * era rule.
   *
   * @param text the text
   * @param currentYear the year the text is read in
   * @return the range
   * @throws InvalidValueException naming the text and the reason when it is not a range
   */
  public static LaoDateRange parseRange(String text, Year currentYear) {
    String s = prepare(text, "date range");
    int now = currentYear.getValue();
    Matcher iso = ISO_RANGE.matcher(s);
    if (iso.matches()) {
      return range(
          text, iso(text, iso.group(1)).orElseThrow(), iso(text, iso.group(2)).orElseThrow());
    }
    Optional<LocalDate> one = single(text, s, now);
    if (one.isPresent()) {
      return LaoDateRange.of(one.get());
    }
    Matcher months = MONTH_YEAR.matcher(s);
    if (months.matches()) {
      YearMonth ym =
          YearMonth.of(
              year(text, months.group(3), months.group(4), months.group(5), now),
              month(text, months.group(1), months.group(2)));
      return range(text, ym.atDay(1), ym.atEndOfMonth());
    }
    Matcher sep = RANGE_SEPARATOR.matcher(s);
    InvalidValueException firstProblem = null;
    while (sep.find()) {
      try {
        Optional<LaoDateRange> r =
            split(text, s.substring(0, sep.start()), s.substring(sep.end()), now);
        if (r.isPresent()) {
          return r.get();
        }
      } catch (InvalidValueException e) {
        // a separator inside a word (ຫາ in ສິງຫາ): try the next one, keep the reason
        firstProblem = firstProblem == null ? e : firstProblem;
      }
    }
    if (firstProblem != null) {
      throw firstProblem;
    }
    throw new InvalidValueException(
        "date range",
        text,
        "is not a date range: expected e.g. 'ວັນທີ 17-18 ພະຈິກ 2020', '30 ພະຈິກ - 2 ທັນວາ 2020' or "
            + "'2020-11-17/2020-11-18'");
  }

  private static Optional<LaoDateRange> split(String text, String left, String right, int now) {
    Matcher l = LEFT.matcher(left);
    if (left.isEmpty() || !l.matches()) {
      return Optional.empty();
    }
    Optional<LocalDate> end = single(text, right, now);
    if (end.isPresent()) {
      if (l.group(1) == null) {
        return Optional.empty();
      }
      LocalDate e = end.get();
      int month =
          l.group(2) == null && l.group(3) == null
              ? e.getMonthValue()
              : month(text, l.group(2), l.group(3));
      int year =
          l.group(5) == null ? e.getYear() : year(text, l.group(4), l.group(5), l.group(6), now);
      return Optional.of(range(text, build(text, year, month, Integer.parseInt(l.group(1))), e));
    }
    Matcher r = MONTH_YEAR.matcher(right);
    if (!r.matches() || l.group(1) != null || (l.group(2) == null && l.group(3) == null)) {
      return Optional.empty();
    }
    YearMonth last =
        YearMonth.of(
            year(text, r.group(3), r.group(4), r.group(5), now),
            month(text, r.group(1), r.group(2)));
    int year =
        l.group(5) == null ? last.getYear() : year(text, l.group(4), l.group(5), l.group(6), now);
    YearMonth first = YearMonth.of(year, month(text, l.group(2), l.group(3)));
    return Optional.of(range(text, first.atDay(1), last.atEndOfMonth()));
  }

  private static LaoDateRange range(String text, LocalDate start, LocalDate end) {
    if (end.isBefore(start)) {
      throw new InvalidValueException(
          "date range", text, "ends (" + end + ") before it starts (" + start + ")");
    }
    return new LaoDateRange(start, end);
  }

  private static String prepare(String text, String field) {
    if (text == null || text.isBlank()) {
      throw new InvalidValueException(field, text, "is not a date: it is empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidValueException(
          field,
          text.substring(0, 20) + "…",
          "is longer than " + MAX_LENGTH + " characters: not a date");
    }
    return LaoText.toArabicDigits(LaoText.normalise(text))
        .replace('–', '-')
        .replace('—', '-')
        .strip();
  }

  /** Reads one date; empty when the text has none of the forms, an exception when a form has a bad value. */
  private static Optional<LocalDate> single(String text, String s, int now) {
    Optional<LocalDate> iso = iso(text, s);
    if (iso.isPresent()) {
      return iso;
    }
    Matcher numeric = NUMERIC.matcher(s);
    if (numeric.matches()) {
      int year = year(text, numeric.group(3), numeric.group(4), numeric.group(5), now);
      return Optional.of(
          build(
              text, year, Integer.parseInt(numeric.group(2)), Integer.parseInt(numeric.group(1))));
    }
    Matcher words = WORDS.matcher(s);
    if (words.matches()) {
      int month = month(text, words.group(2), words.group(3));
      int year = year(text, words.group(4), words.group(5), words.group(6), now);
      return Optional.of(build(text, year, month, Integer.parseInt(words.group(1))));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> iso(String text, String s) {
    Matcher m = ISO.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    checkYear(text, year, String.valueOf(year));
    return Optional.of(
        build(text, year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
  }

  private static int month(String text, String number, String name) {
    if (number != null) {
      int m = Integer.parseInt(number);
      if (m < 1 || m > 12) {
        throw new InvalidValueException(
            "date", text, "is not a valid date: month " + m + " is not from 1 to 12");
      }
      return m;
    }
    return parseMonth(name)
        .orElseThrow(
            () ->
                new InvalidValueException(
                    "date",
                    text,
                    "is not a date: '" + name + "' is not a Lao month name (e.g. ມັງກອນ, ກັນຍາ)"))
        .getValue();
  }

  private static int year(String text, String eraBefore, String digits, String eraAfter, int now) {
    if (eraBefore != null && eraAfter != null) {
      throw new InvalidValueException("date", text, "has two era markers around one year");
    }
    String marker = eraBefore != null ? eraBefore : eraAfter;
    int written = Integer.parseInt(digits);
    if (digits.length() < 4) {
      throw new InvalidValueException(
          "date",
          text,
          "has the year '"
              + digits
              + "': write the year in full with four digits (years before "
              + MIN_YEAR
              + " are not read)");
    }
    boolean buddhist =
        marker != null
            ? marker.startsWith(LaoText.normalise("ພ"))
            : written > now + BUDDHIST_ERA_HORIZON;
    int year = buddhist ? written - BUDDHIST_ERA_OFFSET : written;
    checkYear(text, year, buddhist ? written + " BE (" + year + " CE)" : String.valueOf(year));
    return year;
  }

  private static void checkYear(String text, int year, String shown) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidValueException(
          "date", text, "has the year " + shown + ", outside " + MIN_YEAR + "–" + MAX_YEAR + " CE");
    }
  }

  /**
   * Writes a date the way official Lao texts do: {@code ວັນທີ 8 ກັນຍາ 2022}. A year that {@link
   * #parse(String)} would take for a Buddhist-era year (after the current year + 400) gets the marker
   * {@code ຄ.ສ.}, so that the text always reads back to the same day.
   *
   * @param date the date, in the years {@value #MIN_YEAR}–{@value #MAX_YEAR}
   * @param laoDigits whether to write the numbers with Lao digits
   * @return the text, which {@link #parse(String)} reads back
   * @throws InvalidValueException when the year is outside the years read back
   */
  public static String format(LocalDate date, boolean laoDigits) {
    return format(date, laoDigits, null, Year.now(ZoneId.systemDefault()));
  }

  /**
   * Writes a date in the official style with an explicit era: {@code ວັນທີ 8 ກັນຍາ ພ.ສ. 2565} for the
   * Buddhist Era, {@code ວັນທີ 8 ກັນຍາ ຄ.ສ. 2022} for the Common Era.
   *
   * @param date the date
   * @param laoDigits whether to write the numbers with Lao digits
   * @param era the era to write the year in, with its marker
   * @return the text, which {@link #parse(String)} reads back
   * @throws InvalidValueException when the year (in that era) has more than four digits or the
   *     Common-Era year is before {@value #MIN_YEAR}
   */
  public static String format(LocalDate date, boolean laoDigits, Era era) {
    InvalidValueException.required(era, "era");
    return format(date, laoDigits, era, Year.now(ZoneId.systemDefault()));
  }

  static String format(LocalDate date, boolean laoDigits, @Nullable Era era, Year now) {
    InvalidValueException.required(date, "date");
    String s =
        "ວັນທີ "
            + date.getDayOfMonth()
            + " "
            + monthName(date.getMonth())
            + " "
            + yearText(date, era, now);
    return laoDigits ? LaoText.toLaoDigits(s) : s;
  }

  private static String yearText(LocalDate date, @Nullable Era era, Year now) {
    int y = date.getYear();
    checkYear(date.toString(), y, String.valueOf(y));
    if (era == Era.BE) {
      int be = y + BUDDHIST_ERA_OFFSET;
      if (be > MAX_YEAR) {
        throw new InvalidValueException(
            "date", date, "has a Buddhist-era year " + be + " of more than four digits");
      }
      return Era.BE.marker() + " " + be;
    }
    boolean needsMarker = era == Era.CE || y > now.getValue() + BUDDHIST_ERA_HORIZON;
    return needsMarker ? Era.CE.marker() + " " + y : String.valueOf(y);
  }

  /**
   * Writes a range of days in the official style: {@code ວັນທີ 17-18 ພະຈິກ 2020} within a month,
   * {@code ວັນທີ 30 ພະຈິກ - 2 ທັນວາ 2020} within a year, {@code ວັນທີ 30 ທັນວາ 2020 - ວັນທີ 2 ມັງກອນ
   * 2021} across years, {@link #format(LocalDate, boolean)} for one day.
   *
   * @param range the range
   * @param laoDigits whether to write the numbers with Lao digits
   * @return the text, which {@link #parseRange(String)} reads back
   */
  public static String formatRange(LaoDateRange range, boolean laoDigits) {
    return formatRange(range, laoDigits, Year.now(ZoneId.systemDefault()));
  }

  static String formatRange(LaoDateRange range, boolean laoDigits, Year now) {
    InvalidValueException.required(range, "range");
    LocalDate a = range.start();
    LocalDate b = range.end();
    if (a.equals(b)) {
      return format(a, laoDigits, null, now);
    }
    String s;
    if (a.getYear() != b.getYear()) {
      s = format(a, false, null, now) + " - " + format(b, false, null, now);
    } else if (a.getMonth() != b.getMonth()) {
      s =
          "ວັນທີ "
              + a.getDayOfMonth()
              + " "
              + monthName(a.getMonth())
              + " - "
              + b.getDayOfMonth()
              + " "
              + monthName(b.getMonth())
              + " "
              + yearText(b, null, now);
    } else {
      s =
          "ວັນທີ "
              + a.getDayOfMonth()
              + "-"
              + b.getDayOfMonth()
              + " "
              + monthName(b.getMonth())
              + " "
              + yearText(b, null, now);
    }
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
