package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.HeaderLanguage;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import io.github.connectlao.csv.RowError;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One example per defect measured on the former readers; each of these failed there. Every case
 * runs through both readers, which must agree.
 */
class RegistrationCsvDefectsTest {
  static final Gazetteer LAO = Gazetteer.laoPdr();
  static final RegistrationRules RULES = RegistrationRules.of(LAO, LocalDate.of(2024, 6, 30));
  static final String HEADER = "id,sex,date_of_birth,place_of_birth,registration_date,child_name";

  static ImportResult<BirthRegistry> registry(byte[] bytes) {
    ImportResult<BirthRegistry> c =
        BirthRegistry.readCsv(new ByteArrayInputStream(bytes), "t.csv", RULES);
    ImportResult<List<BirthRegistration>> o;
    try (CsvReader csv = CsvReader.of(new ByteArrayInputStream(bytes), "t.csv")) {
      o = BirthRegistrationCsv.read(csv, RULES, OnBadRow.COLLECT);
    }
    assertThat(o.errors()).isEqualTo(c.errors());
    assertThat(o.accepted()).hasSize(c.accepted().size());
    return c;
  }

  static ImportResult<BirthRegistry> registry(String text) {
    return registry(text.getBytes(StandardCharsets.UTF_8));
  }

  static String rows(int n, String end) {
    StringBuilder sb = new StringBuilder(HEADER).append(end);
    for (int i = 0; i < n; i++) {
      sb.append("R").append(i).append(",F,2022-03-01,LA0501,2022-03-10,Name").append(end);
    }
    return sb.toString();
  }

  @Test
  void carriageReturnLineEndsAreRead() {
    ImportResult<BirthRegistry> r = registry(rows(1000, "\r"));
    assertThat(r.accepted().size()).isEqualTo(1000);
    assertThat(r.errors()).isEmpty();
  }

  @Test
  void mixedLineEndsLoseNoRow() {
    String text =
        HEADER
            + "\r"
            + "A,F,2022-03-01,LA0501,,x\n"
            + "B,F,2022-03-01,LA0501,,x\r\n"
            + "C,F,2022-03-01,LA0501,,x\r"
            + "D,F,2022-03-01,LA0501,,x\n\r\n"
            + "E,F,2022-03-01,LA0501,,x";
    ImportResult<BirthRegistry> r = registry(text);
    assertThat(r.accepted().size()).isEqualTo(5);
    assertThat(r.errors()).isEmpty();
  }

