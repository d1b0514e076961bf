package io.github.connectlao.interop.dhis2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * DHIS2's {@code dataValueSets} files in their JSON and CSV forms: what is read, the defaults at the
 * top of a JSON document, every bad value reported with its line (and path) and kept out, and what
 * is written reading back the same. The shipped fixtures are read in {@link Dhis2DataTest}.
 */
class DataValueSetsTest {

  private static ImportResult<List<Dhis2DataValue>> json(String text) {
    return DataValueSets.readJson(new StringReader(text), "dvs.json");
  }

  private static ImportResult<List<Dhis2DataValue>> csv(String text) {
    return DataValueSets.readCsv(new StringReader(text), "dvs.csv");
  }

  /** What a value says, without where it was read. */
  private static List<Object> content(Dhis2DataValue v) {
    return List.of(
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

  @Test
  void theJavadocExample_aPeriodThatIsNotDhis2sIsReportedWithItsLinePathAndValue() {
    ImportResult<List<Dhis2DataValue>> r =
        json(
            "{\"dataValues\": [\n"
                + "{\"dataElement\": \"DE\", \"period\": \"2022\", \"orgUnit\": \"OU\", \"value\": \"1\"},\n"
                + "{\"dataElement\": \"DE\", \"period\": \"202201\", \"orgUnit\": \"OU\", \"value\": \"2\"},\n"
                + "{\"dataElement\": \"DE\", \"period\": \"2022Q1\", \"orgUnit\": \"OU\", \"value\": \"3\"},\n"
                + "{\"dataElement\": \"DE\", \"period\": \"2022W54\", \"orgUnit\": \"OU\", \"value\": \"4\"}\n"
                + "]}");
    assertThat(r.accepted()).extracting(Dhis2DataValue::value).containsExactly("1", "2", "3");
    assertThat(r.accepted())
        .extracting(Dhis2DataValue::line, Dhis2DataValue::path)
        .containsExactly(
            tuple(2L, "dataValues[0]"), tuple(3L, "dataValues[1]"), tuple(4L, "dataValues[2]"));
    assertThat(r.errors())
        .extracting(RowError::line, RowError::column, RowError::value)
        .containsExactly(tuple(5L, "dataValues[3].period", "2022W54"));
    assertThat(r.errors().get(0).reason()).isNotBlank();
  }

  @Test
  void thePartsAtTheTopApplyToEveryValueThatDoesNotGiveItsOwn_evenAfterTheArray() {
    ImportResult<List<Dhis2DataValue>> r =
        json(
            "{\"dataSet\": \"DS\", \"period\": \"2022\",\n"
                + "\"dataValues\": [\n"
                + "{\"dataElement\": \"A\", \"value\": \"1\"},\n"
                + "{\"dataElement\": \"B\", \"period\": \"202203\", \"orgUnit\": \"OU2\","
                + " \"attributeOptionCombo\": \"AOC2\", \"value\": \"2\"}\n"
                + "],\n"
                + "\"orgUnit\": \"OU\", \"attributeOptionCombo\": \"AOC\"}");
    assertThat(r.errors()).isEmpty();
    assertThat(r.accepted())
        .extracting(
            Dhis2DataValue::dataElement,
            Dhis2DataValue::period,
            Dhis2DataValue::orgUnit,
            Dhis2DataValue::attributeOptionCombo)
        .containsExactly(tuple("A", "2022", "OU", "AOC"), tuple("B", "202203", "OU2", "AOC2"));
  }

  @Test
  void aValueWithAMissingPartIsReportedByItsPath_nullCountsAsMissing() {
    ImportResult<List<Dhis2DataValue>> r =
        json(
            "{\"dataValues\": [\n"
                + "{\"period\": \"2022\", \"orgUnit\": \"OU\", \"value\": \"1\"},\n"
                + "{\"dataElement\": \"DE\", \"orgUnit\": \"OU\", \"value\": \"1\"},\n"
                + "{\"dataElement\": \"DE\", \"period\": \"2022\", \"value\": \"1\"},\n"
                + "{\"dataElement\": \"DE\", \"period\": \"2022\", \"orgUnit\": \"OU\", \"value\": null},\n"
                + "{\"dataElement\": \"DE\", \"period\": \"2022\", \"orgUnit\": \"OU\", \"value\": \" \"},\n"
                + "[1, 2],\n"
                + "{\"dataElement\": \"DE\", \"period\": \"2022\", \"orgUnit\": \"OU\", \"value\": 7,"
                + " \"followup\": true, \"extra\": {\"x\": 1}}\n"
                + "]}");
    assertThat(r.errors())
        .extracting(RowError::line, RowError::column, RowError::reason)
        .containsExactly(
            tuple(7L, "dataValues[5]", "must be an object"),
            tuple(2L, "dataValues[0].dataElement", "is missing"),
            tuple(3L, "dataValues[1].period", "is missing"),
            tuple(4L, "dataValues[2].orgUnit", "is missing"),
            tuple(5L, "dataValues[3].value", "is missing"),
            tuple(6L, "dataValues[4].value", "is missing"));
    // a number is read as its text; an unknown part is skipped
    assertThat(r.accepted())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.value()).isEqualTo("7");
              assertThat(v.followUp()).isTrue();
              assertThat(v.path()).isEqualTo("dataValues[6]");
            });
  }

  @Test
  void aDocumentWithoutDataValues_orWithDataValuesThatAreNotAnArray_saysSo() {
    assertThat(json("{\"dataSet\": \"DS\"}").errors())
        .extracting(RowError::line, RowError::column, RowError::reason)
        .containsExactly(tuple(1L, "dataValues", "is missing: the document holds no data values"));
    assertThat(json("{\"dataValues\": {}}").errors())
        .extracting(RowError::column, RowError::reason)
        .contains(tuple("dataValues", "must be an array"));
  }

  @Test
  void malformedJsonEndsTheReadingAtItsLine_keepingTheValuesBeforeIt() {
    ImportResult<List<Dhis2DataValue>> r =
        json(
            "{\"dataValues\": [\n"
                + "{\"dataElement\": \"DE\", \"period\": \"2022\", \"orgUnit\": \"OU\", \"value\": \"1\"},\n"
                + "{\"dataElement\": \"DE\", \"period\": \"2022\", \"orgUnit\": \"OU\", \"value\": \"2\"},\n"
                + "{\"dataElement\": \"DE\", \"period\": \"2022\", \"orgUnit\": OU}\n"
                + "]}");
    assertThat(r.accepted()).extracting(Dhis2DataValue::value).containsExactly("1", "2");
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(4);
              assertThat(e.reason()).startsWith("dvs.json: malformed JSON from here on");
            });
  }

  @Test
  void followUpIsReadInEitherSpelling() {
    ImportResult<List<Dhis2DataValue>> r =
        json(
            "{\"dataValues\": ["
                + "{\"dataElement\": \"DE\", \"period\": \"2022\", \"orgUnit\": \"OU\", \"value\": \"1\", \"followUp\": true},"
                + "{\"dataElement\": \"DE\", \"period\": \"2022\", \"orgUnit\": \"OU\", \"value\": \"2\", \"followup\": \"true\"},"
                + "{\"dataElement\": \"DE\", \"period\": \"2022\", \"orgUnit\": \"OU\", \"value\": \"3\"}"
                + "]}");
    assertThat(r.accepted())
        .extracting(Dhis2DataValue::followUp)
        .containsExactly(true, true, false);
  }

  @Test
  void theJsonFormHasOneValuePerLine_emptyPartsLeftOut() {
    StringWriter out = new StringWriter();
    DataValueSets.writeJson(
        List.of(
            Dhis2DataValue.of("DE", "2022", "OU", "", "", "1"),
            new Dhis2DataValue(
                "DE",
                "2022Q1",
                "OU",
                "COC",
                "AOC",
                Map.of(),
                "2",
                "me",
                "2023-01-01",
                "note",
                true,
                0,
                "")),
        out);
    assertThat(out.toString().lines())
        .containsExactly(
            "{",
            "\"dataValues\":[",
            "{\"dataElement\":\"DE\",\"period\":\"2022\",\"orgUnit\":\"OU\",\"value\":\"1\"}",
            ",{\"dataElement\":\"DE\",\"period\":\"2022Q1\",\"orgUnit\":\"OU\","
                + "\"categoryOptionCombo\":\"COC\",\"attributeOptionCombo\":\"AOC\",\"value\":\"2\","
                + "\"storedBy\":\"me\",\"lastUpdated\":\"2023-01-01\",\"comment\":\"note\","
                + "\"followup\":true}",
            "]",
            "}");
  }

  @Test
  void theCsvFormIsReadByPosition_theFirstLineIsAHeaderOnlyWhenItNamesTheDataElement() {
    ImportResult<List<Dhis2DataValue>> withHeader =
        csv(
            String.join(",", DataValueSets.CSV_HEADER)
                + "\nDE,2022,OU,COC,AOC,5,me,2023,note,true\n");
    assertThat(withHeader.errors()).isEmpty();
    assertThat(withHeader.accepted())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(content(v))
                  .containsExactly(
                      "DE", "2022", "OU", "COC", "AOC", "5", "me", "2023", "note", true);
              assertThat(v.line()).isEqualTo(2);
              assertThat(v.path()).isEmpty();
            });
    assertThat(csv("Data_Element,pe,ou,co,ao,value\nDE,2022,OU,,,5\n").accepted()).hasSize(1);
    ImportResult<List<Dhis2DataValue>> bare = csv("DE,2022,OU,,,5\nDE,2022,OU,,,6\n");
    assertThat(bare.errors()).isEmpty();
    assertThat(bare.accepted()).extracting(Dhis2DataValue::line).containsExactly(1L, 2L);
  }

  @Test
  void aCsvRowThatLacksAPartOrHasABadPeriodIsReportedWithItsLineAndColumn() {
    ImportResult<List<Dhis2DataValue>> r =
        csv(
            String.join(",", DataValueSets.CSV_HEADER)
                + "\n,2022,OU,,,1,,,,"
                + "\nDE,,OU,,,1,,,,"
                + "\nDE,2022,,,,1,,,,"
                + "\nDE,2022,OU,,,,,,,"
                + "\nDE,2022X,OU,,,1,,,,"
                + "\nDE,2022,OU,,,1,,,,\n");
    assertThat(r.errors())
        .extracting(RowError::line, RowError::column)
        .containsExactly(
            tuple(2L, "dataelement"),
            tuple(3L, "period"),
            tuple(4L, "orgunit"),
            tuple(5L, "value"),
            tuple(6L, "period"));
    assertThat(r.errors().get(0).reason()).isEqualTo("is missing");
    assertThat(r.errors().get(4).value()).isEqualTo("2022X");
    assertThat(r.accepted()).extracting(Dhis2DataValue::line).containsExactly(7L);
  }

  @Test
  void aMalformedCsvRecordIsReportedWithItsLine_andTheRowsAroundItAreKept() {
    ImportResult<List<Dhis2DataValue>> r =
        csv(
            String.join(",", DataValueSets.CSV_HEADER)
                + "\nDE,2022,OU,,,1,,,,"
                + "\nDE,2022,OU,,,2,Som\"chai,,,"
                + "\nDE,2022,OU,,,\"3\"x,,,,"
                + "\nDE,2022,OU,,,\"4,,,,"
                + "\nDE,2022,OU,,,5,,,,\n");
    assertThat(r.errors()).extracting(RowError::line).containsExactly(3L, 4L, 5L);
    assertThat(r.errors()).allSatisfy(e -> assertThat(e.reason()).isNotBlank());
    assertThat(r.accepted()).extracting(Dhis2DataValue::value).containsExactly("1", "5");
    assertThat(r.accepted()).extracting(Dhis2DataValue::line).containsExactly(2L, 6L);
  }

  @Test
  void aCsvWithoutDataRowsReportsNothing_andAFileOfOneBadRecordReportsItsLine() {
    assertThat(csv(String.join(",", DataValueSets.CSV_HEADER) + "\n").errors()).isEmpty();
    ImportResult<List<Dhis2DataValue>> r = csv("DE,2022,OU,,,\"1");
    assertThat(r.accepted()).isEmpty();
    assertThat(r.errors()).extracting(RowError::line).containsExactly(1L);
  }

  @Test
  void theCsvFormIsWrittenWithDhis2sHeaderAndColumnOrder() {
    StringWriter out = new StringWriter();
    DataValueSets.writeCsv(List.of(Dhis2DataValue.of("DE", "2022", "OU", "COC", "", "1")), out);
    assertThat(out.toString().lines())
        .containsExactly(
            "dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,"
                + "lastupdated,comment,followup",
            "DE,2022,OU,COC,,1,,,,false");
  }

  @Test
  void whatIsWrittenReadsBackTheSame_inBothForms() {
    String[] periods = {"2022", "202201", "2022Q1", "2022S2", "2022W1", "20220315", "2022April"};
    String[] texts = {"", "x", "a, \"quoted\" text", "ບ້ານ", " line\nbreak "};
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              List<Dhis2DataValue> values = new ArrayList<>();
              for (int i = r.nextInt(6); i > 0; i--) {
                values.add(
                    new Dhis2DataValue(
                        "DE" + r.nextInt(3),
                        periods[r.nextInt(periods.length)],
                        "OU" + r.nextInt(3),
                        r.nextBoolean() ? "" : "COC" + r.nextInt(3),
                        r.nextBoolean() ? "" : "AOC" + r.nextInt(3),
                        Map.of(),
                        Integer.toString(r.nextInt(100_000)),
                        texts[r.nextInt(texts.length)],
                        r.nextBoolean() ? "" : "2023-01-15T08:00:00.000",
                        texts[r.nextInt(texts.length)],
                        r.nextBoolean(),
                        0,
                        ""));
              }
              List<List<Object>> expected =
                  values.stream().map(DataValueSetsTest::content).toList();
              StringWriter j = new StringWriter();
              DataValueSets.writeJson(values, j);
              ImportResult<List<Dhis2DataValue>> fromJson = json(j.toString());
              assertThat(fromJson.errors()).isEmpty();
              assertThat(fromJson.accepted().stream().map(DataValueSetsTest::content).toList())
                  .isEqualTo(expected);
              StringWriter c = new StringWriter();
              DataValueSets.writeCsv(values, c);
              ImportResult<List<Dhis2DataValue>> fromCsv = csv(c.toString());
              assertThat(fromCsv.errors()).isEmpty();
              assertThat(fromCsv.accepted().stream().map(DataValueSetsTest::content).toList())
                  .isEqualTo(expected);
            });
  }
}
