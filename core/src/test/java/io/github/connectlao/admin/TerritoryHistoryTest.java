package io.github.connectlao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerritoryHistoryTest {
  static final TerritoryHistory LAO = TerritoryHistory.laoPdr();

  private static TerritoryChange change(String id, PartialDate date, String code) {
    return new TerritoryChange(
        id,
        date,
        TerritoryChange.Kind.CREATED,
        List.of(code),
        "Unit " + code,
        "",
        List.of(),
        List.of(),
        false,
        "created for a test",
        Source.synthetic("test"));
  }

  @Test
  void theDocumentedExamples() {
    List<TerritoryChange> xaisomboun = LAO.changesOf("LA18");
    assertThat(xaisomboun)
        .anySatisfy(
            c -> {
              assertThat(c.kind()).isEqualTo(TerritoryChange.Kind.CREATED);
              assertThat(c.date()).isEqualTo(PartialDate.ofMonth(2013, 12));
            });
    List<TerritoryChange> since2010 = LAO.after(LocalDate.of(2010, 1, 1));
    assertThat(since2010)
        .containsAll(
            xaisomboun.stream().filter(c -> c.kind() == TerritoryChange.Kind.CREATED).toList());
    assertThat(since2010)
        .allSatisfy(c -> assertThat(c.date().latest()).isAfter(LocalDate.of(2010, 1, 1)));
    assertThat(LAO.changes()).allSatisfy(c -> assertThat(c.source()).isNotNull());
    assertThat(TerritoryHistory.laoPdr()).isSameAs(LAO);
  }

  @Test
  void aCodeIsLookedUpWhateverItsCaseAndSpaces() {
    assertThat(LAO.changesOf(" la18 ")).isEqualTo(LAO.changesOf("LA18")).isNotEmpty();
    assertThat(LAO.changesOf(null)).isEmpty();
    assertThat(LAO.changesOf("LA99")).isEmpty();
  }

  @Test
  void changesAreOldestFirstWhateverTheOrderGiven() {
    qt().withExamples(100)
        .forAll(lists().of(integers().between(1990, 2030)).ofSizeBetween(0, 12))
        .checkAssert(
            ys -> {
              List<TerritoryChange> given = new ArrayList<>();
              for (int i = 0; i < ys.size(); i++) {
                given.add(change("C" + (char) ('a' + i), PartialDate.ofYear(ys.get(i)), "X" + i));
              }
              List<TerritoryChange> shuffled = new ArrayList<>(given);
              Collections.reverse(shuffled);
              TerritoryHistory h = TerritoryHistory.of(given);
              assertThat(TerritoryHistory.of(shuffled).changes()).isEqualTo(h.changes());
              assertThat(h.changes()).containsExactlyInAnyOrderElementsOf(given);
              for (int i = 1; i < h.changes().size(); i++) {
                assertThat(h.changes().get(i - 1).date())
                    .isLessThanOrEqualTo(h.changes().get(i).date());
              }
              LocalDate day = LocalDate.of(2010, 6, 30);
              assertThat(h.after(day))
                  .containsExactlyElementsOf(
                      h.changes().stream().filter(c -> c.mayBeAfter(day)).toList());
            });
  }

  @Test
  void aChangeKnownToAMonthMayBeAfterEveryDayOfThatMonth() {
    TerritoryChange c = change("D1", PartialDate.ofMonth(2013, 12), "LA18");
    TerritoryHistory h = TerritoryHistory.of(List.of(c));
    assertThat(h.after(LocalDate.of(2013, 12, 15))).containsExactly(c);
    assertThat(h.after(LocalDate.of(2013, 11, 30))).containsExactly(c);
    assertThat(h.after(LocalDate.of(2013, 12, 31))).isEmpty();
    assertThat(catchThrowableOfType(() -> h.after(null), InvalidValueException.class).field())
        .isEqualTo("day");
  }

  @Test
  void theEmptyHistoryHasNoChanges() {
    assertThat(TerritoryHistory.empty().changes()).isEmpty();
    assertThat(TerritoryHistory.of(List.of())).isSameAs(TerritoryHistory.empty());
    assertThat(TerritoryHistory.empty().after(LocalDate.of(1900, 1, 1))).isEmpty();
    assertThat(TerritoryHistory.of(List.of(change("A", PartialDate.ofYear(2000), "X"))))
        .hasToString("TerritoryHistory[1 changes]");
  }
}
