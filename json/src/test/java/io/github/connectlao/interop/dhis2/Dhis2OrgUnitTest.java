package io.github.connectlao.interop.dhis2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectlao.InvalidValueException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class Dhis2OrgUnitTest {

  private static Dhis2OrgUnit bokeo() {
    return new Dhis2OrgUnit(
        "Bk5qMCoSFV4",
        Optional.of("LA-BK"),
        "Bokeo",
        "BK",
        2,
        "/LaoPDR0001/Bk5qMCoSFV4",
        Optional.of("LaoPDR0001"),
        7);
  }

  @Test
  void javadocExample() {
    assertThat(bokeo()).hasToString("Bk5qMCoSFV4 Bokeo, level 2, path /LaoPDR0001/Bk5qMCoSFV4");
  }

  @Test
  void keepsItsParts() {
    Dhis2OrgUnit u = bokeo();
    assertThat(u.id()).isEqualTo("Bk5qMCoSFV4");
    assertThat(u.code()).contains("LA-BK");
    assertThat(u.name()).isEqualTo("Bokeo");
    assertThat(u.shortName()).isEqualTo("BK");
    assertThat(u.level()).isEqualTo(2);
    assertThat(u.path()).isEqualTo("/LaoPDR0001/Bk5qMCoSFV4");
    assertThat(u.parentId()).contains("LaoPDR0001");
    assertThat(u.line()).isEqualTo(7);
  }

  @Test
  void rootWithoutPathPrintsNoPath() {
    Dhis2OrgUnit root =
        new Dhis2OrgUnit(
            "LaoPDR0001", Optional.empty(), "Lao PDR", null, 1, null, Optional.empty(), 0);
    assertThat(root).hasToString("LaoPDR0001 Lao PDR, level 1");
    assertThat(root.path()).isEmpty();
    assertThat(root.parentId()).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void missingShortNameIsTheName(String shortName) {
    Dhis2OrgUnit u =
        new Dhis2OrgUnit(
            "Bk5qMCoSFV4", Optional.empty(), "Bokeo", shortName, 2, "", Optional.empty(), 0);
    assertThat(u.shortName()).isEqualTo("Bokeo");
  }

  @Test
  void textIsStrippedAndBlankOptionalsAreEmpty() {
    Dhis2OrgUnit u =
        new Dhis2OrgUnit(
            " Bk5qMCoSFV4 ",
            Optional.of("  "),
            " Bokeo ",
            " BK ",
            2,
            " /LaoPDR0001/Bk5qMCoSFV4 ",
            Optional.of(" "),
            0);
    assertThat(u.id()).isEqualTo("Bk5qMCoSFV4");
    assertThat(u.code()).isEmpty();
    assertThat(u.name()).isEqualTo("Bokeo");
    assertThat(u.shortName()).isEqualTo("BK");
    assertThat(u.path()).isEqualTo("/LaoPDR0001/Bk5qMCoSFV4");
    assertThat(u.parentId()).isEmpty();
    Dhis2OrgUnit coded =
        new Dhis2OrgUnit(
            "Bk5qMCoSFV4", Optional.of(" LA-BK "), "Bokeo", "", 2, "", Optional.of(" P "), 0);
    assertThat(coded.code()).contains("LA-BK");
    assertThat(coded.parentId()).contains("P");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void levelBelowOneIsRefusedNamingLevel(int level) {
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class,
            () ->
                new Dhis2OrgUnit(
                    "Bk5qMCoSFV4", Optional.empty(), "Bokeo", "", level, "", Optional.empty(), 0));
    assertThat(e.field()).isEqualTo("level");
    assertThat(e.getMessage()).doesNotContain("Bokeo").doesNotContain("Bk5qMCoSFV4");
  }

  @Test
  void requiredPartsAreRefusedNamingTheField() {
    assertThat(
            catchThrowableOfType(
                    InvalidValueException.class,
                    () ->
                        new Dhis2OrgUnit(
                            " ", Optional.empty(), "Bokeo", "", 1, "", Optional.empty(), 0))
                .field())
        .isEqualTo("id");
    assertThat(
            catchThrowableOfType(
                    InvalidValueException.class,
                    () ->
                        new Dhis2OrgUnit(
                            "Bk5qMCoSFV4", Optional.empty(), null, "", 1, "", Optional.empty(), 0))
                .field())
        .isEqualTo("name");
    assertThat(
            catchThrowableOfType(
                    InvalidValueException.class,
                    () ->
                        new Dhis2OrgUnit(
                            "Bk5qMCoSFV4", null, "Bokeo", "", 1, "", Optional.empty(), 0))
                .field())
        .isEqualTo("code");
    assertThat(
            catchThrowableOfType(
                    InvalidValueException.class,
                    () ->
                        new Dhis2OrgUnit(
                            "Bk5qMCoSFV4", Optional.empty(), "Bokeo", "", 1, "", null, 0))
                .field())
        .isEqualTo("parentId");
  }

  @Test
  void equalByValue() {
    assertThat(bokeo()).isEqualTo(bokeo()).hasSameHashCodeAs(bokeo());
  }
}
