package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.testing.NoPersonalData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationRulesTest {
  static final Gazetteer LAO = Gazetteer.laoPdr();
  static final LocalDate REF = LocalDate.of(2024, 6, 30);
  static final RegistrationRules RULES = RegistrationRules.of(LAO, REF);
  static final String SECRET_ID = "CHILD-ID-4471";
  static final String SECRET_NAME = "Khamla Secretname";

  private static BirthRegistration.Builder birth(String place, LocalDate born) {
    return BirthRegistration.builder(SECRET_ID, Sex.FEMALE, born, place).childName(SECRET_NAME);
  }

  private static void assertNoChild(List<RowError> problems) {
    assertThat(problems.toString()).doesNotContain(SECRET_ID, SECRET_NAME);
  }

  @Test
  void theDocumentedExampleFindsNoProblemInAValidRegistration() {
    BirthRegistration r =
        birth("LA0101", LocalDate.of(2024, 1, 1))
            .registered(LocalDate.of(2024, 1, 10), "LA0101")
            .certificateIssued(true)
            .build();
    assertThat(RULES.check(r, 1)).isEmpty();
    assertThat(RULES.referenceDate()).isEqualTo(REF);
    assertThat(RULES.gazetteer()).isSameAs(LAO);
  }

  @Test
  void aProvinceOrADistrictIsAPlaceOfBirthButTheNationIsNot() {
    LocalDate born = LocalDate.of(2020, 1, 1);
    assertThat(RULES.check(birth("LA05", born).build(), 1)).isEmpty();
    assertThat(RULES.check(birth("LA0501", born).build(), 1)).isEmpty();
    List<RowError> nation = RULES.check(birth("LA", born).build(), 4);
    assertThat(nation)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(4);
              assertThat(e.column()).isEqualTo("placeOfBirthCode");
              assertThat(e.reason()).contains("whole country");
            });
  }

  @Test
  void aPlaceOfBirthMustBeAUnitThatExistedOnTheDateOfBirth() {
    // Xaisomboun province and its districts exist from December 2013
    List<RowError> before = RULES.check(birth("LA1801", LocalDate.of(2010, 5, 1)).build(), 2);
    assertThat(before)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.column()).isEqualTo("placeOfBirthCode");
              assertThat(e.value()).isEqualTo("LA1801");
              assertThat(e.reason()).contains("did not exist on the date of birth", "2013-12");
            });
    assertThat(RULES.check(birth("LA1801", LocalDate.of(2015, 5, 1)).build(), 2)).isEmpty();
    assertNoChild(before);
  }

  @Test
  void unknownPlacesAndOfficesAreRefusedNamingTheField() {
    LocalDate born = LocalDate.of(2020, 1, 1);
    List<RowError> place = RULES.check(birth("LA9999", born).build(), 3);
    assertThat(place).extracting(RowError::column).containsExactly("placeOfBirthCode");
    List<RowError> office =
        RULES.check(birth("LA0101", born).registered(born.plusDays(3), "XX77").build(), 3);
    assertThat(office).extracting(RowError::column).containsExactly("registrationOfficeCode");
    assertNoChild(place);
    assertNoChild(office);
  }

  @Test
  void everyDateMustLieOnOrBeforeTheReferenceDate() {
    assertThat(RULES.check(birth("LA0101", REF).registered(REF, "LA0101").build(), 1)).isEmpty();
    LocalDate after = REF.plusDays(1);
    assertThat(RULES.check(birth("LA0101", after).build(), 1))
        .extracting(RowError::column)
        .containsExactly("dateOfBirth");
    LocalDate born = LocalDate.of(2020, 1, 1);
    assertThat(RULES.check(birth("LA0101", born).birthNoticeDate(after).build(), 1))
        .extracting(RowError::column)
        .containsExactly("birthNoticeDate");
    assertThat(RULES.check(birth("LA0101", born).registered(after, "LA0101").build(), 1))
        .extracting(RowError::column)
        .containsExactly("registrationDate");
    List<RowError> death = RULES.check(birth("LA0101", born).dateOfDeath(after).build(), 1);
    assertThat(death).extracting(RowError::column).containsExactly("dateOfDeath");
    assertThat(death.get(0).reason()).contains("after the reference date " + REF);
    assertNoChild(death);
  }

  @Test
  void everyProblemOfARecordIsReported() {
    LocalDate after = REF.plusDays(1);
    List<RowError> all =
        RULES.check(
            birth("LA9999", LocalDate.of(2020, 1, 1))
                .registered(after, "XX77")
                .dateOfDeath(after)
                .build(),
            9);
    assertThat(all)
        .extracting(RowError::column)
        .containsExactlyInAnyOrder(
            "placeOfBirthCode", "registrationOfficeCode", "registrationDate", "dateOfDeath");
    assertThat(all).allSatisfy(e -> assertThat(e.line()).isEqualTo(9));
    assertNoChild(all);
  }

  @Test
  void theRulesNeedingNoGazetteerAreAppliedByTheRecordItself() {
    LocalDate born = LocalDate.of(2020, 1, 1);
    InvalidValueException early =
        catchThrowableOfType(
            () -> birth("LA0101", LocalDate.of(1899, 12, 31)).build(), InvalidValueException.class);
    assertThat(early.field()).isEqualTo("dateOfBirth");
    InvalidValueException beforeBirth =
        catchThrowableOfType(
            () -> birth("LA0101", born).registered(born.minusDays(1), "LA0101").build(),
            InvalidValueException.class);
    assertThat(beforeBirth.field()).isEqualTo("registrationDate");
    assertThat(beforeBirth.reason()).contains("before the date of birth");
    InvalidValueException notice =
        catchThrowableOfType(
            () -> birth("LA0101", born).birthNoticeDate(born.minusDays(1)).build(),
            InvalidValueException.class);
    assertThat(notice.field()).isEqualTo("birthNoticeDate");
    InvalidValueException death =
        catchThrowableOfType(
            () -> birth("LA0101", born).dateOfDeath(born.minusDays(1)).build(),
            InvalidValueException.class);
    assertThat(death.field()).isEqualTo("dateOfDeath");
    InvalidValueException cert =
        catchThrowableOfType(
            () -> birth("LA0101", born).certificateIssued(true).build(),
            InvalidValueException.class);
    assertThat(cert.field()).isEqualTo("certificateIssued");
    for (InvalidValueException e : List.of(early, beforeBirth, notice, death, cert)) {
      NoPersonalData.assertAbsent(e, SECRET_ID, SECRET_NAME);
    }
    // the earliest plausible date itself is accepted
    assertThat(RULES.check(birth("LA0101", RegistrationRules.EARLIEST_DATE).build(), 1)).isEmpty();
  }

  @Test
  void validateKeepsEveryValidRecordInOrderAndReportsDuplicatesWithoutTheirId() {
    LocalDate born = LocalDate.of(2020, 1, 1);
    List<BirthRegistration> input =
        List.of(
            BirthRegistration.builder("A-1", Sex.MALE, born, "LA0101").build(),
            BirthRegistration.builder(SECRET_ID, Sex.FEMALE, born, "LA0102").build(),
            BirthRegistration.builder("A-3", Sex.MALE, born, "LA9999").build(),
            BirthRegistration.builder(SECRET_ID, Sex.FEMALE, born, "LA0103").build(),
            BirthRegistration.builder("A-5", Sex.MALE, born, "LA0104").build());
    ImportResult<List<BirthRegistration>> r = RULES.validate(input);
    assertThat(r.accepted())
        .extracting(BirthRegistration::placeOfBirthCode)
        .containsExactly("LA0101", "LA0102", "LA0104");
    assertThat(r.acceptedRows()).isEqualTo(3);
    assertThat(r.errors()).extracting(RowError::line).containsExactly(3L, 4L);
    RowError dup = r.errors().get(1);
    assertThat(dup.column()).isEqualTo("id");
    assertThat(dup.reason()).contains("duplicates", "#2");
    assertNoChild(r.errors());
  }

  @Test
  void acceptedAndRefusedRecordsAccountForTheWholeInput() {
    qt().withExamples(100)
        .forAll(integers().between(0, 40), integers().between(1, 10), integers().between(1, 7))
        .checkAssert(
            (n, idSpread, badEvery) -> {
              List<BirthRegistration> input = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                String place = i % badEvery == 0 ? "LA9999" : "LA0101";
                input.add(
                    BirthRegistration.builder(
                            "ID" + (i % idSpread), Sex.MALE, LocalDate.of(2020, 1, 1), place)
                        .build());
              }
              ImportResult<List<BirthRegistration>> r = RULES.validate(input);
              assertThat(r.acceptedRows() + r.errors().size()).isEqualTo(n);
              assertThat(r.accepted().stream().map(BirthRegistration::id).distinct().count())
                  .isEqualTo(r.acceptedRows());
              assertThat(r.acceptedRows()).isLessThanOrEqualTo(idSpread);
            });
  }

  @Test
  void toStringShowsTheReferenceDateAndNoData() {
    assertThat(RULES.toString()).contains("2024-06-30", LAO.size() + " units");
  }
}
