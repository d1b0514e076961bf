package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.InvalidValueException;
import org.junit.jupiter.api.Test;

class SexTest {

  @Test
  void theDocumentedExample() {
    assertThat(Sex.parse("F")).isEqualTo(Sex.FEMALE);
    assertThat(Sex.parse("female")).isEqualTo(Sex.FEMALE);
    assertThat(Sex.parse("ຍິງ")).isEqualTo(Sex.FEMALE);
  }

  @Test
  void readsEveryDocumentedForm() {
    for (String male : new String[] {"M", "m", "male", "MALE", " Male ", "1", "ຊາຍ"}) {
      assertThat(Sex.parse(male)).as(male).isEqualTo(Sex.MALE);
    }
    for (String female : new String[] {"f", "Female", "2", "ຍິງ"}) {
      assertThat(Sex.parse(female)).as(female).isEqualTo(Sex.FEMALE);
    }
    for (String unknown : new String[] {"U", "unknown", "ບໍ່ຮູ້"}) {
      assertThat(Sex.parse(unknown)).as(unknown).isEqualTo(Sex.UNKNOWN);
    }
  }

  @Test
  void everySexReadsBackFromItsNameAndItsLaoWord() {
    for (Sex s : Sex.values()) {
      assertThat(Sex.parse(s.name())).isEqualTo(s);
      assertThat(Sex.parse(s.nameLao())).isEqualTo(s);
    }
  }

  @Test
  void refusesAnythingElseNamingTheField() {
    for (String bad : new String[] {"", "3", "mf", "woman?"}) {
      assertThatThrownBy(() -> Sex.parse(bad))
          .as(bad)
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("sex: ")
          .hasMessageContaining("is not a sex value");
    }
    assertThatThrownBy(() -> Sex.parse(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("sex: null");
  }
}
