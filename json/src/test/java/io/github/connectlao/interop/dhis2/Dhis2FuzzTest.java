package io.github.connectlao.interop.dhis2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.testing.ImportOracles;
import io.github.connectlao.testing.ImportOracles.Rows;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coverage-guided fuzzing (Jazzer) of the DHIS2 readers: {@code dataValueSets} as JSON and as CSV,
 * ADX, the organisation units JSON and the statistic-to-data-element mapping CSV.
 *
 * <p>An input is the file's bytes (UTF-8, at most {@value #MAX_INPUT} bytes; longer inputs are
 * skipped, which bounds one execution). Oracles: only documented exceptions ({@link
 * io.github.connectlao.ConnectLaoException} subtypes with a message) escape; every error has a line
 * and a reason; for the CSV readers every data row is accepted or reported (counted by the CSV
 * toolkit alone); round trip: what is accepted, written by the library's writer and read back gives
 * the same values with no error; JSON and CSV agree (a value set read from JSON, written as CSV,
 * reads back the same).
 *
 * <p>The normal test run replays the committed seeds in {@code
 * src/test/resources/io/github/connectlao/interop/dhis2/Dhis2FuzzTestInputs/<method>/}. Fuzz one
 * harness (one per JVM) with, from the repository root:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -ntp -pl core,json test -Dtest='Dhis2FuzzTest#dataValueSetsJson' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * (see docs/reliability.md for the length of a run).
 */
class Dhis2FuzzTest {
  static final int MAX_INPUT = 1 << 16;
  static final String SOURCE_NAME = "fuzz";

  /** What a value means, without where it was read (line, JSON path). */
  record Meaning(
      String dataElement,
      String period,
      String orgUnit,
      String categoryOptionCombo,
      String attributeOptionCombo,
      String value,
      String storedBy,
      String lastUpdated,
      String comment,
      boolean followUp) {
    static Meaning of(Dhis2DataValue v) {
      return new Meaning(
          v.dataElement(),
          v.period(),
          v.orgUnit(),
          v.categoryOptionCombo(),
          v.attributeOptionCombo(),
          v.value(),
          v.storedBy(),
          v.lastUpdated(),
          v.comment(),
          v.followUp());
    }
  }

  static List<Meaning> meanings(List<Dhis2DataValue> values) {
    return values.stream().map(Meaning::of).toList();
  }

