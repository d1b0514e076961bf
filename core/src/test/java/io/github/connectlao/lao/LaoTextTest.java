package io.github.connectlao.lao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

class LaoTextTest {

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
    // SARA AM vs NIKHAHIT + SARA AA (lao_text_facts.json, LA-BL Bolikhamxai)
    "ບໍລິຄໍາໄຊ, ບໍລິຄຳໄຊ",
    // tone mark order with SARA AM (LA-LM: CLDR vs OCHA spellings)
    "ຫຼວງນໍ້າທາ, ຫຼວງນ້ຳທາ",
    // ຫຼ vs ຫລ (Vientiane Capital, community vs OCHA)
    "ນະຄອນຫລວງວຽງຈັນ, ນະຄອນຫຼວງວຽງຈັນ",
    // ໝ vs ຫມ (May district, OCHA vs community)
    "ໃໝ່, ໃຫມ່",
    // ໜ vs ຫນ
    "ໜອງບົກ, ຫນອງບົກ",
    // stray spaces (community list: ໄກສອນ ພົມວິຫານ)
    "ໄກສອນ  ພົມວິຫານ, ໄກສອນ ພົມວິຫານ"
  })
  void normaliseFoldsTheDocumentedVariants(String a, String b) {
    assertThat(LaoText.normalise(a)).isEqualTo(LaoText.normalise(b));
  }

  @Test
  void normaliseKeepsDistinctNamesDistinct() {
    assertThat(LaoText.normalise("ຫົວພັນ")).isNotEqualTo(LaoText.normalise("ຫົວເມືອງ"));
    assertThat(LaoText.normalise("ໜອງ")).isNotEqualTo(LaoText.normalise("ນອງ"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "ແຂວງບໍ່ແກ້ວ, ບໍ່ແກ້ວ",
    "ແຂວງ ບໍ່ແກ້ວ, ບໍ່ແກ້ວ",
    "ເມືອງໄຊ, ໄຊ",
    "ມ. ໄຊ, ໄຊ",
    "ນະຄອນຫຼວງວຽງຈັນ, ວຽງຈັນ",
    "ນະຄອນປາກເຊ, ປາກເຊ",
    "ບ້ານໜອງປິງ, ໜອງປິງ",
    "Bokeo Province, Bokeo",
    "Xay District, Xay"
  })
  void stripPrefixRemovesLevelWords(String text, String expected) {
    assertThat(LaoText.stripPrefix(text)).isEqualTo(LaoText.normalise(expected));
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
    "Louang Namtha, Luang Namtha",
    "Luangnamtha, Luang Namtha",
    "Xayaboury, Sayaboury",
    "Xaignabouli, Xayaboury",
    "Champasak, Champassak",
    "Champasack, Champasak",
    "Attapeu, Attapu",
    "Sekong, Xekong",
    "Houaphan, Houaphanh",
    "Huaphanh, Houaphan",
    "Phôngsali, Phongsaly",
    "Bokèo, Bokeo",
    "Luang Prabang, Louangphabang"
  })
  void romanisationVariantsShareAKey(String a, String b) {
    assertThat(LaoText.matchKey(a)).isEqualTo(LaoText.matchKey(b));
  }

  @Test
  void romanKeyKeepsDifferentPlacesApart() {
    assertThat(LaoText.matchKey("Bokeo")).isNotEqualTo(LaoText.matchKey("Sekong"));
    assertThat(LaoText.matchKey("Pakse")).isNotEqualTo(LaoText.matchKey("Pakxong"));
  }

  @Test
  void digitsConvertBothWays() {
    assertThat(LaoText.toArabicDigits("ວັນທີ ໘ ກັນຍາ ໒໐໒໒")).isEqualTo("ວັນທີ 8 ກັນຍາ 2022");
    assertThat(LaoText.toLaoDigits("2022-09-08")).isEqualTo("໒໐໒໒-໐໙-໐໘");
    assertThat(LaoText.isLaoDigit('໙')).isTrue();
    assertThat(LaoText.isLaoDigit('9')).isFalse();
  }

  /** Lao consonants, vowels, tone marks, NIKHAHIT, SARA AM, the ligatures, spaces and Latin. */
  private static final char[] ALPHABET =
      ("ກຂຄງຈສຊຍດຕຖທນບປຜຝພຟມຢຣລວຫອຮໜໝ"
              + "\u0EB0\u0EB1\u0EB2\u0EB3\u0EB4\u0EB5\u0EB6\u0EB7\u0EB8\u0EB9\u0EBB\u0EBC\u0EBD"
              + "\u0EC0\u0EC1\u0EC2\u0EC3\u0EC4\u0EC8\u0EC9\u0ECA\u0ECB\u0ECD"
              + "  \u200Bab.0໑")
          .toCharArray();

  private static Gen<String> laoishText() {
    return lists()
        .of(integers().between(0, ALPHABET.length - 1))
        .ofSizeBetween(0, 24)
        .map(l -> l.stream().map(i -> String.valueOf(ALPHABET[i])).collect(Collectors.joining()));
  }

  @Test
  void normaliseIsIdempotent() {
    qt().forAll(laoishText())
        .checkAssert(
            s ->
                assertThat(LaoText.normalise(LaoText.normalise(s)))
                    .isEqualTo(LaoText.normalise(s)));
  }

  @Test
  void matchKeyIsIdempotentOnLaoText() {
    qt().forAll(laoishText())
        .checkAssert(
            s -> {
              String k = LaoText.matchKey(s);
              assertThat(LaoText.normalise(k)).isEqualTo(k);
            });
  }

  @Test
  void digitConversionRoundTrips() {
    qt().forAll(strings().numeric())
        .checkAssert(s -> assertThat(LaoText.toArabicDigits(LaoText.toLaoDigits(s))).isEqualTo(s));
  }

  @Test
  void composedAndDecomposedSpellingsAgree() {
    // every SARA AM written either way, every ligature written either way, gives one form
    qt().forAll(laoishText())
        .checkAssert(
            s -> {
              String decomposed =
                  s.replace("\u0EB3", "\u0ECD\u0EB2")
                      .replace("ໜ", "ຫນ")
                      .replace("ໝ", "ຫມ")
                      .replace("\u0EBC", "ລ");
              assertThat(LaoText.normalise(decomposed)).isEqualTo(LaoText.normalise(s));
            });
  }

  @Test
  void containsLaoDetectsScript() {
    assertThat(List.of("ບໍ່ແກ້ວ", "Bokeo", "LA05 ບໍ່ແກ້ວ").stream().map(LaoText::containsLao))
        .containsExactly(true, false, true);
  }
}
