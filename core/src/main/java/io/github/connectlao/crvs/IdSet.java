package io.github.connectlao.crvs;

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
 * <p>Memory: 24 bytes per slot, at least 4/3 slots per distinct identifier rounded up to a power
 * of two (32 to 64 bytes per identifier), only while one input is read.
 */
final class IdSet {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  /** Per slot: the two halves of the hash, then the line; one cache line holds a whole slot or two. */
  private long[] table = new long[3 << 10];
  private int slots = 1 << 10;
  private int size;
  private long h1;
  private long h2;

  /**
   * Adds an identifier unless already present.
   *
   * @param a the bytes
   * @param from the first byte
   * @param to after the last byte
   * @param position the line or position of this occurrence (at least 1)
   * @return 0 when added; otherwise the position of the first occurrence
   */
  long addOrFirst(byte[] a, int from, int to, long position) {
    hash(a, from, to);
    long k1 = h1;
    long k2 = h2 == 0 && k1 == 0 ? 1 : h2;   // 0/0 marks an empty slot
    long[] t = table;
    int mask = slots - 1;
    int slot = (int) (k1 ^ (k1 >>> 32)) & mask;
    while (true) {
      int at = slot * 3;
      long x = t[at];
      long y = t[at + 1];
      if (x == 0 && y == 0) {
        t[at] = k1;
        t[at + 1] = k2;
        t[at + 2] = position;
        if (++size * 4L > slots * 3L) {
          grow();
        }
        return 0;
      }
      if (x == k1 && y == k2) {
        return t[at + 2];
      }
      slot = (slot + 1) & mask;
    }
  }

  private void grow() {
    long[] old = table;
    int oldSlots = slots;
    slots = oldSlots * 2;
    table = new long[slots * 3];
    int mask = slots - 1;
    for (int i = 0; i < oldSlots; i++) {
      long x = old[i * 3];
      long y = old[i * 3 + 1];
      if (x != 0 || y != 0) {
        int slot = (int) (x ^ (x >>> 32)) & mask;
        while (table[slot * 3] != 0 || table[slot * 3 + 1] != 0) {
          slot = (slot + 1) & mask;
        }
        table[slot * 3] = x;
        table[slot * 3 + 1] = y;
        table[slot * 3 + 2] = old[i * 3 + 2];
      }
    }
  }

  /** @return the number of distinct identifiers */
  int size() {
    return size;
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
