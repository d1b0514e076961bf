package io.github.connectlao.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.state.JobPositionDetermination.Stage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateBodiesPropertiesTest {

  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final StateBodyDirectory STANDARD = StateBodies.laoPdr(LAO);
  private static final List<AdminUnit> LOCAL = new ArrayList<>();

  static {
    LOCAL.addAll(LAO.units(AdminLevel.PROVINCE));
    LOCAL.addAll(LAO.units(AdminLevel.DISTRICT));
  }

  @Test
  void standardBodiesOfEveryProvinceAndDistrictAreValidAndConsistentlyNamed() {
    qt().forAll(
            integers().between(0, LOCAL.size() - 1),
            integers().between(0, StateBodies.sectors().size() - 1))
        .checkAssert(
            (i, s) -> {
              AdminUnit unit = LOCAL.get(i);
              Sector sector = StateBodies.sectors().get(s);
              if (!sector.hasBodyAt(unit.level())) {
                assertThatThrownBy(() -> StateBodies.forUnit(unit, sector))
                    .isInstanceOf(InvalidValueException.class);
                return;
              }
              StateBody b = StateBodies.forUnit(unit, sector);
              assertThat(STANDARD.find(b.id())).contains(b);
              StateBody parent = STANDARD.parent(b).orElseThrow();
              b.checkPlacement(parent);
              assertThat(parent.sector()).contains(sector);
              assertThat(b.nameEnglish())
                  .endsWith(" of " + unit.name())
                  .contains(sector.nameEnglish());
              assertThat(b.nameLao())
                  .startsWith(b.kind().nameLao() + sector.nameLao())
                  .endsWith(unit.nameLao());
              String levelWord =
                  unit.level() == AdminLevel.DISTRICT ? "ເມືອງ" : (i == 0 ? "ນະຄອນຫຼວງ" : "ແຂວງ");
              assertThat(b.nameLao()).contains(levelWord);
              assertThat(STANDARD.party(b))
                  .isEqualTo(LAO.ancestorAt(unit, AdminLevel.PROVINCE).orElseThrow().code());
            });
  }

  @Test
  void summaryNeverCountsMorePartiesThanDepartments() {
    List<StateBody> bodies = STANDARD.bodies();
    Source src = Source.of("test", Confidence.SYNTHETIC);
    qt().forAll(
            integers().between(0, bodies.size() - 1),
            integers().between(0, 60),
            integers().between(0, 3))
        .checkAssert(
            (start, n, stage) -> {
              List<JobPositionDetermination> records = new ArrayList<>();
              for (int k = 0; k < n; k++) {
                StateBody b = bodies.get((start + k * 7) % bodies.size());
                if (records.stream().noneMatch(r -> r.bodyId().equals(b.id()))) {
                  records.add(
                      new JobPositionDetermination(
                          b.id(),
                          Stage.values()[(k + stage) % 4],
                          java.util.Optional.empty(),
                          java.util.Optional.empty(),
                          java.util.Optional.empty(),
                          src));
                }
              }
              JobPositionSummary s = STANDARD.summarise(records, Stage.SUBMITTED);
              assertThat(s.bodies()).isLessThanOrEqualTo(s.departments());
              assertThat(s.departments())
                  .isEqualTo(
                      (int) records.stream().filter(r -> r.hasReached(Stage.SUBMITTED)).count());
              assertThat(STANDARD.summarise(records, Stage.DETERMINED).departments())
                  .isGreaterThanOrEqualTo(s.departments());
            });
  }
}
