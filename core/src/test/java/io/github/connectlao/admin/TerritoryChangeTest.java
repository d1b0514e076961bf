package io.github.connectlao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerritoryChangeTest {
  static final Source TEST = Source.synthetic("test change");

  private static TerritoryChange change(
      TerritoryChange.Kind kind, PartialDate date, List<String> codes, boolean setsValidity) {
    return new TerritoryChange(
        "T1",
        date,
        kind,
        codes,
        " Unit X ",
        null,
        List.of("LA01"),
        List.of("LA18"),
        setsValidity,
        "what happened",
        TEST);
  }

  @Test
  void aChangeKnownToAMonthMayBeAfterEveryDayBeforeItsLastDay() {
    TerritoryChange c =
        change(TerritoryChange.Kind.CREATED, PartialDate.ofMonth(2013, 12), List.of("LA18"), true);
    assertThat(c.mayBeAfter(LocalDate.of(2013, 11, 30))).isTrue();
    assertThat(c.mayBeAfter(LocalDate.of(2013, 12, 30))).isTrue();
    assertThat(c.mayBeAfter(LocalDate.of(2013, 12, 31))).isFalse();
    TerritoryChange exact =
        change(TerritoryChange.Kind.RENAMED, PartialDate.of(2020, 5, 1), List.of("LA18"), false);
    assertThat(exact.mayBeAfter(LocalDate.of(2020, 4, 30))).isTrue();
    assertThat(exact.mayBeAfter(LocalDate.of(2020, 5, 1))).isFalse();
  }

  @Test
  void theTextGivesDateKindUnitsNameAndConfidence() {
    TerritoryChange c =
        change(TerritoryChange.Kind.CREATED, PartialDate.ofMonth(2013, 12), List.of("LA18"), true);
    assertThat(c.nameEnglish()).isEqualTo("Unit X");
    assertThat(c.nameLao()).isEmpty();
    assertThat(c.toString()).isEqualTo(c.date() + " created LA18 Unit X [synthetic]");
    TerritoryChange gone =
        change(TerritoryChange.Kind.ABOLISHED, PartialDate.ofYear(2000), List.of(), false);
    assertThat(gone.toString()).isEqualTo(gone.date() + " abolished Unit X [synthetic]");
  }

  @Test
  void onlyTheCreationOrAbolitionOfOneUnitSetsAValidityDate() {
    assertThat(
            change(TerritoryChange.Kind.ABOLISHED, PartialDate.ofYear(2000), List.of("LA18"), true)
                .setsValidity())
        .isTrue();
    for (TerritoryChange.Kind kind :
        List.of(TerritoryChange.Kind.SPLIT, TerritoryChange.Kind.RENAMED)) {
      InvalidValueException e =
          catchThrowableOfType(
              () -> change(kind, PartialDate.ofYear(2000), List.of("LA18"), true),
              InvalidValueException.class);
      assertThat(e.field()).isEqualTo("setsValidity");
    }
    InvalidValueException two =
        catchThrowableOfType(
            () ->
                change(
                    TerritoryChange.Kind.CREATED,
                    PartialDate.ofYear(2000),
                    List.of("LA18", "LA1801"),
                    true),
            InvalidValueException.class);
    assertThat(two.field()).isEqualTo("setsValidity");
  }

  @Test
  void theRequiredFieldsAreNamed() {
    assertThat(
            catchThrowableOfType(
                    () ->
                        new TerritoryChange(
                            " ",
                            PartialDate.ofYear(2000),
                            TerritoryChange.Kind.CREATED,
                            List.of(),
                            "x",
                            "",
                            List.of(),
                            List.of(),
                            false,
                            "d",
                            TEST),
                    InvalidValueException.class)
                .field())
        .isEqualTo("id");
    assertThat(
            catchThrowableOfType(
                    () ->
                        new TerritoryChange(
                            "T",
                            null,
                            TerritoryChange.Kind.CREATED,
                            List.of(),
                            "x",
                            "",
                            List.of(),
                            List.of(),
                            false,
                            "d",
                            TEST),
                    InvalidValueException.class)
                .field())
        .isEqualTo("date");
    assertThat(
            catchThrowableOfType(
                    () ->
                        new TerritoryChange(
                            "T",
                            PartialDate.ofYear(2000),
                            null,
                            List.of(),
                            "x",
                            "",
                            List.of(),
                            List.of(),
                            false,
                            "d",
                            TEST),
                    InvalidValueException.class)
                .field())
        .isEqualTo("kind");
    assertThat(
            catchThrowableOfType(
                    () ->
                        new TerritoryChange(
                            "T",
                            PartialDate.ofYear(2000),
                            TerritoryChange.Kind.CREATED,
                            List.of(),
                            "x",
                            "",
                            List.of(),
                            List.of(),
                            false,
                            " ",
                            TEST),
                    InvalidValueException.class)
                .field())
        .isEqualTo("description");
  }
}
