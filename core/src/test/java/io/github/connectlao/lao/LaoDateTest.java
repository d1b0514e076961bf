package io.github.connectlao.lao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.InvalidValueException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    "31 ທັນວາ 1999, 1999-12-31",
    "ວັນທີ 8 ເດືອນ 9 ປີ 2022, 2022-09-08",
    "ວັນທີ 8 ເດືອນກັນຍາ ປີ 2022, 2022-09-08",
    "ວັນທີ່ 8 ກັນຍາ 2022, 2022-09-08",
    "8 ກັນຍາ ຄ.ສ. 2022, 2022-09-08",
    "8 ກັນຍາ 2022 ຄ.ສ., 2022-09-08",
    "ວັນທີ 8 ກັນຍາ ພ.ສ. 2565, 2022-09-08",
    "ວັນທີ 8 ກັນຍາ 2565, 2022-09-08",
    "ວັນທີ ໘ ກັນຍາ ປີ ພ.ສ ໒໕໖໕, 2022-09-08",
    "8/9/2565, 2022-09-08",
    "8-9-2022, 2022-09-08",
    "08.09.2022, 2022-09-08",
    "2022-09-08, 2022-09-08",
    "໒໐໒໒-໐໙-໐໘, 2022-09-08",
    "ວັນທີ 10 ມີນາ 2023, 2023-03-10",
    "ວັນທີ 30 ສິງຫາ 2019, 2019-08-30"
  })
  void parsesDatesAsWrittenInOfficialTexts(String text, LocalDate expected) {
    assertThat(LaoDate.parse(text)).isEqualTo(expected);
  }

  @Test
  void refusesTextThatIsNotADate() {
    assertThatThrownBy(() -> LaoDate.parse("ກອງປະຊຸມ"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("ກອງປະຊຸມ")
        .hasMessageContaining("not a date");
    assertThatThrownBy(() -> LaoDate.parse("8 Septembre 2022"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Septembre");
    assertThatThrownBy(() -> LaoDate.parse("30 ກຸມພາ 2022"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("not a valid date");
    assertThatThrownBy(() -> LaoDate.parse("")).isInstanceOf(InvalidValueException.class);
    assertThat(LaoDate.tryParse("nonsense")).isEmpty();
    assertThatThrownBy(() -> LaoDate.parse("8 ເດືອນ 13 ປີ 2022")).hasMessageContaining("month 13");
    assertThatThrownBy(() -> LaoDate.parse("ພ.ສ. 8 ກັນຍາ ພ.ສ. 2565"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> LaoDate.parse("x".repeat(10_000)))
        .hasMessageContaining("longer than 200");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "8/9/22, '22'",
    "8 ກັນຍາ 999, '999'",
    "0999-01-01, 999",
    "8 ກັນຍາ ພ.ສ. 1500, 1500 BE (957 CE)",
    "8 ກັນຍາ ຄ.ສ. 0999, 999"
  })
  void refusesYearsBefore1000_ratherThanGuessing(String text, String shown) {
    assertThatThrownBy(() -> LaoDate.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(shown);
  }

  @Test
  void buddhistEraRule_dependsOnTheYearOfReading_onlyForUnmarkedYears() {
    // unmarked: BE when more than 400 years after the current year
    assertThat(LaoDate.parse("1 ມັງກອນ 2426", Year.of(2026))).isEqualTo(LocalDate.of(2426, 1, 1));
    assertThat(LaoDate.parse("1 ມັງກອນ 2427", Year.of(2026))).isEqualTo(LocalDate.of(1884, 1, 1));
    // explicit era markers win
    assertThat(LaoDate.parse("1 ມັງກອນ ຄ.ສ. 3000", Year.of(2026)))
        .isEqualTo(LocalDate.of(3000, 1, 1));
    assertThat(LaoDate.parse("1 ມັງກອນ ພ.ສ. 2100", Year.of(2026)))
        .isEqualTo(LocalDate.of(1557, 1, 1));
    // an ISO date is always Common Era
    assertThat(LaoDate.parse("2600-01-01", Year.of(2026))).isEqualTo(LocalDate.of(2600, 1, 1));
  }

  @Test
  void formatsWithEraMarkers() {
    LocalDate d = LocalDate.of(2022, 9, 8);
    assertThat(LaoDate.format(d, false)).isEqualTo("ວັນທີ 8 ກັນຍາ 2022");
    assertThat(LaoDate.format(d, false, LaoDate.Era.BE)).isEqualTo("ວັນທີ 8 ກັນຍາ ພ.ສ. 2565");
    assertThat(LaoDate.format(d, true, LaoDate.Era.CE)).isEqualTo("ວັນທີ ໘ ກັນຍາ ຄ.ສ. ໒໐໒໒");
    // a Common-Era year the reader would take for Buddhist Era gets its marker
    assertThat(LaoDate.format(LocalDate.of(3000, 1, 1), false, null, Year.of(2026)))
        .isEqualTo("ວັນທີ 1 ມັງກອນ ຄ.ສ. 3000");
    assertThatThrownBy(() -> LaoDate.format(LocalDate.of(999, 1, 1), false))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("999");
    assertThatThrownBy(() -> LaoDate.format(LocalDate.of(9500, 1, 1), false, LaoDate.Era.BE))
        .hasMessageContaining("10043");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ວັນທີ 17-18 ພະຈິກ 2020 | 2020-11-17 | 2020-11-18",
        "17 - 18 ພະຈິກ 2020 | 2020-11-17 | 2020-11-18",
        "17–18 ພະຈິກ 2020 | 2020-11-17 | 2020-11-18",
        "ວັນທີ ໑໗-໑໘ ພະຈິກ ໒໐໒໐ | 2020-11-17 | 2020-11-18",
        "17 ຫາ 18 ພະຈິກ 2020 | 2020-11-17 | 2020-11-18",
        "30 ພະຈິກ - 2 ທັນວາ 2020 | 2020-11-30 | 2020-12-02",
        "ວັນທີ 30 ທັນວາ 2020 ເຖິງ ວັນທີ 2 ມັງກອນ 2021 | 2020-12-30 | 2021-01-02",
        "ເດືອນມີນາ ເຖິງ ເດືອນກັນຍາ 2021 | 2021-03-01 | 2021-09-30",
        "ເດືອນສິງຫາ ເຖິງ ເດືອນກັນຍາ 2021 | 2021-08-01 | 2021-09-30",
        "1-5 ສິງຫາ 2020 | 2020-08-01 | 2020-08-05",
        "ເດືອນກຸມພາ 2024 | 2024-02-01 | 2024-02-29",
        "ວັນທີ 8 ກັນຍາ 2022 | 2022-09-08 | 2022-09-08",
        "17-18 ພະຈິກ ພ.ສ. 2563 | 2020-11-17 | 2020-11-18",
        "2020-11-17/2020-11-18 | 2020-11-17 | 2020-11-18"
      })
  void parsesRangesAsWritten(String text, LocalDate start, LocalDate end) {
    assertThat(LaoDate.parseRange(text)).isEqualTo(LaoDateRange.of(start, end));
  }

  @Test
  void refusesRangesThatEndBeforeTheyStart() {
    assertThatThrownBy(() -> LaoDate.parseRange("18-17 ພະຈິກ 2020"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("ends (2020-11-17) before it starts (2020-11-18)");
    assertThatThrownBy(() -> LaoDate.parseRange("17-18 Brumaire 2020"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void everyDateWrittenInTheSeedDocumentsIsRead() throws Exception {
    Pattern phrase =
        Pattern.compile(
            "(?:ວັນທີ\\s*\\d{1,2}(?:-\\d{1,2})?\\s+\\S+\\s+\\d{4})"
                + "|(?:ເດືອນ\\S+\\s+ເຖິງ\\s+ເດືອນ\\S+\\s+\\d{4})");
    List<String> found = new ArrayList<>();
    for (String seed :
        List.of(
            "000_e68db647f447c164",
            "001_7a05f444345b8629",
            "002_b67c83d536eeb871",
            "003_f1d73bd5c0f8780f",
            "004_01a7404add266120")) {
      try (InputStream in = getClass().getResourceAsStream("/seeds/" + seed + ".txt")) {
        Matcher m = phrase.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        while (m.find()) {
          found.add(m.group());
        }
      }
    }
    assertThat(found)
        .extracting(t -> LaoDate.parseRange(t).toString())
        .containsExactlyInAnyOrder(
            "2023-03-10/2023-03-10",
            "2022-09-08/2022-09-08",
            "2020-11-17/2020-11-18",
            "2021-03-01/2021-09-30",
            "2019-08-30/2019-08-30");
  }

  @Test
  void rangesRoundTrip() {
    qt().forAll(
            integers().between(-200_000, 2_900_000), integers().between(0, 800), booleans().all())
        .checkAssert(
            (day, length, laoDigits) -> {
              LaoDateRange r =
                  LaoDateRange.of(
                      LocalDate.ofEpochDay(day), LocalDate.ofEpochDay(day + (long) length));
              assertThat(LaoDate.parseRange(LaoDate.formatRange(r, laoDigits))).isEqualTo(r);
            });
  }

  @Test
  void everyAcceptedYearRoundTrips_inEveryEra() {
    // 1000-01-01 .. 9456-12-31: every year that can be written in both eras with four digits
    long first = LocalDate.of(1000, 1, 1).toEpochDay();
    long last = LocalDate.of(9456, 12, 31).toEpochDay();
    qt().forAll(
            integers().between(0, (int) (last - first)), booleans().all(), integers().between(0, 2))
        .checkAssert(
            (offset, laoDigits, era) -> {
              LocalDate date = LocalDate.ofEpochDay(first + offset);
              String text =
                  era == 2
                      ? LaoDate.format(date, laoDigits)
                      : LaoDate.format(date, laoDigits, LaoDate.Era.values()[era]);
              assertThat(LaoDate.parse(text)).as(text).isEqualTo(date);
            });
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
    qt().forAll(integers().between(-354_000, 2_900_000), booleans().all())
        .checkAssert(
            (day, laoDigits) -> {
              LocalDate date = LocalDate.ofEpochDay(day);
              assertThat(LaoDate.parse(LaoDate.format(date, laoDigits))).isEqualTo(date);
            });
  }

  @Test
  void anyTextIsEitherADateOrAClearRefusal() {
    String alphabet = "0123456789໐໑໒໓໔໕໖໗໘໙ -/.–ວັນທີເດືອນປີຄສພກຍມນາຈິຫຖ";
    qt().forAll(
            org.quicktheories.generators.SourceDSL.strings()
                .betweenCodePoints(0, alphabet.length() - 1)
                .ofLengthBetween(0, 40))
        .checkAssert(
            raw -> {
              StringBuilder sb = new StringBuilder();
              raw.codePoints().forEach(cp -> sb.append(alphabet.charAt(cp)));
              String text = sb.toString();
              for (java.util.function.Supplier<Object> call :
                  List.<java.util.function.Supplier<Object>>of(
                      () -> LaoDate.parse(text), () -> LaoDate.parseRange(text))) {
                try {
                  Object value = call.get();
                  assertThat(value).isNotNull();
                } catch (InvalidValueException expected) {
                  assertThat(expected.getMessage()).isNotBlank();
                }
              }
            });
  }
}
