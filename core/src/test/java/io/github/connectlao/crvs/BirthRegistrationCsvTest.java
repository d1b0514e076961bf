package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.CsvImportException;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.HeaderLanguage;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Imports of birth registrations: a file mixing valid rows and every kind of error. */
class BirthRegistrationCsvTest {
  static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
  static final Gazetteer LAO = Gazetteer.laoPdr();

  static ImportResult<List<BirthRegistration>> read(String text, boolean strict) {
    return read(text.getBytes(StandardCharsets.UTF_8), strict);
  }

  static ImportResult<List<BirthRegistration>> read(byte[] bytes, boolean strict) {
    try (CsvReader csv = CsvReader.of(new ByteArrayInputStream(bytes), "test.csv")) {
      return BirthRegistrationCsv.read(csv, LAO, TODAY, strict ? OnBadRow.STOP : OnBadRow.COLLECT);
    }
  }

  /** Synthetic test rows: ids and names are made up. */
  static final String MIXED =
      String.join(
          "\n",
          "id,sex,date_of_birth,place_of_birth,in_health_facility,birth_notice_date,registration_date,"
              + "registration_office,certificate_issued,date_of_death,child_name",
          "SYN-1,F,2022-03-01,LA0501,yes,2022-03-05,2022-03-20,LA0501,yes,,Synthetic A", // 2 ok
          "SYN-2,ຊາຍ,໑/໓/໒໐໒໒,LA0501,ບໍ່,,ວັນທີ 10 ມີນາ 2022,LA-BK,1,,", // 3 ok (Lao digits, dates)
          "SYN-3,Q,2022-03-01,LA0501,,,,,,,", // 4 bad sex
          "SYN-4,M,2022-02-30,LA0501,,,,,,,", // 5 bad date
          "SYN-5,M,2022-03-01,LA9999,,,,,,,", // 6 unknown code
          "SYN-6,M,2030-01-01,LA0501,,,,,,,", // 7 future date
          "SYN-1,M,2022-03-01,LA0501,,,,,,,Secret Name", // 8 duplicate id
          "SYN-8,M,2022-03-01,LA0501,,,2022-02-01,,,,", // 9 registered before birth
          ",M,2022-03-01,LA0501,,,,,,,", // 10 missing id
          "SYN-10,U,2022-03-01,LA05,,,,,,,", // 11 a province
          "SYN-11,M,2022-03-01,LA0501,maybe,,,,yes,,", // 12 bad yes/no + cert w/o reg
          "SYN-12,F,2023-12-31,LA0502,,,,,,2024-01-02,", // 13 ok, unregistered, died
          "SYN-13,F,2023-12-31,LA0502,,,,,,,\"=cmd|' /C calc'!A0\""); // 14 ok, formula name kept as

  // text

  @Test
  void mixedFileKeepsEveryValidRowAndReportsEveryError() {
    ImportResult<List<BirthRegistration>> r = read(MIXED, false);
    assertThat(r.accepted())
        .extracting(BirthRegistration::id)
        .containsExactly("SYN-1", "SYN-2", "SYN-10", "SYN-12", "SYN-13");
    BirthRegistration lao = r.accepted().get(1);
    assertThat(lao.sex()).isEqualTo(Sex.MALE);
    assertThat(lao.dateOfBirth()).isEqualTo(LocalDate.of(2022, 3, 1));
    assertThat(lao.registrationDate()).contains(LocalDate.of(2022, 3, 10));
    assertThat(lao.registrationOfficeCode()).contains("LA05");
    assertThat(lao.inHealthFacility()).contains(false);
    assertThat(r.accepted().get(2).placeOfBirthCode()).isEqualTo("LA05");
    assertThat(r.accepted().get(4).childName()).contains("=cmd|' /C calc'!A0");

    List<String> report = new ArrayList<>();
    r.errors().forEach(e -> report.add(e.toString()));
    assertThat(report)
        .containsExactly(
            "line 4, column sex, value 'Q': is not a sex value (M, F, U, male, female, unknown, ຊາຍ, ຍິງ)",
            "line 5, column date_of_birth, value '2022-02-30': is not a valid date: Invalid date 'FEBRUARY 30'",
            report.get(2),
            "line 7, column date_of_birth, value '2030-01-01': is after the reference date 2024-06-30 (a date in the future)",
            "line 8, column id: duplicates the id of line 2 (the id is not shown: personal data)",
            "line 9, column registration_date, value '2022-02-01': is before the date of birth",
            "line 10, column id: is required",
            "line 12, column in_health_facility, value 'maybe': is not yes or no (yes/no, true/false, 1/0, ແມ່ນ/ບໍ່)",
            "line 12, column certificate_issued, value 'yes': is set for a birth that is not registered");
    assertThat(report.get(2))
        .startsWith(
            "line 6, column place_of_birth, value 'LA9999': is not a known unit code; did you mean");
    assertThat(String.join("\n", report)).doesNotContain("SYN-").doesNotContain("Secret Name");
  }

