package io.github.connectlao.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.admin.Gazetteer;
import org.junit.jupiter.api.Test;

class LangTest {

  @Test
  void parseReadsEachLanguageInAnyCase() {
    assertThat(Lang.parse("lo")).isEqualTo(Lang.LO);
    assertThat(Lang.parse(" EN ")).isEqualTo(Lang.EN);
    assertThat(Lang.parse("Both")).isEqualTo(Lang.BOTH);
  }

  @Test
  void aBadValueIsAOneLineUsageError() {
    assertThatThrownBy(() -> Lang.parse("fr"))
        .isInstanceOf(UsageException.class)
        .hasMessage("--lang must be lo, en or both, not 'fr'");
    assertThatThrownBy(() -> Lang.parse("")).isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> Lang.parse(null))
        .isInstanceOf(UsageException.class)
        .hasMessage("--lang must be lo, en or both, not 'null'");
  }

  @Test
  void pickGivesTheLanguageAndFallsBackWhenOneIsMissing() {
    assertThat(Lang.LO.pick("district", "ເມືອງ")).isEqualTo("ເມືອງ");
    assertThat(Lang.EN.pick("district", "ເມືອງ")).isEqualTo("district");
    assertThat(Lang.BOTH.pick("district", "ເມືອງ")).isEqualTo("district ເມືອງ");
    for (Lang l : Lang.values()) {
      assertThat(l.pick("district", " ")).isEqualTo("district");
      assertThat(l.pick("district", null)).isEqualTo("district");
      assertThat(l.pick(null, "ເມືອງ")).isEqualTo("ເມືອງ");
    }
  }

  @Test
  void nameOfAUnit() {
    var capital = Gazetteer.laoPdr().unit("LA01");
    assertThat(Lang.EN.name(capital)).isEqualTo(capital.nameEnglish());
    assertThat(Lang.LO.name(capital)).isEqualTo(capital.nameLao());
    assertThat(Lang.BOTH.name(capital)).isEqualTo(capital.nameEnglish() + " " + capital.nameLao());
  }
}
