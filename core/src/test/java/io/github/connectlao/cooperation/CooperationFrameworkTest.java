package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.BilingualName;
import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CooperationFrameworkTest {
  private static final Source TEST = Source.synthetic("test framework");
  private static final BilingualName NAME = BilingualName.of("ແຜນງານ", "Work Plan");
  private static final DateRange PERIOD = DateRange.ofYears(2021, 2025);

  private static PriorityArea area(int number) {
    return new PriorityArea(number, BilingualName.of("ຂົງເຂດ", "area " + number), "area");
  }

  private static List<PriorityArea> areas(int n) {
    List<PriorityArea> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(area(i));
    }
    return out;
  }

  private static FrameworkActivity activity(String proposer) {
    return new FrameworkActivity(proposer, BilingualName.of("ກິດຈະກຳ", "activity"), "activity");
  }

  private static CooperationFramework framework(
      List<PriorityArea> areas, Optional<Integer> count, List<FrameworkActivity> activities) {
    return new CooperationFramework(
        "F",
        NAME,
        List.of("ASEAN member states"),
        PERIOD,
        areas,
        count,
        activities,
        Optional.empty(),
        TEST);
  }

  @Test
  void theDocumentedExampleCountsTheActivitiesLaoPdrProposed() {
    CooperationFramework plan = LaoCooperation.laoPdr().framework(LaoCooperation.ACCSM_WORK_PLAN);
    assertThat(plan.activitiesProposedBy("Lao PDR")).hasSize(3);
    // the proposer is matched without regard to case or surrounding spaces
    assertThat(plan.activitiesProposedBy("  lao pdr ")).hasSize(3);
    assertThat(plan.activitiesProposedBy("Atlantis")).isEmpty();
    assertThat(plan.nameEnglish()).isEqualTo(plan.name().english()).contains("Work Plan 2021-2025");
    assertThat(plan.nameLao()).isEqualTo(plan.name().lao());
  }

  @Test
  void activitiesProposedByKeepsTheOrderGiven() {
    FrameworkActivity a = activity("Lao PDR");
    FrameworkActivity b = activity("Japan");
    FrameworkActivity c = activity("LAO PDR");
    CooperationFramework f = framework(areas(1), Optional.of(5), List.of(a, b, c));
    assertThat(f.activitiesProposedBy("Lao PDR")).containsExactly(a, c);
    assertThat(f.activitiesProposedBy("japan")).containsExactly(b);
  }

  @Test
  void theTextGivesIdNamePeriodAndCounts() {
    assertThat(framework(areas(12), Optional.of(80), List.of()))
        .hasToString("F Work Plan 2021/2025, 12 priority areas, 80 activities");
    assertThat(framework(areas(2), Optional.empty(), List.of()))
        .hasToString("F Work Plan 2021/2025, 2 priority areas");
  }

  @Test
  void priorityAreasTheSourceDoesNotNameAreNotPrintedAsZero() {
    assertThat(framework(List.of(), Optional.empty(), List.of()))
        .hasToString("F Work Plan 2021/2025, priority areas not named");
    // the 2016-2020 plan: its priority areas and activities are not in the source
    CooperationFramework old =
        LaoCooperation.laoPdr().framework(LaoCooperation.ACCSM_WORK_PLAN_2016_2020);
    assertThat(old.priorityAreas()).isEmpty();
    assertThat(old.activityCount()).isEmpty();
    assertThat(old.toString()).doesNotContain("0 priority").doesNotContain("0 activities");
  }

  @Test
  void priorityAreasAreNumberedFromOneInOrder() {
    assertThatThrownBy(() -> framework(List.of(area(1), area(3)), Optional.empty(), List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("priorityAreas: '3 area 3' is numbered 3 at position 2");
    assertThatThrownBy(() -> framework(List.of(area(2)), Optional.empty(), List.of()))
        .hasMessage("priorityAreas: '2 area 2' is numbered 2 at position 1");
  }

  @Test
  void theCountOfActivitiesIsNotBelowTheActivitiesNamed() {
    List<FrameworkActivity> two = List.of(activity("Lao PDR"), activity("Japan"));
    assertThatThrownBy(() -> framework(areas(1), Optional.of(1), two))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("activityCount: '1' is below the 2 activities named");
    assertThat(framework(areas(1), Optional.of(2), two).activities()).hasSize(2);
    assertThat(framework(areas(1), Optional.empty(), two).activityCount()).isEmpty();
  }

  @Test
  void listsAreCopied() {
    List<String> members = new ArrayList<>(List.of("ASEAN member states", "Japan"));
    List<PriorityArea> priorityAreas = areas(2);
    List<FrameworkActivity> activities = new ArrayList<>(List.of(activity("Japan")));
    CooperationFramework f =
        new CooperationFramework(
            "F",
            NAME,
            members,
            PERIOD,
            priorityAreas,
            Optional.empty(),
            activities,
            Optional.of("ACCSM-20"),
            TEST);
    members.clear();
    priorityAreas.clear();
    activities.clear();
    assertThat(f.members()).containsExactly("ASEAN member states", "Japan");
    assertThat(f.priorityAreas()).hasSize(2);
    assertThat(f.activities()).hasSize(1);
    assertThatThrownBy(() -> f.members().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void everyComponentIsRequiredAndNamed() {
    List<String> m = List.of();
    List<PriorityArea> a = List.of();
    Optional<Integer> c = Optional.empty();
    List<FrameworkActivity> x = List.of();
    Optional<String> at = Optional.empty();
    assertThat(field(() -> new CooperationFramework(" ", NAME, m, PERIOD, a, c, x, at, TEST)))
        .isEqualTo("id");
    assertThat(field(() -> new CooperationFramework("F", null, m, PERIOD, a, c, x, at, TEST)))
        .isEqualTo("name");
    assertThat(field(() -> new CooperationFramework("F", NAME, null, PERIOD, a, c, x, at, TEST)))
        .isEqualTo("members");
    assertThat(field(() -> new CooperationFramework("F", NAME, m, null, a, c, x, at, TEST)))
        .isEqualTo("period");
    assertThat(field(() -> new CooperationFramework("F", NAME, m, PERIOD, null, c, x, at, TEST)))
        .isEqualTo("priorityAreas");
    assertThat(field(() -> new CooperationFramework("F", NAME, m, PERIOD, a, null, x, at, TEST)))
        .isEqualTo("activityCount");
    assertThat(field(() -> new CooperationFramework("F", NAME, m, PERIOD, a, c, null, at, TEST)))
        .isEqualTo("activities");
    assertThat(field(() -> new CooperationFramework("F", NAME, m, PERIOD, a, c, x, null, TEST)))
        .isEqualTo("adoptedAt");
    assertThat(field(() -> new CooperationFramework("F", NAME, m, PERIOD, a, c, x, at, null)))
        .isEqualTo("source");
  }

  @Test
  void areasNumberedOneToNAreAcceptedAndAnySwapIsRefused() {
    qt().forAll(integers().between(1, 15), integers().between(0, 14), integers().between(0, 14))
        .checkAssert(
            (n, i, j) -> {
              List<PriorityArea> inOrder = areas(n);
              assertThat(framework(inOrder, Optional.empty(), List.of()).priorityAreas())
                  .containsExactlyElementsOf(inOrder);
              int a = i % n;
              int b = j % n;
              if (a == b) {
                return;
              }
              List<PriorityArea> swapped = new ArrayList<>(inOrder);
              swapped.set(a, inOrder.get(b));
              swapped.set(b, inOrder.get(a));
              assertThat(field(() -> framework(swapped, Optional.empty(), List.of())))
                  .isEqualTo("priorityAreas");
            });
  }

  @Test
  void aCountIsAcceptedExactlyWhenItIsAtLeastTheActivitiesNamed() {
    qt().forAll(integers().between(0, 10), integers().between(0, 10))
        .checkAssert(
            (count, named) -> {
              List<FrameworkActivity> activities = new ArrayList<>();
              for (int k = 0; k < named; k++) {
                activities.add(activity("member " + k));
              }
              if (count >= named) {
                assertThat(framework(areas(1), Optional.of(count), activities).activityCount())
                    .contains(count);
              } else {
                assertThat(field(() -> framework(areas(1), Optional.of(count), activities)))
                    .isEqualTo("activityCount");
              }
            });
  }

  private static String field(ThrowingCallable c) {
    InvalidValueException e = catchThrowableOfType(c, InvalidValueException.class);
    assertThat(e).as("an InvalidValueException").isNotNull();
    return e.field();
  }
}