  @Test
  void rowWithShiftedColumnsIsRefusedWithoutShowingItsValues() {
    String text =
        "id,sex,date_of_birth,place_of_birth,date_of_death,child_name\n"
            + "A,M,2022-03-01,LA0501,Secret Name\n"
            + "B,M,2022-03-01,LA0501,,\n";
    ImportResult<List<BirthRegistration>> r = read(text, false);
    assertThat(r.accepted()).extracting(BirthRegistration::id).containsExactly("B");
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.value()).isEmpty();
              assertThat(e.reason()).contains("has 5 cells but the header has 6");
            });
    assertThat(r.errors().toString()).doesNotContain("Secret");
  }

  @Test
  void strictModeStopsAtTheFirstError() {
    assertThatThrownBy(() -> read(MIXED, true))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("line 4, column sex")
        .satisfies(e -> assertThat(((CsvImportException) e).errors()).hasSize(1));
  }

  @Test
  void laoHeadersSemicolonsBomAndQuotesAreAccepted() {
    String text =
        "\uFEFFວັນເດືອນປີເກີດ;ເພດ;ເລກທະບຽນ;ສະຖານທີ່ເກີດ;ວັນທີຈົດທະບຽນ;ຊື່ເດັກ\n"
            + "2022-03-01;ຍິງ;SYN-1;LA0501;\"2022-03-02\";\"Name; with \"\"quotes\"\"\"\n";
    ImportResult<List<BirthRegistration>> r = read(text, true);
    assertThat(r.accepted()).hasSize(1);
    assertThat(r.accepted().get(0).childName()).contains("Name; with \"quotes\"");
    assertThat(r.accepted().get(0).sex()).isEqualTo(Sex.FEMALE);
  }

  @Test
  void missingRequiredColumnNamesItAndTheHeader() {
    assertThatThrownBy(() -> read("id,sex\nA,M\n", false))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("missing required column(s) date_of_birth")
        .hasMessageContaining("place_of_birth");
  }

  @Test
  void invalidUtf8IsReportedForItsRowOnly() {
    byte[] head =
        ("id,sex,date_of_birth,place_of_birth,child_name\nA,M,2022-03-01,LA0501,ok\nB,M,2022-03-01,LA0501,")
            .getBytes(StandardCharsets.UTF_8);
    byte[] bad = {(byte) 0xC3, (byte) 0x28, '\n'};
    byte[] tail = "C,F,2022-03-01,LA0501,\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + bad.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
    ImportResult<List<BirthRegistration>> r = read(all, false);
    assertThat(r.accepted()).extracting(BirthRegistration::id).containsExactly("A", "C");
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isEqualTo("child_name");
              assertThat(e.value()).isEmpty();
              assertThat(e.reason()).contains("not valid UTF-8");
            });
  }

  @Test
  void fileEndingMidQuoteKeepsTheRowsBeforeAndReportsTheLine() {
    String text =
        "id,sex,date_of_birth,place_of_birth\nA,M,2022-03-01,LA0501\nB,M,2022-03-01,\"LA05";
    ImportResult<List<BirthRegistration>> r = read(text, false);
    assertThat(r.accepted()).extracting(BirthRegistration::id).containsExactly("A");
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isEqualTo("place_of_birth");
              assertThat(e.reason()).contains("quote that is never closed");
            });
  }

  @Test
  void hugeFieldIsOneRowError() {
    String text =
        "id,sex,date_of_birth,place_of_birth\nA,M,2022-03-01,LA0501\nB,M,2022-03-01,"
            + "x".repeat(CsvReader.MAX_CELL_LENGTH + 1)
            + "\n";
    ImportResult<List<BirthRegistration>> r = read(text, false);
    assertThat(r.accepted()).hasSize(1);
    assertThat(r.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).contains("is longer than 1048576 bytes"));
  }

  @Test
  void exportReadsBackToEqualRegistrations() {
    ImportResult<List<BirthRegistration>> r = read(MIXED, false);
    String csv = BirthRegistrationCsv.table(r.accepted(), true).toCsv(HeaderLanguage.LAO);
    assertThat(csv).startsWith("ເລກທະບຽນ,ເພດ,ວັນເດືອນປີເກີດ");
    assertThat(csv).contains("'=cmd|' /C calc'!A0");
    assertThat(read(csv, true).accepted()).isEqualTo(r.accepted());
    String english = BirthRegistrationCsv.table(r.accepted(), false).toCsv(HeaderLanguage.ENGLISH);
    assertThat(english)
        .startsWith(
            "id,sex,date_of_birth,place_of_birth,in_health_facility,birth_notice_date,"
                + "registration_date,registration_office,certificate_issued,date_of_death\r\n");
  }

  @Test
  void progressIsReportedEveryHundredThousandRows() {
    StringBuilder sb = new StringBuilder("id,sex,date_of_birth,place_of_birth\n");
    for (int i = 0; i < 200_001; i++) {
      sb.append("S").append(i).append(",F,2022-03-01,LA0501\n");
    }
    List<Long> seen = new ArrayList<>();
    try (CsvReader csv =
        CsvReader.of(
            new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)), "big")) {
      csv.onProgress(seen::add);
      ImportResult<List<BirthRegistration>> r =
          BirthRegistrationCsv.read(csv, LAO, TODAY, OnBadRow.COLLECT);
      assertThat(r.accepted()).hasSize(200_001);
    }
    assertThat(seen).containsExactly(100_000L, 200_000L);
  }
}