  @Test
  void anUnclosedQuoteIsReportedAtItsLineAndTheLaterRowsAreKept() {
    String text =
        HEADER
            + "\nA,F,2022-03-01,LA0501,,ok\nB,F,2022-03-01,LA0501,,\"Never closed\n"
            + "C,F,2022-03-01,LA0501,,ok\nD,F,2022-03-01,LA0501,,ok\n";
    ImportResult<BirthRegistry> r = registry(text);
    assertThat(r.accepted().size()).isEqualTo(3);
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isEqualTo("child_name");
              assertThat(e.reason()).contains("never closed");
            });
  }

  @Test
  void aStrayQuoteInsideANameIsOneRowError() {
    StringBuilder sb = new StringBuilder(rows(500, "\n"));
    sb.append("X,F,2022-03-01,LA0501,,Som\"chai\n");
    sb.append(rows(500, "\n").substring(HEADER.length() + 1).replace("R", "S"));
    ImportResult<BirthRegistry> r = registry(sb.toString());
    assertThat(r.accepted().size()).isEqualTo(1000);
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(502);
              assertThat(e.reason()).contains("quote inside an unquoted field");
              assertThat(e.toString()).doesNotContain("Som");
            });
  }

  @Test
  void textAfterAClosingQuoteIsReported() {
    ImportResult<BirthRegistry> r =
        registry(HEADER + "\nA,F,2022-03-01,LA0501,,\"Som\"chai\nB,F,2022-03-01,LA0501,,ok\n");
    assertThat(r.accepted().size()).isEqualTo(1);
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.reason()).contains("text after its closing quote");
            });
  }

  @Test
  void implausibleFutureAndDuplicateAndNonUtf8RowsAreRefused() {
    String text =
        HEADER
            + "\nA,F,9999-01-01,LA0501,,\nB,F,2022-03-01,LA0501,2099-01-01,\nC,F,2022-03-01,LA0501,,\n"
            + "C,M,2022-03-02,LA0501,,\nD,F,1899-12-31,LA0501,,\nE,F,2022-03-01,LA0501,,";
    byte[] bytes = (text + "\u0000\n").getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 2] = (byte) 0xC3;
    ImportResult<BirthRegistry> r = registry(bytes);
    assertThat(r.accepted().size()).isEqualTo(1);
    assertThat(r.errors()).extracting(RowError::line).containsExactly(2L, 3L, 5L, 6L, 7L);
    assertThat(r.errors())
        .extracting(RowError::reason)
        .containsExactly(
            "is after the reference date 2024-06-30 (a date in the future)",
            "is after the reference date 2024-06-30 (a date in the future)",
            "duplicates the id of line 4 (the id is not shown: personal data)",
            "is before 1900-01-01, the earliest plausible date",
            "holds bytes that are not valid UTF-8");
  }

  @Test
  void whatTheCsvGuidePromisesIsAccepted() {
    String text =
        "registration_id;gender;dob;place_of_birth_code;facility_birth;registered_on;certificate\n"
            + "A;ຍິງ;໑/໓/໒໐໒໒;LA0501;ແມ່ນ;2022/3/10;ບໍ່\n"
            + "B;male;ວັນທີ 1 ມີນາ 2022;la-bk;ບໍ່;;\n";
    ImportResult<BirthRegistry> r = registry(text);
    assertThat(r.errors()).isEmpty();
    assertThat(r.accepted().size()).isEqualTo(2);
    assertThat(r.accepted().dateOfBirth(0)).isEqualTo(LocalDate.of(2022, 3, 1));
    assertThat(r.accepted().registrationDelayDays(0)).contains(9);
    assertThat(r.accepted().inHealthFacility(0)).contains(true);
    assertThat(r.accepted().placeIndex(1)).isEqualTo(LAO.indexOf("LA05"));
  }

  @Test
  void everyFileTheLibraryWritesReadsBack() {
    List<BirthRegistration> births =
        List.of(
            BirthRegistration.builder(
                    "=HYPERLINK(\"x\")", Sex.FEMALE, LocalDate.of(2022, 3, 1), "LA0501")
                .registered(LocalDate.of(2022, 3, 10), "LA0501")
                .certificateIssued(true)
                .childName("Noy")
                .build(),
            BirthRegistration.builder("B, 2", Sex.MALE, LocalDate.of(2023, 1, 1), "LA05")
                .inHealthFacility(false)
                .build());
    String lao = BirthRegistrationCsv.table(births, true).toCsv(HeaderLanguage.LAO);
    assertThat(registry(lao).accepted().size()).isEqualTo(2);
    StringBuilder export = new StringBuilder();
    BirthRegistry.writeCsv(births.stream(), export);
    assertThat(export.toString()).contains("'=HYPERLINK");
    ImportResult<BirthRegistry> back = registry(export.toString());
    assertThat(back.errors()).isEmpty();
    assertThat(back.accepted().size()).isEqualTo(2);
    try (CsvReader csv =
        CsvReader.of(
            new ByteArrayInputStream(export.toString().getBytes(StandardCharsets.UTF_8)), "e")) {
      assertThat(BirthRegistrationCsv.read(csv, RULES, OnBadRow.STOP).accepted().get(0).id())
          .isEqualTo("=HYPERLINK(\"x\")");
    }
  }

  @Test
  void errorLinesPointAtTheLineWhereTheRecordStarts() {
    String text =
        "\n"
            + HEADER
            + "\nA,F,2022-03-01,LA0501,,\"multi\nline\nname\"\nB,Q,2022-03-01,LA0501,,\"two\nlines\"\n"
            + "C,F,2022-03-01,LA0501,,ok\nD,F,2022-03-01,LA0501,,\""
            + "x".repeat((1 << 20) + 1)
            + "\"\n"
            + "E,F,2022-03-01,LA0501,,ok\n";
    ImportResult<BirthRegistry> r = registry(text);
    assertThat(r.accepted().size()).isEqualTo(3);
    assertThat(r.errors()).extracting(RowError::line).containsExactly(6L, 9L);
    assertThat(r.errors().get(0).column()).isEqualTo("sex");
    assertThat(r.errors().get(1).reason()).isEqualTo("is longer than 1048576 bytes");
  }

  @Test
  void aFileWithoutLineBreaksOrWithAnUnclosedQuoteCannotExhaustMemory() {
    // 64 MiB with no line break after an opening quote: the reader keeps at most its record limit
    InputStream endless =
        new InputStream() {
          long left = 64L << 20;

          @Override
          public int read() {
            return left-- > 0 ? 'x' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int k = (int) Math.min(len, left);
            Arrays.fill(b, off, off + k, (byte) 'x');
            left -= k;
            return k;
          }
        };
    InputStream in =
        new SequenceInputStream(
            java.util.Collections.enumeration(
                List.of(
                    new ByteArrayInputStream(
                        (HEADER + "\nA,F,2022-03-01,LA0501,,\"").getBytes(StandardCharsets.UTF_8)),
                    endless,
                    new ByteArrayInputStream(
                        "\nB,F,2022-03-01,LA0501,,ok\n".getBytes(StandardCharsets.UTF_8)))));
    ImportResult<BirthRegistry> r = BirthRegistry.readCsv(in, "huge.csv", RULES);
    assertThat(r.accepted().size()).isEqualTo(1);
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.reason()).contains("longer than");
            });
  }

  @Test
  void theBuilderAppliesTheSameRules() {
    BirthRegistry.Builder b = BirthRegistry.builder(RULES);
    List<String> refused = new ArrayList<>();
    Stream.of(
            BirthRegistration.builder("A", Sex.FEMALE, LocalDate.of(2022, 3, 1), "LA0501").build(),
            BirthRegistration.builder("A", Sex.FEMALE, LocalDate.of(2022, 3, 1), "LA0501").build(),
            BirthRegistration.builder("B", Sex.FEMALE, LocalDate.of(2030, 3, 1), "LA0501").build(),
            BirthRegistration.builder("C", Sex.FEMALE, LocalDate.of(2022, 3, 1), "LA").build(),
            BirthRegistration.builder("D", Sex.FEMALE, LocalDate.of(2010, 3, 1), "LA18").build(),
            BirthRegistration.builder("E", Sex.FEMALE, LocalDate.of(2022, 3, 1), "LA05").build())
        .forEach(
            x -> {
              try {
                b.add(x);
              } catch (io.github.connectlao.InvalidValueException e) {
                refused.add(e.field());
              }
            });
    assertThat(refused)
        .containsExactly("id", "dateOfBirth", "placeOfBirthCode", "placeOfBirthCode");
    assertThat(b.build().size()).isEqualTo(2);
  }
}
