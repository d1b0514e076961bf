package io.github.connectlao.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.AdminUnitCsv;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.BirthRegistrationCsv;
import io.github.connectlao.crvs.BirthRegistry;
import io.github.connectlao.crvs.PopulationCsv;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.crvs.RegistrationRules;
import io.github.connectlao.csv.CsvColumn;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.CsvTable;
import io.github.connectlao.csv.HeaderLanguage;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.indicator.IndicatorCatalogue;
import io.github.connectlao.indicator.IndicatorValueCsv;
import io.github.connectlao.interop.ExternalIds;
import io.github.connectlao.interop.StatisticCell;
import io.github.connectlao.interop.UnitMatcher;
import io.github.connectlao.interop.opencrvs.AdministrativeAreas;
import io.github.connectlao.interop.opencrvs.Statistics;
import io.github.connectlao.interop.opensdg.OpenSdgCsv;
import io.github.connectlao.interop.opensdg.OpenSdgSeries;
import io.github.connectlao.targets.SamSangCsv;
import io.github.connectlao.testing.ImportOracles;
import io.github.connectlao.testing.ImportOracles.Rows;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Coverage-guided fuzzing (Jazzer) of every CSV importer of {@code core}; the DHIS2 readers are
 * fuzzed in module {@code json} ({@code Dhis2FuzzTest}), the JSON forms by {@code JsonFormFuzzTest}.
 *
 * <p>An input is the file's bytes (at most {@value #MAX_INPUT} of them, which bounds the time of one
 * execution; larger inputs are skipped). Each harness reads it in default and in strict mode and
 * checks, besides "no crash" (strict mode is {@link OnBadRow#STOP}, default {@link OnBadRow#COLLECT}):
 *
 * <ul>
 *   <li>only documented exceptions ({@link io.github.connectlao.ConnectLaoException} subtypes, with a
 *       message) escape; anything else — a {@code NullPointerException}, an {@code
 *       ArrayIndexOutOfBoundsException}, an {@code OutOfMemoryError} — is a finding;
 *   <li>the data rows the CSV toolkit reads alone are all accounted for: accepted rows plus rows
 *       reported equal the data rows, and every error names one of their lines and a reason;
 *   <li>registrations: no identifier or child's name of the input in any row error, exception
 *       message or cause ({@link ImportOracles}); a row with shifted cells shows no value;
 *   <li>strict mode refuses exactly the files the default mode reports errors for, and otherwise
 *       reads the same records;
 *   <li>round trip: the accepted records written by the library's own writer read back to the same
 *       records with no error;
 *   <li>registrations: the object reader ({@code BirthRegistrationCsv}) and the columnar registry
 *       ({@code BirthRegistry.readCsv}) accept the same rows with the same values and report the same
 *       errors (line, column, value, reason) — a differential oracle.
 * </ul>
 *
 * <p>The normal test run replays the committed seeds in {@code
 * src/test/resources/io/github/connectlao/fuzz/ImporterFuzzTestInputs/<method>/} (regression
 * mode). Fuzz one harness (one per JVM) with, from the repository root:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -ntp -pl core test -Dtest='ImporterFuzzTest#registrations' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * A run lasts {@code maxDuration} (5 minutes); libFuzzer options given as {@code
 * -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-runs=1000000} (more as {@code .2}, {@code
 * .3}...) come after Jazzer's own and override them, e.g. {@code -max_total_time=36000} to lift the 5
 * minutes and {@code -max_len=4096} to bound the inputs. {@code docs/reliability.md} gives the full
 * command, which also keeps the harnesses and oracles out of the instrumentation ({@code
 * -Djazzer.instrumentation_excludes}, {@code -Djazzer.custom_hook_excludes}). Each run keeps
 * its corpus in {@code core/.cifuzz-corpus/} (resumed by the next run) and writes any finding as a
 * {@code crash-*} file in the inputs
 * directory, where it stays as a regression seed.
 */
class ImporterFuzzTest {
  /** Inputs longer than this are skipped: a bound on the time of one execution. */
  static final int MAX_INPUT = 1 << 16;

  static final Gazetteer LAO = Gazetteer.laoPdr();
  static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
  static final RegistrationRules RULES = RegistrationRules.of(LAO, TODAY);

  /** Built once: it does not depend on the input. */
  static final UnitMatcher MATCHER = UnitMatcher.of(LAO);

  static final String SOURCE_NAME = "fuzz.csv";
  static final Source SYNTHETIC = Source.synthetic("fuzz input");

  // ---------------------------------------------------------------- registrations

  @FuzzTest(maxDuration = "5m")
  void registrations(byte[] bytes) {
    if (bytes.length > MAX_INPUT) {
      return;
    }
    Rows rows = rowsOf(bytes, List.of(BirthRegistrationCsv.ID, BirthRegistrationCsv.CHILD_NAME));
    ImportResult<List<BirthRegistration>> objects =
        ImportOracles.collected(() -> readRegistrations(bytes, false), rows.secrets());
    ImportResult<BirthRegistry> registry =
        ImportOracles.collected(
            () -> BirthRegistry.readCsv(new ByteArrayInputStream(bytes), SOURCE_NAME, RULES),
            rows.secrets());
    // differential: both readers refuse the same files, accept the same rows, report the same
    // errors
    assertThat(registry == null)
        .as("registry refuses the file iff the object reader does")
        .isEqualTo(objects == null);
    ImportResult<List<BirthRegistration>> strict =
        ImportOracles.outcome(() -> readRegistrations(bytes, true), rows.secrets());
    if (objects == null) {
      assertThat(strict).isNull();
      return;
    }
    ImportOracles.rowsAccountedFor(objects.errors(), objects.accepted().size(), rows);
    assertThat(registry.errors())
        .as("registry errors = object reader errors")
        .isEqualTo(objects.errors());
    sameRegistrations(registry.accepted(), objects.accepted());
    strictAgrees(
        objects.errors(), strict, objects.accepted(), strict == null ? null : strict.accepted());
    // round trip through the library's writer, names included
    String written =
        BirthRegistrationCsv.table(objects.accepted(), true).toCsv(HeaderLanguage.ENGLISH);
    ImportResult<List<BirthRegistration>> back =
        readRegistrations(written.getBytes(StandardCharsets.UTF_8), false);
    assertThat(back.errors()).as("errors reading back what was written").isEmpty();
    assertThat(back.accepted()).isEqualTo(objects.accepted());
  }

  static ImportResult<List<BirthRegistration>> readRegistrations(byte[] bytes, boolean strict) {
    try (CsvReader csv = csv(bytes)) {
      return BirthRegistrationCsv.read(csv, RULES, strict ? OnBadRow.STOP : OnBadRow.COLLECT);
    }
  }

  /** The columnar registry holds exactly the accepted registrations, in order. */
  static void sameRegistrations(BirthRegistry registry, List<BirthRegistration> accepted) {
    assertThat(registry.size()).as("rows in the registry").isEqualTo(accepted.size());
    for (int i = 0; i < accepted.size(); i++) {
      BirthRegistration r = accepted.get(i);
      assertThat(registry.dateOfBirth(i)).isEqualTo(r.dateOfBirth());
      assertThat(registry.sex(i)).isEqualTo(r.sex());
      assertThat(registry.gazetteer().unitAt(registry.placeIndex(i)).code())
          .isEqualTo(r.placeOfBirthCode());
      assertThat(registry.registrationDelayDays(i))
          .isEqualTo(
              r.registrationDate().map(d -> (int) (d.toEpochDay() - r.dateOfBirth().toEpochDay())));
      assertThat(registry.birthNoticeDate(i)).isEqualTo(r.birthNoticeDate());
      assertThat(registry.dateOfDeath(i)).isEqualTo(r.dateOfDeath());
      assertThat(registry.inHealthFacility(i)).isEqualTo(r.inHealthFacility());
      assertThat(registry.certificateIssued(i)).isEqualTo(r.certificateIssued());
    }
  }

  // ---------------------------------------------------------------- reference-data importers

  @FuzzTest(maxDuration = "5m")
  void units(byte[] bytes) {
    if (bytes.length > MAX_INPUT) {
      return;
    }
    Rows rows = rowsOf(bytes, List.of());
    ImportResult<Gazetteer> imported =
        ImportOracles.collected(() -> readUnits(bytes, false), Set.of());
    ImportResult<Gazetteer> strict = ImportOracles.outcome(() -> readUnits(bytes, true), Set.of());
    if (imported == null) {
      assertThat(strict).isNull();
      return;
    }
    List<AdminUnit> added = imported.accepted().unitsNotIn(LAO);
    ImportOracles.rowsAccountedFor(imported.errors(), imported.acceptedRows(), rows);
    assertThat(added).as("units added").hasSize(imported.acceptedRows());
    strictAgrees(
        imported.errors(),
        strict,
        added,
        strict == null ? null : strict.accepted().unitsNotIn(LAO));
    // the writer states an inherited valid_from, so only the provenance note may differ on reading
    // back
    ImportResult<Gazetteer> back =
        readUnits(
            AdminUnitCsv.table(added)
                .toCsv(HeaderLanguage.ENGLISH)
                .getBytes(StandardCharsets.UTF_8),
            false);
    assertThat(back.errors()).as("errors reading back what was written").isEmpty();
    assertThat(back.accepted().unitsNotIn(LAO).stream().map(ImporterFuzzTest::withoutNote).toList())
        .isEqualTo(added.stream().map(ImporterFuzzTest::withoutNote).toList());
  }

  static AdminUnit withoutNote(AdminUnit u) {
    return new AdminUnit(
        u.code(),
        u.level(),
        u.parentCode(),
        u.nameLao(),
        u.nameEnglish(),
        u.alternativeNames(),
        u.identifiers(),
        u.validFrom(),
        u.validTo(),
        Source.of(u.source().citation(), u.source().confidence()));
  }

  static ImportResult<Gazetteer> readUnits(byte[] bytes, boolean strict) {
    try (CsvReader csv = csv(bytes)) {
      return AdminUnitCsv.read(csv, LAO, strict ? OnBadRow.STOP : OnBadRow.COLLECT);
    }
  }

  @FuzzTest(maxDuration = "5m")
  void population(byte[] bytes) {
    if (bytes.length > MAX_INPUT) {
      return;
    }
    Rows rows = rowsOf(bytes, List.of());
    ImportResult<PopulationTable> imported =
        ImportOracles.collected(() -> readPopulation(bytes, false), Set.of());
    ImportResult<PopulationTable> strict =
        ImportOracles.outcome(() -> readPopulation(bytes, true), Set.of());
    if (imported == null) {
      assertThat(strict).isNull();
      return;
    }
    ImportOracles.errorsAreClean(imported.errors(), rows);
    // a row gives a population, a birth rate or both; a row reported may still give its other
    // figure
    int figures =
        imported.accepted().populations().size() + imported.accepted().birthRates().size();
    Set<Long> reported = linesOf(imported.errors(), rows);
    assertThat(figures)
        .as("figures read")
        .isBetween(rows.count() - reported.size(), 2 * rows.count());
    assertThat(strict == null)
        .as("strict refuses iff errors")
        .isEqualTo(!imported.errors().isEmpty());
    if (strict != null) {
      assertThat(strict.accepted().populations()).isEqualTo(imported.accepted().populations());
      assertThat(strict.accepted().birthRates()).isEqualTo(imported.accepted().birthRates());
    }
    String written = PopulationCsv.table(imported.accepted()).toCsv(HeaderLanguage.ENGLISH);
    ImportResult<PopulationTable> back =
        readPopulation(written.getBytes(StandardCharsets.UTF_8), false);
    assertThat(back.errors()).as("errors reading back what was written").isEmpty();
    assertThat(back.accepted().populations())
        .containsExactlyInAnyOrderElementsOf(imported.accepted().populations());
    assertThat(back.accepted().birthRates())
        .containsExactlyInAnyOrderElementsOf(imported.accepted().birthRates());
  }

  static ImportResult<PopulationTable> readPopulation(byte[] bytes, boolean strict) {
    try (CsvReader csv = csv(bytes)) {
      return PopulationCsv.read(csv, LAO, strict ? OnBadRow.STOP : OnBadRow.COLLECT);
    }
  }

  @FuzzTest(maxDuration = "5m")
  void samSang(byte[] bytes) {
    checkRowImporter(
        bytes,
        (b, strict) -> {
          try (CsvReader csv = csv(b)) {
            return SamSangCsv.read(csv, LAO, strict ? OnBadRow.STOP : OnBadRow.COLLECT);
          }
        },
        SamSangCsv::table);
  }

  @FuzzTest(maxDuration = "5m")
  void indicatorValues(byte[] bytes) {
    checkRowImporter(
        bytes,
        (b, strict) -> {
          try (CsvReader csv = csv(b)) {
            return IndicatorValueCsv.read(
                csv, LAO, IndicatorCatalogue.laoPdr(), strict ? OnBadRow.STOP : OnBadRow.COLLECT);
          }
        },
        IndicatorValueCsv::table);
  }

  // ---------------------------------------------------------------- interoperability files

  @FuzzTest(maxDuration = "5m")
  void externalIds(byte[] bytes) {
    if (bytes.length > MAX_INPUT) {
      return;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    Rows rows = rowsOf(text, List.of());
    ImportResult<ExternalIds> imported =
        ImportOracles.collected(
            () -> ExternalIds.readCsv(new StringReader(text), SOURCE_NAME, LAO), Set.of());
    if (imported == null) {
      return;
    }
    ImportOracles.errorsAreClean(imported.errors(), rows);
    Set<Long> reported = linesOf(imported.errors(), rows);
    assertThat(imported.accepted().size())
        .as("links kept")
        .isLessThanOrEqualTo(rows.count() - reported.size());
    StringWriter out = new StringWriter();
    imported.accepted().writeCsv(out);
    ImportResult<ExternalIds> back =
        ExternalIds.readCsv(new StringReader(out.toString()), "written.csv", LAO);
    assertThat(back.errors()).as("errors reading back what was written").isEmpty();
    assertThat(back.accepted()).isEqualTo(imported.accepted());
  }

  @FuzzTest(maxDuration = "5m")
  void openSdg(byte[] bytes) {
    if (bytes.length < 1 || bytes.length > MAX_INPUT) {
      return;
    }
    // byte 0 picks the series
    List<OpenSdgSeries> all =
        List.of(OpenSdgSeries.SDG_16_9_1, OpenSdgSeries.BIRTH_REGISTRATIONS_RECORDED);
    OpenSdgSeries series = all.get(Byte.toUnsignedInt(bytes[0]) % all.size());
    String text = new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_8);
    Rows rows = rowsOf(text, List.of());
    ImportResult<List<StatisticCell>> read =
        ImportOracles.collected(
            () -> OpenSdgCsv.read(series, new StringReader(text), SOURCE_NAME, LAO), Set.of());
    if (read == null) {
      return;
    }
    ImportOracles.rowsAccountedFor(read.errors(), read.accepted().size(), rows);
    StringWriter out = new StringWriter();
    List<RowError> problems = OpenSdgCsv.write(series, read.accepted(), LAO, out);
    if (problems.isEmpty()) {
      ImportResult<List<StatisticCell>> back =
          OpenSdgCsv.read(series, new StringReader(out.toString()), "written.csv", LAO);
      assertThat(back.errors()).as("errors reading back what was written").isEmpty();
      // the writer strips trailing zeros (73.0 is written 73): the same numbers, not the same scale
      assertThat(numbers(back.accepted()))
          .containsExactlyInAnyOrderElementsOf(numbers(read.accepted()));
    }
  }

  static List<StatisticCell> numbers(List<StatisticCell> cells) {
    return cells.stream()
        .map(
            c ->
                new StatisticCell(
                    c.statistic(),
                    c.unitCode(),
                    c.sex(),
                    c.timeliness(),
                    c.period(),
                    c.value().stripTrailingZeros()))
        .toList();
  }

  @FuzzTest(maxDuration = "5m")
  void openCrvsAreas(byte[] bytes) {
    if (bytes.length > MAX_INPUT) {
      return;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    Rows rows = rowsOf(text, List.of());
    ImportResult<List<AdministrativeAreas.Area>> read =
        ImportOracles.collected(
            () -> AdministrativeAreas.readCsv(new StringReader(text), SOURCE_NAME), Set.of());
    if (read == null) {
      return;
    }
    ImportOracles.errorsAreClean(read.errors(), rows);
    Set<Long> reported = linesOf(read.errors(), rows);
    for (AdministrativeAreas.Area a : read.accepted()) {
      if (!rows.lines().contains(a.line())) {
        fail("line of an area, %d, is not a data row: %s", a.line(), rows.lines());
      }
    }
    // matching the areas against the gazetteer is part of the import path
    ImportOracles.outcome(
        () -> AdministrativeAreas.ids(AdministrativeAreas.match(read.accepted(), MATCHER)),
        Set.of());
    assertThat(reported.size()).isLessThanOrEqualTo(rows.count());
  }

  @FuzzTest(maxDuration = "5m")
  void openCrvsStatistics(byte[] bytes) {
    if (bytes.length > MAX_INPUT) {
      return;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    Rows rows = rowsOf(text, List.of());
    ExternalIds ids = OpenCrvsIds.IDS;
    ImportResult<PopulationTable> read =
        ImportOracles.collected(
            () -> Statistics.readCsv(new StringReader(text), SOURCE_NAME, LAO, ids, SYNTHETIC),
            Set.of());
    if (read == null) {
      return;
    }
    ImportOracles.errorsAreClean(read.errors(), rows);
    linesOf(read.errors(), rows);
    StringWriter out = new StringWriter();
    Statistics.writeCsv(read.accepted(), LAO, ids, out);
    ImportResult<PopulationTable> back =
        Statistics.readCsv(new StringReader(out.toString()), "written.csv", LAO, ids, SYNTHETIC);
    assertThat(back.errors()).as("errors reading back what was written").isEmpty();
    assertThat(back.accepted().populations())
        .containsExactlyInAnyOrderElementsOf(read.accepted().populations());
    assertThat(back.accepted().birthRates())
        .containsExactlyInAnyOrderElementsOf(read.accepted().birthRates());
  }

  /** The OpenCRVS identifiers of the test fixture, matched once. */
  private static final class OpenCrvsIds {
    static final ExternalIds IDS = load();

    private static ExternalIds load() {
      try (var in =
          ImporterFuzzTest.class.getResourceAsStream(
              "/interop/opencrvs/administrative-areas.csv")) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return AdministrativeAreas.ids(
            AdministrativeAreas.match(
                AdministrativeAreas.readCsv(new StringReader(text), "areas.csv").accepted(),
                MATCHER));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  // ---------------------------------------------------------------- shared checks

  /** A reader of one row-per-record importer in default or strict mode. */
  interface RowImporter<T> {
    ImportResult<List<T>> read(byte[] bytes, boolean strict);
  }

  static <T> void checkRowImporter(
      byte[] bytes, RowImporter<T> importer, Function<List<T>, CsvTable> writer) {
    if (bytes.length > MAX_INPUT) {
      return;
    }
    Rows rows = rowsOf(bytes, List.of());
    ImportResult<List<T>> read =
        ImportOracles.collected(() -> importer.read(bytes, false), Set.of());
    ImportResult<List<T>> strict =
        ImportOracles.outcome(() -> importer.read(bytes, true), Set.of());
    if (read == null) {
      assertThat(strict).isNull();
      return;
    }
    ImportOracles.rowsAccountedFor(read.errors(), read.accepted().size(), rows);
    strictAgrees(read.errors(), strict, read.accepted(), strict == null ? null : strict.accepted());
    roundTrip(writer.apply(read.accepted()), b -> importer.read(b, false), read.accepted());
  }

  /** Strict mode throws exactly when the default mode reports an error, and reads the same otherwise. */
  static void strictAgrees(
      List<RowError> errors, Object strict, List<?> accepted, List<?> strictAccepted) {
    assertThat(strict == null)
        .as("strict mode refuses the file iff the default mode reports errors %s", errors)
        .isEqualTo(!errors.isEmpty());
    if (strict != null) {
      assertThat(strictAccepted).isEqualTo(accepted);
    }
  }

  static <T> void roundTrip(
      CsvTable table, Function<byte[], ImportResult<List<T>>> read, List<T> accepted) {
    byte[] written = table.toCsv(HeaderLanguage.ENGLISH).getBytes(StandardCharsets.UTF_8);
    ImportResult<List<T>> back = read.apply(written);
    assertThat(back.errors()).as("errors reading back what was written").isEmpty();
    assertThat(back.accepted()).isEqualTo(accepted);
  }

  /** The distinct data lines the errors name (an error may also name the header line). */
  static Set<Long> linesOf(List<RowError> errors, Rows rows) {
    Set<Long> lines = new HashSet<>();
    for (RowError e : errors) {
      if (rows.isRowError(e)) {
        lines.add(e.line());
      }
    }
    return lines;
  }

  static CsvReader csv(byte[] bytes) {
    return CsvReader.of(new ByteArrayInputStream(bytes), SOURCE_NAME);
  }

  static Rows rowsOf(byte[] bytes, List<CsvColumn> personal) {
    return ImportOracles.rows(() -> csv(bytes), personal).orElse(Rows.NONE);
  }

  static Rows rowsOf(String text, List<CsvColumn> personal) {
    return ImportOracles.rows(() -> CsvReader.of(new StringReader(text), SOURCE_NAME), personal)
        .orElse(Rows.NONE);
  }
}
