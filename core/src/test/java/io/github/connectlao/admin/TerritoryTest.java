package io.github.connectlao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.connectlao.Confidence;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The territory of a day as a value: counts from its own gazetteer, completeness from its uncertain
 * units and later changes, one caveat per thing the snapshot cannot show. The snapshots of the
 * embedded gazetteer ({@code Gazetteer.asOf}) are tested in {@link TerritoryThroughTimeTest}; here
 * the territory is built from small synthetic fixtures so that each rule is seen alone.
 */
class TerritoryTest {
  private static final LocalDate DAY = LocalDate.of(2010, 6, 30);
  private static final Source FIXTURE = Source.of("territory test fixture", Confidence.SYNTHETIC);

  /** A nation, one province with two districts and one village. */
  private static final Gazetteer SMALL =
      Gazetteer.of(
          "small",
          List.of(
              AdminUnit.builder("N", AdminLevel.NATIONAL).nameEnglish("Nation").build(),
              AdminUnit.builder("P1", AdminLevel.PROVINCE).parent("N").nameEnglish("P one").build(),
              AdminUnit.builder("D1", AdminLevel.DISTRICT)
                  .parent("P1")
                  .nameEnglish("D one")
                  .build(),
              AdminUnit.builder("D2", AdminLevel.DISTRICT)
                  .parent("P1")
                  .nameEnglish("D two")
                  .build(),
              AdminUnit.builder("V1", AdminLevel.VILLAGE)
                  .parent("D1")
                  .nameEnglish("V one")
                  .build()));

  private static final AdminUnit NEW_PROVINCE =
      AdminUnit.builder("P2", AdminLevel.PROVINCE)
          .parent("N")
          .nameEnglish("P two")
          .validFrom(PartialDate.ofMonth(2010, 6))
          .build();

  private static UnitValidity uncertain() {
    return new UnitValidity(
        NEW_PROVINCE,
        DAY,
        UnitValidity.Status.UNCERTAIN,
        "P2 P two was created in 2010-06 (the exact day is not known)");
  }

  private static TerritoryChange change(TerritoryChange.Kind kind) {
    return new TerritoryChange(
        "T-" + kind,
        PartialDate.ofMonth(2013, 12),
        kind,
        List.of("P1"),
        "P one",
        "",
        List.of(),
        List.of(),
        false,
        "P one " + kind.name().toLowerCase(java.util.Locale.ROOT),
        Source.of("Gazette 12/2013", Confidence.SECONDARY));
  }

  @Test
  void countsAreThoseOfItsGazetteer_uncertainUnitsNotCounted() {
    Territory t = new Territory(DAY, SMALL, List.of(uncertain()), List.of());
    assertThat(t.count(AdminLevel.NATIONAL)).isEqualTo(1);
    assertThat(t.count(AdminLevel.PROVINCE)).isEqualTo(1);
    assertThat(t.count(AdminLevel.DISTRICT)).isEqualTo(2);
    assertThat(t.count(AdminLevel.VILLAGE)).isEqualTo(1);
    Map<AdminLevel, Integer> expected = new EnumMap<>(AdminLevel.class);
    expected.put(AdminLevel.NATIONAL, 1);
    expected.put(AdminLevel.PROVINCE, 1);
    expected.put(AdminLevel.DISTRICT, 2);
    expected.put(AdminLevel.VILLAGE, 1);
    assertThat(t.counts()).isEqualTo(expected).isEqualTo(SMALL.counts());
  }

