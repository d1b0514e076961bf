package io.github.connectlao.interop.dhis2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.InvalidValueException;
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
 * ADX documents as DHIS2 imports and exports them: groups carrying the organisation unit and the
 * period as an ISO 8601 interval, values carrying a category option combo or one attribute per
 * category, every bad group or value reported with its line and path. The shipped fixture is read
 * in {@link Dhis2DataTest}; category attributes on a group in {@link AdxGroupCategoriesTest}.
 */
class AdxTest {
  private static final String OPEN = "<adx xmlns=\"urn:ihe:qrph:adx:2015\">\n";

  private static ImportResult<List<Dhis2DataValue>> read(String xml) {
    return Adx.read(new StringReader(xml), "adx.xml");
  }

  /** What a value says in ADX, without where it was read. */
  private static List<Object> content(Dhis2DataValue v) {
    return List.of(
        v.dataElement(),
        v.period(),
        v.orgUnit(),
        v.categoryOptionCombo(),
        v.attributeOptionCombo(),
        v.disaggregation(),
        v.value(),
        v.comment());
  }

  @Test
  void theJavadocExampleReadsAsOneValueWithDhis2sPeriod() {
    ImportResult<List<Dhis2DataValue>> r =
        read(
            OPEN
                + "  <group dataSet=\"BR_MONTHLY\" orgUnit=\"Bk5qMCoSFV4\" period=\"2022-01-01/P1M\">\n"
                + "    <dataValue dataElement=\"BR_REG\" categoryOptionCombo=\"F_CURRENT\" value=\"70\"/>\n"
                + "  </group>\n"
                + "</adx>\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.accepted())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v)
                  .isEqualTo(
                      new Dhis2DataValue(
                          "BR_REG",
                          "202201",
                          "Bk5qMCoSFV4",
                          "F_CURRENT",
                          "",
                          Map.of(),
                          "70",
                          "",
                          "",
                          "",
                          false,
                          3,
                          "group[1]/dataValue[1]"));
              assertThat(v.location()).isEqualTo("line 3, group[1]/dataValue[1]");
            });
  }

  @Test
  void aValueMayGiveItsCategoriesAsAttributes_orItsCombo_butNotBoth() {
    ImportResult<List<Dhis2DataValue>> r =
        read(
            OPEN
                + "<group orgUnit=\"OU\" period=\"2022-01-01/P3M\" attributeOptionCombo=\"AOC\">\n"
                + "<dataValue dataElement=\"DE\" SEX=\"F\" TIMELINESS=\"LATE\" value=\"3\"/>\n"
                + "<dataValue dataElement=\"DE\" categoryOptionCombo=\"M_LATE\" SEX=\"M\" value=\"4\"/>\n"
                + "</group></adx>");
    assertThat(r.accepted())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.period()).isEqualTo("2022Q1");
              assertThat(v.attributeOptionCombo()).isEqualTo("AOC");
              assertThat(v.categoryOptionCombo()).isEmpty();
              assertThat(v.disaggregation()).isEqualTo(Map.of("SEX", "F", "TIMELINESS", "LATE"));
            });
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(4);
              assertThat(e.column()).isEqualTo("group[1]/dataValue[2]");
              assertThat(e.reason())
                  .isEqualTo(
                      "has both a categoryOptionCombo and category attributes [SEX]: one or the other");
            });
  }

  @Test
  void aGroupWithoutItsOrgUnitOrPeriod_orWithABadPeriod_refusesItsValues_theNextGroupIsRead() {
    ImportResult<List<Dhis2DataValue>> r =
        read(
            OPEN
                + "<group period=\"2022-01-01/P1Y\"><dataValue dataElement=\"DE\" value=\"1\"/></group>\n"
                + "<group orgUnit=\"OU\"><dataValue dataElement=\"DE\" value=\"2\"/></group>\n"
                + "<group orgUnit=\"OU\" period=\"2022-02-01/P3M\"><dataValue dataElement=\"DE\" value=\"3\"/></group>\n"
                + "<group orgUnit=\"OU\" period=\"2022-01-01/P1Y\"><dataValue dataElement=\"DE\" value=\"4\"/></group>\n"
                + "</adx>");
    assertThat(r.errors())
        .extracting(RowError::line, RowError::column)
        .containsExactly(
            tuple(2L, "group[1]/@orgUnit"),
            tuple(3L, "group[2]/@period"),
            tuple(4L, "group[3]/@period"));
    assertThat(r.errors().get(0).reason()).isEqualTo("is missing: the group's values are refused");
    assertThat(r.errors().get(2).value()).isEqualTo("2022-02-01/P3M");
    assertThat(r.errors().get(2).reason()).endsWith(": the group's values are refused");
    assertThat(r.accepted())
        .extracting(Dhis2DataValue::value, Dhis2DataValue::period, Dhis2DataValue::path)
        .containsExactly(tuple("4", "2022", "group[4]/dataValue[1]"));
  }

  @Test
  void aValueWithoutItsDataElementOrValueIsReportedByItsPath() {
    ImportResult<List<Dhis2DataValue>> r =
        read(
            OPEN
                + "<group orgUnit=\"OU\" period=\"2022-01-01/P1Y\">\n"
                + "<dataValue value=\"1\"/>\n"
                + "<dataValue dataElement=\"DE\" value=\" \"/>\n"
                + "<dataValue dataElement=\"DE\" value=\"3\"/>\n"
                + "</group></adx>");
    assertThat(r.errors())
        .extracting(RowError::line, RowError::column, RowError::reason)
        .containsExactly(
            tuple(3L, "group[1]/dataValue[1]/@dataElement", "is missing"),
            tuple(4L, "group[1]/dataValue[2]/@value", "is missing"));
    assertThat(r.accepted()).extracting(Dhis2DataValue::value).containsExactly("3");
  }

  @Test
  void anAnnotationIsTheValuesComment() {
    ImportResult<List<Dhis2DataValue>> r =
        read(
            OPEN
                + "<group orgUnit=\"OU\" period=\"2022-01-01/P1Y\">"
                + "<dataValue dataElement=\"DE\" value=\"1\"><annotation> checked &amp; late </annotation></dataValue>"
                + "<dataValue dataElement=\"DE\" value=\"2\"><annotation><![CDATA[a <b> c]]></annotation></dataValue>"
                + "</group></adx>");
    assertThat(r.accepted())
        .extracting(Dhis2DataValue::comment)
        .containsExactly("checked & late", "a <b> c");
  }

  @Test
  void aDocumentThatIsNotAdxIsOneErrorNamingTheRoot() {
    assertThat(read("<adx xmlns=\"urn:other\"><group/></adx>").errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.column()).isEqualTo("adx");
              assertThat(e.reason()).contains("is not an ADX document").contains(Adx.NAMESPACE);
            });
    assertThat(read("<dataValueSet/>").errors())
        .singleElement()
        .satisfies(e -> assertThat(e.column()).isEqualTo("dataValueSet"));
  }

  @Test
  void malformedXmlEndsTheReadingAtItsLine_keepingTheValuesBeforeIt() {
    ImportResult<List<Dhis2DataValue>> r =
        read(
            OPEN
                + "<group orgUnit=\"OU\" period=\"2022-01-01/P1Y\">\n"
                + "<dataValue dataElement=\"DE\" value=\"1\"/>\n"
                + "<dataValue dataElement=\"DE\" value=\"2\"/>\n"
                + "<dataValue dataElement=\"DE\" value=\"3\"</group>\n");
    assertThat(r.accepted()).extracting(Dhis2DataValue::value).containsExactly("1", "2");
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(5);
              assertThat(e.reason()).startsWith("adx.xml: malformed XML from here on");
            });
  }

  @Test
  void anExternalEntityIsNeverResolved() {
    ImportResult<List<Dhis2DataValue>> r =
        read(
            "<!DOCTYPE adx [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + OPEN
                + "<group orgUnit=\"OU\" period=\"2022-01-01/P1Y\">"
                + "<dataValue dataElement=\"DE\" value=\"1\"><annotation>&x;</annotation></dataValue>"
                + "</group></adx>");
    assertThat(r.accepted()).allSatisfy(v -> assertThat(v.comment()).isEmpty());
    assertThat(r.errors()).isNotEmpty();
  }

  @Test
  void writingGivesOneGroupPerUnitPeriodAndAttributeCombo_inTheOrderTheValuesCome() {
    List<Dhis2DataValue> values =
        List.of(
            Dhis2DataValue.of("DE", "2022Q1", "OU1", "F", "", "1"),
            Dhis2DataValue.of("DE", "2022Q1", "OU2", "F", "", "2"),
            Dhis2DataValue.of("DE", "2022Q1", "OU1", "M", "", "3"),
            Dhis2DataValue.of("DE", "2022Q1", "OU1", "M", "AOC", "4"),
            Dhis2DataValue.of("DE", "202203", "OU1", "", "", "5")
                .withDisaggregation(Map.of("SEX", "F", "TIMELINESS", "CURRENT")),
            new Dhis2DataValue(
                "DE", "2022", "OU1", "", "", Map.of(), "6", "", "", "late <entry>", false, 0, ""));
    StringWriter out = new StringWriter();
    Adx.write(values, "DS", out);
    assertThat(out.toString().lines())
        .containsExactly(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<adx xmlns=\"urn:ihe:qrph:adx:2015\">",
            "  <group dataSet=\"DS\" orgUnit=\"OU1\" period=\"2022-01-01/P3M\">",
            "    <dataValue dataElement=\"DE\" categoryOptionCombo=\"F\" value=\"1\"/>",
            "    <dataValue dataElement=\"DE\" categoryOptionCombo=\"M\" value=\"3\"/>",
            "  </group>",
            "  <group dataSet=\"DS\" orgUnit=\"OU2\" period=\"2022-01-01/P3M\">",
            "    <dataValue dataElement=\"DE\" categoryOptionCombo=\"F\" value=\"2\"/>",
            "  </group>",
            "  <group dataSet=\"DS\" orgUnit=\"OU1\" period=\"2022-01-01/P3M\" attributeOptionCombo=\"AOC\">",
            "    <dataValue dataElement=\"DE\" categoryOptionCombo=\"M\" value=\"4\"/>",
            "  </group>",
            "  <group dataSet=\"DS\" orgUnit=\"OU1\" period=\"2022-03-01/P1M\">",
            "    <dataValue dataElement=\"DE\" SEX=\"F\" TIMELINESS=\"CURRENT\" value=\"5\"/>",
            "  </group>",
            "  <group dataSet=\"DS\" orgUnit=\"OU1\" period=\"2022-01-01/P1Y\">",
            "    <dataValue dataElement=\"DE\" value=\"6\"><annotation>late &lt;entry&gt;</annotation></dataValue>",
            "  </group>",
            "</adx>");
    StringWriter noDataSet = new StringWriter();
    Adx.write(values.subList(0, 1), "", noDataSet);
    assertThat(noDataSet.toString()).contains("<group orgUnit=\"OU1\"").doesNotContain("dataSet");
  }

  @Test
  void aPeriodWithoutAnAdxFormIsRefusedNamingThePeriod() {
    assertThatThrownBy(
            () ->
                Adx.write(
                    List.of(Dhis2DataValue.of("DE", "2022NovQ1", "OU", "", "", "1")),
                    "",
                    new StringWriter()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("2022NovQ1");
    assertThatThrownBy(
            () ->
                Adx.write(
                    List.of(Dhis2DataValue.of("DE", "2022", "OU", "", "", "1")),
                    null,
                    new StringWriter()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("dataSet");
  }

  @Test
  void whatIsWrittenReadsBackTheSame() {
    String[] periods = {"2022", "202201", "2022Q1", "2022S2", "2022W1", "20220315"};
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              List<Dhis2DataValue> values = new ArrayList<>();
              for (int i = r.nextInt(8); i > 0; i--) {
                Dhis2DataValue v =
                    new Dhis2DataValue(
                        "DE" + r.nextInt(3),
                        periods[r.nextInt(periods.length)],
                        "OU" + r.nextInt(3),
                        r.nextBoolean() ? "" : "COC" + r.nextInt(3),
                        r.nextBoolean() ? "" : "AOC" + r.nextInt(2),
                        Map.of(),
                        Integer.toString(r.nextInt(100_000)),
                        "",
                        "",
                        r.nextBoolean() ? "" : "note & <" + r.nextInt(9) + ">",
                        false,
                        0,
                        "");
                values.add(
                    v.categoryOptionCombo().isEmpty() && r.nextBoolean()
                        ? v.withDisaggregation(Map.of("SEX", r.nextBoolean() ? "F" : "M"))
                        : v);
              }
              StringWriter out = new StringWriter();
              Adx.write(values, r.nextBoolean() ? "" : "DS", out);
              ImportResult<List<Dhis2DataValue>> back = read(out.toString());
              assertThat(back.errors()).isEmpty();
              assertThat(back.accepted().stream().map(AdxTest::content).toList())
                  .containsExactlyInAnyOrderElementsOf(
                      values.stream().map(AdxTest::content).toList());
            });
  }
}
