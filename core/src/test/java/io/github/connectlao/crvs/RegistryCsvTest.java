package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.CsvImportException;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryCsvTest {
  static final Gazetteer G = BirthRegistryTest.G;
  static final RegistrationPolicy LAO = RegistrationPolicy.laoPdr();
  static final String HEADER =
      "id,sex,date_of_birth,place_of_birth,in_health_facility,birth_notice_date,registration_date,registration_office,certificate_issued,date_of_death\n";

  static ImportResult<BirthRegistry> read(String csv) {
    return BirthRegistry.readCsv(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv", G);
  }

  @Test
  void readsBackWhatItWritesWithTheSameCountsAsTheObjects() {
    qt().withExamples(10)
        .forAll(longs().all(), integers().between(0, 3000))
        .checkAssert(
            (seed, n) -> {
              List<BirthRegistration> rs =
                  SyntheticRegistrations.generate(G, n, seed).collect(Collectors.toList());
              StringBuilder csv = new StringBuilder();
              BirthRegistry.writeCsv(rs.stream(), csv);
              ImportResult<BirthRegistry> imported = read(csv.toString());
              assertThat(imported.errors()).isEmpty();
              BirthRegistry fromObjects = BirthRegistry.of(BirthRegistryTest.RULES, rs.stream());
              assertThat(imported.accepted().size()).isEqualTo(fromObjects.size());
              assertThat(imported.accepted().aggregateByYear(LAO))
                  .isEqualTo(fromObjects.aggregateByYear(LAO));
              for (int i = 0; i < rs.size(); i += 13) {
                assertThat(imported.accepted().inHealthFacility(i))
                    .isEqualTo(rs.get(i).inHealthFacility());
                assertThat(imported.accepted().certificateIssued(i))
                    .isEqualTo(rs.get(i).certificateIssued());
                assertThat(imported.accepted().dateOfBirth(i)).isEqualTo(rs.get(i).dateOfBirth());
              }
            });
  }

  @Test
  void readsAcrossBufferBoundariesFromASlowStream() throws Exception {
    List<BirthRegistration> rs =
        SyntheticRegistrations.generate(G, 30_000, 9).collect(Collectors.toList());
    StringBuilder csv = new StringBuilder();
    BirthRegistry.writeCsv(rs.stream(), csv);
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    // a stream that hands out odd-sized pieces
    InputStream slow =
        new InputStream() {
          int at;

          @Override
          public int read() {
            return at < bytes.length ? bytes[at++] & 0xFF : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (at >= bytes.length) {
              return -1;
            }
            int n = Math.min(Math.min(len, 7919), bytes.length - at);
            System.arraycopy(bytes, at, b, off, n);
            at += n;
            return n;
          }
        };
    ImportResult<BirthRegistry> imported = BirthRegistry.readCsv(slow, "slow", G);
    assertThat(imported.isClean()).isTrue();
    assertThat(imported.accepted().aggregate(LAO))
        .isEqualTo(BirthRegistry.of(BirthRegistryTest.RULES, rs.stream()).aggregate(LAO));
  }

  @Test
  void reportsEveryBadRowWithItsLineAndKeepsTheGoodOnes() {
    String csv =
        HEADER
            + "A1,M,2020-01-01,LA0101,true,,2020-01-10,LA0101,true,\n" // 2 good, current
            + "SECRET-2,Q,2020-01-01,LA0101,,,,,,\n" // 3 bad sex
            + "A3,F,2020-02-30,LA0101,,,,,,\n" // 4 bad date
            + "A4,F,2020-02-03,LA9999,,,,,,\n" // 5 unknown place
            + "A5,F,2020-02-03,LA0101,maybe,,,,,\n" // 6 bad boolean
            + "A6,F,2020-02-03,LA0101,,,2020-02-01,,,\n" // 7 registered before birth
            + "A7,F,2020-02-03,LA0101,,,,LA0101,,\n" // 8 office without registration
            + "A8,F,2020-02-03,LA0101,,,,,true,\n" // 9 certificate without registration
            + "A9,F,2020-02-03,LA0101\n" // 10 too few fields
            + ",F,2020-02-03,LA0101,,,,,,\n" // 11 no id
            + "\n" // 12 blank: skipped
            + "A12,U,2019-12-31,la0102,false,2020-01-01,2021-06-01,,false,\n" // 13 good, delayed,
            // lower-case code
            + "A13,F,2020-02-03,LA0101,,,,,,2020-01-01\n" // 14 death before birth
            + "A14,F,,LA0101,,,,,,\n"; // 15 no date of birth
    ImportResult<BirthRegistry> r = read(csv);
    assertThat(r.accepted().size()).isEqualTo(2);
    assertThat(r.errors())
        .extracting(RowError::line)
        .containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 14L, 15L);
    assertThat(r.errors())
        .extracting(RowError::column)
        .containsExactly(
            "sex",
            "date_of_birth",
            "place_of_birth",
            "in_health_facility",
            "registration_date",
            "registration_office",
            "certificate_issued",
            "",
            "id",
            "date_of_death",
            "date_of_birth");
    assertThat(r.errors().get(2).toString())
        .startsWith(
            "line 5, column place_of_birth, value 'LA9999': is not a known unit code; did you mean");
    assertThat(r.errors().toString()).doesNotContain("SECRET");
    RegistrationCounts c = r.accepted().aggregate(LAO).rolledUp();
    assertThat(c.count(G.indexOf("LA0101"), Sex.MALE, Timeliness.CURRENT)).isEqualTo(1);
    assertThat(c.count(G.indexOf("LA0102"), Sex.UNKNOWN, Timeliness.DELAYED)).isEqualTo(1);
    assertThat(r.accepted().inHealthFacility(1)).contains(false);
    assertThat(r.accepted().certificateIssued(0)).isTrue();
    assertThat(r.toString()).isEqualTo("ImportResult[accepted=2, errors=11]");
  }

  @Test
  void handlesQuotesSemicolonsCrLfABomAndOtherDateAndSexForms() {
    String csv =
        "\uFEFF"
            + HEADER.replace(',', ';').replace("\n", "\r\n")
            + "\"A;1\";male;2020-01-01;\" LA0101 \";TRUE;;\"2020-03-01\";;;\r\n"
            + "\"multi\nline\";ຍິງ;1/2/2020;LA01;;;;;;\r\n"
            + "B;F;2020-01-01;LA0101;;;2020-01-02;\"LA\"\"01\";;\r\n"
            + "C;F;2020-13-01;LA0101;;;;;;\r\n";
    ImportResult<BirthRegistry> r = read(csv);
    assertThat(r.accepted().size()).isEqualTo(2);
    assertThat(r.accepted().sex(1)).isEqualTo(Sex.FEMALE);
    assertThat(r.accepted().dateOfBirth(1)).isEqualTo(LocalDate.of(2020, 2, 1));
    assertThat(r.accepted().registrationDelayDays(0)).contains(60);
    assertThat(r.accepted().inHealthFacility(0)).contains(true);
    // line 5: the office 'LA"01' is not a unit; line 6: month 13
    assertThat(r.errors()).extracting(RowError::line).containsExactly(5L, 6L);
    assertThat(r.errors().get(0).column()).isEqualTo("registration_office");
  }

  @Test
  void refusesAFileWithoutTheRequiredColumns(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("r.csv");
    Files.writeString(f, "id,sex,place_of_birth\nA,M,LA01\n");
    assertThatThrownBy(() -> BirthRegistry.readCsv(f, G))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("date_of_birth");
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("empty");
    Files.writeString(f, HEADER + "A,M,2020-01-01,LA01,,,,,,");
    assertThat(BirthRegistry.readCsv(f, G).accepted().size()).isEqualTo(1);
  }

  @Test
  void epochDayAgreesWithLocalDate() {
    qt().forAll(integers().between(0, 9999 * 366))
        .checkAssert(
            n -> {
              LocalDate d = LocalDate.of(1, 1, 1).plusDays(n);
              if (d.getYear() <= 9999) {
                assertThat(
                        RegistrationCsvReader.epochDay(
                            d.getYear(), d.getMonthValue(), d.getDayOfMonth()))
                    .isEqualTo((int) d.toEpochDay());
              }
            });
  }

  /**
   * An ISO date of ten bytes is decoded eight bytes at a time; any other cell goes to the general
   * decoder. Valid dates and dates with one byte changed (a digit, a separator, a letter, a blank,
   * a non-ASCII character) give what the general decoder and the rules give: the same day, or a
   * row error.
   */
  @Test
  void theEightByteDateDecoderAgreesWithTheGeneralOne() {
    String replacements = "0123456789-/a :\u00e9\uff10";
    LocalDate reference = LocalDate.of(2030, 12, 31);
    RegistrationRules rules = RegistrationRules.of(G, reference);
    qt().withExamples(2_000)
        .forAll(integers().between(0, 150 * 366), integers().between(-10, 9), longs().all())
        .checkAssert(
            (days, position, pick) -> {
              StringBuilder cell =
                  new StringBuilder(LocalDate.of(1885, 1, 1).plusDays(days).toString());
              if (position >= 0) {
                cell.setCharAt(
                    position,
                    replacements.charAt((int) Math.floorMod(pick, replacements.length())));
              }
              String text = cell.toString();
              LocalDate expected;
              try {
                expected = io.github.connectlao.csv.CsvValues.date("date_of_birth", text);
              } catch (io.github.connectlao.InvalidValueException e) {
                expected = null;
              }
              if (expected != null
                  && (expected.isBefore(LocalDate.of(1900, 1, 1)) || expected.isAfter(reference))) {
                expected = null;
              }
              byte[] file =
                  (HEADER + "A,M," + text + ",LA01,,,,,,\n").getBytes(StandardCharsets.UTF_8);
              ImportResult<BirthRegistry> r =
                  BirthRegistry.readCsv(new ByteArrayInputStream(file), "dates", rules);
              if (expected == null) {
                assertThat(r.accepted().size()).as(text).isZero();
                assertThat(r.errors()).as(text).hasSize(1);
              } else {
                assertThat(r.errors()).as(text).isEmpty();
                assertThat(r.accepted().firstBirth()).as(text).contains(expected);
              }
            });
  }

  /**
   * An identifier with a form feed (or other ASCII whitespace that String.strip removes) around it
   * is the identifier without it: the duplicate check sees the value stored, in both readers.
   */
  @Test
  void whitespaceAroundAnIdentifierDoesNotMakeItAnotherOne() {
    String file = HEADER + "\fA\u000B,M,2020-01-01,LA01,,,,,,\n" + "A,F,2020-01-02,LA01,,,,,,\n";
    ImportResult<BirthRegistry> r = read(file);
    assertThat(r.accepted().size()).isEqualTo(1);
    assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(3));
    var objects =
        BirthRegistrationCsv.read(
            io.github.connectlao.csv.CsvReader.of(
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "ff.csv"),
            G,
            LocalDate.now(),
            io.github.connectlao.csv.OnBadRow.COLLECT);
    assertThat(objects.accepted())
        .singleElement()
        .satisfies(b -> assertThat(b.id()).isEqualTo("A"));
    assertThat(objects.errors()).isEqualTo(r.errors());
  }

  @Test
  void aCellOverTheLimitIsOneRowErrorAndTheNextRowIsKept() {
    String longId = "\"" + "x".repeat(3 << 20) + "\"";
    InputStream in =
        new SequenceInputStream(
            new ByteArrayInputStream(
                (HEADER + longId + ",M,2020-01-01,LA01,,,,,,\n").getBytes(StandardCharsets.UTF_8)),
            new ByteArrayInputStream(
                "B,F,2020-01-01,LA01,,,,,,\n".getBytes(StandardCharsets.UTF_8)));
    ImportResult<BirthRegistry> r = BirthRegistry.readCsv(in, "long", G);
    assertThat(r.accepted().size()).isEqualTo(1);
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo("id");
              assertThat(e.reason()).isEqualTo("is longer than 1048576 bytes");
            });
  }
}
