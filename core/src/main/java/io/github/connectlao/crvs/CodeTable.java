package io.github.connectlao.crvs;

import io.github.connectlao.admin.Gazetteer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A map from unit-code bytes (ASCII letters folded to upper case) to unit indexes, for the
 * registration reader's hot path: no allocation per lookup, and for codes of at most 12 bytes (every
 * P-code, community and synthetic village code) one probe into one flat {@code long[]}.
 *
 * <p>Short codes live inline, two {@code long}s per slot (linear probing, at most 3/4 full): the
 * first holds bytes 0–7, the second bytes 8–11, the length and the value + 2, so a slot is never 0
 * once used and one 16-byte read compares a whole key; at 12,000 codes the table takes 256 KiB.
 * Longer codes go to a second table that keeps each key as its own array. Values are the unit
 * index (0 or more), or a negative number the caller stores for a code it knows to be unknown;
 * {@link #MISS} means "never seen". The number of cached codes is bounded (the gazetteer's codes
 * plus 10,000 unknown ones), so memory stays bounded whatever the input. Not thread-safe.
 */
final class CodeTable {
  static final int MISS = Integer.MIN_VALUE;

  /** The longest code kept inline. */
  static final int INLINE = 12;

  private static final int MAX_KEY = 64;
  private static final long K1 = 0x9E3779B97F4A7C15L;
  private static final long K2 = 0xC2B2AE3D27D4EB4FL;

  private long[] inline;
  private int inlineEntries;
  private final LongKeys longKeys = new LongKeys();
  private final int maxEntries;
  private int entries;

  private CodeTable(int expected, int maxEntries) {
    int slots = Integer.highestOneBit(Math.max(16, expected * 4 / 3 + 1) - 1) << 1;
    inline = new long[2 * slots];
    this.maxEntries = maxEntries;
  }

  /**
   * A table holding every unit code of a gazetteer.
   *
   * @param g the gazetteer
   * @return the table
   */
  static CodeTable of(Gazetteer g) {
    CodeTable t = new CodeTable(g.size(), g.size() + 10_000);
    for (int i = 0; i < g.size(); i++) {
      byte[] code = g.unitAt(i).code().getBytes(StandardCharsets.UTF_8);
      t.put(code, 0, code.length, i);
    }
    return t;
  }

  /** An empty table (for tests). */
  static CodeTable empty(int maxEntries) {
    return new CodeTable(16, maxEntries);
  }

  private static int fold(byte b) {
    return b >= 'a' && b <= 'z' ? b - 32 : b;
  }

