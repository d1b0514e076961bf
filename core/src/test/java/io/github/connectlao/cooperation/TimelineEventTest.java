package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import io.github.connectlao.cooperation.TimelineEvent.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TimelineEventTest {
  private static final Source SRC = Source.synthetic("test timeline");

  private static TimelineEvent event(Optional<PartialDate> date, Kind kind, String refId) {
    return new TimelineEvent(date, kind, refId, "an event", SRC);
  }

  static Gen<TimelineEvent> events() {
    Gen<Optional<PartialDate>> dates =
        integers()
            .between(0, 40)
            .map(
                i ->
                    i == 0
                        ? Optional.<PartialDate>empty()
                        : Optional.of(
                            i % 2 == 0
                                ? PartialDate.ofYear(2000 + i / 4)
                                : PartialDate.ofMonth(2000 + i / 4, 1 + i % 12)));
    return dates.zip(
        integers().between(0, Kind.values().length - 1),
        integers().between(0, 3),
        (d, k, r) -> event(d, Kind.values()[k], "ID-" + r));
  }

  @Test
  void theDocumentedExample() {
    TimelineEvent e =
        new TimelineEvent(
            Optional.of(PartialDate.ofYear(2022)),
            Kind.AGREEMENT,
            "MOHA-MOH-MOU-2022",
            "ministry-level MoU on technical work",
            SRC);
    assertThat(e)
        .hasToString("2022 agreement MOHA-MOH-MOU-2022: ministry-level MoU on technical work");
    assertThat(event(Optional.empty(), Kind.MEETING, "M-1"))
        .hasToString("undated meeting M-1: an event");
  }

  @Test
  void datedEventsInOrderThenByKindAndIdAndUndatedLast() {
    TimelineEvent undated = event(Optional.empty(), Kind.AGREEMENT, "A");
    TimelineEvent y2022Phase = event(Optional.of(PartialDate.ofYear(2022)), Kind.PHASE, "P");
    TimelineEvent y2022Agreement =
        event(Optional.of(PartialDate.ofYear(2022)), Kind.AGREEMENT, "Z");
    TimelineEvent march2022 = event(Optional.of(PartialDate.ofMonth(2022, 3)), Kind.AGREEMENT, "A");
    TimelineEvent y2019 = event(Optional.of(PartialDate.ofYear(2019)), Kind.REACH, "R");
    List<TimelineEvent> list =
        new ArrayList<>(List.of(undated, march2022, y2022Phase, y2019, y2022Agreement));
    Collections.sort(list);
    assertThat(list).containsExactly(y2019, y2022Agreement, y2022Phase, march2022, undated);
  }

  @Test
  void theOrderIsTotal() {
    qt().forAll(events(), events())
        .checkAssert(
            (a, b) ->
                assertThat(Integer.signum(a.compareTo(b)))
                    .isEqualTo(-Integer.signum(b.compareTo(a))));
    qt().forAll(events(), events(), events())
        .checkAssert(
            (a, b, c) -> {
              if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
                assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
              }
            });
  }

  /** Events that differ only in description or source are not equal, nor ordered as equal. */
  @Test
  void theOrderAgreesWithEquals() {
    Optional<PartialDate> d = Optional.of(PartialDate.ofYear(2022));
    TimelineEvent a = new TimelineEvent(d, Kind.MEETING, "M-1", "first", SRC);
    TimelineEvent b = new TimelineEvent(d, Kind.MEETING, "M-1", "second", SRC);
    TimelineEvent c = new TimelineEvent(d, Kind.MEETING, "M-1", "first", Source.synthetic("other"));
    assertThat(new java.util.TreeSet<>(List.of(a, b, c))).hasSize(3);
    qt().forAll(events(), events())
        .checkAssert((x, y) -> assertThat(x.compareTo(y) == 0).isEqualTo(x.equals(y)));
  }

  @Test
  void refusesMissingPartsNamingTheField() {
    assertThatThrownBy(() -> new TimelineEvent(null, Kind.PHASE, "P", "d", SRC))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("date: null is required");
    assertThatThrownBy(() -> new TimelineEvent(Optional.empty(), null, "P", "d", SRC))
        .hasMessage("kind: null is required");
    assertThatThrownBy(() -> new TimelineEvent(Optional.empty(), Kind.PHASE, " ", "d", SRC))
        .hasMessageStartingWith("refId: ");
    assertThatThrownBy(() -> new TimelineEvent(Optional.empty(), Kind.PHASE, "P", "", SRC))
        .hasMessageStartingWith("description: ");
    assertThatThrownBy(() -> new TimelineEvent(Optional.empty(), Kind.PHASE, "P", "d", null))
        .hasMessage("source: null is required");
  }
}
