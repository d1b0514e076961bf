package io.github.connectlao.lao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.testing.ResourceOracles;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link LaoText#normalise(String)} runs in linear time and gives the same results as the
 * pair-by-pair reordering it replaced (kept here as the oracle).
 */
class LaoTextNormaliseOracleTest {
  private static final char NIKHAHIT = '\u0ECD';

  /** The characters that matter to the folds, and a few ordinary ones. */
  private static final char[] ALPHABET = {
    '\u0EC8', '\u0EC9', '\u0ECA', '\u0ECB', NIKHAHIT, '\u0EB3', '\u0EB2', '\u0EDC', '\u0EDD',
    '\u0EBC', '\u0EAB', '\u0E99', '\u0E81', ' ', '\u200B', '\u00A0', 'a', '.', '\u0ED2'
  };

  /** The previous implementation: folds, then swaps "tone mark, NIKHAHIT" pairs until none is left. */
  static String quadraticReference(String text) {
    StringBuilder out = new StringBuilder();
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u200B' || c == '\u00A0' || c == '\uFEFF') {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      switch (c) {
        case '\u0EB3' -> out.append(NIKHAHIT).append('\u0EB2');
        case '\u0EDC' -> out.append('\u0EAB').append('\u0E99');
        case '\u0EDD' -> out.append('\u0EAB').append('\u0EA1');
        case '\u0EBC' -> out.append('\u0EA5');
        default -> out.append(c);
      }
    }
    for (int i = 1; i < out.length(); i++) {
      char prev = out.charAt(i - 1);
      if (out.charAt(i) == NIKHAHIT && prev >= '\u0EC8' && prev <= '\u0ECB') {
        out.setCharAt(i - 1, NIKHAHIT);
        out.setCharAt(i, prev);
        if (i > 1) {
          i -= 2;
        }
      }
    }
    return out.toString();
  }

  @Test
  void sameResultAsThePairwiseReorderingOnRandomLaoStrings() {
    qt().withFixedSeed(20261130L)
        .withExamples(20_000)
        .forAll(lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, 24))
        .checkAssert(
            codes -> {
              StringBuilder sb = new StringBuilder();
              codes.forEach(i -> sb.append(ALPHABET[i]));
              String s = sb.toString();
              assertThat(LaoText.normalise(s)).isEqualTo(quadraticReference(s));
              assertThat(LaoText.normalise(LaoText.normalise(s))).isEqualTo(LaoText.normalise(s));
            });
  }

  @Test
  void aRunOfToneMarksThenNikhahitsKeepsTheMarksInOrderAfterTheNikhahits() {
    String s = "\u0E81\u0EC8\u0EC9\u0ECD\u0ECD\u0EB2";
    assertThat(LaoText.normalise(s))
        .isEqualTo("\u0E81\u0ECD\u0ECD\u0EC8\u0EC9\u0EB2")
        .isEqualTo(quadraticReference(s));
  }

  @Test
  void oneMegabyteOfToneMarksThenNikhahitsTakesAboutAsLongAsOrdinaryLaoText() {
    // the old reordering took minutes on half this; measured as a ratio, so machine speed does not
    // matter
    int n = 1 << 19;
    String pathological = "\u0EC8".repeat(n) + String.valueOf(NIKHAHIT).repeat(n);
    String ordinary =
        "\u0E9A\u0ECD\u0EC8\u0EC1\u0E81\u0EC9\u0EA7 ".repeat(2 * n / 8 + 1).substring(0, 2 * n);
    Function<String, Runnable> run =
        s -> () -> assertThat(LaoText.normalise(s)).hasSize(s.length() - (s.endsWith(" ") ? 1 : 0));
    // a hang detector, not a speed assertion: the quadratic version would run for many minutes
    double ratio =
        assertTimeoutPreemptively(
            Duration.ofMinutes(2),
            () -> ResourceOracles.timeRatio(run.apply(pathological), run.apply(ordinary)));
    assertThat(ratio).as("time of 1 MB of marks / time of 1 MB of ordinary text").isLessThan(20);
    assertThat(ResourceOracles.allocatedBytes(run.apply(pathological)))
        .as("bytes allocated")
        .isLessThan(32L * pathological.length());
  }

  @Test
  void nullIsRefusedNamingTheParameter() {
    assertThatThrownBy(() -> LaoText.normalise(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("text");
    assertThatThrownBy(() -> LaoText.matchKey(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> LaoText.stripPrefix(null)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> LaoText.romanKey(null)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> LaoText.toArabicDigits(null))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> LaoText.toLaoDigits(null)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> LaoText.containsLao(null)).isInstanceOf(InvalidValueException.class);
  }
}
