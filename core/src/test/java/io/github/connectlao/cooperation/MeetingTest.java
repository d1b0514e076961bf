package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeetingTest {
  static final CooperationCatalogue C = LaoCooperation.laoPdr();
  static final Meeting M = C.meeting(LaoCooperation.MEETING_2022_09_08);

  private static Meeting withDates(DateRange dates) {
    return new Meeting(
        M.id(),
        M.kind(),
        M.titleLao(),
        M.titleEnglish(),
        dates,
        M.organisers(),
        M.people(),
        M.venueLao(),
        M.venueEnglish(),
        M.modality(),
        M.participants(),
        M.outcomes(),
        M.programmeIds(),
        M.frameworkIds(),
        M.source());
  }

  @Test
  void theDocumentedExample() {
    assertThat(M)
        .hasToString(
            "MEETING-2022-09-08 2022-09-08 six-month report, both, Landmark hotel, Vientiane");
    assertThat(M.start()).isEqualTo(LocalDate.of(2022, 9, 8));
    assertThat(M.end()).isEqualTo(M.start());
  }

  @Test
  void aMeetingOfSeveralDaysShowsItsFirstAndLastDay() {
    Meeting two = withDates(DateRange.of(LocalDate.of(2022, 9, 8), LocalDate.of(2022, 9, 9)));
    assertThat(two.end()).isEqualTo(LocalDate.of(2022, 9, 9));
    assertThat(two.toString()).startsWith("MEETING-2022-09-08 2022-09-08/2022-09-09 ");
    InvalidValueException open =
        catchThrowableOfType(
            () -> withDates(DateRange.from(LocalDate.of(2022, 9, 8))), InvalidValueException.class);
    assertThat(open.field()).isEqualTo("dates");
  }

  @Test
  void peopleChairsAndOutcomesAreFilteredInSourceOrder() {
    for (Meeting m : C.meetings()) {
      for (MeetingParticipant.Role role : MeetingParticipant.Role.values()) {
        assertThat(m.people(role)).allSatisfy(p -> assertThat(p.roles()).contains(role));
        assertThat(m.people(role))
            .hasSize((int) m.people().stream().filter(p -> p.roles().contains(role)).count());
      }
      assertThat(m.chairs())
          .allSatisfy(p -> assertThat(p.roles()).anyMatch(MeetingParticipant.Role::chairs));
      if (!m.chairs().isEmpty()) {
        assertThat(m.people()).containsSubsequence(m.chairs());
      }
      for (MeetingOutcome.Kind kind : MeetingOutcome.Kind.values()) {
        assertThat(m.outcomes(kind)).allSatisfy(o -> assertThat(o.kind()).isEqualTo(kind));
        if (!m.outcomes(kind).isEmpty()) {
          assertThat(m.outcomes()).containsSubsequence(m.outcomes(kind));
        }
      }
    }
    assertThat(catchThrowableOfType(() -> M.people(null), InvalidValueException.class).field())
        .isEqualTo("role");
    assertThat(catchThrowableOfType(() -> M.outcomes(null), InvalidValueException.class).field())
        .isEqualTo("kind");
  }

  @Test
  void aBlankVenueIsNoVenueAndABlankTitleIsRefused() {
    Meeting noVenue =
        new Meeting(
            M.id(),
            M.kind(),
            M.titleLao(),
            M.titleEnglish(),
            M.dates(),
            M.organisers(),
            M.people(),
            Optional.of(" "),
            Optional.of(""),
            M.modality(),
            M.participants(),
            M.outcomes(),
            M.programmeIds(),
            M.frameworkIds(),
            M.source());
    assertThat(noVenue.venueEnglish()).isEmpty();
    assertThat(noVenue.toString())
        .isEqualTo("MEETING-2022-09-08 2022-09-08 six-month report, both");
    InvalidValueException e =
        catchThrowableOfType(
            () ->
                new Meeting(
                    M.id(),
                    M.kind(),
                    " ",
                    M.titleEnglish(),
                    M.dates(),
                    M.organisers(),
                    M.people(),
                    M.venueLao(),
                    M.venueEnglish(),
                    M.modality(),
                    M.participants(),
                    M.outcomes(),
                    M.programmeIds(),
                    M.frameworkIds(),
                    M.source()),
            InvalidValueException.class);
    assertThat(e.field()).isEqualTo("titleLao");
  }

  @Test
  void theWomensShareComesFromTheCountedParticipants() {
    assertThat(C.meeting("ACCSM-20").womenShare().getAsDouble()).isBetween(0.0, 1.0);
    assertThat(M.womenShare()).isEqualTo(M.participants().womenShare());
  }
}
