package io.github.connectlao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectlao.ConnectLaoException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownCodeExceptionTest {

  @Test
  void theMessageNamesTheCodeAndTheSuggestions() {
    List<String> suggestions = new ArrayList<>(List.of("LA03 Luang Namtha", "LA05 Oudomxay"));
    UnknownCodeException e = new UnknownCodeException("LA0X", suggestions);
    suggestions.clear();
    assertThat(e)
        .isInstanceOf(ConnectLaoException.class)
        .hasMessage(
            "unknown administrative unit code 'LA0X'; did you mean LA03 Luang Namtha, LA05 Oudomxay?");
    assertThat(e.code()).isEqualTo("LA0X");
    assertThat(e.suggestions()).containsExactly("LA03 Luang Namtha", "LA05 Oudomxay");
  }

  @Test
  void withoutSuggestionsTheMessageAsksNothing() {
    assertThat(new UnknownCodeException("ZZ", List.of()))
        .hasMessage("unknown administrative unit code 'ZZ'");
  }

  @Test
  void theGazetteerThrowsItWithNearbyCodes() {
    UnknownCodeException e =
        catchThrowableOfType(UnknownCodeException.class, () -> Gazetteer.laoPdr().unit("LA0399"));
    assertThat(e.code()).isEqualTo("LA0399");
    assertThat(e.suggestions()).isNotEmpty();
    assertThat(e.getMessage())
        .startsWith("unknown administrative unit code 'LA0399'; did you mean ");
  }
}
