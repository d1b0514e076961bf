package io.github.connectlao.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.BilingualName;
import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.state.JobPositionDetermination.Stage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StateBodiesTest {

  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final Source USER = Source.of("test", Confidence.SYNTHETIC);

  @Test
  void districtHealthOfficeOfNamtha() {
    StateBody b = StateBodies.forUnit(LAO.unit("LA0301"), Sector.HEALTH);
    assertThat(b.id()).isEqualTo("HEALTH@LA0301");
    assertThat(b.kind()).isEqualTo(BodyKind.DISTRICT_OFFICE);
    assertThat(b.nameEnglish()).isEqualTo("District Health Office of Namtha");
    assertThat(b.nameLao()).isEqualTo("ຫ້ອງການສາທາລະນະສຸກເມືອງ" + LAO.unit("LA0301").nameLao());
    assertThat(b.parentId()).contains("HEALTH@LA03");
    assertThat(b.source().confidence()).isEqualTo(Confidence.DERIVED);
  }

  @Test
  void provincialHomeAffairsDepartmentOfBokeo() {
    StateBody b = StateBodies.forUnit(LAO.unit("LA-BK"), Sector.HOME_AFFAIRS);
    assertThat(b.toString())
        .isEqualTo(
            "HOME_AFFAIRS@LA05 Provincial Home Affairs Department of Bokeo (ພະແນກພາຍໃນແຂວງບໍ່ແກ້ວ)");
    assertThat(b.parentId()).contains("HOME_AFFAIRS@LA");
  }

  @Test
  void capitalKeepsItsOwnPrefix() {
    assertThat(StateBodies.forUnit(LAO.unit("LA01"), Sector.HEALTH).nameLao())
        .isEqualTo("ພະແນກສາທາລະນະສຸກນະຄອນຫຼວງວຽງຈັນ");
    assertThat(StateBodies.governorOffice(LAO.unit("LA01")).nameEnglish())
        .isEqualTo("Office of the Mayor of Vientiane Capital");
    assertThat(StateBodies.governorOffice(LAO.unit("LA0501")).parentId()).contains("GOVERNOR@LA05");
  }

  @Test
  void standardBodiesCoverEveryProvinceAndDistrict() {
    StateBodyDirectory d = StateBodies.laoPdr(LAO);
    assertThat(d.bodies(BodyKind.MINISTRY)).hasSize(4);
    assertThat(d.bodies(BodyKind.PROVINCIAL_GOVERNOR_OFFICE)).hasSize(18);
    assertThat(d.bodies(BodyKind.PROVINCIAL_DEPARTMENT)).hasSize(18 * 4);
    assertThat(d.bodies(BodyKind.DISTRICT_GOVERNOR_OFFICE)).hasSize(148);
    // foreign affairs has no district offices
    assertThat(d.bodies(BodyKind.DISTRICT_OFFICE)).hasSize(148 * 3);
    assertThat(d.size()).isEqualTo(4 + 8 + 18 + 72 + 148 + 444);
    StateBody bokeo = d.body("HEALTH@LA05");
    assertThat(d.children(bokeo))
        .extracting(StateBody::id)
        .containsExactly(
            "HEALTH@LA0501", "HEALTH@LA0502", "HEALTH@LA0503", "HEALTH@LA0504", "HEALTH@LA0505");
    assertThat(d.ancestors(d.body("HEALTH@LA0501")))
        .extracting(StateBody::id)
        .containsExactly("HEALTH@LA05", "HEALTH@LA");
    assertThat(d.forUnit("LA0301", Sector.HEALTH)).map(StateBody::id).contains("HEALTH@LA0301");
    assertThat(d.forUnit("LA0301", Sector.FOREIGN_AFFAIRS)).isEmpty();
    assertThat(d.find(StateBodies.MOHA_CITIZEN_MANAGEMENT).map(StateBody::parentId))
        .contains(Optional.of("HOME_AFFAIRS@LA"));
  }

  @Test
  void userSectorsNeedNoCodeChange() {
    Sector education =
        Sector.of(
            "EDUCATION",
            "ສຶກສາທິການ ແລະ ກິລາ",
            "Education and Sports",
            "ກະຊວງສຶກສາທິການ ແລະ ກິລາ",
            "Ministry of Education and Sports",
            "MoES",
            EnumSet.of(AdminLevel.PROVINCE, AdminLevel.DISTRICT),
            USER);
    List<Sector> sectors = new ArrayList<>(StateBodies.sectors());
    sectors.add(education);
    StateBodyDirectory d = StateBodies.laoPdr(LAO, sectors);
    assertThat(d.body("EDUCATION@LA0501").nameEnglish())
        .isEqualTo("District Education and Sports Office of Huoixai");
    assertThat(d.body("EDUCATION@LA0501").nameLao())
        .isEqualTo("ຫ້ອງການສຶກສາທິການ ແລະ ກິລາເມືອງຫ້ວຍຊາຍ");
  }

  @Test
  void placementRulesAreEnforcedWithClearErrors() {
    StateBody moh = StateBodies.ministry(Sector.HEALTH);
    StateBody office = StateBodies.forUnit(LAO.unit("LA0501"), Sector.HEALTH).withParent(moh.id());
    assertThatThrownBy(() -> StateBodyDirectory.of(LAO, List.of(moh, office)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("parentId: 'HEALTH@LA'")
        .hasMessageContaining("under which a district office may not sit");
    // a district office under the department of another province
    StateBody namtha = StateBodies.forUnit(LAO.unit("LA03"), Sector.HEALTH);
    StateBody wrongProvince =
        StateBodies.forUnit(LAO.unit("LA0501"), Sector.HEALTH).withParent(namtha.id());
    assertThatThrownBy(() -> StateBodyDirectory.of(LAO, List.of(moh, namtha, wrongProvince)))
        .hasMessageContaining(
            "parentId: 'HEALTH@LA03' belongs to LA03, which does not contain unit LA0501");
    // a district office under a department of another sector
    StateBody bokeoHomeAffairs = StateBodies.forUnit(LAO.unit("LA05"), Sector.HOME_AFFAIRS);
    StateBody otherSector =
        StateBodies.forUnit(LAO.unit("LA0501"), Sector.HEALTH).withParent(bokeoHomeAffairs.id());
    assertThatThrownBy(() -> otherSector.checkPlacement(bokeoHomeAffairs))
        .hasMessageContaining("sector: 'HEALTH' differs from the sector HOME_AFFAIRS");
    // a desk at the centre
    assertThatThrownBy(
            () ->
                new StateBody(
                    "X",
                    BodyKind.DESK,
                    Optional.empty(),
                    "LA",
                    AdminLevel.NATIONAL,
                    BilingualName.of("ຈຸງານ", "desk"),
                    Optional.of("HEALTH@LA"),
                    USER))
        .hasMessageContaining("level: 'NATIONAL' is not a level of a desk");
    // a district office without a parent, a provincial department without a sector
    assertThatThrownBy(() -> StateBodies.forUnit(LAO.unit("LA0501"), Sector.HEALTH).withoutParent())
        .hasMessageContaining("parentId: '' is required for a district office");
    assertThatThrownBy(
            () ->
                new StateBody(
                    "Y",
                    BodyKind.PROVINCIAL_DEPARTMENT,
                    Optional.empty(),
                    "LA05",
                    AdminLevel.PROVINCE,
                    BilingualName.of("ພະແນກ", "department"),
                    Optional.of("HEALTH@LA"),
                    USER))
        .hasMessageContaining("sector: '' is required for a provincial department");
    // a unit not in the gazetteer
    StateBody ghost =
        new StateBody(
            "HEALTH@LA99",
            BodyKind.PROVINCIAL_DEPARTMENT,
            Optional.of(Sector.HEALTH),
            "LA99",
            AdminLevel.PROVINCE,
            BilingualName.of("ພະແນກ", "ghost"),
            Optional.of("HEALTH@LA"),
            USER);
    assertThatThrownBy(() -> StateBodyDirectory.of(LAO, List.of(moh, ghost)))
        .hasMessageContaining("unitCode: 'LA99' is not in the gazetteer");
    assertThatThrownBy(() -> StateBodies.forUnit(LAO.unit("LA0501"), Sector.FOREIGN_AFFAIRS))
        .hasMessageContaining("sector: 'FOREIGN_AFFAIRS' has no body at district level");
  }

  @Test
  void kindsAndSectorsParse() {
    assertThat(BodyKind.parse("district office")).isEqualTo(BodyKind.DISTRICT_OFFICE);
    assertThat(BodyKind.parse("ຈຸງານ")).isEqualTo(BodyKind.DESK);
    assertThat(BodyKind.DESK.maySitUnder(BodyKind.DISTRICT_OFFICE)).isTrue();
    assertThat(BodyKind.DISTRICT_OFFICE.maySitUnder(BodyKind.MINISTRY)).isFalse();
    assertThatThrownBy(() -> BodyKind.parse("parliament"))
        .hasMessageContaining("kind: 'parliament'");
    assertThat(StateBodies.sector("health")).isEqualTo(Sector.HEALTH);
    assertThatThrownBy(() -> StateBodies.sector("DEFENCE"))
        .hasMessageContaining("sector: 'DEFENCE'");
    assertThatThrownBy(
            () ->
                Sector.of(
                    "bad code", "x", "x", "x", "x", "x", EnumSet.noneOf(AdminLevel.class), USER))
        .hasMessageContaining("code: 'bad code'");
  }

  @Test
  void jobPositionsAreSummarisedByPartyAndDepartment() {
    StateBodyDirectory d = StateBodies.laoPdr(LAO);
    PartialDate y = PartialDate.ofYear(2019);
    List<JobPositionDetermination> records =
        List.of(
            new JobPositionDetermination(
                StateBodies.MOHA_CITIZEN_MANAGEMENT,
                Stage.SUBMITTED,
                Optional.of(y),
                Optional.of(y),
                Optional.empty(),
                USER),
            new JobPositionDetermination(
                StateBodies.MOHA_CABINET,
                Stage.APPROVED,
                Optional.of(y),
                Optional.of(y),
                Optional.of(PartialDate.ofYear(2020)),
                USER),
            new JobPositionDetermination(
                StateBodies.MOH_PLANNING,
                Stage.DETERMINED,
                Optional.of(y),
                Optional.empty(),
                Optional.empty(),
                USER),
            new JobPositionDetermination(
                "HEALTH@LA05",
                Stage.SUBMITTED,
                Optional.empty(),
                Optional.of(y),
                Optional.empty(),
                USER),
            new JobPositionDetermination(
                "HOME_AFFAIRS@LA0501",
                Stage.SUBMITTED,
                Optional.empty(),
                Optional.of(y),
                Optional.empty(),
                USER));
    JobPositionSummary s = d.summarise(records, Stage.SUBMITTED);
    // parties: MoHA (2 departments) and Bokeo province (2 bodies); MoH's planning dept only
    // determined
    assertThat(s.bodies()).isEqualTo(2);
    assertThat(s.departments()).isEqualTo(4);
    assertThat(s.toString()).isEqualTo("2 bodies, 4 departments completed and submitted");
    assertThat(d.summarise(records, Stage.DETERMINED).bodies()).isEqualTo(3);
    assertThat(StateBodies.jobPositions2019().toString())
        .isEqualTo("20 bodies, 318 departments completed and submitted (2019-08-30)");
    assertThatThrownBy(
            () ->
                new JobPositionDetermination(
                    "X", Stage.DETERMINED, Optional.of(y), Optional.empty(), Optional.of(y), USER))
        .hasMessageContaining("approvedOn: '2019' is set but the stage is only DETERMINED");
    assertThatThrownBy(
            () ->
                new JobPositionDetermination(
                    "X",
                    Stage.APPROVED,
                    Optional.of(y),
                    Optional.of(y),
                    Optional.of(PartialDate.ofYear(2018)),
                    USER))
        .hasMessageContaining("approvedOn: '2018' is before submittedOn 2019");
    assertThatThrownBy(
            () ->
                d.summarise(
                    List.of(
                        new JobPositionDetermination(
                            "NOPE",
                            Stage.SUBMITTED,
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            USER)),
                    Stage.SUBMITTED))
        .hasMessageContaining("bodyId: 'NOPE' is not a body of the directory");
  }

  @Test
  void lenientValidationKeepsTheGoodBodiesAndReportsEveryBadOne() {
    StateBody moh = StateBodies.ministry(Sector.HEALTH);
    StateBody bokeo = StateBodies.forUnit(LAO.unit("LA05"), Sector.HEALTH);
    StateBody ghost =
        new StateBody(
            "HEALTH@LA99",
            BodyKind.PROVINCIAL_DEPARTMENT,
            Optional.of(Sector.HEALTH),
            "LA99",
            AdminLevel.PROVINCE,
            BilingualName.of("ພະແນກ", "ghost"),
            Optional.of("HEALTH@LA"),
            USER);
    StateBody ghostChild =
        new StateBody(
            "HEALTH@LA9901",
            BodyKind.DISTRICT_OFFICE,
            Optional.of(Sector.HEALTH),
            "LA0501",
            AdminLevel.DISTRICT,
            BilingualName.of("ຫ້ອງການ", "orphan"),
            Optional.of("HEALTH@LA99"),
            USER);
    StateBody huoixai = StateBodies.forUnit(LAO.unit("LA0501"), Sector.HEALTH);
    var result =
        StateBodyDirectory.lenient(LAO, List.of(moh, ghostChild, bokeo, ghost, huoixai, bokeo));
    assertThat(result.accepted())
        .extracting(StateBody::id)
        .containsExactly("HEALTH@LA", "HEALTH@LA05", "HEALTH@LA0501");
    assertThat(result.errors())
        .extracting(e -> e.line() + " " + e.column() + " " + e.value())
        .containsExactly("2 parentId HEALTH@LA99", "4 unitCode LA99", "6 id HEALTH@LA05");
    assertThat(StateBodyDirectory.of(LAO, result.accepted()).size()).isEqualTo(3);
  }
}
