package io.github.connectlao.cooperation;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import java.util.Comparator;
import java.util.Optional;

/**
 * One event of a cooperation's timeline: an agreement signed, a phase begun, a meeting held, a
 * reach reported. Undated events (the sources do not date them) sort last.
 *
 * <p>Example: {@code 2022 agreement MOHA-MOH-MOU-2022: ministry-level MoU on technical work}.
 *
 * @param date when, to the precision known; empty when the sources do not say
 * @param kind what kind of event
 * @param refId the id of the agreement, programme or meeting
 * @param description a short English description
 * @param source where the event is reported
 */
public record TimelineEvent(
    Optional<PartialDate> date, Kind kind, String refId, String description, Source source)
    implements Comparable<TimelineEvent> {

  /** The kinds of timeline event. */
  public enum Kind {
    /** An agreement was signed. */
    AGREEMENT,
    /** A programme phase began. */
    PHASE,
    /** A meeting was held. */
    MEETING,
    /** A reach count was published. */
    REACH
  }

  private static final Comparator<TimelineEvent> ORDER =
      Comparator.comparing(
              (TimelineEvent e) -> e.date().orElse(null),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(TimelineEvent::kind)
          .thenComparing(TimelineEvent::refId)
          // the rest only breaks ties, so that the order agrees with equals
          .thenComparing(TimelineEvent::description)
          .thenComparing((TimelineEvent e) -> e.source().citation())
          .thenComparing((TimelineEvent e) -> e.source().confidence())
          .thenComparing((TimelineEvent e) -> e.source().note().orElse(""));

  /**
   * Validates the event.
   *
   * @param date the date
   * @param kind the kind
   * @param refId the reference
   * @param description the description
   * @param source provenance
   */
  public TimelineEvent {
    date = InvalidValueException.required(date, "date");
    InvalidValueException.required(kind, "kind");
    refId = InvalidValueException.requiredText(refId, "refId");
    description = InvalidValueException.requiredText(description, "description");
    InvalidValueException.required(source, "source");
  }

  @Override
  public int compareTo(TimelineEvent other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return date.map(PartialDate::toString).orElse("undated")
        + " "
        + kind.name().toLowerCase(java.util.Locale.ROOT)
        + " "
        + refId
        + ": "
        + description;
  }
}
