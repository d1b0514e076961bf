package io.github.connectlao.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.connectlao.testing.NoPersonalData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportResultTest {
  private static final RowError BAD_SEX = new RowError(3, "sex", "Q", "is not M, F or U");
  private static final RowError BAD_DATE =
      new RowError(5, "date_of_birth", "2020-13-01", "is not a date");

  @Test
  void ofRowsCountsTheRecordsAndKeepsTheErrorsInOrder() {
    ImportResult<List<String>> r =
        ImportResult.ofRows(List.of("a", "b", "c"), List.of(BAD_SEX, BAD_DATE));
    assertThat(r.accepted()).containsExactly("a", "b", "c");
    assertThat(r.acceptedRows()).isEqualTo(3);
    assertThat(r.errors()).containsExactly(BAD_SEX, BAD_DATE);
    assertThat(r.isClean()).isFalse();
  }

  @Test
  void rowsAndErrorsAreCopiedSoTheCallerCannotChangeTheResult() {
    List<String> rows = new ArrayList<>(List.of("a"));
    List<RowError> errors = new ArrayList<>(List.of(BAD_SEX));
    ImportResult<List<String>> r = ImportResult.ofRows(rows, errors);
    rows.add("b");
    errors.clear();
    assertThat(r.accepted()).containsExactly("a");
    assertThat(r.acceptedRows()).isEqualTo(1);
    assertThat(r.errors()).containsExactly(BAD_SEX);
    assertThatThrownBy(() -> r.errors().add(BAD_DATE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.accepted().add("c"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aResultWithoutErrorsIsClean() {
    assertThat(ImportResult.ofRows(List.of("a"), List.of()).isClean()).isTrue();
    assertThat(new ImportResult<>("built", 0, List.of()).isClean()).isTrue();
    assertThat(new ImportResult<>("built", 0, List.of(BAD_SEX)).isClean()).isFalse();
  }

  @Test
  void theConstructorNamesTheFieldItRefuses() {
    assertThatThrownBy(() -> new ImportResult<>(null, 0, List.of()))
        .hasMessageContaining("accepted");
    assertThatThrownBy(() -> new ImportResult<>("x", -1, List.of()))
        .hasMessageContaining("acceptedRows");
    assertThatThrownBy(() -> new ImportResult<>("x", 0, null)).hasMessageContaining("errors");
    assertThatThrownBy(() -> ImportResult.ofRows(null, List.of())).hasMessageContaining("rows");
  }

  @Test
  void mapTransformsWhatWasBuiltAndKeepsRowsAndErrors() {
    ImportResult<List<String>> r = ImportResult.ofRows(List.of("a", "bb"), List.of(BAD_DATE));
    ImportResult<Integer> m = r.map(List::size);
    assertThat(m.accepted()).isEqualTo(2);
    assertThat(m.acceptedRows()).isEqualTo(2);
    assertThat(m.errors()).containsExactly(BAD_DATE);
  }

  @Test
  void mapKeepsRowsAndErrorsWhateverTheTransformation() {
    qt().withExamples(200)
        .forAll(
            lists().of(integers().all()).ofSizeBetween(0, 20),
            integers().between(0, 5),
            integers().between(0, 50))
        .checkAssert(
            (rows, nErrors, k) -> {
              List<RowError> errors = new ArrayList<>();
              for (int i = 0; i < nErrors; i++) {
                errors.add(new RowError(i + 2L, "c" + i, "v", "r" + i));
              }
              ImportResult<List<Integer>> r = ImportResult.ofRows(rows, errors);
              ImportResult<String> m = r.map(l -> "size " + (l.size() + k));
              assertThat(m.acceptedRows()).isEqualTo(r.acceptedRows()).isEqualTo(rows.size());
              assertThat(m.errors()).isEqualTo(r.errors());
              assertThat(m.accepted()).isEqualTo("size " + (rows.size() + k));
              // map then map is map of the composition
              assertThat(r.map(List::size).map(n -> n + k)).isEqualTo(r.map(l -> l.size() + k));
            });
  }

  @Test
  void orThrowFirstErrorReturnsACleanResultItself() {
    ImportResult<List<String>> r = ImportResult.ofRows(List.of("a"), List.of());
    assertThat(r.orThrowFirstError("births.csv")).isSameAs(r);
  }

  @Test
  void orThrowFirstErrorNamesTheSourceTheFirstLineAndItsReason() {
    ImportResult<List<String>> r = ImportResult.ofRows(List.of("a"), List.of(BAD_SEX, BAD_DATE));
    CsvImportException e =
        catchThrowableOfType(() -> r.orThrowFirstError("births.csv"), CsvImportException.class);
    assertThat(e).isNotNull();
    assertThat(e.getMessage())
        .contains("births.csv", "line 3", "sex", "is not M, F or U")
        .doesNotContain("line 5");
    assertThat(e.errors()).hasSize(1);
    assertThat(e.errors().get(0).line()).isEqualTo(3);
    assertThat(e.errors().get(0).reason()).isEqualTo("is not M, F or U");
  }

  @Test
  void orThrowFirstErrorNeverShowsTheValuesOfTheRow() {
    RowError e = new RowError(4, "child_id", "CHILD-7731", "duplicates line 2");
    ImportResult<List<String>> r = ImportResult.ofRows(List.of(), List.of(e));
    Throwable thrown =
        catchThrowableOfType(() -> r.orThrowFirstError("births.csv"), CsvImportException.class);
    assertThat(thrown).hasMessageContaining("line 4").hasMessageContaining("duplicates line 2");
    NoPersonalData.assertAbsent(thrown, "CHILD-7731");
  }

  @Test
  void toStringGivesTheTwoCountsOnly() {
    ImportResult<List<String>> r =
        ImportResult.ofRows(List.of("Somchai", "Noy"), List.of(BAD_DATE));
    assertThat(r).hasToString("ImportResult[accepted=2, errors=1]");
    assertThat(r.toString()).doesNotContain("Somchai", "2020-13-01");
  }

  @Test
  void equalResultsHaveEqualParts() {
    assertThat(ImportResult.ofRows(List.of("a"), List.of(BAD_SEX)))
        .isEqualTo(new ImportResult<>(List.of("a"), 1, List.of(BAD_SEX)))
        .isNotEqualTo(new ImportResult<>(List.of("a"), 1, List.of(BAD_DATE)))
        .isNotEqualTo(new ImportResult<>(List.of("a"), 2, List.of(BAD_SEX)));
  }
}
