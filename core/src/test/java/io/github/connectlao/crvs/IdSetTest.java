package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdSetTest {
  private static long add(IdSet s, String id, long position) {
    byte[] b = id.getBytes(StandardCharsets.UTF_8);
    return s.addOrFirst(b, 0, b.length, position);
  }

  @Test
  void reportsTheFirstPositionOfADuplicateAndNothingForANewId() {
    IdSet s = new IdSet();
    assertThat(add(s, "LA-0001", 2)).isZero();
    assertThat(add(s, "LA-0002", 3)).isZero();
    assertThat(add(s, "LA-0001", 9)).isEqualTo(2);
    assertThat(add(s, "la-0001", 10)).isZero();
    assertThat(add(s, "", 11)).isZero();
    assertThat(add(s, "", 12)).isEqualTo(11);
    assertThat(s.size()).isEqualTo(4);
  }

  @Test
  void aFirstOccurrenceWithoutAPositiveNumberIsStillFound() {
    IdSet s = new IdSet();
    assertThat(add(s, "x", 0)).isZero();
    assertThat(add(s, "x", 5)).isEqualTo(-1);
    assertThat(add(s, "y", -7)).isZero();
    assertThat(add(s, "y", 5)).isEqualTo(-1);
  }

  @Test
  void everyIdentifierSharingOneHashIsStillTellApartByItsBytes() {
    IdSet s = new IdSet(42, 0L); // every hash is 0: every probe meets equal fingerprints
    for (int i = 1; i <= 3000; i++) {
      assertThat(add(s, "ID-" + i, i)).isZero();
    }
    for (int i = 1; i <= 3000; i++) {
      assertThat(add(s, "ID-" + i, 5000 + i)).isEqualTo(i);
    }
    assertThat(add(s, "ID-3001", 9000)).isZero();
    assertThat(s.size()).isEqualTo(3001);
  }

  @Test
  void longIdentifiersAndChunkBoundariesKeepTheirBytes() {
    IdSet s = new IdSet();
    Random random = new Random(7);
    Map<String, Long> oracle = new HashMap<>();
    long position = 0;
    // lengths around the 1-byte length limit (255), a quarter chunk (256 KiB) and beyond a chunk
    int[] lengths = {
      0, 1, 7, 8, 9, 16, 254, 255, 256, 1000, (1 << 18) - 9, (1 << 18), (1 << 20) + 3, 70_000
    };
    for (int round = 0; round < 40; round++) {
      for (int length : lengths) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
          b[i] = (byte) ('a' + random.nextInt(2));
        }
        String key = new String(b, StandardCharsets.ISO_8859_1);
        long expected = oracle.getOrDefault(key, 0L);
        if (expected == 0) {
          oracle.put(key, ++position);
          assertThat(s.addOrFirst(b, 0, length, position)).isZero();
        } else {
          assertThat(s.addOrFirst(b, 0, length, ++position)).isEqualTo(expected);
        }
      }
    }
    assertThat(s.size()).isEqualTo(oracle.size());
  }

  /** Against a HashMap, with the hash narrowed to 0, 2, 8 or 64 bits: exact whatever the collisions. */
  @Test
  void agreesWithAHashMapWhateverTheHashCollisions() {
    long[] masks = {0L, 0x3L, 0xFF00_0000_0000_0000L | 0xFFL, -1L};
    qt().withExamples(60)
        .forAll(longs().all(), integers().between(0, masks.length - 1), integers().between(0, 2000))
        .checkAssert(
            (seed, m, count) -> {
              Random random = new Random(seed);
              IdSet s = new IdSet(seed, masks[m]);
              Map<String, Long> oracle = new HashMap<>();
              int alphabet = 1 + random.nextInt(4);
              byte[] host = new byte[64];
              for (int row = 1; row <= count; row++) {
                int length = random.nextInt(random.nextInt(20) + 1);
                int offset = random.nextInt(host.length - length + 1);
                Arrays.fill(host, (byte) '#');
                for (int i = 0; i < length; i++) {
                  host[offset + i] = (byte) ('0' + random.nextInt(alphabet + 1));
                }
                String key = new String(host, offset, length, StandardCharsets.ISO_8859_1);
                Long first = oracle.putIfAbsent(key, (long) row);
                long got = s.addOrFirst(host, offset, offset + length, row);
                assertThat(got).as("row %d", row).isEqualTo(first == null ? 0L : first);
              }
              assertThat(s.size()).isEqualTo(oracle.size());
            });
  }

  /** The size hint sizes the table once; the answers are those of a set without one. */
  @Test
  void aSizeHintChangesOnlyTheTableSize() {
    for (int hint : new int[] {-5, 0, 1, 700, 100_000}) {
      IdSet hinted = new IdSet(hint);
      IdSet plain = new IdSet();
      Random random = new Random(hint);
      for (int row = 1; row <= 5_000; row++) {
        byte[] id = ("ID-" + random.nextInt(3_000)).getBytes(StandardCharsets.US_ASCII);
        assertThat(hinted.addOrFirst(id, 0, id.length, row))
            .as("hint %d, row %d", hint, row)
            .isEqualTo(plain.addOrFirst(id, 0, id.length, row));
      }
      assertThat(hinted.size()).isEqualTo(plain.size());
    }
    assertThat(new IdSet(100_000).slots()).isEqualTo(1 << 18);
    assertThat(new IdSet(0).slots()).isEqualTo(1 << 10);
    assertThat(new IdSet(Integer.MAX_VALUE).slots()).isEqualTo(2 * IdSet.MAX_HINT);
  }

  /** The hash depends on the bytes only: alone in an array, or between other bytes, the same. */
  @Test
  void theHashDependsOnlyOnTheBytes() {
    qt().withExamples(2_000)
        .forAll(longs().all(), integers().between(0, 40), integers().between(0, 20))
        .checkAssert(
            (seed, length, offset) -> {
              Random random = new Random(seed);
              IdSet s = new IdSet(seed, -1L);
              byte[] alone = new byte[length];
              random.nextBytes(alone);
              byte[] host = new byte[offset + length + random.nextInt(12)];
              random.nextBytes(host);
              System.arraycopy(alone, 0, host, offset, length);
              assertThat(s.hash(host, offset, offset + length)).isEqualTo(s.hash(alone, 0, length));
            });
  }
}
