package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.InvalidValueException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TimelinessCountsTest {

  static Gen<TimelinessCounts> counts() {
    Gen<Long> n = longs().between(0, 1_000_000_000L);
    return n.zip(n, n, n, TimelinessCounts::of);
  }

  @Test
  void theDocumentedExample() {
    TimelinessCounts c = TimelinessCounts.of(70, 20, 5, 5);
    assertThat(c.total()).isEqualTo(100);
    assertThat(c.registered()).isEqualTo(95);
    assertThat(c.share(Timeliness.CURRENT)).isCloseTo(0.70, within(1e-12));
    assertThat(c.shareOfRegistered(Timeliness.CURRENT)).isCloseTo(70 / 95.0, within(1e-12));
    assertThat(c.asMap())
        .containsExactly(
            Map.entry(Timeliness.CURRENT, 70L),
            Map.entry(Timeliness.LATE, 20L),
            Map.entry(Timeliness.DELAYED, 5L),
            Map.entry(Timeliness.NOT_REGISTERED, 5L));
    assertThat(c)
        .hasToString(
            "TimelinessCounts[current=70, late=20, delayed=5, notRegistered=5, total=100]");
  }

  @Test
  void addingOneBirthCountsItInItsClassOnly() {
    for (Timeliness t : Timeliness.values()) {
      TimelinessCounts c = TimelinessCounts.EMPTY.plus(t);
      assertThat(c.count(t)).isEqualTo(1);
      assertThat(c.total()).isEqualTo(1);
      assertThat(c.registered()).isEqualTo(t.isRegistered() ? 1 : 0);
    }
  }

  @Test
  void additionIsAssociativeAndCommutativeWithEmptyAsIdentity() {
    qt().forAll(counts(), counts(), counts())
        .checkAssert(
            (a, b, c) -> {
              assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
              assertThat(a.plus(b)).isEqualTo(b.plus(a));
              assertThat(a.plus(TimelinessCounts.EMPTY)).isEqualTo(a);
              assertThat(a.plus(b).total()).isEqualTo(a.total() + b.total());
            });
  }

  @Test
  void sharesOfAllClassesAddUpToOne() {
    qt().forAll(counts())
        .assuming(c -> c.registered() > 0)
        .checkAssert(
            c -> {
              double all = 0;
              double registered = 0;
              for (Timeliness t : Timeliness.values()) {
                all += c.share(t);
                if (t.isRegistered()) {
                  registered += c.shareOfRegistered(t);
                }
              }
              assertThat(all).isCloseTo(1.0, within(1e-9));
              assertThat(registered).isCloseTo(1.0, within(1e-9));
            });
  }

  @Test
  void aShareOfNothingHasNoValue() {
    assertThatThrownBy(() -> TimelinessCounts.EMPTY.share(Timeliness.CURRENT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no births: a share has no value");
    assertThatThrownBy(() -> TimelinessCounts.of(0, 0, 0, 3).shareOfRegistered(Timeliness.LATE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no registered births: a share has no value");
    assertThatThrownBy(
            () -> TimelinessCounts.of(1, 0, 0, 3).shareOfRegistered(Timeliness.NOT_REGISTERED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("timeliness: 'NOT_REGISTERED' is not a registered class");
  }

  /** A sum past the largest long is refused naming the class, never wrapped to a negative count. */
  @Test
  void anOverflowingSumIsRefusedNamingTheClass() {
    TimelinessCounts full = TimelinessCounts.of(Long.MAX_VALUE, 0, 0, 0);
    assertThatThrownBy(() -> full.plus(Timeliness.CURRENT))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("current: ")
        .hasMessageContaining("exceeds the largest count");
    assertThatThrownBy(() -> full.plus(TimelinessCounts.of(0, 0, 0, 0).plus(Timeliness.CURRENT)))
        .hasMessageStartingWith("current: ");
    assertThatThrownBy(() -> TimelinessCounts.of(Long.MAX_VALUE, 0, 0, 1).total())
        .hasMessageStartingWith("total: ");
    assertThatThrownBy(() -> TimelinessCounts.of(Long.MAX_VALUE, 1, 0, 0).registered())
        .hasMessageStartingWith("registered: ");
    assertThat(TimelinessCounts.of(Long.MAX_VALUE - 1, 0, 0, 0).plus(Timeliness.CURRENT).current())
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void refusesNegativeCountsNamingTheField() {
    assertThatThrownBy(() -> TimelinessCounts.of(-1, 0, 0, 0))
        .hasMessage("current: '-1' must not be negative");
    assertThatThrownBy(() -> TimelinessCounts.of(0, -1, 0, 0))
        .hasMessage("late: '-1' must not be negative");
    assertThatThrownBy(() -> TimelinessCounts.of(0, 0, -1, 0))
        .hasMessage("delayed: '-1' must not be negative");
    assertThatThrownBy(() -> TimelinessCounts.of(0, 0, 0, -1))
        .hasMessage("notRegistered: '-1' must not be negative");
  }
}
