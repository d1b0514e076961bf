package io.github.connectlao.cooperation;

import io.github.connectlao.BilingualName;
import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import java.util.Optional;

/**
 * What a meeting did with a document or a decision, ມະຕິ / ຜົນຂອງກອງປະຊຸມ: a framework reviewed or
 * adopted, the next host agreed. The Lao text is copied as the source writes it.
 *
 * <p>Example: the 20th ACCSM {@code next host: the 21st ACCSM, 2021-2022, is hosted by Viet Nam
 * (2021/2022)}.
 *
 * @param kind what kind of outcome
 * @param text the outcome in Lao, as written, and in English
 * @param frameworkId the framework it concerns, if any
 * @param period the period it concerns, if the source gives one
 * @param party the country or body it names (e.g. the next host), if any
 * @param source where it is reported
 */
public record MeetingOutcome(
    Kind kind,
    BilingualName text,
    Optional<String> frameworkId,
    Optional<DateRange> period,
    Optional<String> party,
    Source source) {

  /** The kinds of outcome. */
  public enum Kind {
    /** A document was adopted, ຮັບຮອງເອົາ. */
    ADOPTED(BilingualName.of("ຮັບຮອງເອົາ", "adopted")),
    /** A document or its implementation was reviewed, ທົບທວນ. */
    REVIEWED(BilingualName.of("ທົບທວນ", "reviewed")),
    /** The host of the next meeting, ເຈົ້າພາບກອງປະຊຸມຄັ້ງຕໍ່ໄປ. */
    NEXT_HOST(BilingualName.of("ເຈົ້າພາບຄັ້ງຕໍ່ໄປ", "next host"));

    private final BilingualName name;

    Kind(BilingualName name) {
      this.name = name;
    }

    /** @return the kind's Lao and English names */
    public BilingualName displayName() {
      return name;
    }
  }

  /**
   * Validates the outcome.
   *
   * @param kind the kind
   * @param text the text
   * @param frameworkId the framework
   * @param period the period
   * @param party the party
   * @param source provenance
   */
  public MeetingOutcome {
    InvalidValueException.required(kind, "kind");
    InvalidValueException.required(text, "text");
    frameworkId =
        InvalidValueException.required(frameworkId, "frameworkId").filter(f -> !f.isBlank());
    InvalidValueException.required(period, "period");
    party = InvalidValueException.required(party, "party").filter(p -> !p.isBlank());
    InvalidValueException.required(source, "source");
  }

  @Override
  public String toString() {
    return kind.displayName().english()
        + ": "
        + text.english()
        + period.map(p -> " (" + p.toCompactString() + ")").orElse("");
  }
}
