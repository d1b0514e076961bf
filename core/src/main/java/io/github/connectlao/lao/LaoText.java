package io.github.connectlao.lao;

import io.github.connectlao.InvalidValueException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises Lao and romanised names so that the spelling variants found in real data match.
 *
 * <p>Example: {@code LaoText.matchKey("ແຂວງຫລວງນໍ້າທາ").equals(LaoText.matchKey("ຫຼວງນ້ຳທາ"))} is
 * true. The folds applied by {@link #normalise(String)} are those documented in the project's
 * {@code lao_text_facts.json}:
 *
 * <ul>
 *   <li>SARA AM ({@code ຳ}, U+0EB3) is written as NIKHAHIT + SARA AA ({@code ໍາ});
 *   <li>the ligatures {@code ໜ} and {@code ໝ} are written as {@code ຫນ} and {@code ຫມ};
 *   <li>the semivowel sign LO ({@code ຼ}, U+0EBC) is written as the letter LO ({@code ລ}), so
 *       {@code ຫຼ} and {@code ຫລ} agree;
 *   <li>a tone mark followed by NIKHAHIT is reordered to NIKHAHIT + tone mark, so {@code ນ້ຳ} and
 *       {@code ນໍ້າ} agree (Unicode normalisation does not do this: NIKHAHIT has combining class 0);
 *   <li>runs of white space (and zero-width spaces) become one space, and the ends are stripped.
 * </ul>
 *
 * <p>{@link #matchKey(String)} goes further for matching names: it also drops the administrative
 * prefixes ({@code ແຂວງ}, {@code ນະຄອນຫຼວງ}, {@code ເມືອງ}, {@code ມ.}, {@code ນະຄອນ}, {@code ບ້ານ})
 * and all spaces, and folds romanised spellings ({@link #romanKey(String)}). All methods are pure
 * and thread-safe, run in time linear in the length of their text (apart from {@link
 * #romanKey(String)}'s regular expressions, also linear), and refuse a {@code null} text with an
 * {@link InvalidValueException} naming the parameter (the package's null rule).
 */
public final class LaoText {
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LATIN_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");

  private static final char SARA_AM = '\u0EB3';
  private static final char SARA_AA = '\u0EB2';
  private static final char NIKHAHIT = '\u0ECD';
  private static final char HO_NO = '\u0EDC';
  private static final char HO_MO = '\u0EDD';
  private static final char HO_SUNG = '\u0EAB';
  private static final char NO = '\u0E99';
  private static final char MO = '\u0EA1';
  private static final char SEMIVOWEL_LO = '\u0EBC';
  private static final char LO_LOOT = '\u0EA5';
  private static final char LAO_ZERO = '\u0ED0';

  /** Administrative prefixes, longest first, in normalised form. */
  private static final List<String> PREFIXES =
      List.of(
          normalise("ນະຄອນຫຼວງ"),
          normalise("ແຂວງ"),
          normalise("ເມືອງ"),
          normalise("ນະຄອນ"),
          normalise("ບ້ານ"),
          normalise("ມ."));

  /** English prefixes and suffixes that name the level rather than the unit. */
  private static final List<String> ENGLISH_AFFIXES =
      List.of(
          "province",
          "district",
          "village",
          "capital",
          "city",
          "prefecture",
          "muang",
          "meuang",
          "ban",
          "khoueng",
          "nakhon",
          "nakhone");

  private LaoText() {}

  /**
   * Folds Lao spelling variants to one written form, keeping words and their order.
   *
   * <p>Runs in time and memory linear in the length of the text.
   *
   * @param text any text; Lao, Latin or mixed
   * @return the normalised text (idempotent: normalising twice changes nothing)
   * @throws InvalidValueException when the text is null
   */
  public static String normalise(String text) {
    InvalidValueException.required(text, "text");
    StringBuilder out = new StringBuilder(text.length() + 4);
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u200B' || c == '\u00A0' || c == '\uFEFF') {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      switch (c) {
        case SARA_AM:
          out.append(NIKHAHIT).append(SARA_AA);
          break;
        case HO_NO:
          out.append(HO_SUNG).append(NO);
          break;
        case HO_MO:
          out.append(HO_SUNG).append(MO);
          break;
        case SEMIVOWEL_LO:
          out.append(LO_LOOT);
          break;
        default:
          out.append(c);
      }
    }
    reorderMarks(out);
    return out.toString();
  }

  /**
   * Moves every NIKHAHIT before the tone marks that precede it, in one pass: in each maximal run of
   * tone marks and NIKHAHITs, the NIKHAHITs come first, then the tone marks in their order. This is
   * the fixed point of swapping "tone mark, NIKHAHIT" pairs until none is left, reached in time
   * linear in the length (swapping pair by pair is quadratic on a long run).
   */
  private static void reorderMarks(StringBuilder out) {
    int n = out.length();
    int i = 0;
    while (i < n) {
      char c = out.charAt(i);
      if (c != NIKHAHIT && !isToneMark(c)) {
        i++;
        continue;
      }
      int start = i;
      int nikhahits = 0;
      while (i < n && (out.charAt(i) == NIKHAHIT || isToneMark(out.charAt(i)))) {
        if (out.charAt(i) == NIKHAHIT) {
          nikhahits++;
        }
        i++;
      }
      // the tone marks of the run, kept in order, go after its NIKHAHITs
      int write = i;
      for (int j = i - 1; j >= start; j--) {
        char m = out.charAt(j);
        if (m != NIKHAHIT) {
          out.setCharAt(--write, m);
        }
      }
      for (int j = start; j < start + nikhahits; j++) {
        out.setCharAt(j, NIKHAHIT);
      }
    }
  }

  /**
   * A key for matching names: {@link #normalise(String)}, then without administrative prefixes
   * and spaces, Latin letters folded by {@link #romanKey(String)}.
   *
   * @param name a unit's name, Lao or romanised, with or without its prefix
   * @return the key; empty when the name has nothing but a prefix
   * @throws InvalidValueException when the name is null
   */
  public static String matchKey(String name) {
    InvalidValueException.required(name, "name");
    String s = stripPrefix(normalise(name));
    if (s.chars().anyMatch(LaoText::isLatinLetter)) {
      return romanKey(s);
    }
    // removing spaces can bring a tone mark and NIKHAHIT together again: normalise once more
    return normalise(s.replace(" ", "").replace(".", ""));
  }

  /**
   * Removes the leading administrative prefixes (Lao) or level word (English), e.g. {@code ແຂວງ
   * ບໍ່ແກ້ວ} gives {@code ບໍ່ແກ້ວ} and {@code Bokeo Province} gives {@code Bokeo}.
   *
   * @param text normalised or raw text
   * @return the text without the prefix
   * @throws InvalidValueException when the text is null
   */
  public static String stripPrefix(String text) {
    InvalidValueException.required(text, "text");
    String s = normalise(text);
    boolean stripped = true;
    for (int round = 0; round < 3 && stripped; round++) {
      stripped = false;
      for (String prefix : PREFIXES) {
        if (s.startsWith(prefix) && s.length() > prefix.length()) {
          s = s.substring(prefix.length()).strip();
          stripped = true;
          break;
        }
      }
    }
    String lower = s.toLowerCase(Locale.ROOT);
    for (String affix : ENGLISH_AFFIXES) {
      if (lower.startsWith(affix + " ") && lower.length() > affix.length() + 1) {
        s = s.substring(affix.length() + 1).strip();
        lower = s.toLowerCase(Locale.ROOT);
      }
      if (lower.endsWith(" " + affix) && lower.length() > affix.length() + 1) {
        s = s.substring(0, s.length() - affix.length() - 1).strip();
        lower = s.toLowerCase(Locale.ROOT);
      }
    }
    return s;
  }

  /**
   * Folds romanised Lao spellings to one key: lower case, without diacritics, spaces, hyphens or
   * doubled letters, with {@code x→s}, {@code ou→u}, {@code gn→y}, {@code y→i}, {@code pr→p} (Luang Prabang / Louangphabang), {@code r→l},
   * {@code ck→k}, {@code eu→u}, {@code h} dropped. So {@code Louang Namtha}, {@code Luang Namtha}
   * and {@code Luangnamtha} agree, as do {@code Xayaboury}, {@code Sayaboury} and {@code
   * Xaignabouli}, {@code Champasak} and {@code Champassack}, {@code Attapeu} and {@code Attapu},
   * {@code Sekong} and {@code Xekong}, {@code Houaphan} and {@code Huaphanh}.
   *
   * @param text romanised text
   * @return the key
   * @throws InvalidValueException when the text is null
   */
  public static String romanKey(String text) {
    InvalidValueException.required(text, "text");
    String s =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .transform(t -> COMBINING_MARKS.matcher(t).replaceAll(""))
            .toLowerCase(Locale.ROOT)
            .transform(t -> NOT_LATIN_ALPHANUMERIC.matcher(t).replaceAll(""));
    s =
        s.replace("ck", "k")
            .replace("phr", "ph")
            .replace("pr", "p")
            .replace("gn", "y")
            .replace("ou", "u")
            .replace("eu", "u")
            .replace('x', 's')
            .replace('y', 'i')
            .replace('r', 'l')
            .replace("h", "");
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Replaces Lao digits (໐–໙) by Arabic digits; other characters are kept.
   *
   * @param text text with Lao digits, e.g. {@code ໒໐໒໒}
   * @return the text with Arabic digits, e.g. {@code 2022}
   * @throws InvalidValueException when the text is null
   */
  public static String toArabicDigits(String text) {
    InvalidValueException.required(text, "text");
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(isLaoDigit(c) ? (char) ('0' + (c - LAO_ZERO)) : c);
    }
    return out.toString();
  }

  /**
   * Replaces Arabic digits by Lao digits; other characters are kept.
   *
   * @param text text with Arabic digits, e.g. {@code 2022}
   * @return the text with Lao digits, e.g. {@code ໒໐໒໒}
   * @throws InvalidValueException when the text is null
   */
  public static String toLaoDigits(String text) {
    InvalidValueException.required(text, "text");
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= '0' && c <= '9' ? (char) (LAO_ZERO + (c - '0')) : c);
    }
    return out.toString();
  }

  /**
   * Whether a character is a Lao digit.
   *
   * @param c the character
   * @return true for ໐ to ໙
   */
  public static boolean isLaoDigit(char c) {
    return c >= LAO_ZERO && c <= '\u0ED9';
  }

  /**
   * Whether a text contains Lao script.
   *
   * @param text the text
   * @return true when any character is in the Lao block U+0E80–U+0EFF
   * @throws InvalidValueException when the text is null
   */
  public static boolean containsLao(String text) {
    InvalidValueException.required(text, "text");
    return text.chars().anyMatch(c -> c >= 0x0E80 && c <= 0x0EFF);
  }

  private static boolean isToneMark(char c) {
    return c >= '\u0EC8' && c <= '\u0ECB';
  }

  private static boolean isLatinLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
