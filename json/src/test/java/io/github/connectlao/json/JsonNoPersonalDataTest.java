package io.github.connectlao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.testing.NoPersonalData;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A child's name or a registration id in a bad document never reaches an exception: not its
 * message, nor any cause or suppressed exception (Jackson's own messages quote the document).
 */
class JsonNoPersonalDataTest {
  private static final ConnectLaoJson JSON = ConnectLaoJson.standard();
  private static final ConnectLaoJson STRICT = ConnectLaoJson.builder().strict().build();
  private static final String OK =
      "\"sex\":\"MALE\",\"dateOfBirth\":\"2022-03-01\",\"placeOfBirthCode\":\"LA05\"";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"id\":\"Piiid\",\"childName\": Piiname }",
        "{\"id\":\"Piiid\","
            + OK
            + ",\"childName\":\"Piiname\",\"registrationDate\":\"2022-02-01\"}",
        "{\"id\":\"Piiid\"," + OK + ",\"childName\":\"Piiname\",\"childName\":\"Piiname\"}",
        "{\"id\":\"Piiid\"," + OK + ",\"childName\":\"Piiname\",\"certificateIssued\":\"Piiname\"}",
        "{\"id\":\"Piiid\"," + OK + ",\"childName\":\"Piiname",
        "{\"id\":\"Piiid\"," + OK + ",\"childName\":\"Piiname\\q\"}",
        "{\"id\":\"Piiid\"," + OK + ",\"childName\":\"Piiname\" \"x\"}",
        "{\"id\":\"Piiid\"," + OK + ",\"childName\":\"Piiname\"} Piiname",
        "{\"id\":\"Piiid\"," + OK + ",\"childName\":\"Piiname\",\"x\":tPiiname}",
        "{\"id\":Piiid," + OK + "}",
        "{\"id\":\"Piiid\",\"sex\":\"MALE\",\"dateOfBirth\":\"2022-03-01\",\"childName\":\"Piiname\"}",
        "{\"id\":\"Piiid\"," + OK + ",\"childName\":\"Piiname\",\"dateOfDeath\":\"2021-01-01\"}",
        "{\"id\":\"\"," + OK + ",\"childName\":\"Piiname\"}",
        "{\"id\":\"Piiid\","
            + OK
            + ",\"childName\":\"Piiname\",\"registrationDate\":\"2099-13-01\"}",
        "[\"Piiname\"]",
        "\"Piiname\"",
        "Piiname",
      })
  void noReaderLetsTheNameOrIdIntoAnExceptionChain(String doc) {
    for (ConnectLaoJson json : new ConnectLaoJson[] {JSON, STRICT}) {
      check(catchThrowable(() -> json.read(doc, BirthRegistration.class)));
      check(catchThrowable(() -> json.readList("[" + doc + "]", BirthRegistration.class)));
      check(
          catchThrowable(
              () ->
                  json.readEach(
                      new StringReader("[" + doc + "]"), BirthRegistration.class, x -> {})));
      check(catchThrowable(() -> json.read(doc, io.github.connectlao.csv.RowError.class)));
    }
  }

  private static void check(Throwable t) {
    assertThat(t).isInstanceOf(JsonFormatException.class);
    NoPersonalData.assertAbsent(t, "Piiname", "Piiid");
  }
}
