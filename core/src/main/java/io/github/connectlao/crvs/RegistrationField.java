package io.github.connectlao.crvs;

import io.github.connectlao.csv.CsvColumn;

/**
 * The fields of a registration, each with its CSV column (header names, English and Lao) and the
 * name of its {@link BirthRegistration} component: the one column specification every reader
 * shares.
 */
enum RegistrationField {
  ID(CsvColumn.of("id", "registration_id", "ເລກທະບຽນ"), "id", true),
  SEX(CsvColumn.of("sex", "gender", "ເພດ"), "sex", false),
  DATE_OF_BIRTH(
      CsvColumn.of("date_of_birth", "dob", "birth_date", "ວັນເດືອນປີເກີດ", "ວັນເກີດ"),
      "dateOfBirth",
      false),
  PLACE_OF_BIRTH(
      CsvColumn.of("place_of_birth", "place_of_birth_code", "ສະຖານທີ່ເກີດ"),
      "placeOfBirthCode",
      false),
  IN_HEALTH_FACILITY(
      CsvColumn.of("in_health_facility", "facility_birth", "ເກີດຢູ່ສະຖານບໍລິການສາທາລະນະສຸກ"),
      "inHealthFacility",
      false),
  BIRTH_NOTICE_DATE(
      CsvColumn.of("birth_notice_date", "notice_date", "ວັນທີໃບແຈ້ງເກີດ"),
      "birthNoticeDate",
      false),
  REGISTRATION_DATE(
      CsvColumn.of("registration_date", "registered_on", "ວັນທີຈົດທະບຽນ"),
      "registrationDate",
      false),
  REGISTRATION_OFFICE(
      CsvColumn.of("registration_office", "registration_office_code", "ຫ້ອງການຈົດທະບຽນ"),
      "registrationOfficeCode",
      false),
  CERTIFICATE_ISSUED(
      CsvColumn.of("certificate_issued", "certificate", "ອອກໃບຢັ້ງຢືນການເກີດ"),
      "certificateIssued",
      false),
  DATE_OF_DEATH(CsvColumn.of("date_of_death", "died_on", "ວັນທີເສຍຊີວິດ"), "dateOfDeath", false),
  CHILD_NAME(CsvColumn.of("child_name", "name", "ຊື່ເດັກ"), "childName", true);

  private static final RegistrationField[] ALL = values();

  final CsvColumn column;
  final String component;
  final boolean personal;

  RegistrationField(CsvColumn column, String component, boolean personal) {
    this.column = column;
    this.component = component;
    this.personal = personal;
  }

  static RegistrationField at(int ordinal) {
    return ALL[ordinal];
  }

  /** @return the name of this field in a given naming */
  String name(boolean csv) {
    return csv ? column.name() : component;
  }
}
