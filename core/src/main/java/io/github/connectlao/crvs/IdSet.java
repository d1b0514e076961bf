package io.github.connectlao.crvs;

import java.util.Arrays;

/**
 * The identifiers seen in one input, kept as 128-bit hashes (MurmurHash3, x64 128-bit variant) in
 * primitive arrays with the line of each first occurrence: no {@code String} and no object per id.
 *
 * <p>Collision bound: two different identifiers share a hash with probability 2<sup>-128</sup>;
 * over n distinct identifiers the chance that any two do is at most n²/2<sup>129</sup> (about
 * 10<sup>-23</sup> for 100 million identifiers). A collision would make a valid row be reported
 * as a duplicate (never a row silently dropped). The hash is not cryptographic: someone who crafts
 * a file on purpose could make two ids collide and get a false duplicate report, nothing worse.
 *
 * <p>Memory: 20 bytes per slot, at most 4/3 slots per distinct identifier plus a power of two
 * (about 27-53 bytes per identifier), only while one input is read.
 */
final class IdSet {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private long[] hi = new long[1 << 10];
  private long[] lo = new long[1 << 10];
  private int[] line = new int[1 << 10];
  private int size;
  private long h1;
  private long h2;

  /**
   * Adds an identifier unless already present.
   *
   * @param a the bytes
   * @param from the first byte
   * @param to after the last byte
   * @param position the line or position of this occurrence
   * @return 0 when added; otherwise the position of the first occurrence (-1 when too large to keep)
   */
  long addOrFirst(byte[] a, int from, int to, long position) {
    hash(a, from, to);
    long k1 = h1;
    long k2 = h2 == 0 && k1 == 0 ? 1 : h2;   // 0/0 marks an empty slot
    int mask = hi.length - 1;
    int slot = (int) (k1 ^ (k1 >>> 32)) & mask;
    while (hi[slot] != 0 || lo[slot] != 0) {
      if (hi[slot] == k1 && lo[slot] == k2) {
        return line[slot];
      }
      slot = (slot + 1) & mask;
    }
    hi[slot] = k1;
    lo[slot] = k2;
    line[slot] = position > Integer.MAX_VALUE ? -1 : (int) position;
    if (++size * 4L > hi.length * 3L) {
      grow();
    }
    return 0;
  }

  private void grow() {
    long[] oh = hi;
    long[] ol = lo;
    int[] oline = line;
    int cap = oh.length * 2;
    hi = new long[cap];
    lo = new long[cap];
    line = new int[cap];
    int mask = cap - 1;
    for (int i = 0; i < oh.length; i++) {
      if (oh[i] != 0 || ol[i] != 0) {
        int slot = (int) (oh[i] ^ (oh[i] >>> 32)) & mask;
        while (hi[slot] != 0 || lo[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        hi[slot] = oh[i];
        lo[slot] = ol[i];
        line[slot] = oline[i];
      }
    }
  }

  /** @return the number of distinct identifiers */
  int size() {
    return size;
  }

  void clear() {
    Arrays.fill(hi, 0);
    Arrays.fill(lo, 0);
    size = 0;
  }

  // MurmurHash3_x64_128 (Austin Appleby's public-domain algorithm), seed 0, written from its description
  private void hash(byte[] a, int from, int to) {
    int len = to - from;
    long x1 = 0;
    long x2 = 0;
    int i = from;
    int blocks = len / 16;
    for (int b = 0; b < blocks; b++, i += 16) {
      long k1 = getLong(a, i);
      long k2 = getLong(a, i + 8);
      k1 *= C1;
      k1 = Long.rotateLeft(k1, 31);
      k1 *= C2;
      x1 ^= k1;
      x1 = Long.rotateLeft(x1, 27);
      x1 += x2;
      x1 = x1 * 5 + 0x52dce729;
      k2 *= C2;
      k2 = Long.rotateLeft(k2, 33);
      k2 *= C1;
      x2 ^= k2;
      x2 = Long.rotateLeft(x2, 31);
      x2 += x1;
      x2 = x2 * 5 + 0x38495ab5;
    }
    long k1 = 0;
    long k2 = 0;
    int rest = len & 15;
    for (int j = rest - 1; j >= 8; j--) {
      k2 ^= (long) (a[i + j] & 0xFF) << ((j - 8) * 8);
    }
    if (rest > 8) {
      k2 *= C2;
      k2 = Long.rotateLeft(k2, 33);
      k2 *= C1;
      x2 ^= k2;
    }
    for (int j = Math.min(rest, 8) - 1; j >= 0; j--) {
      k1 ^= (long) (a[i + j] & 0xFF) << (j * 8);
    }
    if (rest > 0) {
      k1 *= C1;
      k1 = Long.rotateLeft(k1, 31);
      k1 *= C2;
      x1 ^= k1;
    }
    x1 ^= len;
    x2 ^= len;
    x1 += x2;
    x2 += x1;
    x1 = fmix(x1);
    x2 = fmix(x2);
    x1 += x2;
    x2 += x1;
    h1 = x1;
    h2 = x2;
  }

  private static long getLong(byte[] a, int i) {
    return (a[i] & 0xFFL) | (a[i + 1] & 0xFFL) << 8 | (a[i + 2] & 0xFFL) << 16 | (a[i + 3] & 0xFFL) << 24
        | (a[i + 4] & 0xFFL) << 32 | (a[i + 5] & 0xFFL) << 40 | (a[i + 6] & 0xFFL) << 48 | (a[i + 7] & 0xFFL) << 56;
  }

  private static long fmix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb93fe53a87b9L;
    k ^= k >>> 33;
    return k;
  }
}
