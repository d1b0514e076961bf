package io.github.connectlao.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.connectlao.admin.AdminUnitCsv;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.BirthRegistrationCsv;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import io.github.connectlao.csv.RowError;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated CSV thrown at every importer: each input ends in a result or a documented
 * exception, never a crash, a hang or an out-of-memory; every valid row of a mixed file is kept.
 * Run longer with {@code -Dfuzz.examples=20000}.
 */
class CsvFuzzTest {
  private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final long START = Fuzz.CASES.get();

  /** Synthetic seed file: every kind of cell the importer reads. */
  static final String REGISTRATIONS =
      String.join(
          "\n",
          "id,sex,date_of_birth,place_of_birth,in_health_facility,birth_notice_date,registration_date,"
              + "registration_office,certificate_issued,date_of_death,child_name",
          "SYN-1,F,2022-03-01,LA0501,yes,2022-03-05,2022-03-20,LA0501,yes,,Synthetic A",
          "SYN-2,ຊາຍ,໑/໓/໒໐໒໒,LA0501,ບໍ່,,ວັນທີ 10 ມີນາ 2022,LA-BK,1,,",
          "SYN-3,F,2023-12-31,LA0502,,,,,,2024-01-02,\"quoted, \"\"name\"\"\"",
          "SYN-4,Q,2022-03-01,LA9999,maybe,,,,,,");

  static final String UNITS =
      String.join(
          "\n",
          "code;level;parent_code;name_lo;name_en;valid_from",
          "TST1;ບ້ານ;LA0501;ບ້ານທົດລອງ;Test One;",
          "TST2;village;LA0501;;\"Test; Two\";໒໐໑໓",
          "TST3;hamlet;LA9999;;;2013-13");

  static final String POPULATION =
      String.join(
          "\n",
          "unit_code,year,sex,age_group,population,crude_birth_rate,source,confidence",
          "LA05,໒໐໑໕,both,all ages,\"174,439\",,synthetic test,synthetic",
          "LA,2015,female,0-4,10000,,synthetic test,synthetic",
          "LA,2015,both,all ages,,24.5,synthetic test,synthetic",
          "LA99,15,x,5-1,-3,abc,,guess");

  static Object population(byte[] bytes, boolean strict) {
    try (CsvReader csv = CsvReader.of(new ByteArrayInputStream(bytes), "fuzz.csv")) {
      return io.github.connectlao.crvs.PopulationCsv.read(
          csv, LAO, strict ? OnBadRow.STOP : OnBadRow.COLLECT);
    }
  }

  static final String SAM_SANG = io.github.connectlao.targets.TargetCsvImportTestData.SAM_SANG;
  static final String VALUES = io.github.connectlao.targets.TargetCsvImportTestData.VALUES;

  static Object samSang(byte[] bytes, boolean strict) {
    try (CsvReader csv = CsvReader.of(new ByteArrayInputStream(bytes), "fuzz.csv")) {
      return io.github.connectlao.targets.SamSangCsv.read(
          csv, LAO, strict ? OnBadRow.STOP : OnBadRow.COLLECT);
    }
  }

  static Object values(byte[] bytes, boolean strict) {
    try (CsvReader csv = CsvReader.of(new ByteArrayInputStream(bytes), "fuzz.csv")) {
      return io.github.connectlao.indicator.IndicatorValueCsv.read(
          csv,
          LAO,
          io.github.connectlao.indicator.IndicatorCatalogue.laoPdr(),
          strict ? OnBadRow.STOP : OnBadRow.COLLECT);
    }
  }

  static ImportResult<List<BirthRegistration>> registrations(byte[] bytes) {
    try (CsvReader csv = CsvReader.of(new ByteArrayInputStream(bytes), "fuzz.csv")) {
      return BirthRegistrationCsv.read(csv, LAO, TODAY, OnBadRow.COLLECT);
    }
  }

