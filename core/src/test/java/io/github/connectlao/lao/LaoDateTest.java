package io.github.connectlao.lao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.InvalidValueException;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LaoDateTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "ວັນທີ 8 ກັນຍາ 2022, 2022-09-08",
      "10 ມີນາ 2023, 2023-03-10",
      "ວັນທີ ໘ ກັນຍາ ໒໐໒໒, 2022-09-08",
      "ວັນທີ30 ສິງຫາ 2019, 2019-08-30",
      "17 ພະຈິກ 2020, 2020-11-17",
      "8 ກ.ຍ. 2022, 2022-09-08",
      "8/9/2022, 2022-09-08",
      "29/02/2024, 2024-02-29",
      "1 ມັງກອນ 2000, 2000-01-01",
      "31 ທັນວາ 1999, 1999-12-31"
  })
  void parsesDatesAsWrittenInOfficialTexts(String text, LocalDate expected) {
    assertThat(LaoDate.parse(text)).isEqualTo(expected);
  }

  @Test
  void refusesTextThatIsNotADate() {
    assertThatThrownBy(() -> LaoDate.parse("ກອງປະຊຸມ"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("ກອງປະຊຸມ").hasMessageContaining("not a date");
    assertThatThrownBy(() -> LaoDate.parse("8 Septembre 2022"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Septembre");
    assertThatThrownBy(() -> LaoDate.parse("30 ກຸມພາ 2022"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("not a valid date");
    assertThatThrownBy(() -> LaoDate.parse(""))
        .isInstanceOf(InvalidValueException.class);
    assertThat(LaoDate.tryParse("nonsense")).isEmpty();
  }

  @Test
  void monthNamesAreCldrNames() {
    assertThat(LaoDate.monthName(Month.SEPTEMBER)).isEqualTo("ກັນຍາ");
    assertThat(LaoDate.monthAbbreviation(Month.JANUARY)).isEqualTo("ມ.ກ.");
    assertThat(LaoDate.parseMonth("ກໍລະກົດ")).contains(Month.JULY);
    assertThat(LaoDate.parseMonth("ກ.ລ.")).contains(Month.JULY);
    assertThat(LaoDate.parseMonth("July")).isEmpty();
  }

  @Test
  void formatThenParseRoundTrips() {
    qt().forAll(integers().between(-20_000, 40_000), booleans().all()).checkAssert((day, laoDigits) -> {
      LocalDate date = LocalDate.ofEpochDay(day);
      assertThat(LaoDate.parse(LaoDate.format(date, laoDigits))).isEqualTo(date);
    });
  }
}
