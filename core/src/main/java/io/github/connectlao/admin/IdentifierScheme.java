package io.github.connectlao.admin;

import io.github.connectlao.InvalidValueException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A coding scheme for administrative units other than the unit's own {@link AdminUnit#code()}: an
 * open set of names, with the common schemes as constants.
 *
 * <p>Example: {@code IdentifierScheme.of("DHIS2_UID")} is {@link #DHIS2_UID}; {@code
 * IdentifierScheme.of("HMIS_LEGACY")} is a scheme of the user's own. Two schemes are equal when
 * their names are; {@code toString()} prints the name, which {@link #of(String)} reads back.
 *
 * <p>The shipped gazetteer fills {@link #ISO_3166}, {@link #LSB} and {@link #COMMUNITY}; identifiers
 * of other systems (DHIS2, OpenCRVS…) live in a mapping such as {@code
 * io.github.connectlao.interop.ExternalIds}, loaded from a file, so the gazetteer stays the same.
 */
public final class IdentifierScheme implements Comparable<IdentifierScheme> {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  /** ISO 3166-1 alpha-2 ({@code LA}) for the nation, ISO 3166-2 ({@code LA-BK}) for provinces. */
  public static final IdentifierScheme ISO_3166 = new IdentifierScheme("ISO_3166");

  /** The Lao Statistics Bureau's numeric code: {@code 05} for Bokeo, {@code 0501} for Houayxay. */
  public static final IdentifierScheme LSB = new IdentifierScheme("LSB");

  /** An identifier from an unofficial community list (not an official code). */
  public static final IdentifierScheme COMMUNITY = new IdentifierScheme("COMMUNITY");

  /**
   * The OCHA P-code as OCHA publishes it ({@code LA05}); for the shipped units it equals {@link
   * AdminUnit#code()}, for units a user adds it may differ.
   */
  public static final IdentifierScheme OCHA = new IdentifierScheme("OCHA");

  /** A DHIS2 organisation unit's 11-character UID ({@code id} in the DHIS2 metadata API). */
  public static final IdentifierScheme DHIS2_UID = new IdentifierScheme("DHIS2_UID");

  /** A DHIS2 organisation unit's {@code code}, chosen by the DHIS2 instance's administrators. */
  public static final IdentifierScheme DHIS2_CODE = new IdentifierScheme("DHIS2_CODE");

  /**
   * An OpenCRVS administrative area's identifier: the {@code adminNPcode} of its country
   * configuration, which becomes the location's id and statistical id.
   */
  public static final IdentifierScheme OPENCRVS_ID = new IdentifierScheme("OPENCRVS_ID");

  private static final List<IdentifierScheme> BUILT_IN =
      List.of(ISO_3166, LSB, COMMUNITY, OCHA, DHIS2_UID, DHIS2_CODE, OPENCRVS_ID);

  private final String name;

  private IdentifierScheme(String name) {
    this.name = name;
  }

  /**
   * The scheme of a name: a built-in constant when the name is one, else a new scheme.
   *
   * @param name upper-case letters, digits and {@code _}, starting with a letter, at most 40
   *     characters (e.g. {@code DHIS2_UID})
   * @return the scheme
   * @throws InvalidValueException naming the value when it is not such a name
   */
  public static IdentifierScheme of(String name) {
    String n = InvalidValueException.requiredText(name, "identifierScheme");
    InvalidValueException.check(
        NAME.matcher(n).matches(),
        "identifierScheme",
        n,
        "must be upper-case letters, digits and _, starting with a letter, at most 40 characters");
    for (IdentifierScheme s : BUILT_IN) {
      if (s.name.equals(n)) {
        return s;
      }
    }
    return new IdentifierScheme(n);
  }

  /**
   * The same as {@link #of(String)}, under the name an enum used (the type was an enum before
   * schemes became open).
   *
   * @param name the name
   * @return the scheme
   */
  public static IdentifierScheme valueOf(String name) {
    return of(name);
  }

  /** @return the built-in schemes, in a fixed order (the order the JSON forms write them in) */
  public static List<IdentifierScheme> values() {
    return BUILT_IN;
  }

  /** @return the name, e.g. {@code LSB} */
  public String name() {
    return name;
  }

  /** @return true for the constants of this class */
  public boolean isBuiltIn() {
    return BUILT_IN.contains(this);
  }

  /**
   * Orders the built-in schemes first, in {@link #values()} order, then others by name.
   *
   * @param other the other scheme
   * @return the comparison
   */
  @Override
  public int compareTo(IdentifierScheme other) {
    int a = BUILT_IN.indexOf(this);
    int b = BUILT_IN.indexOf(other);
    if (a >= 0 || b >= 0) {
      return Integer.compare(a < 0 ? Integer.MAX_VALUE : a, b < 0 ? Integer.MAX_VALUE : b);
    }
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdentifierScheme s && s.name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
