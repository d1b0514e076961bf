package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.Confidence;
import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhaseTest {
  private static final Source SRC = Source.of("MoHA news, 10 March 2023", Confidence.UNVERIFIED);
  private static final TargetArea ALL_PROVINCES = TargetArea.allAt(AdminLevel.PROVINCE);

  @Test
  void theDocumentedExample() {
    Phase p =
        Phase.of(
            "2022-2023",
            DateRange.ofYears(2022, 2023),
            ALL_PROVINCES,
            Optional.of("WHO"),
            Optional.empty(),
            SRC);
    assertThat(p.period()).contains(DateRange.parse("2022-01-01/2023-12-31"));
    assertThat(p.periodText()).isEqualTo("2022/2023");
    assertThat(p.runsOn(LocalDate.of(2022, 1, 1))).isTrue();
    assertThat(p.runsOn(LocalDate.of(2023, 12, 31))).isTrue();
    assertThat(p.runsOn(LocalDate.of(2024, 1, 1))).isFalse();
    assertThat(p.toString()).startsWith("2022-2023 2022/2023, targets ").endsWith(", with WHO");
  }

  @Test
  void anUndatedPhaseSurelyRunsOnNoDay() {
    Phase p =
        Phase.undated(
            "pilot", ALL_PROVINCES, Optional.empty(), Optional.of("dates not in the source"), SRC);
    assertThat(p.period()).isEmpty();
    assertThat(p.periodText()).isEqualTo("undated");
    assertThat(p.runsOn(LocalDate.of(2022, 6, 1))).isFalse();
    assertThat(p.toString()).doesNotContain("with");
  }

  @Test
  void blankOptionalTextsAreAbsent() {
    Phase p =
        Phase.of(
            "2022-2023",
            DateRange.ofYear(2022),
            ALL_PROVINCES,
            Optional.of(" "),
            Optional.of(""),
            SRC);
    assertThat(p.supportingPartner()).isEmpty();
    assertThat(p.note()).isEmpty();
  }

  @Test
  void refusesMissingPartsNamingTheField() {
    assertThatThrownBy(
            () ->
                Phase.of(
                    " ",
                    DateRange.ofYear(2022),
                    ALL_PROVINCES,
                    Optional.empty(),
                    Optional.empty(),
                    SRC))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("name: ");
    assertThatThrownBy(
            () -> Phase.of("p", null, ALL_PROVINCES, Optional.empty(), Optional.empty(), SRC))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("period: null is required");
    assertThatThrownBy(
            () ->
                Phase.of(
                    "p", DateRange.ofYear(2022), null, Optional.empty(), Optional.empty(), SRC))
        .hasMessage("targets: null is required");
    assertThatThrownBy(
            () ->
                Phase.of(
                    "p",
                    DateRange.ofYear(2022),
                    ALL_PROVINCES,
                    Optional.empty(),
                    Optional.empty(),
                    null))
        .hasMessage("source: null is required");
    Phase p =
        Phase.of(
            "p", DateRange.ofYear(2022), ALL_PROVINCES, Optional.empty(), Optional.empty(), SRC);
    assertThatThrownBy(() -> p.runsOn(null)).hasMessage("date: null is required");
  }
}
