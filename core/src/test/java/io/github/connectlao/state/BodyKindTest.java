package io.github.connectlao.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BodyKindTest {

  @Test
  void theDocumentedExample() {
    assertThat(BodyKind.DISTRICT_OFFICE.nameLao()).isEqualTo("ຫ້ອງການ");
    assertThat(BodyKind.DISTRICT_OFFICE.maySitUnder(BodyKind.PROVINCIAL_DEPARTMENT)).isTrue();
  }

  @Test
  void theDocumentedRulesLevelByLevel() {
    assertThat(BodyKind.DEPARTMENT.maySitUnder(BodyKind.MINISTRY)).isTrue();
    assertThat(BodyKind.INSTITUTE.maySitUnder(BodyKind.CENTRAL_ORGANISATION)).isTrue();
    assertThat(BodyKind.DIVISION.maySitUnder(BodyKind.DEPARTMENT)).isTrue();
    assertThat(BodyKind.DIVISION.maySitUnder(BodyKind.MINISTRY)).isFalse();
    assertThat(BodyKind.SECTION.maySitUnder(BodyKind.DIVISION)).isTrue();
    assertThat(BodyKind.UNIT.maySitUnder(BodyKind.PROVINCIAL_DEPARTMENT)).isTrue();
    assertThat(BodyKind.PROVINCIAL_DEPARTMENT.maySitUnder(BodyKind.MINISTRY)).isTrue();
    assertThat(BodyKind.PROVINCIAL_DEPARTMENT.maySitUnder(BodyKind.PROVINCIAL_GOVERNOR_OFFICE))
        .isFalse();
    assertThat(BodyKind.DISTRICT_GOVERNOR_OFFICE.maySitUnder(BodyKind.PROVINCIAL_GOVERNOR_OFFICE))
        .isTrue();
    assertThat(BodyKind.DESK.maySitUnder(BodyKind.DISTRICT_OFFICE)).isTrue();
    assertThat(BodyKind.DESK.maySitUnder(BodyKind.MINISTRY)).isFalse();
    assertThat(BodyKind.MINISTRY.maySitUnder(BodyKind.CENTRAL_ORGANISATION)).isFalse();
  }

  @Test
  void theRulesMakeATreeDownTheLevels() {
    for (BodyKind child : BodyKind.values()) {
      assertThat(child.maySitUnder(child)).as("%s under itself", child).isFalse();
      boolean hasParent = false;
      for (BodyKind parent : BodyKind.values()) {
        if (child.maySitUnder(parent)) {
          hasParent = true;
          int parentTop = parent.levels().stream().mapToInt(AdminLevel::depth).min().orElseThrow();
          int childBottom = child.levels().stream().mapToInt(AdminLevel::depth).max().orElseThrow();
          assertThat(parentTop).as("%s under %s", child, parent).isLessThanOrEqualTo(childBottom);
          assertThat(parent.maySitUnder(child)).as("%s and %s both ways", child, parent).isFalse();
        }
      }
      assertThat(hasParent || child.mayBeTopLevel())
          .as("%s can be placed somewhere", child)
          .isTrue();
    }
  }

  @Test
  void departmentLevelKindsAndSectors() {
    assertThat(Arrays.stream(BodyKind.values()).filter(BodyKind::isDepartmentLevel))
        .containsExactlyInAnyOrder(
            BodyKind.DEPARTMENT, BodyKind.CABINET_OFFICE, BodyKind.INSTITUTE, BodyKind.CENTRE);
    assertThat(BodyKind.MINISTRY.requiresSector()).isTrue();
    assertThat(BodyKind.PROVINCIAL_GOVERNOR_OFFICE.requiresSector()).isFalse();
    assertThat(BodyKind.CENTRAL_ORGANISATION.requiresSector()).isFalse();
    assertThat(BodyKind.DESK.levels())
        .containsExactlyInAnyOrder(AdminLevel.PROVINCE, AdminLevel.DISTRICT);
  }

  @Test
  void parseReadsEveryNameAndEveryLaoNameThatIsNotShared() {
    for (BodyKind kind : BodyKind.values()) {
      assertThat(BodyKind.parse(kind.name())).isEqualTo(kind);
      assertThat(BodyKind.parse(kind.nameEnglish())).isEqualTo(kind);
      assertThat(BodyKind.parse(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')))
          .isEqualTo(kind);
      long sharing =
          Arrays.stream(BodyKind.values()).filter(k -> k.nameLao().equals(kind.nameLao())).count();
      if (sharing == 1) {
        assertThat(BodyKind.parse(kind.nameLao())).as(kind.nameLao()).isEqualTo(kind);
      } else {
        assertThatThrownBy(() -> BodyKind.parse(kind.nameLao()))
            .as("a Lao name shared by %d kinds is not guessed", sharing)
            .isInstanceOf(InvalidValueException.class)
            .hasMessageContaining("names " + sharing + " kinds (")
            .hasMessageContaining(kind.nameEnglish());
      }
    }
  }

  @Test
  void refusesAnythingElseNamingTheField() {
    assertThatThrownBy(() -> BodyKind.parse("agency"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("kind: 'agency' is not a kind of state body (")
        .hasMessageContaining("district_office");
    assertThatThrownBy(() -> BodyKind.parse(null)).isInstanceOf(InvalidValueException.class);
  }
}