  @Test
  void theListsAreCopied_soTheCallerCannotChangeTheTerritoryAfterwards() {
    List<UnitValidity> unsure = new ArrayList<>(List.of(uncertain()));
    List<TerritoryChange> later = new ArrayList<>(List.of(change(TerritoryChange.Kind.RENAMED)));
    Territory t = new Territory(DAY, SMALL, unsure, later);
    unsure.clear();
    later.add(change(TerritoryChange.Kind.CREATED));
    assertThat(t.uncertain()).hasSize(1);
    assertThat(t.laterChanges()).hasSize(1);
    assertThatThrownBy(() -> t.uncertain().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> t.laterChanges().add(change(TerritoryChange.Kind.SPLIT)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aTerritoryWithNothingUncertainAndNoLaterChangeIsComplete() {
    Territory t = new Territory(DAY, SMALL, List.of(), List.of());
    assertThat(t.isComplete()).isTrue();
    assertThat(t.caveats()).isEmpty();
    assertThat(t).hasToString("Territory[2010-06-30: 1 provinces, 2 districts, 1 villages]");
  }

  @Test
  void aRenamingOrAChangeOfStatusAfterTheDayKeepsEveryUnit_soTheTerritoryIsStillComplete() {
    Territory t =
        new Territory(
            DAY,
            SMALL,
            List.of(),
            List.of(
                change(TerritoryChange.Kind.RENAMED), change(TerritoryChange.Kind.STATUS_CHANGED)));
    assertThat(t.isComplete()).isTrue();
    assertThat(t.caveats()).isEmpty();
    assertThat(t.toString()).doesNotContain("incomplete");
  }

  @Test
  void everyOtherKindOfLaterChangeMakesItIncomplete_withACaveatCitingTheSource() {
    for (TerritoryChange.Kind kind :
        List.of(
            TerritoryChange.Kind.CREATED,
            TerritoryChange.Kind.ABOLISHED,
            TerritoryChange.Kind.SPLIT,
            TerritoryChange.Kind.MERGED,
            TerritoryChange.Kind.TRANSFERRED)) {
      Territory t = new Territory(DAY, SMALL, List.of(), List.of(change(kind)));
      assertThat(t.isComplete()).as("%s", kind).isFalse();
      assertThat(t.caveats())
          .as("%s", kind)
          .containsExactly(
              "after 2010-06-30: 2013-12 P one "
                  + kind.name().toLowerCase(java.util.Locale.ROOT)
                  + " (Gazette 12/2013; secondary): units of the day that this change removed or"
                  + " moved are not in this gazetteer");
      assertThat(t.toString()).as("%s", kind).endsWith(", incomplete]");
    }
  }

  @Test
  void anUncertainUnitMakesItIncomplete_andItsCaveatSaysItIsNotCounted() {
    Territory t = new Territory(DAY, SMALL, List.of(uncertain()), List.of());
    assertThat(t.isComplete()).isFalse();
    assertThat(t.caveats())
        .containsExactly(
            "P2 P two was created in 2010-06 (the exact day is not known); not counted");
    assertThat(t)
        .hasToString(
            "Territory[2010-06-30: 1 provinces, 2 districts, 1 villages, 1 uncertain, incomplete]");
  }

  @Test
  void uncertainUnitsComeFirstInTheCaveats_thenTheLaterChangesInTheirOrder() {
    Territory t =
        new Territory(
            DAY,
            SMALL,
            List.of(uncertain()),
            List.of(
                change(TerritoryChange.Kind.MERGED),
                change(TerritoryChange.Kind.RENAMED),
                change(TerritoryChange.Kind.SPLIT)));
    assertThat(t.caveats()).hasSize(3);
    assertThat(t.caveats().get(0)).endsWith("; not counted");
    assertThat(t.caveats().get(1)).contains("P one merged");
    assertThat(t.caveats().get(2)).contains("P one split");
  }

  @Test
  void completeExactlyWhenThereIsNoCaveat_oneCaveatPerUncertainUnitOrUnitChangingEvent() {
    TerritoryChange.Kind[] kinds = TerritoryChange.Kind.values();
    qt().withExamples(200)
        .forAll(
            integers().between(0, 3),
            lists().of(integers().between(0, kinds.length - 1)).ofSizeBetween(0, 6))
        .checkAssert(
            (unsure, kindIndexes) -> {
              List<UnitValidity> u = new ArrayList<>();
              for (int i = 0; i < unsure; i++) {
                u.add(uncertain());
              }
              List<TerritoryChange> later = new ArrayList<>();
              long moving = 0;
              for (int k : kindIndexes) {
                later.add(change(kinds[k]));
                moving +=
                    kinds[k] == TerritoryChange.Kind.RENAMED
                            || kinds[k] == TerritoryChange.Kind.STATUS_CHANGED
                        ? 0
                        : 1;
              }
              Territory t = new Territory(DAY, SMALL, u, later);
              assertThat(t.caveats()).hasSize((int) (unsure + moving));
              assertThat(t.isComplete()).isEqualTo(t.caveats().isEmpty());
              assertThat(t.toString().contains("incomplete")).isEqualTo(!t.isComplete());
              assertThat(t.counts()).isEqualTo(SMALL.counts());
            });
  }

  @Test
  void theSnapshotOfTheEmbeddedGazetteerIsATerritoryOfItsDay() {
    // the javadoc's example: 17 provinces in mid-2010, Xaisomboun (LA18) created in December 2013
    Territory t = Gazetteer.laoPdr().asOf(DAY);
    assertThat(t.date()).isEqualTo(DAY);
    assertThat(t.count(AdminLevel.PROVINCE)).isEqualTo(17);
    assertThat(t.isComplete()).isFalse();
    assertThat(t.caveats()).isNotEmpty().allSatisfy(c -> assertThat(c).isNotBlank());
  }
}
