package io.github.connectlao.cooperation;

import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import java.util.Optional;

/**
 * A report on a programme, ບົດລາຍງານ, covering a period: a six-month report or an annual review.
 *
 * <p>Example: {@code REPORT-2022-H1 six-month report of MoHA-MoH cooperation in the CONNECT format,
 * first half of 2022, 2022-01/2022-06}.
 *
 * @param id a code unique in a catalogue
 * @param kind six-month or annual
 * @param titleEnglish the English title
 * @param covers the period reported on
 * @param programmeId the programme reported on
 * @param meetingId the meeting it was presented at, if any
 * @param source where it is reported
 */
public record Report(
    String id,
    Kind kind,
    String titleEnglish,
    DateRange covers,
    String programmeId,
    Optional<String> meetingId,
    Source source) {

  /** The kinds of report. */
  public enum Kind {
    /** The first six months of a year, 6 ເດືອນຕົ້ນປີ. */
    SIX_MONTH,
    /** A year, ປະຈຳປີ. */
    ANNUAL
  }

  /**
   * Validates the report: a covered period with both ends.
   *
   * @param id the id
   * @param kind the kind
   * @param titleEnglish the title
   * @param covers the period
   * @param programmeId the programme
   * @param meetingId the meeting
   * @param source provenance
   */
  public Report {
    id = InvalidValueException.requiredText(id, "id");
    InvalidValueException.required(kind, "kind");
    titleEnglish = InvalidValueException.requiredText(titleEnglish, "titleEnglish");
    InvalidValueException.required(covers, "covers");
    InvalidValueException.check(
        !covers.isUnboundedEnd(), "covers", covers, "needs an end (report " + id + ")");
    programmeId = InvalidValueException.requiredText(programmeId, "programmeId");
    meetingId = InvalidValueException.required(meetingId, "meetingId");
    InvalidValueException.required(source, "source");
  }

  @Override
  public String toString() {
    return id + " " + titleEnglish + ", " + covers.toCompactString();
  }
}