  static Object units(byte[] bytes, boolean strict) {
    try (CsvReader csv = CsvReader.of(new ByteArrayInputStream(bytes), "fuzz.csv")) {
      return AdminUnitCsv.read(csv, LAO, strict ? OnBadRow.STOP : OnBadRow.COLLECT);
    }
  }

  @Test
  void mutatedRegistrationFilesEndInAResultOrADocumentedException() {
    byte[] seed = REGISTRATIONS.getBytes(StandardCharsets.UTF_8);
    Fuzz.qt()
        .withExamples(Fuzz.examples())
        .forAll(longs().all())
        .checkAssert(
            s -> {
              byte[] input = Fuzz.mutate(seed, s);
              ImportResult<List<BirthRegistration>> r =
                  Fuzz.run("registrations seed " + s, () -> registrations(input));
              if (r != null) {
                for (RowError e : r.errors()) {
                  assertThat(e.reason()).isNotBlank();
                  assertThat(e.line()).isPositive();
                  if (e.column().equals("id") || e.column().equals("child_name")) {
                    assertThat(e.value()).isEmpty();
                  }
                }
              }
            });
  }

  @Test
  void mutatedRegistrationFilesIntoTheColumnarRegistryEndInAResultOrADocumentedException() {
    byte[] seed = REGISTRATIONS.getBytes(StandardCharsets.UTF_8);
    Fuzz.qt()
        .withExamples(Fuzz.examples())
        .forAll(longs().all())
        .checkAssert(
            s -> {
              byte[] input = Fuzz.mutate(seed, s);
              Object r =
                  Fuzz.run(
                      "registry seed " + s,
                      () ->
                          io.github.connectlao.crvs.BirthRegistry.readCsv(
                              new ByteArrayInputStream(input), "fuzz.csv", LAO));
              if (r instanceof io.github.connectlao.csv.ImportResult<?> ri) {
                for (RowError e : ri.errors()) {
                  assertThat(e.reason()).isNotBlank();
                  if (e.column().equals("id") || e.column().equals("child_name")) {
                    assertThat(e.value()).isEmpty();
                  }
                }
              }
            });
  }

  @Test
  void mutatedUnitFilesEndInAResultOrADocumentedException() {
    byte[] seed = UNITS.getBytes(StandardCharsets.UTF_8);
    Fuzz.qt()
        .withExamples(Fuzz.examples())
        .forAll(longs().all(), integers().between(0, 1))
        .checkAssert(
            (s, strict) ->
                Fuzz.run("units seed " + s, () -> units(Fuzz.mutate(seed, s), strict == 1)));
  }

  @Test
  void mutatedPopulationFilesEndInAResultOrADocumentedException() {
    byte[] seed = POPULATION.getBytes(StandardCharsets.UTF_8);
    Fuzz.qt()
        .withExamples(Fuzz.examples())
        .forAll(longs().all(), integers().between(0, 1))
        .checkAssert(
            (s, strict) ->
                Fuzz.run(
                    "population seed " + s, () -> population(Fuzz.mutate(seed, s), strict == 1)));
  }

  @Test
  void mutatedSamSangAndIndicatorValueFilesEndInAResultOrADocumentedException() {
    byte[] samSang = SAM_SANG.getBytes(StandardCharsets.UTF_8);
    byte[] values = VALUES.getBytes(StandardCharsets.UTF_8);
    Fuzz.qt()
        .withExamples(Fuzz.examples())
        .forAll(longs().all(), integers().between(0, 1))
        .checkAssert(
            (s, strict) -> {
              Fuzz.run("sam sang seed " + s, () -> samSang(Fuzz.mutate(samSang, s), strict == 1));
              Fuzz.run(
                  "indicator values seed " + s, () -> values(Fuzz.mutate(values, s), strict == 1));
            });
  }

