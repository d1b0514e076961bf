package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetAreaTest {
  static final Gazetteer LAO = Gazetteer.laoPdr();

  @Test
  void theDocumentedExamples() {
    TargetArea covid = TargetArea.units("LA05", "LA03", "LA08", "LA16");
    assertThat(covid.isNamed()).isTrue();
    assertThat(covid.resolve(LAO))
        .extracting(AdminUnit::code)
        .containsExactly("LA05", "LA03", "LA08", "LA16");
    assertThat(covid).hasToString("LA05, LA03, LA08, LA16");
    TargetArea connect = TargetArea.allAt(AdminLevel.PROVINCE, "target districts not named");
    assertThat(connect.isNamed()).isTrue();
    assertThat(connect.note()).contains("target districts not named");
    assertThat(connect.resolve(LAO)).containsExactlyElementsOf(LAO.units(AdminLevel.PROVINCE));
    assertThat(connect).hasToString("all provinces (target districts not named)");
  }

  @Test
  void anUnnamedTargetIsNeverGuessed() {
    TargetArea none = TargetArea.none("the source names no area");
    assertThat(none.isNamed()).isFalse();
    assertThat(none.resolve(LAO)).isEmpty();
    assertThat(none).hasToString("not named (the source names no area)");
  }

  @Test
  void resolvingGivesEachUnitOnceNamedUnitsFirstThenWholeLevelsInGazetteerOrder() {
    TargetArea t =
        new TargetArea(List.of("LA0501", "LA05"), Set.of(AdminLevel.PROVINCE), Optional.of(" "));
    List<AdminUnit> units = t.resolve(LAO);
    assertThat(units)
        .extracting(AdminUnit::code)
        .startsWith("LA0501", "LA05", "LA01")
        .doesNotHaveDuplicates();
    assertThat(units).hasSize(1 + LAO.units(AdminLevel.PROVINCE).size());
    assertThat(t.note()).isEmpty(); // a blank note is no note
    TargetArea both =
        new TargetArea(
            List.of(), Set.of(AdminLevel.DISTRICT, AdminLevel.PROVINCE), Optional.empty());
    assertThat(both).hasToString("all provinces, all districts");
    List<AdminUnit> expected = new ArrayList<>(LAO.units(AdminLevel.PROVINCE));
    expected.addAll(LAO.units(AdminLevel.DISTRICT));
    assertThat(both.resolve(LAO)).containsExactlyElementsOf(expected);
  }

  @Test
  void badTargetsAreRefusedNamingTheField() {
    assertThat(
            catchThrowableOfType(
                    () -> TargetArea.units("LA05", "LA05"), InvalidValueException.class)
                .field())
        .isEqualTo("unitCodes");
    assertThat(
            catchThrowableOfType(() -> TargetArea.units("LA05", " "), InvalidValueException.class)
                .field())
        .isEqualTo("unitCodes");
    assertThat(
            catchThrowableOfType(
                    () -> TargetArea.allAt(AdminLevel.NATIONAL), InvalidValueException.class)
                .field())
        .isEqualTo("allAt");
    assertThat(
            catchThrowableOfType(() -> TargetArea.allAt(null), InvalidValueException.class).field())
        .isEqualTo("level");
    assertThat(catchThrowableOfType(() -> TargetArea.none(""), InvalidValueException.class).field())
        .isEqualTo("note");
    assertThat(
            catchThrowableOfType(
                    () -> TargetArea.allAt(AdminLevel.PROVINCE, " "), InvalidValueException.class)
                .field())
        .isEqualTo("note");
    assertThat(
            catchThrowableOfType(
                    () -> new TargetArea(List.of(), Set.of(), null), InvalidValueException.class)
                .field())
        .isEqualTo("note");
  }

  @Test
  void anUnknownUnitIsReportedWithThePathOfTheArea() {
    TargetArea t = TargetArea.units("LA05", "LA99");
    InvalidValueException e =
        catchThrowableOfType(
            () -> t.check(LAO, "programmes[X].phases[1].targets"), InvalidValueException.class);
    assertThat(e.field()).isEqualTo("programmes[X].phases[1].targets.unitCodes");
    assertThat(e.value()).isEqualTo("LA99");
    assertThat(catchThrowableOfType(() -> t.resolve(LAO), InvalidValueException.class).field())
        .isEqualTo("targets.unitCodes");
  }
}
