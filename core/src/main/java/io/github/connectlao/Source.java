package io.github.connectlao;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
    InvalidValueException.required(confidence, "confidence");
    note = InvalidValueException.required(note, "note").filter(n -> !n.isBlank());
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
   * @param note the caveat, or null (or blank) for none
   * @return the source
   */
  public static Source of(String citation, Confidence confidence, @Nullable String note) {
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
