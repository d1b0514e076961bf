package io.github.connectlao.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectlao.BilingualName;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.Gazetteer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StateBodyTest {
  private static final Source SRC = Source.synthetic("test body");
  private static final BilingualName NAME = BilingualName.of("ຫ້ອງການ", "office");

  private static StateBody body(
      String id, BodyKind kind, Optional<Sector> sector, AdminLevel level, String parent) {
    return new StateBody(id, kind, sector, "LA03", level, NAME, Optional.ofNullable(parent), SRC);
  }

  @Test
  void theDocumentedExample() {
    StateBody office = StateBodies.forUnit(Gazetteer.laoPdr().unit("LA0301"), Sector.HEALTH);
    assertThat(office.id()).isEqualTo("HEALTH@LA0301");
    assertThat(office.kind()).isEqualTo(BodyKind.DISTRICT_OFFICE);
    assertThat(office.toString()).startsWith("HEALTH@LA0301 District Health Office of ");
    assertThat(office.toString()).endsWith("(" + office.nameLao() + ")");
  }

  @Test
  void checkPlacementAcceptsTheRulesParentAndNamesTheReasonOtherwise() {
    StateBody ministry =
        new StateBody(
            "HEALTH@LA",
            BodyKind.MINISTRY,
            Optional.of(Sector.HEALTH),
            "LA",
            AdminLevel.NATIONAL,
            NAME,
            Optional.empty(),
            SRC);
    StateBody department =
        body(
            "HEALTH@LA03",
            BodyKind.PROVINCIAL_DEPARTMENT,
            Optional.of(Sector.HEALTH),
            AdminLevel.PROVINCE,
            "HEALTH@LA");
    department.checkPlacement(ministry);

    StateBody wrongSector =
        body(
            "HOME@LA03",
            BodyKind.PROVINCIAL_DEPARTMENT,
            Optional.of(Sector.HOME_AFFAIRS),
            AdminLevel.PROVINCE,
            "HEALTH@LA");
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class, () -> wrongSector.checkPlacement(ministry));
    assertThat(e.field()).isEqualTo("sector");
    assertThat(e.reason()).startsWith("differs from the sector HEALTH of the parent HEALTH@LA");

    StateBody desk =
        body("DESK-1", BodyKind.DESK, Optional.empty(), AdminLevel.PROVINCE, "HEALTH@LA");
    assertThatThrownBy(() -> desk.checkPlacement(ministry))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith(
            "parentId: 'HEALTH@LA' is a ministry, under which a desk may not sit");
    assertThatThrownBy(() -> department.checkPlacement(desk))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("parentId: 'HEALTH@LA' does not name the parent DESK-1");
  }

  @Test
  void withParentAndWithoutParent() {
    StateBody governor =
        body(
            "GOV@LA03",
            BodyKind.PROVINCIAL_GOVERNOR_OFFICE,
            Optional.empty(),
            AdminLevel.PROVINCE,
            null);
    assertThat(governor.withParent(" X ").parentId()).contains("X");
    assertThat(governor.withParent("X").withoutParent()).isEqualTo(governor);
    StateBody department =
        body(
            "HEALTH@LA03",
            BodyKind.PROVINCIAL_DEPARTMENT,
            Optional.of(Sector.HEALTH),
            AdminLevel.PROVINCE,
            "HEALTH@LA");
    assertThatThrownBy(department::withoutParent)
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("parentId: '' is required for a provincial department (body HEALTH@LA03)");
    assertThatThrownBy(() -> governor.withParent(" ")).hasMessageStartingWith("parentId: ");
  }

  @Test
  void refusesWhatTheRecordCanTellAlone() {
    assertThatThrownBy(
            () ->
                body(
                    "A B",
                    BodyKind.PROVINCIAL_GOVERNOR_OFFICE,
                    Optional.empty(),
                    AdminLevel.PROVINCE,
                    null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("id: 'A B' must be at most 80 characters without spaces");
    assertThatThrownBy(
            () ->
                body(
                    "X".repeat(81),
                    BodyKind.PROVINCIAL_GOVERNOR_OFFICE,
                    Optional.empty(),
                    AdminLevel.PROVINCE,
                    null))
        .hasMessageStartingWith("id: ");
    assertThatThrownBy(
            () ->
                body("M", BodyKind.MINISTRY, Optional.of(Sector.HEALTH), AdminLevel.PROVINCE, null))
        .hasMessageStartingWith("level: 'PROVINCE' is not a level of a ministry");
    assertThatThrownBy(
            () ->
                body(
                    "D",
                    BodyKind.PROVINCIAL_DEPARTMENT,
                    Optional.empty(),
                    AdminLevel.PROVINCE,
                    "P"))
        .hasMessage("sector: '' is required for a provincial department (body D)");
    assertThatThrownBy(() -> body("D", BodyKind.DESK, Optional.empty(), AdminLevel.DISTRICT, "D"))
        .hasMessage("parentId: 'D' is the body itself");
  }
}
