package io.github.connectlao.fuzz;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.connectlao.ConnectLaoException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Shared machinery of the fuzz tests: the number of cases (system property {@code fuzz.examples},
 * per property; default {@value #DEFAULT_EXAMPLES}), the hang guard, the documented-exception
 * check, the mutations, and the count of cases run.
 */
public final class Fuzz {
  /** Cases per property in the normal test run. */
  public static final int DEFAULT_EXAMPLES = 300;

  /** Total cases run in this JVM, reported at the end of each fuzz class. */
  public static final AtomicLong CASES = new AtomicLong();

  private Fuzz() {}

  /**
   * QuickTheories with a fixed seed (system property {@code fuzz.seed}, default 20241123) so that a
   * run is reproducible; pass another seed for a different sample.
   */
  public static org.quicktheories.QuickTheory qt() {
    return org.quicktheories.QuickTheory.qt().withFixedSeed(Long.getLong("fuzz.seed", 20241123L));
  }

  public static int examples() {
    return Integer.getInteger("fuzz.examples", DEFAULT_EXAMPLES);
  }

  /**
   * Runs one case under a generous timeout (a hang detector, not a speed assertion); the case must
   * end in a value or in a documented exception type ({@link ConnectLaoException} and its
   * subclasses) carrying a message.
   */
  public static <T> T run(String what, ThrowingSupplier<T> body) {
    CASES.incrementAndGet();
    return assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          try {
            return body.get();
          } catch (ConnectLaoException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
              fail(what + ": documented exception without a message", e);
            }
            return null;
          } catch (StackOverflowError | OutOfMemoryError e) {
            fail(what + ": " + e, e);
            return null;
          } catch (Throwable e) {
            fail(what + ": undocumented exception " + e, e);
            return null;
          }
        },
        () -> what + ": did not end within 30 s (hang?)");
  }

  /** Applies 1 to 8 random mutations: flip, insert, delete, duplicate, truncate, splice a hostile token. */
  public static byte[] mutate(byte[] input, long seed) {
    Random random = new Random(seed);
    byte[] b = input.clone();
    int n = 1 + random.nextInt(8);
    for (int i = 0; i < n; i++) {
      int at = b.length == 0 ? 0 : random.nextInt(b.length);
      switch (random.nextInt(7)) {
        case 0:
          if (b.length > 0) {
            b[at] = (byte) random.nextInt(256);
          }
          break;
        case 1:
          String specials = "\",;\n\r'=\\{}[]:";
          b =
              splice(
                  b, at, 0, new byte[] {(byte) specials.charAt(random.nextInt(specials.length()))});
          break;
        case 2:
          b = splice(b, at, Math.min(b.length - at, 1 + random.nextInt(8)), new byte[0]);
          break;
        case 3:
          int len = Math.min(b.length - at, random.nextInt(40));
          byte[] copy = new byte[len];
          System.arraycopy(b, at, copy, 0, len);
          b = splice(b, at, 0, copy);
          break;
        case 4:
          b = splice(b, at, b.length - at, new byte[0]);
          break;
        case 5:
          String[] tokens = {
            "\uFEFF",
            "\"",
            "=cmd|' /C calc'!A0",
            "\u0ED1\u0ED2",
            "null",
            "[[[[",
            "{\"a\":",
            "-1e999999",
            "9999999999999999999999",
            "\u0000",
            "\u00ff\u00fe"
          };
          b =
              splice(
                  b, at, 0, tokens[random.nextInt(tokens.length)].getBytes(StandardCharsets.UTF_8));
          break;
        default:
          b = splice(b, at, 0, new byte[] {(byte) (0x80 + random.nextInt(0x80))});
          break;
      }
    }
    return b;
  }

  private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
    at = Math.min(at, b.length);
    remove = Math.max(0, Math.min(remove, b.length - at));
    byte[] out = new byte[b.length - remove + insert.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
    return out;
  }
}
