package io.github.connectlao.crvs;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The identifiers seen in one input, with the position of each first occurrence: an exact set
 * (two identifiers are the same only when their bytes are equal), built for one probe per row.
 *
 * <p>Layout: every distinct identifier is appended once to an arena of 1 MiB byte chunks as
 * {@code [position: 8 bytes][length: 1 or 5 bytes][the bytes]}, in input order, so writing it
 * touches memory sequentially. An open-addressing table of {@code long}s (linear probing, at most
 * half full) holds per identifier a fingerprint (23 bits of a 64-bit hash, with its top bit set so
 * that 0 marks an empty slot) and the 40-bit arena address of its entry. A probe compares
 * fingerprints only; the bytes are compared, in the arena, only when a fingerprint matches: on a
 * true duplicate, or on a fingerprint collision (about one lookup in 2<sup>23</sup> per occupied
 * slot passed). The answer is therefore exact: no false duplicate, no missed one, whatever the
 * hash does; the hash only decides the speed. Its seed is drawn per set, so a file cannot be
 * crafted in advance to make every identifier land in one probe chain.
 *
 * <p>Memory, while one input is read: 8 bytes per slot (2 to 4 slots per distinct identifier) plus
 * 9 bytes and the identifier's own bytes in the arena; for identifiers of 10 to 20 bytes, 35 to 61
 * bytes per distinct identifier. Nothing is allocated per lookup. Not thread-safe.
 */
final class IdSet {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final int CHUNK_BITS = 20;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final long ADDRESS_MASK = (1L << 40) - 1;
  private static final long FINGERPRINT_MASK = ~ADDRESS_MASK;
  private static final long OCCUPIED = 1L << 63;
  private static final long K1 = 0x9E3779B97F4A7C15L;
  private static final long K2 = 0xC2B2AE3D27D4EB4FL;

  private final long seed;
  private final long hashMask;
  private long[] table = new long[1 << 10];
  private int size;

  /** The arena: chunks in order; {@code used[c]} bytes of chunk c hold entries. */
  private byte[][] chunks = new byte[4][];

  private int[] used = new int[4];
  private int chunkCount;

  /** The chunk that receives small entries. */
  private int current = -1;

  /** An empty set. */
  IdSet() {
    this(0);
  }

  /**
   * An empty set sized for about this many identifiers, so that reading a file of known size does
   * not rebuild the table as it grows (each rebuild re-inserts every identifier so far). The size
   * is only a hint: the set grows past it, and a hint above {@value #MAX_HINT} counts as that.
   *
   * @param expected the number of identifiers expected (0 or less: unknown)
   */
  IdSet(int expected) {
    this(ThreadLocalRandom.current().nextLong(), -1L);
    int n = Math.min(Math.max(expected, 0), MAX_HINT);
    if (n * 2 > table.length) {
      table = new long[Integer.highestOneBit(n * 2 - 1) << 1];
    }
  }

  /** The largest size hint honoured: a table of 8 Mi slots (64 MiB). */
  static final int MAX_HINT = 1 << 22;

  /**
   * A set with a fixed seed whose hashes are reduced by a mask: with a narrow mask every identifier
   * shares a handful of hashes, which forces fingerprint collisions (for tests).
   *
   * @param seed the hash seed
   * @param hashMask the bits of the hash kept
   */
  IdSet(long seed, long hashMask) {
    this.seed = seed;
    this.hashMask = hashMask;
  }

  /**
   * Adds an identifier unless already present.
   *
   * @param a the bytes
   * @param from the first byte
   * @param to after the last byte
   * @param position the line or position of this occurrence (1-based; 0 or less when unknown)
   * @return 0 when added; otherwise the position of the first occurrence, or -1 when that position
   *     was not a positive number
   */
  long addOrFirst(byte[] a, int from, int to, long position) {
    return addOrFirst(hash(a, from, to), a, from, to, position);
  }

  /**
   * Reads the slot where a lookup of this hash starts, so that a later {@link #addOrFirst(long,
   * byte[], int, int, long)} finds it in the cache: callers touch a batch of hashes first, whose
   * memory accesses then overlap.
   *
   * @param h a hash from {@link #hash}
   * @return the slot's content (use it only to keep the read from being optimised away)
   */
  long touch(long h) {
    long[] t = table;
    return t[(int) h & (t.length - 1)];
  }

  /**
   * {@link #addOrFirst(byte[], int, int, long)} with the hash already computed.
   *
   * @param h {@link #hash} of the range
   * @param a the bytes
   * @param from the first byte
   * @param to after the last byte
   * @param position the line or position of this occurrence
   * @return 0 when added; otherwise the position of the first occurrence, or -1 when unknown
   */
  long addOrFirst(long h, byte[] a, int from, int to, long position) {
    long fingerprint = (h | OCCUPIED) & FINGERPRINT_MASK;
    long[] t = table;
    int mask = t.length - 1;
    int slot = (int) h & mask;
    while (true) {
      long v = t[slot];
      if (v == 0) {
        break;
      }
      if ((v & FINGERPRINT_MASK) == fingerprint) {
        long first = firstIfSame(v & ADDRESS_MASK, a, from, to);
        if (first != 0) {
          return first;
        }
      }
      slot = (slot + 1) & mask;
    }
    t[slot] = fingerprint | append(a, from, to, position);
    if (++size * 2 > t.length) {
      grow();
    }
    return 0;
  }

