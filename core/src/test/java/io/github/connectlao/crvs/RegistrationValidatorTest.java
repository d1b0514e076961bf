package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.connectlao.ConnectLaoException;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.testing.NoPersonalData;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistrationValidatorTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

  private static BirthRegistration.Builder birth(String id, String place) {
    return BirthRegistration.builder(id, Sex.MALE, LocalDate.of(2024, 1, 10), place);
  }

  @Test
  void theDocumentedExampleAcceptsAGoodRecord() {
    RegistrationValidator v = RegistrationValidator.of(LAO, TODAY);
    BirthRegistration registration =
        birth("ID-1", "LA0301").registered(LocalDate.of(2024, 2, 1), "LA0301").build();
    assertThat(v.check(1, registration)).isEmpty();
    assertThat(v.today()).isEqualTo(TODAY);
  }

  @Test
  void problemsNameTheFieldTheValueAndTheReasonAtTheGivenPosition() {
    RegistrationValidator v = RegistrationValidator.of(LAO, TODAY);
    List<RowError> problems =
        v.check(7, birth("ID-1", "LA9999").registered(LocalDate.of(2024, 7, 1), null).build());
    assertThat(problems)
        .extracting(RowError::column)
        .containsExactlyInAnyOrder("placeOfBirthCode", "registrationDate");
    assertThat(problems).allSatisfy(p -> assertThat(p.line()).isEqualTo(7));
    RowError place =
        problems.stream()
            .filter(p -> p.column().equals("placeOfBirthCode"))
            .findFirst()
            .orElseThrow();
    assertThat(place.value()).isEqualTo("LA9999");
    assertThat(place.reason()).contains("is not a known unit code");
  }

  @Test
  void aDuplicateIsReportedByThePositionOfTheFirstOccurrenceNeverByItsIdentifier() {
    RegistrationValidator v = RegistrationValidator.of(LAO, TODAY);
    assertThat(v.check(3, birth("SECRET-ID", "LA0301").childName("Souksavanh").build())).isEmpty();
    assertThat(v.check(4, birth("OTHER", "LA0301").build())).isEmpty();
    List<RowError> duplicate =
        v.check(9, birth("SECRET-ID", "LA0302").childName("Souksavanh").build());
    assertThat(duplicate).hasSize(1);
    RowError e = duplicate.get(0);
    assertThat(e.line()).isEqualTo(9);
    assertThat(e.column()).isEqualTo("id");
    assertThat(e.value()).isEmpty();
    assertThat(e.reason())
        .isEqualTo("duplicates the id of record #3 (the id is not shown: personal data)");
    assertThat(e.toString()).doesNotContain("SECRET-ID").doesNotContain("Souksavanh");
  }

  @Test
  void noProblemEverShowsTheIdentifierOrTheChildsName() {
    RegistrationValidator v = RegistrationValidator.of(LAO, TODAY);
    BirthRegistration bad =
        BirthRegistration.builder("SECRET-ID", Sex.FEMALE, LocalDate.of(2024, 8, 1), "LA9999")
            .childName("Souksavanh")
            .registered(LocalDate.of(2024, 9, 1), "LA0399")
            .build();
    List<RowError> problems = v.check(1, bad);
    assertThat(problems).hasSizeGreaterThanOrEqualTo(3);
    for (RowError p : problems) {
      assertThat(p.toString()).doesNotContain("SECRET-ID").doesNotContain("Souksavanh");
    }
  }

  @Test
  void aRecordWithProblemsIsNotAlsoReportedAsADuplicate() {
    RegistrationValidator v = RegistrationValidator.of(LAO, TODAY);
    assertThat(v.check(1, birth("A", "LA0301").build())).isEmpty();
    assertThat(v.check(2, birth("A", "LA9999").build()))
        .extracting(RowError::column)
        .containsExactly("placeOfBirthCode");
  }

  @Test
  void aRejectedRecordDoesNotReserveItsIdentifier() {
    RegistrationValidator v = RegistrationValidator.of(LAO, TODAY);
    assertThat(v.check(1, birth("X", "NOWHERE").build())).hasSize(1);
    assertThat(v.check(2, birth("X", "LA0301").build())).isEmpty();
    assertThat(v.check(3, birth("X", "LA0301").build()))
        .extracting(RowError::reason)
        .containsExactly("duplicates the id of record #2 (the id is not shown: personal data)");
  }

  @Test
  void eachValidatorRemembersItsOwnDataset() {
    RegistrationValidator first = RegistrationValidator.of(LAO, TODAY);
    RegistrationValidator second = RegistrationValidator.of(RegistrationRules.of(LAO, TODAY));
    assertThat(first.check(1, birth("A", "LA0301").build())).isEmpty();
    assertThat(second.check(1, birth("A", "LA0301").build())).isEmpty();
    assertThat(second.today()).isEqualTo(TODAY);
    assertThat(first.check(2, birth("A", "LA0301").build())).hasSize(1);
  }

  @Test
  void theReferenceDateIsTheLastAcceptableDay() {
    RegistrationValidator v = RegistrationValidator.of(LAO, LocalDate.of(2024, 1, 10));
    assertThat(v.check(1, birth("A", "LA0301").build())).isEmpty();
    RegistrationValidator earlier = RegistrationValidator.of(LAO, LocalDate.of(2024, 1, 9));
    assertThat(earlier.check(1, birth("A", "LA0301").build()))
        .extracting(RowError::column)
        .containsExactly("dateOfBirth");
  }

  @Test
  void nullsAreRefusedNamingTheArgument() {
    InvalidValueException e =
        catchThrowableOfType(
            () -> RegistrationValidator.of((RegistrationRules) null), InvalidValueException.class);
    assertThat(e.field()).isEqualTo("rules");
    RegistrationValidator v = RegistrationValidator.of(LAO, TODAY);
    assertThatThrownBy(() -> v.check(1, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("registration: ");
  }

  @Test
  void aRecordThatCouldNotBeBuiltBecomesARowErrorNamingItsField() {
    InvalidValueException refused =
        catchThrowableOfType(
            () ->
                birth("SECRET-ID", "LA0301")
                    .childName("Souksavanh")
                    .registered(LocalDate.of(2024, 1, 1), null)
                    .build(),
            InvalidValueException.class);
    RowError e = RegistrationValidator.rowError(5, refused);
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo("registrationDate").isEqualTo(refused.field());
    assertThat(e.value()).isEqualTo("2024-01-01");
    assertThat(e.reason()).isEqualTo(refused.reason()).contains("before the date of birth");
    assertThat(e.toString()).doesNotContain("SECRET-ID").doesNotContain("Souksavanh");
    NoPersonalData.assertAbsent(refused, "SECRET-ID", "Souksavanh");
  }

  @Test
  void anyOtherDocumentedFailureBecomesARowErrorOfTheWholeRecord() {
    RowError other =
        RegistrationValidator.rowError(6, new ConnectLaoException("the record is truncated"));
    assertThat(other).isEqualTo(new RowError(6, "", "", "the record is truncated"));
    assertThat(other).hasToString("line 6: the record is truncated");
    // a refusal of a field passed as the general type still names its field
    ConnectLaoException asGeneral = new InvalidValueException("sex", "Q", "is not a sex");
    assertThat(RegistrationValidator.rowError(7, asGeneral))
        .isEqualTo(new RowError(7, "sex", "Q", "is not a sex"));
  }

  /**
   * Valid records whose identifiers come from a small pool: each record is accepted exactly when
   * its identifier was not accepted before, and a duplicate names the position of the first one.
   */
  @Test
  void duplicatesAreExactlyTheRepeatedIdentifiersAndNameTheFirstPosition() {
    qt().forAll(lists().of(integers().between(0, 6)).ofSizeBetween(0, 40))
        .checkAssert(
            ids -> {
              RegistrationValidator v = RegistrationValidator.of(LAO, TODAY);
              Map<Integer, Integer> first = new HashMap<>();
              for (int i = 0; i < ids.size(); i++) {
                int position = i + 1;
                int id = ids.get(i);
                List<RowError> problems = v.check(position, birth("ID-" + id, "LA0301").build());
                Integer seen = first.putIfAbsent(id, position);
                if (seen == null) {
                  assertThat(problems).isEmpty();
                } else {
                  assertThat(problems)
                      .singleElement()
                      .satisfies(
                          p -> {
                            assertThat(p.line()).isEqualTo(position);
                            assertThat(p.reason()).contains("record #" + seen + " ");
                          });
                }
              }
            });
  }
}
