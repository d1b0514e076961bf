package io.github.connectlao.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvColumnTest {
  private static final CsvColumn DOB = CsvColumn.of("date_of_birth", "dob", "ວັນເກີດ");

  private static Map<String, Integer> bindTo(String header) {
    try (CsvReader csv = CsvReader.of(new StringReader(header + "\n"), "test.csv")) {
      return csv.bind(List.of(DOB), List.of());
    }
  }

  @Test
  void theDocumentedExample() {
    assertThat(DOB.name()).isEqualTo("date_of_birth");
    assertThat(DOB.aliases()).containsExactly("dob", "ວັນເກີດ");
    assertThat(DOB.allNames()).containsExactly("date_of_birth", "dob", "ວັນເກີດ");
    assertThat(DOB).hasToString("date_of_birth");
  }

  @Test
  void headersMatchWhateverTheCaseSpacesHyphensAndUnderscores() {
    for (String header :
        new String[] {
          "date_of_birth",
          "Date of Birth",
          "DATE-OF-BIRTH",
          "dateofbirth",
          " DOB ",
          "ວັນເກີດ",
          "date.of.birth"
        }) {
      assertThat(bindTo("id," + header)).as(header).containsEntry("date_of_birth", 1);
    }
    assertThat(bindTo("id,birth")).isEmpty();
  }

  @Test
  void theLaoHeaderIsTheFirstLaoAlias() {
    assertThat(DOB.nameLao()).isEqualTo("ວັນເກີດ");
    assertThat(DOB.header(HeaderLanguage.LAO)).isEqualTo("ວັນເກີດ");
    assertThat(DOB.header(HeaderLanguage.ENGLISH)).isEqualTo("date_of_birth");
    CsvColumn englishOnly = CsvColumn.of("unit_code", "code");
    assertThat(englishOnly.nameLao()).as("no Lao alias: the canonical name").isEqualTo("unit_code");
  }

  @Test
  void theAliasesAreCopied() {
    List<String> aliases = new java.util.ArrayList<>(List.of("dob"));
    CsvColumn c = new CsvColumn("date_of_birth", aliases);
    aliases.add("born");
    assertThat(c.aliases()).containsExactly("dob");
    assertThatThrownBy(() -> new CsvColumn(null, List.of())).hasMessageContaining("name");
  }
}