  /** @return the value of a code, or {@link #MISS} */
  int get(byte[] a, int f, int t) {
    int n = t - f;
    if (n > INLINE) {
      return n > MAX_KEY ? MISS : longKeys.get(a, f, t);
    }
    if (n <= 0) {
      return MISS;
    }
    long k0;
    long k1;
    if (f + 16 <= a.length) {
      // two unaligned reads, masked to the code's bytes, folded eight at a time
      long w0 = (long) LONGS.get(a, f);
      k0 = foldWord(n >= 8 ? w0 : w0 & ((1L << (n << 3)) - 1));
      k1 = n > 8 ? foldWord((long) LONGS.get(a, f + 8) & ((1L << ((n - 8) << 3)) - 1)) : 0;
    } else {
      k0 = 0;
      k1 = 0;
      for (int i = Math.min(n, 8) - 1; i >= 0; i--) {
        k0 = k0 << 8 | (fold(a[f + i]) & 0xFF);
      }
      for (int i = n - 1; i >= 8; i--) {
        k1 = k1 << 8 | (fold(a[f + i]) & 0xFF);
      }
    }
    k1 |= (long) n << 32;
    long[] s = inline;
    int mask = (s.length >> 1) - 1;
    int slot = hash(k0, k1) & mask;
    while (true) {
      long y = s[2 * slot + 1];
      if (y == 0) {
        return MISS;
      }
      if ((y & 0xF_FFFF_FFFFL) == k1 && s[2 * slot] == k0) {
        return (int) (y >> 36) - 2;
      }
      slot = (slot + 1) & mask;
    }
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;
  private static final long HIGHS = 0x8080808080808080L;

  /**
   * {@link #fold} of the eight bytes of a little-endian word at once: the bytes {@code a}–{@code z}
   * lose their 0x20 bit; every other byte, ASCII or not, is kept.
   */
  static long foldWord(long w) {
    long low = w & LOWS;
    long atLeastA = low + 0x1F1F1F1F1F1F1F1FL; // high bit set where the byte's low 7 bits >= 'a'
    long aboveZ = low + 0x0505050505050505L; // high bit set where they are > 'z'
    long lower = atLeastA & ~aboveZ & ~w & HIGHS;
    return w ^ (lower >>> 2);
  }

  private static int hash(long k0, long k1) {
    long h = k0 * K1 ^ Long.rotateLeft(k1 * K2, 31);
    h ^= h >>> 29;
    h *= K2;
    return (int) (h ^ (h >>> 32));
  }

  /**
   * Stores the value of a code, unless the code is already there, is longer than 64 bytes, or the
   * table is full.
   *
   * @param value a unit index, or a negative number (at least -2^26) for an unknown code
   */
  void put(byte[] a, int f, int t, int value) {
    int n = t - f;
    if (n <= 0
        || n > MAX_KEY
        || entries >= maxEntries
        || value == MISS
        || value < -(1 << 26)
        || value > (1 << 26)
        || get(a, f, t) != MISS) {
      return;
    }
    entries++;
    if (n > INLINE) {
      longKeys.put(a, f, t, value);
      return;
    }
    if ((inlineEntries + 1) * 4L > (inline.length >> 1) * 3L) {
      long[] old = inline;
      inline = new long[old.length * 2];
      for (int i = 0; i < old.length; i += 2) {
        if (old[i + 1] != 0) {
          insert(old[i], old[i + 1]);
        }
      }
    }
    long k0 = 0;
    long k1 = 0;
    for (int i = Math.min(n, 8) - 1; i >= 0; i--) {
      k0 = k0 << 8 | (fold(a[f + i]) & 0xFF);
    }
    for (int i = n - 1; i >= 8; i--) {
      k1 = k1 << 8 | (fold(a[f + i]) & 0xFF);
    }
    k1 |= (long) n << 32 | (long) (value + 2) << 36;
    insert(k0, k1);
    inlineEntries++;
  }

  private void insert(long k0, long k1) {
    long[] s = inline;
    int mask = (s.length >> 1) - 1;
    int slot = hash(k0, k1 & 0xF_FFFF_FFFFL) & mask;
    while (s[2 * slot + 1] != 0) {
      slot = (slot + 1) & mask;
    }
    s[2 * slot] = k0;
    s[2 * slot + 1] = k1;
  }

  /** Codes of 13 to 64 bytes: open addressing over one array per key. */
  private static final class LongKeys {
    private byte[][] keys = new byte[16][];
    private int[] values = new int[16];
    private int size;

    private static int hash(byte[] a, int f, int t) {
      int h = 0x811C9DC5;
      for (int i = f; i < t; i++) {
        h = (h ^ fold(a[i])) * 0x01000193;
      }
      return h ^ (h >>> 16);
    }

    int get(byte[] a, int f, int t) {
      int mask = keys.length - 1;
      int slot = hash(a, f, t) & mask;
      while (true) {
        byte[] key = keys[slot];
        if (key == null) {
          return MISS;
        }
        if (key.length == t - f && same(key, a, f)) {
          return values[slot];
        }
        slot = (slot + 1) & mask;
      }
    }

    private static boolean same(byte[] key, byte[] a, int f) {
      for (int i = 0; i < key.length; i++) {
        if (key[i] != fold(a[f + i])) {
          return false;
        }
      }
      return true;
    }

    void put(byte[] a, int f, int t, int value) {
      if (size * 2 >= keys.length) {
        byte[][] oldKeys = keys;
        int[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        values = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
          if (oldKeys[i] != null) {
            place(oldKeys[i], oldValues[i]);
          }
        }
      }
      byte[] key = Arrays.copyOfRange(a, f, t);
      for (int i = 0; i < key.length; i++) {
        key[i] = (byte) fold(key[i]);
      }
      place(key, value);
      size++;
    }

    private void place(byte[] key, int value) {
      int mask = keys.length - 1;
      int slot = hash(key, 0, key.length) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = value;
    }
  }
}
