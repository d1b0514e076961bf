package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RegistrationsTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

  private static BirthRegistration.Builder birth(String id, String place) {
    return BirthRegistration.builder(id, Sex.FEMALE, LocalDate.of(2024, 1, 10), place);
  }

  @Test
  void everyBadRecordIsReportedAndTheGoodOnesKept() {
    List<BirthRegistration> records =
        List.of(
            birth("SECRET-1", "LA0301")
                .registered(LocalDate.of(2024, 1, 20), "LA0301")
                .build(), // #1 good
            birth("SECRET-2", "LA9999").build(), // #2 unknown place
            birth("SECRET-3", "LA0301")
                .registered(LocalDate.of(2024, 7, 1), null)
                .build(), // #3 future registration
            BirthRegistration.builder("SECRET-4", Sex.MALE, LocalDate.of(2024, 8, 1), "LA0301")
                .build(), // #4 future birth
            birth("SECRET-1", "LA0302").childName("Noy").build(), // #5 duplicate of #1
            birth("SECRET-6", "LA0302")
                .registered(LocalDate.of(2024, 2, 1), "LA0399")
                .build(), // #6 unknown office
            birth("SECRET-7", "LA03").build()); // #7 good (province)
    ImportResult<List<BirthRegistration>> r = Registrations.validate(records, LAO, TODAY);

    assertThat(r.accepted())
        .extracting(BirthRegistration::id)
        .containsExactly("SECRET-1", "SECRET-7");
    assertThat(r.errors()).extracting(RowError::line).containsExactly(2L, 3L, 4L, 5L, 6L);
    RowError unknown = r.errors().get(0);
    assertThat(unknown.column()).isEqualTo("placeOfBirthCode");
    assertThat(unknown.value()).isEqualTo("LA9999");
    assertThat(unknown.reason()).contains("is not a known unit code");
    assertThat(r.errors().get(1).column()).isEqualTo("registrationDate");
    assertThat(r.errors().get(1).value()).isEqualTo("2024-07-01");
    assertThat(r.errors().get(1).reason()).contains("future");
    assertThat(r.errors().get(2).column()).isEqualTo("dateOfBirth");
    RowError duplicate = r.errors().get(3);
    assertThat(duplicate.column()).isEqualTo("id");
    assertThat(duplicate.reason())
        .isEqualTo("duplicates the id of record #1 (the id is not shown: personal data)");
    assertThat(r.errors().get(4).column()).isEqualTo("registrationOfficeCode");
    for (RowError e : r.errors()) {
      assertThat(e.toString()).doesNotContain("SECRET").doesNotContain("Noy");
    }
  }

  @Test
  void recordsThatCannotBeBuiltAreReportedWithFieldValueAndReason() {
    List<Supplier<BirthRegistration>> factories =
        List.of(
            () -> birth("A", "LA0301").build(),
            () ->
                birth("B", "LA0301")
                    .registered(LocalDate.of(2024, 1, 1), null)
                    .build(), // before birth
            () ->
                BirthRegistration.builder("C", Sex.parse("Q"), LocalDate.of(2024, 1, 1), "LA03")
                    .build(), // bad sex
            () -> birth("D", "LA0301").build());
    ImportResult<List<BirthRegistration>> r = Registrations.build(factories, LAO, TODAY);
    assertThat(r.accepted()).extracting(BirthRegistration::id).containsExactly("A", "D");
    assertThat(r.errors()).hasSize(2);
    assertThat(r.errors().get(0).line()).isEqualTo(2);
    assertThat(r.errors().get(0).column()).isEqualTo("registrationDate");
    assertThat(r.errors().get(0).value()).isEqualTo("2024-01-01");
    assertThat(r.errors().get(0).reason()).contains("before the date of birth");
    assertThat(r.errors().get(1).line()).isEqualTo(3);
    assertThat(r.errors().get(1).column()).isEqualTo("sex");
    assertThat(r.errors().get(1).value()).isEqualTo("Q");
  }

  @Test
  void toStringHidesIdentifierAndName() {
    BirthRegistration r = birth("ID-12345", "LA0301").childName("Souksavanh").build();
    assertThat(r.toString())
        .doesNotContain("ID-12345")
        .doesNotContain("Souksavanh")
        .contains("LA0301");
  }
}