  @Test
  void randomBytesEndInAResultOrADocumentedException() {
    Fuzz.qt()
        .withExamples(Fuzz.examples())
        .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 400))
        .checkAssert(
            list -> {
              byte[] b = new byte[list.size()];
              for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (int) list.get(i);
              }
              Fuzz.run("random bytes", () -> registrations(b));
              Fuzz.run("random bytes", () -> units(b, false));
              Fuzz.run("random bytes", () -> population(b, false));
              Fuzz.run("random bytes", () -> samSang(b, false));
              Fuzz.run("random bytes", () -> values(b, false));
              Fuzz.run(
                  "random bytes",
                  () ->
                      io.github.connectlao.crvs.BirthRegistry.readCsv(
                          new ByteArrayInputStream(b), "fuzz.csv", LAO));
            });
  }

  @Test
  void randomTextAfterAValidHeaderEndsInAResultOrADocumentedException() {
    String header = REGISTRATIONS.substring(0, REGISTRATIONS.indexOf('\n') + 1);
    Fuzz.qt()
        .withExamples(Fuzz.examples())
        .forAll(strings().allPossible().ofLengthBetween(0, 300))
        .checkAssert(
            s ->
                Fuzz.run(
                    "random text",
                    () -> registrations((header + s).getBytes(StandardCharsets.UTF_8))));
  }

  /** One generated row: valid, or broken in exactly one cell. */
  private static String row(int i, int kind) {
    String id = "G-" + i;
    switch (kind) {
      case 0:
        return id + ",F,2022-03-01,LA0501,yes,,2022-03-02,LA0501,yes,,";
      case 1:
        return id + ",M,໑/໓/໒໐໒໒,LA0502,,,,,,,";
      case 2:
        return id + ",2,ວັນທີ 1 ມີນາ 2022,0501,no,,,,no,,";
      case 3:
        return id + ",Z,2022-03-01,LA0501,,,,,,,"; // bad sex
      case 4:
        return id + ",F,2022-13-01,LA0501,,,,,,,"; // bad date
      case 5:
        return id + ",F,2022-03-01,XX01,,,,,,,"; // unknown unit
      case 6:
        return id + ",F,2099-03-01,LA0501,,,,,,,"; // future
      case 7:
        return id + ",F,2022-03-01,LA0501,,,2022-02-01,,,,"; // before birth
      default:
        return id + ",F,2022-03-01,LA0501,,,,,yes,,"; // certificate without registration
    }
  }

  @Test
  void everyValidRowOfAMixedFileIsKeptAndEveryBadRowReported() {
    Fuzz.qt()
        .withExamples(Math.max(100, Fuzz.examples() / 3))
        .forAll(lists().of(integers().between(0, 8)).ofSizeBetween(0, 60), integers().between(0, 1))
        .checkAssert(
            (kinds, semicolon) -> {
              StringBuilder sb =
                  new StringBuilder(REGISTRATIONS.substring(0, REGISTRATIONS.indexOf('\n') + 1));
              List<String> valid = new ArrayList<>();
              List<Long> badLines = new ArrayList<>();
              for (int i = 0; i < kinds.size(); i++) {
                sb.append(row(i, kinds.get(i))).append(i % 2 == 0 ? "\n" : "\r\n");
                if (kinds.get(i) <= 2) {
                  valid.add("G-" + i);
                } else {
                  badLines.add(i + 2L);
                }
              }
              String text = semicolon == 1 ? sb.toString().replace(',', ';') : sb.toString();
              ImportResult<List<BirthRegistration>> r =
                  Fuzz.run("mixed", () -> registrations(text.getBytes(StandardCharsets.UTF_8)));
              assertThat(r).isNotNull();
              assertThat(r.accepted())
                  .extracting(BirthRegistration::id)
                  .containsExactlyElementsOf(valid);
              assertThat(r.errors()).extracting(RowError::line).containsExactlyElementsOf(badLines);
            });
  }

  @AfterAll
  static void report() {
    System.out.println("CsvFuzzTest: " + (Fuzz.CASES.get() - START) + " fuzz cases run");
  }
}
