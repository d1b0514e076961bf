package io.github.connectlao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectlao.ConnectLaoException;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.testing.NoPersonalData;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonFormatExceptionTest {

  @Test
  void theMessageIsPathAndReason() {
    JsonFormatException e =
        new JsonFormatException("$.units[2].level", "'county' is not an administrative level");
    assertThat(e)
        .isInstanceOf(ConnectLaoException.class)
        .hasMessage("JSON at $.units[2].level: 'county' is not an administrative level");
    assertThat(e.path()).isEqualTo("$.units[2].level");
    assertThat(e.reason()).isEqualTo("'county' is not an administrative level");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void aForeignCauseKeepsItsClassAndStackButNotItsMessage() {
    IOException foreign = new IOException("Unexpected character in {\"childName\": \"Somchai\"}");
    foreign.addSuppressed(new IllegalStateException("Somchai again"));
    JsonFormatException e = new JsonFormatException("$", "malformed JSON", foreign);
    assertThat(e.getCause())
        .isInstanceOf(JsonFormatException.Cause.class)
        .hasMessage("java.io.IOException: (message withheld: it may quote the document)");
    assertThat(e.getCause().getStackTrace()).isEqualTo(foreign.getStackTrace());
    assertThat(e.getCause().getCause()).isNull();
    assertThat(e.getCause().getSuppressed()).isEmpty();
    NoPersonalData.assertAbsent(e, "Somchai", "childName");
  }

  @Test
  void aCauseOfTheLibraryIsKeptAsIs() {
    InvalidValueException ours =
        catchThrowableOfType(InvalidValueException.class, () -> AdminLevel.parse("county"));
    JsonFormatException e = new JsonFormatException("$.level", ours.getMessage(), ours);
    assertThat(e.getCause()).isSameAs(ours);
  }

  @Test
  void aCauseOfTheLibraryThatCarriesAForeignCauseIsSanitised() {
    ConnectLaoException wrapping =
        new ConnectLaoException("refused", new RuntimeException("id LA-SECRET-7")) {
          private static final long serialVersionUID = 1L;
        };
    JsonFormatException e = new JsonFormatException("$.id", "refused", wrapping);
    assertThat(e.getCause()).isInstanceOf(JsonFormatException.Cause.class);
    NoPersonalData.assertAbsent(e, "LA-SECRET-7");
  }

  @Test
  void readingBadJsonNamesThePathAndLeaksNoValue() {
    ConnectLaoJson json = ConnectLaoJson.standard();
    JsonFormatException e =
        catchThrowableOfType(
            JsonFormatException.class,
            () -> json.read("{\"unexpected\": \"Somchai\"", AdminLevel.class));
    assertThat(e.path()).startsWith("$");
    NoPersonalData.assertAbsent(e, "Somchai");
  }

  @Test
  void pathAndReasonAreRequired() {
    // the null rule: a null argument is refused by name, never with a bare NPE
    assertThatThrownBy(() -> new JsonFormatException(null, "r"))
        .isInstanceOf(io.github.connectlao.InvalidValueException.class)
        .hasMessageContaining("path");
    assertThatThrownBy(() -> new JsonFormatException("$", null))
        .isInstanceOf(io.github.connectlao.InvalidValueException.class)
        .hasMessageContaining("reason");
  }
}