  @FuzzTest(maxDuration = "5m")
  void dataValueSetsJson(byte[] bytes) {
    if (bytes.length > MAX_INPUT) {
      return;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    ImportResult<List<Dhis2DataValue>> read =
        ImportOracles.collected(
            () -> DataValueSets.readJson(new StringReader(text), SOURCE_NAME), Set.of());
    if (read == null) {
      return;
    }
    errorsHaveALineAndAReason(read.errors());
    StringWriter json = new StringWriter();
    DataValueSets.writeJson(read.accepted(), json);
    ImportResult<List<Dhis2DataValue>> back =
        DataValueSets.readJson(new StringReader(json.toString()), "written.json");
    assertThat(back.errors()).as("errors reading back what was written").isEmpty();
    assertThat(meanings(back.accepted())).isEqualTo(meanings(read.accepted()));
    // the CSV form carries the same values
    StringWriter csv = new StringWriter();
    DataValueSets.writeCsv(read.accepted(), csv);
    ImportResult<List<Dhis2DataValue>> asCsv =
        DataValueSets.readCsv(new StringReader(csv.toString()), "written.csv");
    assertThat(asCsv.errors()).as("errors reading the CSV form back").isEmpty();
    assertThat(meanings(asCsv.accepted())).isEqualTo(meanings(read.accepted()));
  }

  @FuzzTest(maxDuration = "5m")
  void dataValueSetsCsv(byte[] bytes) {
    if (bytes.length > MAX_INPUT) {
      return;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    ImportResult<List<Dhis2DataValue>> read =
        ImportOracles.collected(
            () -> DataValueSets.readCsv(new StringReader(text), SOURCE_NAME), Set.of());
    if (read == null) {
      return;
    }
    errorsHaveALineAndAReason(read.errors());
    StringWriter csv = new StringWriter();
    DataValueSets.writeCsv(read.accepted(), csv);
    ImportResult<List<Dhis2DataValue>> back =
        DataValueSets.readCsv(new StringReader(csv.toString()), "written.csv");
    assertThat(back.errors()).as("errors reading back what was written").isEmpty();
    assertThat(meanings(back.accepted())).isEqualTo(meanings(read.accepted()));
  }

  @FuzzTest(maxDuration = "5m")
  void adx(byte[] bytes) {
    if (bytes.length > MAX_INPUT) {
      return;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    ImportResult<List<Dhis2DataValue>> read =
        ImportOracles.collected(() -> Adx.read(new StringReader(text), SOURCE_NAME), Set.of());
    if (read == null) {
      return;
    }
    errorsHaveALineAndAReason(read.errors());
    StringWriter out = new StringWriter();
    if (ImportOracles.outcome(
            () -> {
              Adx.write(read.accepted(), "", out);
              return out;
            },
            Set.of())
        == null) {
      return; // a period without an ADX form: refused with a documented exception
    }
    ImportResult<List<Dhis2DataValue>> back =
        Adx.read(new StringReader(out.toString()), "written.xml");
    assertThat(back.errors()).as("errors reading back what was written").isEmpty();
    // the writer writes one group per org unit, period and attribute combination, so values whose
    // groups interleave in the input come back grouped: the same values, maybe in another order
    assertThat(back.accepted().stream().map(Dhis2FuzzTest::adxMeaning).toList())
        .containsExactlyInAnyOrderElementsOf(
            read.accepted().stream().map(Dhis2FuzzTest::adxMeaning).toList());
  }

  static List<Object> adxMeaning(Dhis2DataValue v) {
    return List.of(
        v.dataElement(),
        v.period(),
        v.orgUnit(),
        v.categoryOptionCombo(),
        v.attributeOptionCombo(),
        Map.copyOf(v.disaggregation()),
        v.value());
  }

  @FuzzTest(maxDuration = "5m")
  void orgUnitsJson(byte[] bytes) {
    if (bytes.length > MAX_INPUT) {
      return;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    ImportResult<List<Dhis2OrgUnit>> read =
        ImportOracles.collected(
            () -> Dhis2OrgUnits.readJson(new StringReader(text), SOURCE_NAME), Set.of());
    if (read == null) {
      return;
    }
    errorsHaveALineAndAReason(read.errors());
    for (Dhis2OrgUnit u : read.accepted()) {
      assertThat(u.id()).isNotBlank();
    }
  }

  @FuzzTest(maxDuration = "5m")
  void mappingCsv(byte[] bytes) {
    if (bytes.length > MAX_INPUT) {
      return;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    Rows rows =
        ImportOracles.rows(() -> CsvReader.of(new StringReader(text), SOURCE_NAME), List.of())
            .orElse(Rows.NONE);
    ImportResult<List<Dhis2Mapping.Entry>> read =
        ImportOracles.collected(
            () -> Dhis2Mapping.readCsv(new StringReader(text), SOURCE_NAME), Set.of());
    if (read == null) {
      return;
    }
    ImportOracles.rowsAccountedFor(read.errors(), read.accepted().size(), rows);
    Dhis2Mapping mapping = ImportOracles.outcome(() -> Dhis2Mapping.of(read), Set.of());
    if (mapping == null) {
      return;
    }
    StringWriter out = new StringWriter();
    mapping.writeCsv(out);
    ImportResult<List<Dhis2Mapping.Entry>> back =
        Dhis2Mapping.readCsv(new StringReader(out.toString()), "written.csv");
    assertThat(back.errors()).as("errors reading back what was written").isEmpty();
    assertThat(back.accepted()).containsExactlyInAnyOrderElementsOf(mapping.entries());
  }

  static void errorsHaveALineAndAReason(List<RowError> errors) {
    // plain checks, not two AssertJ assertions per error: affordable for thousands of errors
    for (RowError e : errors) {
      if (e.line() < 0 || e.reason() == null || e.reason().isBlank()) {
        fail("an error without a line or a reason: %s", e);
      }
    }
  }
}
