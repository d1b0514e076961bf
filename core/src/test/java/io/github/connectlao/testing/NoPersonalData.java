package io.github.connectlao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Checks that an exception carries no personal data anywhere: not in its message, nor in the
 * message or {@code toString()} of any cause or suppressed exception, however deep.
 *
 * <pre>{@code
 * Throwable e = catchThrowable(() -> json.read("{\"childName\": Somchai}", BirthRegistration.class));
 * NoPersonalData.assertAbsent(e, "Somchai");
 * }</pre>
 */
public final class NoPersonalData {
  private NoPersonalData() {}

  /**
   * Fails when any secret appears in the exception, its causes or suppressed exceptions.
   *
   * @param thrown the exception (may be null: nothing to check)
   * @param secrets the personal data the input held
   */
  public static void assertAbsent(Throwable thrown, String... secrets) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    walk(thrown, secrets, seen, "exception");
  }

  private static void walk(Throwable t, String[] secrets, Set<Throwable> seen, String where) {
    if (t == null || !seen.add(t)) {
      return;
    }
    for (String secret : secrets) {
      assertThat(String.valueOf(t.getMessage()))
          .as("message of %s (%s)", where, t.getClass().getName())
          .doesNotContain(secret);
      assertThat(String.valueOf(t.getLocalizedMessage()))
          .as("localized message of %s", where)
          .doesNotContain(secret);
      assertThat(t.toString()).as("toString of %s", where).doesNotContain(secret);
    }
    walk(t.getCause(), secrets, seen, where + " -> cause");
    for (Throwable s : t.getSuppressed()) {
      walk(s, secrets, seen, where + " -> suppressed");
    }
  }

  /**
   * @param thrown an exception
   * @return how many throwables its chain holds (itself, causes, suppressed), for tests that check
   *     the walk reached them
   */
  public static int chainLength(Throwable thrown) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    count(thrown, seen);
    return seen.size();
  }

  private static void count(Throwable t, Set<Throwable> seen) {
    if (t == null || !seen.add(t)) {
      return;
    }
    count(t.getCause(), seen);
    for (Throwable s : t.getSuppressed()) {
      count(s, seen);
    }
  }
}
