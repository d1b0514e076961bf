package io.github.connectlao;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a fact comes from and how far it can be trusted.
 *
 * <p>Example: {@code Source.of("Ministry of Home Affairs news, 8 September 2022", Confidence.UNVERIFIED)}.
 *
 * @param citation the source, specific enough to find again (document, page, URL, file and commit)
 * @param confidence how far the fact is confirmed
 * @param note an optional caveat
 */
public record Source(String citation, Confidence confidence, Optional<String> note) {

  /**
   * Validates the components.
   *
   * @param citation the source
   * @param confidence how far the fact is confirmed
   * @param note an optional caveat
   */
  public Source {
    citation = InvalidValueException.requiredText(citation, "citation");
    Objects.requireNonNull(confidence, "confidence");
    note = Objects.requireNonNull(note, "note").filter(n -> !n.isBlank());
  }

  /**
   * A source without a note.
   *
   * @param citation the source
   * @param confidence how far the fact is confirmed
   * @return the source
   */
  public static Source of(String citation, Confidence confidence) {
    return new Source(citation, confidence, Optional.empty());
  }

  /**
   * A source with a caveat.
   *
   * @param citation the source
   * @param confidence how far the fact is confirmed
   * @param note the caveat
   * @return the source
   */
  public static Source of(String citation, Confidence confidence, String note) {
    return new Source(citation, confidence, Optional.ofNullable(note));
  }

  /**
   * A source for data this library generated, labelled {@link Confidence#SYNTHETIC}.
   *
   * @param description how the data was generated
   * @return the source
   */
  public static Source synthetic(String description) {
    return of(description, Confidence.SYNTHETIC);
  }

  @Override
  public String toString() {
    return citation + " [" + confidence.name().toLowerCase(java.util.Locale.ROOT) + "]";
  }
}
