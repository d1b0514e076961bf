package io.github.connectlao.interop.dhis2;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.csv.ImportResult;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Category attributes on an ADX group (the attribute option combo given by its categories) survive
 * a write: the writer used to drop them, so two groups that differ only by them merged into one and
 * the values lost their attribute option combo (found by {@code Dhis2FuzzTest#adx}).
 */
class AdxGroupCategoriesTest {
  @Test
  void groupCategoryAttributesAreWrittenBackAndKeepGroupsApart() {
    String adx =
        "<adx xmlns=\"urn:ihe:qrph:adx:2015\">"
            + "<group orgUnit=\"SynBokeo001\" period=\"2022-01-01/P1M\" FUNDER=\"MOH\">"
            + "<dataValue dataElement=\"BR_REGISTERED\" SEX=\"F\" value=\"35\"/></group>"
            + "<group orgUnit=\"SynBokeo001\" period=\"2022-01-01/P1M\" FUNDER=\"NGO\">"
            + "<dataValue dataElement=\"BR_REGISTERED\" SEX=\"F\" value=\"4\"/></group></adx>";
    ImportResult<List<Dhis2DataValue>> read = Adx.read(new StringReader(adx), "a.xml");
    assertThat(read.errors()).isEmpty();
    assertThat(read.accepted())
        .extracting(Dhis2DataValue::disaggregation)
        .containsExactly(
            Map.of("@FUNDER", "MOH", "SEX", "F"), Map.of("@FUNDER", "NGO", "SEX", "F"));
    StringWriter out = new StringWriter();
    Adx.write(read.accepted(), "", out);
    assertThat(out.toString()).contains("FUNDER=\"MOH\"").contains("FUNDER=\"NGO\"");
    ImportResult<List<Dhis2DataValue>> back = Adx.read(new StringReader(out.toString()), "w.xml");
    assertThat(back.errors()).isEmpty();
    assertThat(back.accepted())
        .extracting(Dhis2DataValue::disaggregation, Dhis2DataValue::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Map.of("@FUNDER", "MOH", "SEX", "F"), "35"),
            org.assertj.core.groups.Tuple.tuple(Map.of("@FUNDER", "NGO", "SEX", "F"), "4"));
    assertThat(List.copyOf(back.accepted())).hasSize(2);
  }
}