  /** @return the slots of the table (a power of two, at least twice the identifiers) */
  int slots() {
    return table.length;
  }

  /** @return the number of distinct identifiers */
  int size() {
    return size;
  }

  /** @return the first position stored at an arena address when its bytes equal the range, else 0 */
  private long firstIfSame(long address, byte[] a, int from, int to) {
    byte[] c = chunks[(int) (address >>> CHUNK_BITS)];
    int p = (int) address & (CHUNK - 1);
    int len = c[p + 8] & 0xFF;
    int q = p + 9;
    if (len == 0xFF) {
      len = longLength(c, p);
      q = p + 13;
    }
    if (len != to - from || !Arrays.equals(c, q, q + len, a, from, to)) {
      return 0;
    }
    long first = (long) LONGS.get(c, p);
    return first > 0 ? first : -1;
  }

  /** Appends an entry to the arena and returns its address. */
  private long append(byte[] a, int from, int to, long position) {
    int len = to - from;
    int need = len + (len < 0xFF ? 9 : 13);
    int chunk;
    if (need > CHUNK / 4) {
      chunk = newChunk(need);
    } else {
      if (current < 0 || used[current] + need > CHUNK) {
        current = newChunk(CHUNK);
      }
      chunk = current;
    }
    byte[] c = chunks[chunk];
    int p = used[chunk];
    LONGS.set(c, p, position);
    if (len < 0xFF) {
      c[p + 8] = (byte) len;
      System.arraycopy(a, from, c, p + 9, len);
    } else {
      c[p + 8] = (byte) 0xFF;
      c[p + 9] = (byte) len;
      c[p + 10] = (byte) (len >>> 8);
      c[p + 11] = (byte) (len >>> 16);
      c[p + 12] = (byte) (len >>> 24);
      System.arraycopy(a, from, c, p + 13, len);
    }
    used[chunk] = p + need;
    return (long) chunk << CHUNK_BITS | p;
  }

  private static int longLength(byte[] c, int p) {
    return (c[p + 9] & 0xFF)
        | (c[p + 10] & 0xFF) << 8
        | (c[p + 11] & 0xFF) << 16
        | (c[p + 12] & 0xFF) << 24;
  }

  /** A chunk of its own for an entry larger than a quarter chunk, or the next shared chunk. */
  private int newChunk(int bytes) {
    if (chunkCount == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunkCount * 2);
      used = Arrays.copyOf(used, chunkCount * 2);
    }
    if (chunkCount >= 1 << (40 - CHUNK_BITS)) {
      throw new IllegalStateException("more than 2^20 chunks of identifiers");
    }
    chunks[chunkCount] = new byte[bytes];
    return chunkCount++;
  }

  /**
   * Doubles the table, re-inserting every entry: the arena is walked in order and the hashes
   * recomputed, 256 at a time, whose slots are read before any is written so that the reads overlap.
   */
  private void grow() {
    long[] t = new long[table.length * 2];
    int mask = t.length - 1;
    long[] hashes = new long[256];
    long[] addresses = new long[256];
    long touched = 0;
    for (int chunk = 0; chunk < chunkCount; chunk++) {
      byte[] c = chunks[chunk];
      int p = 0;
      while (p < used[chunk]) {
        int n = 0;
        while (n < hashes.length && p < used[chunk]) {
          int len = c[p + 8] & 0xFF;
          int q = p + 9;
          if (len == 0xFF) {
            len = longLength(c, p);
            q = p + 13;
          }
          long h = hash(c, q, q + len);
          touched ^= t[(int) h & mask];
          hashes[n] = h;
          addresses[n++] = (long) chunk << CHUNK_BITS | p;
          p = q + len;
        }
        for (int k = 0; k < n; k++) {
          long h = hashes[k];
          int slot = (int) h & mask;
          while (t[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          t[slot] = ((h | OCCUPIED) & FINGERPRINT_MASK) | addresses[k];
        }
      }
    }
    table = t;
    this.touched = touched;
  }

  /** Keeps the reads of {@link #grow()} from being optimised away (the value does not matter). */
  @SuppressWarnings("unused")
  private long touched;

  /**
   * A 64-bit hash of a byte range: eight bytes per step (the last step reads the range's last eight
   * bytes, overlapping the one before; a range under eight bytes is one masked word), then a full
   * avalanche (MurmurHash3's fmix64). It depends only on the range's bytes, not on where they lie.
   */
  long hash(byte[] a, int from, int to) {
    int len = to - from;
    long h = seed ^ (len * K1);
    if (len >= 8) {
      for (int i = from; i + 8 < to; i += 8) {
        h = Long.rotateLeft(h ^ ((long) LONGS.get(a, i) * K1), 31) * K2;
      }
      h = Long.rotateLeft(h ^ ((long) LONGS.get(a, to - 8) * K1), 31) * K2;
    } else if (len > 0) {
      long w;
      if (from + 8 <= a.length) {
        w = (long) LONGS.get(a, from) & ((1L << (len << 3)) - 1);
      } else {
        w = 0;
        for (int j = to - 1; j >= from; j--) {
          w = w << 8 | (a[j] & 0xFF);
        }
      }
      h = Long.rotateLeft(h ^ (w * K1), 31) * K2;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93fe53a87b9L;
    h ^= h >>> 33;
    return h & hashMask;
  }
}
