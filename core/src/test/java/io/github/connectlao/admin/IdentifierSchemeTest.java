package io.github.connectlao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.connectlao.InvalidValueException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierSchemeTest {

  @Test
  void theDocumentedExamples() {
    assertThat(IdentifierScheme.of("DHIS2_UID")).isSameAs(IdentifierScheme.DHIS2_UID);
    IdentifierScheme own = IdentifierScheme.of("HMIS_LEGACY");
    assertThat(own.isBuiltIn()).isFalse();
    assertThat(own)
        .isEqualTo(IdentifierScheme.of("HMIS_LEGACY"))
        .hasSameHashCodeAs(IdentifierScheme.of("HMIS_LEGACY"))
        .isNotEqualTo(IdentifierScheme.of("HMIS_NEW"));
    assertThat(own).hasToString("HMIS_LEGACY");
    assertThat(own.name()).isEqualTo("HMIS_LEGACY");
    assertThat(IdentifierScheme.valueOf("LSB")).isSameAs(IdentifierScheme.LSB);
  }

  @Test
  void everyBuiltInSchemeReadsBackFromItsName() {
    for (IdentifierScheme s : IdentifierScheme.values()) {
      assertThat(IdentifierScheme.of(s.toString())).isSameAs(s);
      assertThat(s.isBuiltIn()).isTrue();
    }
    assertThat(IdentifierScheme.values())
        .startsWith(IdentifierScheme.ISO_3166, IdentifierScheme.LSB);
  }

  @Test
  void aNameThatIsNotUpperCaseLettersDigitsAndUnderscoreIsRefused() {
    for (String bad : new String[] {"", " ", "lsb", "1ABC", "_A", "A-B", "A B", "A".repeat(41)}) {
      InvalidValueException e =
          catchThrowableOfType(() -> IdentifierScheme.of(bad), InvalidValueException.class);
      assertThat(e).as("'%s'", bad).isNotNull();
      assertThat(e.field()).isEqualTo("identifierScheme");
    }
    assertThat(IdentifierScheme.of("A".repeat(40)).name()).hasSize(40);
  }

  @Test
  void ofReadsBackToStringAndTheOrderIsTotalWithBuiltInsFirst() {
    qt().withExamples(200)
        .forAll(
            strings().betweenCodePoints('A', 'Z').ofLengthBetween(1, 12),
            strings().betweenCodePoints('A', 'Z').ofLengthBetween(1, 12),
            integers().between(0, 6))
        .checkAssert(
            (a, b, k) -> {
              IdentifierScheme x = IdentifierScheme.of(a);
              IdentifierScheme y = IdentifierScheme.of(b);
              IdentifierScheme builtIn = IdentifierScheme.values().get(k);
              assertThat(IdentifierScheme.of(x.toString())).isEqualTo(x);
              assertThat(Integer.signum(x.compareTo(y))).isEqualTo(-Integer.signum(y.compareTo(x)));
              assertThat(x.compareTo(y) == 0).isEqualTo(x.equals(y));
              if (!x.isBuiltIn()) {
                assertThat(builtIn.compareTo(x)).isNegative();
              }
              List<IdentifierScheme> sorted = new ArrayList<>(List.of(x, y, builtIn));
              Collections.shuffle(sorted);
              Collections.sort(sorted);
              for (int i = 1; i < sorted.size(); i++) {
                assertThat(sorted.get(i - 1).compareTo(sorted.get(i))).isLessThanOrEqualTo(0);
              }
            });
  }
}
