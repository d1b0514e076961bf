package io.github.connectlao.interop.dhis2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectlao.InvalidValueException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Dhis2DataValueTest {

  private static Dhis2DataValue full(String coc, Map<String, String> dis) {
    return new Dhis2DataValue(
        " BRregCurr01 ",
        " 2022 ",
        " Bk5qMCoSFV4 ",
        coc,
        null,
        dis,
        " 812 ",
        null,
        " 2023-01-02 ",
        null,
        true,
        12,
        " dataValues[3] ");
  }

  @Test
  void javadocExample() {
    assertThat(Dhis2DataValue.of("BRregCurr01", "2022", "Bk5qMCoSFV4", "cocFemale00", "", "812"))
        .hasToString("BRregCurr01 2022 Bk5qMCoSFV4 cocFemale00: 812");
  }

  @Test
  void ofLeavesTheRestEmpty() {
    Dhis2DataValue v = Dhis2DataValue.of("de", "2022Q1", "ou", null, null, "5");
    assertThat(v.categoryOptionCombo()).isEmpty();
    assertThat(v.attributeOptionCombo()).isEmpty();
    assertThat(v.disaggregation()).isEmpty();
    assertThat(v.storedBy()).isEmpty();
    assertThat(v.lastUpdated()).isEmpty();
    assertThat(v.comment()).isEmpty();
    assertThat(v.followUp()).isFalse();
    assertThat(v.line()).isZero();
    assertThat(v.path()).isEmpty();
    assertThat(v).hasToString("de 2022Q1 ou: 5");
    assertThat(v.location()).isEqualTo("line 0");
  }

  @Test
  void textIsStrippedAndNullOptionalTextIsEmpty() {
    Dhis2DataValue v = full(" coc ", Map.of());
    assertThat(v.dataElement()).isEqualTo("BRregCurr01");
    assertThat(v.period()).isEqualTo("2022");
    assertThat(v.orgUnit()).isEqualTo("Bk5qMCoSFV4");
    assertThat(v.categoryOptionCombo()).isEqualTo("coc");
    assertThat(v.attributeOptionCombo()).isEmpty();
    assertThat(v.value()).isEqualTo("812");
    assertThat(v.storedBy()).isEmpty();
    assertThat(v.lastUpdated()).isEqualTo("2023-01-02");
    assertThat(v.comment()).isEmpty();
    assertThat(v.followUp()).isTrue();
    assertThat(v.location()).isEqualTo("line 12, dataValues[3]");
  }

  @Test
  void toStringShowsAttributeComboInBrackets() {
    assertThat(Dhis2DataValue.of("de", "2022", "ou", "", "aoc", "1"))
        .hasToString("de 2022 ou [aoc]: 1");
    assertThat(Dhis2DataValue.of("de", "2022", "ou", "coc", "aoc", "1"))
        .hasToString("de 2022 ou coc [aoc]: 1");
  }

  @Test
  void toStringLeavesOutStoredByAndComment() {
    Dhis2DataValue v =
        new Dhis2DataValue(
            "de", "2022", "ou", "", "", Map.of(), "1", "somchai", "", "a note", false, 3, "");
    assertThat(v.toString()).doesNotContain("somchai").doesNotContain("a note");
  }

  @Test
  void disaggregationIsSortedAndCopied() {
    Map<String, String> dis = new HashMap<>();
    dis.put("SEX", "F");
    dis.put("AGE", "0-4");
    Dhis2DataValue v = full("", dis);
    dis.put("ZONE", "X");
    assertThat(v.disaggregation()).containsExactly(Map.entry("AGE", "0-4"), Map.entry("SEX", "F"));
    assertThatThrownBy(() -> v.disaggregation().put("A", "B"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(v.toString()).isEqualTo("BRregCurr01 2022 Bk5qMCoSFV4 {AGE=0-4, SEX=F}: 812");
  }

  @Test
  void withDisaggregationReplacesTheCategoryOptionCombo() {
    Dhis2DataValue v = full("cocFemale00", Map.of());
    Dhis2DataValue d = v.withDisaggregation(Map.of("SEX", "F"));
    assertThat(d.categoryOptionCombo()).isEmpty();
    assertThat(d.disaggregation()).containsExactly(Map.entry("SEX", "F"));
    assertThat(d)
        .usingRecursiveComparison()
        .ignoringFields("categoryOptionCombo", "disaggregation")
        .isEqualTo(v);
  }

  @Test
  void withEmptyDisaggregationKeepsTheCategoryOptionCombo() {
    Dhis2DataValue v = full("cocFemale00", Map.of());
    assertThat(v.withDisaggregation(Map.of())).isEqualTo(v);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dataElement", "period", "orgUnit", "value"})
  void blankRequiredPartIsRefusedNamingTheField(String field) {
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class,
            () ->
                Dhis2DataValue.of(
                    field.equals("dataElement") ? " " : "de",
                    field.equals("period") ? "" : "2022",
                    field.equals("orgUnit") ? null : "ou",
                    "",
                    "",
                    field.equals("value") ? "\t" : "1"));
    assertThat(e.field()).isEqualTo(field);
  }

  @Test
  void nullDisaggregationIsRefused() {
    InvalidValueException e =
        catchThrowableOfType(InvalidValueException.class, () -> full("", null));
    assertThat(e.field()).isEqualTo("disaggregation");
  }
}
