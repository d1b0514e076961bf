package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.admin.Gazetteer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CodeTableTest {
  /**
   * The value of a code, looked up twice: in an array of its own bytes (read byte by byte) and
   * between garbage bytes with room after it (read eight bytes at a time); both must agree.
   */
  private static int get(CodeTable t, String code) {
    byte[] b = code.getBytes(StandardCharsets.ISO_8859_1);
    int alone = t.get(b, 0, b.length);
    byte[] host = new byte[b.length + 3 + 16];
    java.util.Arrays.fill(host, (byte) 'q');
    host[2] = (byte) 0xE9;
    host[3 + b.length] = (byte) 'z';
    System.arraycopy(b, 0, host, 3, b.length);
    assertThat(t.get(host, 3, 3 + b.length)).as("%s between other bytes", code).isEqualTo(alone);
    return alone;
  }

  /** The eight-byte fold is the byte fold of each byte, for every byte value at every position. */
  @Test
  void foldingEightBytesAtOnceFoldsEachByte() {
    for (int v = 0; v < 256; v++) {
      for (int at = 0; at < 8; at++) {
        for (long around : new long[] {0L, -1L, 0x6161616161616161L, 0x7A7A7A7A7A7A7A7AL}) {
          long w = (around & ~(0xFFL << (8 * at))) | ((long) v << (8 * at));
          long expected = 0;
          for (int k = 7; k >= 0; k--) {
            int b = (int) (w >>> (8 * k)) & 0xFF;
            int folded = b >= 'a' && b <= 'z' ? b - 32 : b;
            expected = expected << 8 | folded;
          }
          assertThat(CodeTable.foldWord(w))
              .as("byte %x at %d in %x", v, at, around)
              .isEqualTo(expected);
        }
      }
    }
  }

  private static void put(CodeTable t, String code, int value) {
    byte[] b = code.getBytes(StandardCharsets.ISO_8859_1);
    t.put(b, 0, b.length, value);
  }

  @Test
  void findsEveryCodeOfTheEmbeddedGazetteerWhateverItsCase() {
    Gazetteer g = Gazetteer.laoPdr();
    CodeTable t = CodeTable.of(g);
    for (int i = 0; i < g.size(); i++) {
      String code = g.unitAt(i).code();
      int expected = g.indexOf(code);
      assertThat(get(t, code)).as(code).isEqualTo(expected);
      assertThat(get(t, code.toLowerCase(java.util.Locale.ROOT))).as(code).isEqualTo(expected);
    }
    assertThat(get(t, "LA9999")).isEqualTo(CodeTable.MISS);
  }

  @Test
  void lengthTellsApartCodesThatDifferOnlyByTrailingZeroBytes() {
    CodeTable t = CodeTable.empty(100);
    put(t, "A", 1);
    put(t, "A\0", 2);
    put(t, "ABCDEFGH", 3);
    put(t, "ABCDEFGH\0", 4);
    put(t, "ABCDEFGHIJKL", 5);
    put(t, "ABCDEFGHIJKLM", 6);
    put(t, "\u00e9\u00ff", -1);
    assertThat(get(t, "a")).isEqualTo(1);
    assertThat(get(t, "A\0")).isEqualTo(2);
    assertThat(get(t, "abcdefgh")).isEqualTo(3);
    assertThat(get(t, "ABCDEFGH\0")).isEqualTo(4);
    assertThat(get(t, "ABCDEFGHIJKl")).isEqualTo(5);
    assertThat(get(t, "abcdefghijklm")).isEqualTo(6);
    assertThat(get(t, "\u00e9\u00ff")).isEqualTo(-1);
    assertThat(get(t, "")).isEqualTo(CodeTable.MISS);
    assertThat(get(t, "ABCDEFGHI")).isEqualTo(CodeTable.MISS);
  }

  @Test
  void holdsNoMoreThanItsBound() {
    CodeTable t = CodeTable.empty(3);
    for (int i = 0; i < 10; i++) {
      put(t, "C" + i, i);
    }
    assertThat(get(t, "C2")).isEqualTo(2);
    assertThat(get(t, "C3")).isEqualTo(CodeTable.MISS);
  }

  /** Against a HashMap of upper-cased codes: short and long codes, any byte, values of any sign. */
  @Test
  void agreesWithAHashMap() {
    qt().withExamples(100)
        .forAll(longs().all(), integers().between(0, 3000))
        .checkAssert(
            (seed, count) -> {
              Random random = new Random(seed);
              String alphabet = "aAbB0-\u00e9\0zZ";
              int symbols = 2 + random.nextInt(alphabet.length() - 1);
              CodeTable t = CodeTable.empty(Integer.MAX_VALUE);
              Map<String, Integer> oracle = new HashMap<>();
              for (int i = 0; i < count; i++) {
                StringBuilder code = new StringBuilder();
                int length = random.nextInt(random.nextBoolean() ? 13 : 70);
                for (int k = 0; k < length; k++) {
                  code.append(alphabet.charAt(random.nextInt(symbols)));
                }
                String c = code.toString();
                String key = c.toUpperCase(java.util.Locale.ROOT).replace('\u00c9', '\u00e9');
                if (random.nextInt(3) == 0) {
                  int value = random.nextInt(1 << 16) - 5;
                  put(t, c, value);
                  if (length > 0 && length <= 64) {
                    oracle.putIfAbsent(key, value);
                  }
                }
                assertThat(get(t, c))
                    .as("%s", c)
                    .isEqualTo(oracle.getOrDefault(key, CodeTable.MISS));
              }
            });
  }
}
