package io.github.connectlao.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SectorTest {
  static final Source TEST = Source.synthetic("test sector");

  @Test
  void theDocumentedExample() {
    assertThat(Sector.HEALTH.nameLao()).isEqualTo("ສາທາລະນະສຸກ");
    assertThat(Sector.HEALTH.code()).isEqualTo("HEALTH");
    assertThat(Sector.HOME_AFFAIRS.ministryAbbreviation()).isEqualTo("MoHA");
    assertThat(Sector.HEALTH.toString())
        .isEqualTo("HEALTH " + Sector.HEALTH.nameEnglish() + " (ສາທາລະນະສຸກ)");
    Sector education =
        Sector.of(
            "EDUCATION",
            "ສຶກສາທິການ",
            "Education",
            "ກະຊວງສຶກສາທິການ",
            "Ministry of Education",
            "MoES",
            Set.of(AdminLevel.PROVINCE),
            TEST);
    assertThat(education.ministryNameEnglish()).isEqualTo("Ministry of Education");
    assertThat(education.ministryNameLao()).isEqualTo("ກະຊວງສຶກສາທິການ");
    assertThat(education.nameEnglish()).isEqualTo("Education");
  }

  @Test
  void aSectorHasABodyAtTheCentreAndAtItsLocalLevelsOnly() {
    Sector provinceOnly =
        Sector.of("X", "x", "X", "x", "Ministry of X", "MoX", Set.of(AdminLevel.PROVINCE), TEST);
    assertThat(provinceOnly.hasBodyAt(AdminLevel.NATIONAL)).isTrue();
    assertThat(provinceOnly.hasBodyAt(AdminLevel.PROVINCE)).isTrue();
    assertThat(provinceOnly.hasBodyAt(AdminLevel.DISTRICT)).isFalse();
    assertThat(provinceOnly.hasBodyAt(AdminLevel.VILLAGE)).isFalse();
    Sector centreOnly = Sector.of("Y", "y", "Y", "y", "Ministry of Y", "MoY", Set.of(), TEST);
    assertThat(centreOnly.hasBodyAt(AdminLevel.NATIONAL)).isTrue();
    assertThat(centreOnly.hasBodyAt(AdminLevel.PROVINCE)).isFalse();
  }

  @Test
  void anInvalidSectorIsRefusedNamingTheField() {
    Set<AdminLevel> levels = EnumSet.of(AdminLevel.PROVINCE);
    assertThat(field(() -> Sector.of("health", "a", "A", "b", "B", "MoB", levels, TEST)))
        .isEqualTo("code");
    assertThat(field(() -> Sector.of(" ", "a", "A", "b", "B", "MoB", levels, TEST)))
        .isEqualTo("code");
    assertThat(field(() -> Sector.of("X", "a", "A", "b", "B", " ", levels, TEST)))
        .isEqualTo("ministryAbbreviation");
    assertThat(
            field(
                () -> Sector.of("X", "a", "A", "b", "B", "MoB", Set.of(AdminLevel.VILLAGE), TEST)))
        .isEqualTo("localLevels");
    assertThat(
            field(
                () -> Sector.of("X", "a", "A", "b", "B", "MoB", Set.of(AdminLevel.NATIONAL), TEST)))
        .isEqualTo("localLevels");
    assertThat(field(() -> Sector.of("X", "a", "A", "b", "B", "MoB", null, TEST)))
        .isEqualTo("localLevels");
    assertThat(field(() -> Sector.of("X", "a", "A", "b", "B", "MoB", levels, null)))
        .isEqualTo("source");
  }

  @Test
  void theLocalLevelsAreACopy() {
    Set<AdminLevel> levels = EnumSet.of(AdminLevel.PROVINCE);
    Sector s = Sector.of("X", "a", "A", "b", "B", "MoB", levels, TEST);
    levels.add(AdminLevel.DISTRICT);
    assertThat(s.localLevels()).containsExactly(AdminLevel.PROVINCE);
  }

  private static String field(org.assertj.core.api.ThrowableAssert.ThrowingCallable c) {
    return catchThrowableOfType(c, InvalidValueException.class).field();
  }
}
