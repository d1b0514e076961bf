package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.testing.NoPersonalData;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class BirthRegistrationTest {
  private static final String ID = "SECRET-ID-77";
  private static final String NAME = "Somchai Phommachanh";
  private static final LocalDate BORN = LocalDate.of(2022, 3, 1);

  private static BirthRegistration.Builder birth() {
    return BirthRegistration.builder(ID, Sex.FEMALE, BORN, "LA0501").childName(NAME);
  }

  @Test
  void theDocumentedExample() {
    BirthRegistration r =
        BirthRegistration.builder("R-0001", Sex.FEMALE, BORN, "LA0501")
            .inHealthFacility(true)
            .birthNoticeDate(LocalDate.of(2022, 3, 5))
            .registered(LocalDate.of(2022, 3, 20), "LA0501")
            .certificateIssued(true)
            .build();
    assertThat(r.timeliness(RegistrationPolicy.laoPdr())).isEqualTo(Timeliness.CURRENT);
    assertThat(r.registrationDelayDays()).contains(19L);
    assertThat(r.isRegistered()).isTrue();
  }

  @Test
  void toStringHoldsNeitherTheIdentifierNorTheName() {
    BirthRegistration r = birth().registered(LocalDate.of(2022, 4, 15), "LA0501").build();
    assertThat(r)
        .hasToString("BirthRegistration[FEMALE, born 2022-03 in LA0501, registered on day 45]");
    assertThat(r.toString()).doesNotContain(ID).doesNotContain(NAME).doesNotContain("Somchai");
    assertThat(birth().build().toString()).endsWith(", not registered]");
  }

  @Test
  void lifeAndRegistrationOnADay() {
    BirthRegistration r =
        birth()
            .registered(LocalDate.of(2022, 4, 1), "LA0501")
            .dateOfDeath(LocalDate.of(2023, 1, 1))
            .build();
    assertThat(r.isAliveOn(BORN.minusDays(1))).as("not yet born").isFalse();
    assertThat(r.isAliveOn(BORN)).isTrue();
    assertThat(r.isRegisteredAndAliveOn(LocalDate.of(2022, 3, 31)))
        .as("not yet registered")
        .isFalse();
    assertThat(r.isRegisteredAndAliveOn(LocalDate.of(2022, 4, 1))).isTrue();
    assertThat(r.isAliveOn(LocalDate.of(2023, 1, 1))).as("dead on the day").isFalse();
    assertThat(r.ageOn(LocalDate.of(2023, 3, 1))).isEqualTo(1);
    assertThat(birth().build().registrationDelayDays()).isEmpty();
    assertThat(birth().build().timeliness(RegistrationPolicy.laoPdr()))
        .isEqualTo(Timeliness.NOT_REGISTERED);
  }

  @Test
  void blankOptionalTextsAreAbsent() {
    BirthRegistration r = birth().childName("  ").registered(LocalDate.of(2022, 4, 1), " ").build();
    assertThat(r.childName()).isEmpty();
    assertThat(r.registrationOfficeCode()).isEmpty();
  }

  @Test
  void everyRefusalNamesTheFieldAndNeverTheChild() {
    refused(
        b -> b.registered(BORN.minusDays(1), "LA0501"),
        "registrationDate",
        "is before the date of birth");
    refused(
        b -> b.birthNoticeDate(BORN.minusDays(2)),
        "birthNoticeDate",
        "is before the date of birth");
    refused(b -> b.dateOfDeath(BORN.minusDays(3)), "dateOfDeath", "is before the date of birth");
    refused(
        b -> b.registered(null, "LA0501"),
        "registrationOfficeCode",
        "is given for a birth that is not registered");
    refused(
        b -> b.certificateIssued(true),
        "certificateIssued",
        "is set for a birth that is not registered");
    InvalidValueException old =
        catchThrowableOfType(
            InvalidValueException.class,
            () ->
                BirthRegistration.builder(ID, Sex.MALE, LocalDate.of(1899, 12, 31), "LA0501")
                    .childName(NAME)
                    .build());
    assertThat(old.field()).isEqualTo("dateOfBirth");
    NoPersonalData.assertAbsent(old, ID, NAME);
    InvalidValueException noPlace =
        catchThrowableOfType(
            InvalidValueException.class,
            () -> BirthRegistration.builder(ID, Sex.MALE, BORN, " ").childName(NAME).build());
    assertThat(noPlace.field()).isEqualTo("placeOfBirthCode");
    NoPersonalData.assertAbsent(noPlace, ID, NAME);
  }

  private static void refused(
      UnaryOperator<BirthRegistration.Builder> change, String field, String reason) {
    InvalidValueException e =
        catchThrowableOfType(InvalidValueException.class, () -> change.apply(birth()).build());
    assertThat(e).as(field).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.reason()).isEqualTo(reason);
    NoPersonalData.assertAbsent(e, ID, NAME, "Somchai");
  }
}
