package io.github.connectlao.admin;

/**
 * A coding scheme for administrative units other than the OCHA P-code, which is every unit's
 * {@link AdminUnit#code()}.
 */
public enum IdentifierScheme {
  /** ISO 3166-1 alpha-2 ({@code LA}) for the nation, ISO 3166-2 ({@code LA-BK}) for provinces. */
  ISO_3166,
  /** The Lao Statistics Bureau's numeric code: {@code 05} for Bokeo, {@code 0501} for Houayxay. */
  LSB,
  /** An identifier from an unofficial community list (not an official code). */
  COMMUNITY
}
