package io.github.connectlao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.InvalidValueException;
import org.junit.jupiter.api.Test;

class AdminLevelTest {

  @Test
  void theDocumentedExample() {
    assertThat(AdminLevel.DISTRICT.nameLao()).isEqualTo("ເມືອງ");
    assertThat(AdminLevel.DISTRICT.nameEnglish()).isEqualTo("district");
    assertThat(AdminLevel.DISTRICT.displayName().lao()).isEqualTo("ເມືອງ");
  }

  @Test
  void depthCountsFromTheNationDown() {
    assertThat(AdminLevel.NATIONAL.depth()).isZero();
    assertThat(AdminLevel.PROVINCE.depth()).isEqualTo(1);
    assertThat(AdminLevel.DISTRICT.depth()).isEqualTo(2);
    assertThat(AdminLevel.VILLAGE.depth()).isEqualTo(3);
  }

  @Test
  void everyLevelButTheNationHasTheLevelAboveAsParent() {
    assertThat(AdminLevel.VILLAGE.parentLevel()).isEqualTo(AdminLevel.DISTRICT);
    assertThat(AdminLevel.DISTRICT.parentLevel()).isEqualTo(AdminLevel.PROVINCE);
    assertThat(AdminLevel.PROVINCE.parentLevel()).isEqualTo(AdminLevel.NATIONAL);
    for (AdminLevel l : AdminLevel.values()) {
      if (l != AdminLevel.NATIONAL) {
        assertThat(l.parentLevel().depth()).isEqualTo(l.depth() - 1);
      }
    }
    assertThatThrownBy(AdminLevel.NATIONAL::parentLevel)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the national level has no parent level");
  }

  @Test
  void parseReadsEnumNameEnglishAndLao() {
    for (AdminLevel l : AdminLevel.values()) {
      assertThat(AdminLevel.parse(l.name())).isEqualTo(l);
      assertThat(AdminLevel.parse(" " + l.nameEnglish().toUpperCase(java.util.Locale.ROOT) + " "))
          .isEqualTo(l);
      assertThat(AdminLevel.parse(l.nameLao())).isEqualTo(l);
    }
    for (String alias :
        new String[] {"provincial", "Prov", "PROV.", "province-level", "Provincial-Level"}) {
      assertThat(AdminLevel.parse(alias)).as(alias).isEqualTo(AdminLevel.PROVINCE);
    }
    assertThat(AdminLevel.parse("ນະຄອນຫຼວງ"))
        .as("Vientiane Capital is province-level")
        .isEqualTo(AdminLevel.PROVINCE);
  }

  @Test
  void refusesAnythingElseNamingTheField() {
    for (String bad : new String[] {"", "region", "muang?", "4", "proverb", "provost", "prov-x"}) {
      assertThatThrownBy(() -> AdminLevel.parse(bad))
          .as(bad)
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("level: ")
          .hasMessageEndingWith(
              "is not an administrative level (national, province, district, village)");
    }
    assertThatThrownBy(() -> AdminLevel.parse(null)).isInstanceOf(InvalidValueException.class);
  }
}
