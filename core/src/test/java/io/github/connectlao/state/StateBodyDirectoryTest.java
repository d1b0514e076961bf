package io.github.connectlao.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.connectlao.BilingualName;
import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.state.JobPositionDetermination.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StateBodyDirectoryTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final Source TEST = Source.synthetic("test bodies");

  private static final StateBody MOH = StateBodies.ministry(Sector.HEALTH);
  private static final StateBody BOKEO = StateBodies.forUnit(LAO.unit("LA05"), Sector.HEALTH);
  private static final StateBody HUOIXAI = StateBodies.forUnit(LAO.unit("LA0501"), Sector.HEALTH);
  private static final StateBody TONPHEUNG = StateBodies.forUnit(LAO.unit("LA0502"), Sector.HEALTH);
  private static final StateBody DESK =
      new StateBody(
          "HEALTH-DESK@LA0501",
          BodyKind.DESK,
          Optional.of(Sector.HEALTH),
          "LA0501",
          AdminLevel.DISTRICT,
          BilingualName.of("ຈຸງານ", "desk of the district health office"),
          Optional.of(HUOIXAI.id()),
          TEST);

  /** The desk first, so that a lookup by unit must pass over it. */
  private static StateBodyDirectory small() {
    return StateBodyDirectory.of(LAO, List.of(DESK, HUOIXAI, TONPHEUNG, BOKEO, MOH));
  }

  @Test
  void theDocumentedExamplesOnASmallDirectory() {
    StateBodyDirectory d = small();
    assertThat(d.forUnit("LA0501", Sector.HEALTH)).contains(HUOIXAI);
    assertThat(d.children(d.body("HEALTH@LA05"))).containsExactly(HUOIXAI, TONPHEUNG);
    assertThat(d.forUnit("LA05", Sector.HEALTH)).contains(BOKEO);
    assertThat(d.forUnit("LA", Sector.HEALTH)).contains(MOH);
    assertThat(d.forUnit("LA0501", Sector.HOME_AFFAIRS)).isEmpty();
    assertThat(d.forUnit("LA0503", Sector.HEALTH)).isEmpty();
  }

  @Test
  void navigatesTheHierarchy() {
    StateBodyDirectory d = small();
    assertThat(d.size()).isEqualTo(5);
    assertThat(d.bodies()).containsExactly(DESK, HUOIXAI, TONPHEUNG, BOKEO, MOH);
    assertThat(d.gazetteer()).isSameAs(LAO);
    assertThat(d.parent(DESK)).contains(HUOIXAI);
    assertThat(d.parent(MOH)).isEmpty();
    assertThat(d.ancestors(DESK)).containsExactly(HUOIXAI, BOKEO, MOH);
    assertThat(d.ancestors(MOH)).isEmpty();
    assertThat(d.children(DESK)).isEmpty();
    assertThat(d.children(HUOIXAI)).containsExactly(DESK);
    assertThat(d.bodies(BodyKind.DISTRICT_OFFICE)).containsExactly(HUOIXAI, TONPHEUNG);
    assertThat(d.bodies(BodyKind.MINISTRY)).containsExactly(MOH);
    assertThat(d.bodies(BodyKind.PROVINCIAL_GOVERNOR_OFFICE)).isEmpty();
    assertThat(d.bodiesAt("la0501")).containsExactly(DESK, HUOIXAI);
    assertThat(d.find("NOPE")).isEmpty();
    assertThat(d.find(MOH.id())).contains(MOH);
    assertThatThrownBy(() -> d.bodies().add(MOH)).isInstanceOf(UnsupportedOperationException.class);
  }

  /** Every lookup refuses a null argument naming it, instead of a NullPointerException. */
  @Test
  void aNullArgumentIsRefusedNamingIt() {
    StateBodyDirectory d = small();
    List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> calls =
        List.of(
            () -> d.find(null),
            () -> d.body(null),
            () -> d.children(null),
            () -> d.parent(null),
            () -> d.ancestors(null),
            () -> d.bodies((BodyKind) null),
            () -> d.bodiesAt(null),
            () -> d.forUnit(null, MOH.sector().orElseThrow()),
            () -> d.forUnit("LA05", null),
            () -> d.party(null));
    for (var call : calls) {
      assertThatThrownBy(call)
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("required");
    }
  }

  @Test
  void anUnknownIdIsRefusedByBody() {
    InvalidValueException e =
        catchThrowableOfType(() -> small().body("NOPE"), InvalidValueException.class);
    assertThat(e).hasMessage("id: 'NOPE' is not a body of the directory");
    assertThat(e.field()).isEqualTo("id");
  }

  @Test
  void thePartyIsTheProvinceForALocalBodyAndTheTopBodyAtTheCentre() {
    StateBodyDirectory d = small();
    assertThat(d.party(DESK)).isEqualTo("LA05");
    assertThat(d.party(HUOIXAI)).isEqualTo("LA05");
    assertThat(d.party(BOKEO)).isEqualTo("LA05");
    assertThat(d.party(MOH)).isEqualTo(MOH.id());
    StateBodyDirectory central = StateBodies.laoPdr(LAO);
    assertThat(central.party(central.body(StateBodies.MOHA_CITIZEN_MANAGEMENT)))
        .isEqualTo("HOME_AFFAIRS@LA");
    assertThat(central.party(central.body("HEALTH@LA01"))).isEqualTo("LA01");
  }

  @Test
  void parentsMayComeInAnyOrder() {
    StateBodyDirectory reversed = StateBodyDirectory.of(LAO, List.of(MOH, BOKEO, HUOIXAI, DESK));
    assertThat(reversed.ancestors(DESK)).containsExactly(HUOIXAI, BOKEO, MOH);
  }

  @Test
  void refusesNamingTheFieldTheValueAndTheBody() {
    assertThatThrownBy(() -> StateBodyDirectory.of(LAO, List.of(MOH, BOKEO, MOH)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("id: 'HEALTH@LA' is used by more than one body");
    assertThatThrownBy(() -> StateBodyDirectory.of(LAO, List.of(BOKEO)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("parentId: 'HEALTH@LA' is not a body of the directory (body HEALTH@LA05)");
    StateBody wrongLevel =
        new StateBody(
            "X",
            BodyKind.PROVINCIAL_DEPARTMENT,
            Optional.of(Sector.HEALTH),
            "LA0501",
            AdminLevel.PROVINCE,
            BilingualName.of("ພະແນກ", "department"),
            Optional.of(MOH.id()),
            TEST);
    InvalidValueException e =
        catchThrowableOfType(
            () -> StateBodyDirectory.of(LAO, List.of(MOH, wrongLevel)),
            InvalidValueException.class);
    assertThat(e.field()).isEqualTo("level");
    assertThat(e.getMessage())
        .contains("differs from the level")
        .contains("of unit LA0501 (body X)");
  }

  @Test
  void withAddsAndReplacesLeavingTheOriginalUnchanged() {
    StateBodyDirectory d = StateBodyDirectory.of(LAO, List.of(MOH, BOKEO));
    StateBodyDirectory more = d.with(List.of(HUOIXAI));
    assertThat(more.bodies()).containsExactly(MOH, BOKEO, HUOIXAI);
    assertThat(d.bodies()).containsExactly(MOH, BOKEO);
    StateBody renamed =
        new StateBody(
            BOKEO.id(),
            BOKEO.kind(),
            BOKEO.sector(),
            BOKEO.unitCode(),
            BOKEO.level(),
            BilingualName.of("ພະແນກ", "renamed"),
            BOKEO.parentId(),
            TEST);
    StateBodyDirectory replaced = more.with(List.of(renamed));
    assertThat(replaced.size()).isEqualTo(3);
    assertThat(replaced.body(BOKEO.id()).nameEnglish()).isEqualTo("renamed");
    assertThat(replaced.children(renamed)).containsExactly(HUOIXAI);
    // what is added is validated like the rest
    assertThatThrownBy(() -> d.with(List.of(DESK)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("parentId: 'HEALTH@LA0501' is not a body of the directory");
  }

  @Test
  void summariseCountsPartiesAndDepartmentsAndRefusesARepeatedBody() {
    StateBodyDirectory d = small();
    List<JobPositionDetermination> records =
        List.of(
            record(HUOIXAI.id(), Stage.SUBMITTED),
            record(TONPHEUNG.id(), Stage.APPROVED),
            record(MOH.id(), Stage.DETERMINED));
    JobPositionSummary s = d.summarise(records, Stage.SUBMITTED);
    assertThat(s.bodies()).isEqualTo(1);
    assertThat(s.departments()).isEqualTo(2);
    assertThat(s.reached()).isEqualTo(Stage.SUBMITTED);
    assertThat(s.asOf()).isEmpty();
    assertThat(s.source().confidence()).isEqualTo(Confidence.DERIVED);
    assertThat(s.source().citation()).contains("3 job-position records");
    JobPositionSummary determined = d.summarise(records, Stage.DETERMINED);
    assertThat(determined.bodies()).isEqualTo(2);
    assertThat(determined.departments()).isEqualTo(3);
    assertThatThrownBy(
            () ->
                d.summarise(
                    List.of(
                        record(BOKEO.id(), Stage.SUBMITTED), record(BOKEO.id(), Stage.APPROVED)),
                    Stage.SUBMITTED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("bodyId: 'HEALTH@LA05' has more than one record");
  }

  @Test
  void lenientRefusesEveryBodyUnderARefusedParentDownTheChain() {
    // Bokeo's department names a ministry that is not there: it goes, and so do the bodies under it
    ImportResult<List<StateBody>> r =
        StateBodyDirectory.lenient(LAO, List.of(DESK, HUOIXAI, BOKEO, TONPHEUNG));
    assertThat(r.accepted()).isEmpty();
    assertThat(r.errors())
        .extracting(e -> e.line() + " " + e.column() + " " + e.value())
        .containsExactly(
            "1 parentId HEALTH@LA0501",
            "2 parentId HEALTH@LA05",
            "3 parentId HEALTH@LA",
            "4 parentId HEALTH@LA05");
    ImportResult<List<StateBody>> ok =
        StateBodyDirectory.lenient(LAO, List.of(DESK, HUOIXAI, BOKEO, MOH));
    assertThat(ok.errors()).isEmpty();
    assertThat(ok.accepted()).containsExactly(DESK, HUOIXAI, BOKEO, MOH);
  }

  @Test
  void theTextCountsTheBodies() {
    assertThat(small()).hasToString("StateBodyDirectory[5 bodies over " + LAO.description() + "]");
  }

  /**
   * Any list of bodies, good and bad, in any order: lenient validation reports every body it does
   * not keep (nothing is dropped silently), in line order, and what it keeps is a valid directory;
   * when the whole list is valid it keeps everything.
   */
  @Test
  void lenientKeepsOrReportsEveryBodyAndKeepsAValidDirectory() {
    StateBody ghost =
        new StateBody(
            "HEALTH@LA99",
            BodyKind.PROVINCIAL_DEPARTMENT,
            Optional.of(Sector.HEALTH),
            "LA99",
            AdminLevel.PROVINCE,
            BilingualName.of("ພະແນກ", "ghost"),
            Optional.of(MOH.id()),
            TEST);
    StateBody namtha = StateBodies.forUnit(LAO.unit("LA03"), Sector.HEALTH);
    StateBody wrongProvince =
        new StateBody(
            "HEALTH-X@LA0501",
            BodyKind.DISTRICT_OFFICE,
            Optional.of(Sector.HEALTH),
            "LA0501",
            AdminLevel.DISTRICT,
            BilingualName.of("ຫ້ອງການ", "misplaced"),
            Optional.of(namtha.id()),
            TEST);
    List<StateBody> pool =
        List.of(MOH, BOKEO, HUOIXAI, TONPHEUNG, DESK, namtha, ghost, wrongProvince);
    qt().forAll(lists().of(integers().between(0, pool.size() - 1)).ofSizeBetween(0, 12))
        .checkAssert(
            picks -> {
              List<StateBody> input = new ArrayList<>();
              picks.forEach(i -> input.add(pool.get(i)));
              ImportResult<List<StateBody>> r = StateBodyDirectory.lenient(LAO, input);
              assertThat(r.accepted().size() + r.errors().size()).isEqualTo(input.size());
              assertThat(r.errors()).isSortedAccordingTo(Comparator.comparingLong(RowError::line));
              assertThat(r.errors())
                  .allSatisfy(e -> assertThat(e.line()).isBetween(1L, (long) input.size()));
              StateBodyDirectory kept = StateBodyDirectory.of(LAO, r.accepted());
              assertThat(kept.size()).isEqualTo(r.accepted().size());
              boolean valid;
              try {
                StateBodyDirectory.of(LAO, input);
                valid = true;
              } catch (InvalidValueException e) {
                valid = false;
              }
              assertThat(r.errors().isEmpty()).isEqualTo(valid);
            });
  }

  private static JobPositionDetermination record(String bodyId, Stage stage) {
    return new JobPositionDetermination(
        bodyId, stage, Optional.empty(), Optional.empty(), Optional.empty(), TEST);
  }
}
