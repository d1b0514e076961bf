package io.github.connectlao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectLaoJsonTest {
  private final ConnectLaoJson json = ConnectLaoJson.standard();

  @Test
  void embeddedGazetteerRoundTrips() {
    Gazetteer lao = Gazetteer.laoPdr();
    String text = json.write(lao);
    Gazetteer back = json.read(text, Gazetteer.class);
    assertThat(back.all()).isEqualTo(lao.all());
    assertThat(back.description()).isEqualTo(lao.description());
  }

  @Test
  void bundledPopulationTableRoundTrips() {
    var table = io.github.connectlao.crvs.PopulationTable.census2015();
    String text = json.write(table);
    var back = json.read(text, io.github.connectlao.crvs.PopulationTable.class);
    assertThat(back.populations()).isEqualTo(table.populations());
    assertThat(back.birthRates()).isEqualTo(table.birthRates());
    assertThat(json.write(back)).isEqualTo(text);
  }

  @Test
  void listsAndMapsOfModelTypesRoundTrip() {
    List<AdminUnit> units = Gazetteer.laoPdr().children(Gazetteer.laoPdr().unit("LA05"));
    assertThat(json.readList(json.write(units), AdminUnit.class)).isEqualTo(units);
    Map<String, AdminUnit> byCode = Map.of("x", units.get(0));
    assertThat(json.read(json.write(byCode), new TypeReference<Map<String, AdminUnit>>() {}))
        .isEqualTo(byCode);
  }

  @Test
  void unknownPropertyIsIgnoredByDefaultAndRefusedInStrictMode() {
    // a minor release may add a property: a reader of this version must still read the document
    String text = "{\"citation\":\"x\",\"confidence\":\"VERIFIED\",\"colour\":\"red\"}";
    assertThat(json.read(text, io.github.connectlao.Source.class).citation()).isEqualTo("x");
    ConnectLaoJson strict = ConnectLaoJson.builder().strict().build();
    assertThatThrownBy(() -> strict.read(text, io.github.connectlao.Source.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("$.colour")
        .hasMessageContaining("not a known property");
  }

  @Test
  void duplicateKeysAreAnErrorNamingThePathNotTheValue() {
    String text = "{\"citation\":\"Somchai\",\"confidence\":\"VERIFIED\",\"citation\":\"y\"}";
    assertThatThrownBy(() -> json.read(text, io.github.connectlao.Source.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("Duplicate field")
        .hasMessageNotContaining("Somchai");
    String nested =
        "[{\"citation\":\"x\",\"confidence\":\"VERIFIED\",\"confidence\":\"VERIFIED\"}]";
    assertThatThrownBy(() -> json.readList(nested, io.github.connectlao.Source.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("Duplicate field");
    assertThatThrownBy(
            () ->
                json.readEach(
                    new java.io.StringReader(nested), io.github.connectlao.Source.class, x -> {}))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("Duplicate field");
  }

  @Test
  void invalidValueNamesThePathAndTheReason() {
    String text =
        "{\"description\":\"d\",\"units\":[{\"code\":\"LA\",\"level\":\"NATIONAL\",\"nameEnglish\":\"L\","
            + "\"source\":{\"citation\":\"c\",\"confidence\":\"VERIFIED\"}},"
            + "{\"code\":\"LA01\",\"level\":\"COUNTY\",\"parentCode\":\"LA\",\"nameEnglish\":\"P\","
            + "\"source\":{\"citation\":\"c\",\"confidence\":\"VERIFIED\"}}]}";
    assertThatThrownBy(() -> json.read(text, Gazetteer.class))
        .isInstanceOf(JsonFormatException.class)
        .satisfies(
            e -> {
              JsonFormatException j = (JsonFormatException) e;
              assertThat(j.path()).isEqualTo("$.units[1].level");
              assertThat(j.reason())
                  .isEqualTo("is not one of [NATIONAL, PROVINCE, DISTRICT, VILLAGE]");
              assertThat(j).hasMessageNotContaining("COUNTY");
            });
  }

  @Test
  void validationOfTheModelSurfacesWithItsMessage() {
    String text =
        "{\"id\":\"SECRET-ID-42\",\"sex\":\"MALE\",\"dateOfBirth\":\"2022-03-01\","
            + "\"placeOfBirthCode\":\"LA05\",\"registrationDate\":\"2022-02-01\",\"certificateIssued\":true,"
            + "\"childName\":\"Secret Name\"}";
    assertThatThrownBy(() -> json.read(text, BirthRegistration.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("$.registrationDate")
        .hasMessageContaining("is before the date of birth")
        .hasMessageNotContaining("SECRET-ID-42")
        .hasMessageNotContaining("Secret Name");
  }

  /**
   * A name typed into the wrong field (an enum, a date, a boolean) is refused without being
   * quoted: not in the message, not in any cause (the model's own exception quotes the value, so it
   * is replaced by a cause that keeps only its field, reason, class and stack trace).
   */
  @Test
  void aNameInTheWrongFieldIsNeverQuotedAnywhereInTheChain() {
    String[] documents = {
      "{\"id\":\"A\",\"sex\":\"Piiname Secret\",\"dateOfBirth\":\"2022-03-01\","
          + "\"placeOfBirthCode\":\"LA05\",\"certificateIssued\":false}",
      "{\"id\":\"A\",\"sex\":\"MALE\",\"dateOfBirth\":\"Piiname Secret\","
          + "\"placeOfBirthCode\":\"LA05\",\"certificateIssued\":false}",
      "{\"id\":\"A\",\"sex\":\"MALE\",\"dateOfBirth\":\"2022-03-01\","
          + "\"placeOfBirthCode\":\"LA05\",\"certificateIssued\":\"Piiname Secret\"}",
    };
    for (String text : documents) {
      assertThatThrownBy(() -> json.read(text, BirthRegistration.class))
          .as(text)
          .isInstanceOf(JsonFormatException.class)
          .satisfies(e -> io.github.connectlao.testing.NoPersonalData.assertAbsent(e, "Piiname"));
    }
    String gazetteer =
        "{\"description\":\"d\",\"units\":[{\"code\":\"LA\",\"level\":\"Piiname\","
            + "\"nameEnglish\":\"L\",\"source\":{\"citation\":\"c\",\"confidence\":\"VERIFIED\"}}]}";
    assertThatThrownBy(() -> json.read(gazetteer, Gazetteer.class))
        .isInstanceOf(JsonFormatException.class)
        .satisfies(e -> io.github.connectlao.testing.NoPersonalData.assertAbsent(e, "Piiname"));
  }

  @Test
  void malformedJsonNeverEchoesAnUnquotedToken() {
    String text = "{\"id\":\"A\",\"childName\": Somchai }";
    assertThatThrownBy(() -> json.read(text, BirthRegistration.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("malformed JSON")
        .hasMessageNotContaining("Somchai");
  }

  @Test
  void deepNestingIsRefused() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertThatThrownBy(() -> json.read(deep, Object.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("nesting depth");
    assertThatThrownBy(() -> json.readList(deep, AdminUnit.class))
        .isInstanceOf(JsonFormatException.class);
  }

  @Test
  void hugeStringIsRefused() {
    String huge =
        "{\"citation\":\""
            + "x".repeat(ConnectLaoJson.DEFAULT_MAX_STRING_LENGTH + 10)
            + "\",\"confidence\":\"VERIFIED\"}";
    assertThatThrownBy(() -> json.read(huge, io.github.connectlao.Source.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("String value length");
  }

  @Test
  void wrongTypesAndNullsAreRefusedWithTheirPath() {
    assertThatThrownBy(() -> json.read("null", AdminUnit.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("found null");
    assertThatThrownBy(
            () ->
                json.read(
                    "{\"legalPeriodDays\":\"30\"}",
                    io.github.connectlao.crvs.RegistrationPolicy.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("$.legalPeriodDays")
        .hasMessageContaining("expected a whole number");
    assertThatThrownBy(
            () ->
                json.read(
                    "{\"year\":2021,\"value\":\"2022-02-30\"}",
                    io.github.connectlao.targets.Observation.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("$.value");
    assertThatThrownBy(() -> json.read("[1]", AdminUnit.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("expected a JSON object");
    assertThatThrownBy(() -> json.read("{} {}", io.github.connectlao.Source.class))
        .isInstanceOf(JsonFormatException.class);
  }

  @Test
  void readEachStreamsAnArrayAndNamesTheBadElement() {
    var r =
        io.github.connectlao.crvs.BirthRegistration.builder(
                "SYN-1",
                io.github.connectlao.crvs.Sex.MALE,
                java.time.LocalDate.of(2022, 1, 1),
                "LA0501")
            .build();
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < 1000; i++) {
      sb.append(i == 0 ? "" : ",").append(json.write(r));
    }
    sb.append("]");
    java.util.List<Object> seen = new java.util.ArrayList<>();
    assertThat(
            json.readEach(
                new java.io.StringReader(sb.toString()), BirthRegistration.class, seen::add))
        .isEqualTo(1000);
    assertThat(seen).hasSize(1000).allMatch(r::equals);
    String bad = "[" + json.write(r) + ",{\"id\":\"X\",\"sex\":\"MALE\"}]";
    assertThatThrownBy(
            () -> json.readEach(new java.io.StringReader(bad), BirthRegistration.class, x -> {}))
        .isInstanceOf(JsonFormatException.class)
        .satisfies(e -> assertThat(((JsonFormatException) e).path()).isEqualTo("$[1].dateOfBirth"));
    assertThatThrownBy(
            () ->
                json.readEach(
                    new java.io.StringReader("[" + json.write(r)),
                    BirthRegistration.class,
                    x -> {}))
        .isInstanceOf(JsonFormatException.class);
  }

  @Test
  void readListNamesTheElementIndex() {
    String text = "[\"2020\", \"2020-13\"]";
    assertThatThrownBy(() -> json.readList(text, io.github.connectlao.PartialDate.class))
        .isInstanceOf(JsonFormatException.class)
        .satisfies(e -> assertThat(((JsonFormatException) e).path()).isEqualTo("$[1]"));
  }

  @Test
  void newMapperHasTheModuleAndNoDefaultTyping() throws Exception {
    var mapper = ConnectLaoJson.newMapper();
    assertThat(mapper.getRegisteredModuleIds()).contains("ConnectLaoModule");
    assertThat(mapper.getSerializationConfig().getDefaultTyper(null)).isNull();
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    assertThatThrownBy(() -> json.read((String) null, AdminUnit.class))
        .isInstanceOf(io.github.connectlao.InvalidValueException.class)
        .hasMessageContaining("json");
    assertThatThrownBy(() -> json.readList("[]", null))
        .isInstanceOf(io.github.connectlao.InvalidValueException.class)
        .hasMessageContaining("type");
    assertThatThrownBy(() -> json.readEach(null, AdminUnit.class, x -> {}))
        .isInstanceOf(io.github.connectlao.InvalidValueException.class)
        .hasMessageContaining("in");
  }
}
