package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final Source TEST = Source.synthetic("test report");
  private static final DateRange H1_2022 =
      DateRange.ofMonths(YearMonth.of(2022, 1), YearMonth.of(2022, 6));

  @Test
  void theDocumentedExample() {
    Report h1 = LaoCooperation.laoPdr().report("REPORT-2022-H1");
    assertThat(h1)
        .hasToString(
            "REPORT-2022-H1 six-month report of MoHA-MoH cooperation in the CONNECT format, first"
                + " half of 2022, 2022-01/2022-06");
    assertThat(h1.kind()).isEqualTo(Report.Kind.SIX_MONTH);
    assertThat(h1.programmeId()).isEqualTo(LaoCooperation.CONNECT);
    assertThat(h1.meetingId()).contains(LaoCooperation.MEETING_2022_09_08);
  }

  @Test
  void theTextGivesIdTitleAndTheCompactPeriod() {
    Report annual =
        new Report(
            " R-1 ",
            Report.Kind.ANNUAL,
            " annual review ",
            DateRange.ofYear(2023),
            " P ",
            Optional.empty(),
            TEST);
    assertThat(annual).hasToString("R-1 annual review, 2023");
    assertThat(annual.id()).isEqualTo("R-1");
    assertThat(annual.programmeId()).isEqualTo("P");
    assertThat(new Report("R-2", Report.Kind.SIX_MONTH, "h1", H1_2022, "P", Optional.of("M"), TEST))
        .hasToString("R-2 h1, 2022-01/2022-06");
  }

  @Test
  void aReportCoversAPeriodWithAnEnd() {
    assertThatThrownBy(
            () ->
                new Report(
                    "R-1",
                    Report.Kind.ANNUAL,
                    "open",
                    DateRange.from(LocalDate.of(2022, 1, 1)),
                    "P",
                    Optional.empty(),
                    TEST))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("covers: '2022-01-01/..' needs an end (report R-1)");
  }

  @Test
  void everyComponentIsRequiredAndNamed() {
    Report.Kind k = Report.Kind.ANNUAL;
    DateRange y = DateRange.ofYear(2022);
    Optional<String> m = Optional.empty();
    assertThat(field(() -> new Report(null, k, "t", y, "P", m, TEST))).isEqualTo("id");
    assertThat(field(() -> new Report("R", null, "t", y, "P", m, TEST))).isEqualTo("kind");
    assertThat(field(() -> new Report("R", k, " ", y, "P", m, TEST))).isEqualTo("titleEnglish");
    assertThat(field(() -> new Report("R", k, "t", null, "P", m, TEST))).isEqualTo("covers");
    assertThat(field(() -> new Report("R", k, "t", y, "", m, TEST))).isEqualTo("programmeId");
    assertThat(field(() -> new Report("R", k, "t", y, "P", null, TEST))).isEqualTo("meetingId");
    assertThat(field(() -> new Report("R", k, "t", y, "P", m, null))).isEqualTo("source");
  }

  private static String field(ThrowingCallable c) {
    InvalidValueException e = catchThrowableOfType(c, InvalidValueException.class);
    assertThat(e).as("an InvalidValueException").isNotNull();
    return e.field();
  }
}
