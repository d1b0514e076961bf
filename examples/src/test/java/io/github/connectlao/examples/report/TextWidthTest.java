package io.github.connectlao.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWidthTest {
  /** Lao with vowel and tone marks above and below (which take no column), ASCII, and mixed. */
  private static final List<String> SAMPLES =
      List.of(
          "",
          "Vientiane",
          "ນະຄອນຫຼວງວຽງຈັນ",
          "ຫຼວງພະບາງ",
          "ເມືອງ ໄຊເສດຖາ",
          "Luang Prabang ຫຼວງພະບາງ",
          "a\u200Bb",
          "tab\there");

  @Test
  void combiningMarksFormatAndControlCharactersTakeNoColumn() {
    assertThat(TextWidth.of("Vientiane")).isEqualTo(9);
    assertThat(TextWidth.of("ເມືອງ"))
        .as("ເ ມ ◌ື ອ ງ: the vowel mark above takes no column")
        .isEqualTo(4);
    assertThat("ເມືອງ".length()).isEqualTo(5);
    assertThat(TextWidth.of("ຫຼວງ")).as("ຫ ◌ຼ ວ ງ").isEqualTo(3);
    assertThat(TextWidth.of("a\u200Bb")).as("zero-width space is a format character").isEqualTo(2);
    assertThat(TextWidth.of("a\tb")).isEqualTo(2);
    assertThat(TextWidth.of("")).isZero();
  }

  @Test
  void paddingReachesTheWidthOrLeavesTheTextAlone() {
    assertThat(TextWidth.padRight("ເມືອງ", 6)).isEqualTo("ເມືອງ  ");
    assertThat(TextWidth.padLeft("42", 5)).isEqualTo("   42");
    assertThat(TextWidth.padRight("Vientiane", 3)).isEqualTo("Vientiane");
    for (String s : SAMPLES) {
      for (int w = 0; w < 30; w++) {
        assertThat(TextWidth.of(TextWidth.padRight(s, w))).isEqualTo(Math.max(w, TextWidth.of(s)));
        assertThat(TextWidth.of(TextWidth.padLeft(s, w))).isEqualTo(Math.max(w, TextWidth.of(s)));
        assertThat(TextWidth.padLeft(s, w)).endsWith(s);
        assertThat(TextWidth.padRight(s, w)).startsWith(s);
      }
    }
  }

  @Test
  void cutKeepsWhatFitsAndMarksWhatItDropped() {
    assertThat(TextWidth.cut("Vientiane", 9)).isEqualTo("Vientiane");
    assertThat(TextWidth.cut("Vientiane", 5)).isEqualTo("Vien…");
    assertThat(TextWidth.cut("Luang Prabang", 7))
        .as("no space before the ellipsis")
        .isEqualTo("Luang…");
    assertThat(TextWidth.cut("ນະຄອນຫຼວງວຽງຈັນ", 5)).isEqualTo("ນະຄອ…");
    for (String s : SAMPLES) {
      for (int w = 1; w < 30; w++) {
        String cut = TextWidth.cut(s, w);
        assertThat(TextWidth.of(cut)).as("%s at %d", s, w).isLessThanOrEqualTo(w);
        if (TextWidth.of(s) <= w) {
          assertThat(cut).isEqualTo(s);
        } else {
          assertThat(cut).endsWith("…");
          assertThat(s).startsWith(cut.substring(0, cut.length() - 1));
        }
      }
    }
  }

  @Test
  void wrapBreaksAtSpacesKeepsParagraphsAndNeverExceedsTheWidth() {
    assertThat(TextWidth.wrap("registered births by province", 12))
        .containsExactly("registered", "births by", "province");
    assertThat(TextWidth.wrap("one\ntwo three", 20)).containsExactly("one", "two three");
    assertThat(TextWidth.wrap("ນະຄອນຫຼວງວຽງຈັນ ແຂວງ", 10))
        .as("a word longer than a line is cut")
        .containsExactly(TextWidth.cut("ນະຄອນຫຼວງວຽງຈັນ", 10), "ແຂວງ")
        .first()
        .asString()
        .endsWith("…");
    for (String s : SAMPLES) {
      for (int w = 1; w < 30; w++) {
        for (String line : TextWidth.wrap(s, w)) {
          assertThat(TextWidth.of(line)).as("%s at %d", s, w).isLessThanOrEqualTo(w);
        }
      }
    }
  }
}
