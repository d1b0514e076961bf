package io.github.connectlao.lao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.InvalidValueException;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class LaoDateRangeTest {

  @Test
  void theDocumentedExample() {
    LaoDateRange r = LaoDate.parseRange("ວັນທີ 17-18 ພະຈິກ 2020");
    assertThat(r)
        .isEqualTo(LaoDateRange.of(LocalDate.of(2020, 11, 17), LocalDate.of(2020, 11, 18)));
    assertThat(r.days()).isEqualTo(2);
    assertThat(r).hasToString("2020-11-17/2020-11-18");
  }

  @Test
  void oneDayAndContains() {
    LaoDateRange day = LaoDateRange.of(LocalDate.of(2024, 2, 29));
    assertThat(day.days()).isEqualTo(1);
    assertThat(day.contains(LocalDate.of(2024, 2, 29))).isTrue();
    assertThat(day.contains(LocalDate.of(2024, 3, 1))).isFalse();
    assertThat(day.contains(LocalDate.of(2024, 2, 28))).isFalse();
  }

  /** Within the years LaoDate reads, {@link LaoDate#MIN_YEAR} to {@link LaoDate#MAX_YEAR}. */
  @Test
  void parseRangeReadsWhatToStringPrintsAndDaysCountsBothEnds() {
    long first = LocalDate.of(LaoDate.MIN_YEAR, 1, 1).toEpochDay();
    long last = LocalDate.of(LaoDate.MAX_YEAR, 1, 1).toEpochDay();
    qt().forAll(integers().between((int) first, (int) last), integers().between(0, 360))
        .checkAssert(
            (start, length) -> {
              LocalDate s = LocalDate.ofEpochDay(start);
              LaoDateRange r = LaoDateRange.of(s, s.plusDays(length));
              assertThat(LaoDate.parseRange(r.toString(), Year.of(2024))).isEqualTo(r);
              assertThat(r.days()).isEqualTo(length + 1L);
              assertThat(r.contains(r.start())).isTrue();
              assertThat(r.contains(r.end())).isTrue();
              assertThat(r.contains(r.end().plusDays(1))).isFalse();
            });
  }

  @Test
  void refusesAnEndBeforeTheStartNamingTheField() {
    assertThatThrownBy(
            () -> LaoDateRange.of(LocalDate.of(2020, 11, 18), LocalDate.of(2020, 11, 17)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("end: '2020-11-17' is before the start 2020-11-18");
    assertThatThrownBy(() -> LaoDateRange.of(null, LocalDate.of(2020, 1, 1)))
        .hasMessage("start: null is required");
    assertThatThrownBy(() -> LaoDateRange.of(LocalDate.of(2020, 1, 1), null))
        .hasMessage("end: null is required");
  }
}
