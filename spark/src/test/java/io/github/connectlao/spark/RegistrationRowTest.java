package io.github.connectlao.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegistrationRowTest {

  private static RegistrationRow row() {
    RegistrationRow r = new RegistrationRow();
    r.setLine(12L);
    r.setId("BR-2022-000123");
    r.setSex("F");
    r.setDateOfBirth(LocalDate.of(2022, 3, 14));
    r.setPlaceOfBirth("LA-BK-01");
    r.setInHealthFacility(true);
    r.setBirthNoticeDate(LocalDate.of(2022, 3, 15));
    r.setRegistrationDate(LocalDate.of(2022, 4, 1));
    r.setRegistrationOffice("LA-BK");
    r.setCertificateIssued(false);
    r.setDateOfDeath(LocalDate.of(2023, 1, 2));
    return r;
  }

  @Test
  void settersAndGettersAgree() {
    RegistrationRow r = row();
    assertThat(r.getLine()).isEqualTo(12L);
    assertThat(r.getId()).isEqualTo("BR-2022-000123");
    assertThat(r.getSex()).isEqualTo("F");
    assertThat(r.getDateOfBirth()).isEqualTo(LocalDate.of(2022, 3, 14));
    assertThat(r.getPlaceOfBirth()).isEqualTo("LA-BK-01");
    assertThat(r.getInHealthFacility()).isTrue();
    assertThat(r.getBirthNoticeDate()).isEqualTo(LocalDate.of(2022, 3, 15));
    assertThat(r.getRegistrationDate()).isEqualTo(LocalDate.of(2022, 4, 1));
    assertThat(r.getRegistrationOffice()).isEqualTo("LA-BK");
    assertThat(r.getCertificateIssued()).isFalse();
    assertThat(r.getDateOfDeath()).isEqualTo(LocalDate.of(2023, 1, 2));
  }

  @Test
  void emptyRowHasEveryColumnNull() {
    assertThat(new RegistrationRow()).hasAllNullFieldsOrProperties();
  }

  @Test
  void toStringShowsLineSexBirthYearAndPlace() {
    assertThat(row()).hasToString("RegistrationRow[line 12, F, born 2022 in LA-BK-01]");
  }

  @Test
  void toStringNeverShowsTheIdOrTheExactDates() {
    String s = row().toString();
    assertThat(s)
        .doesNotContain("BR-2022-000123")
        .doesNotContain("000123")
        .doesNotContain("2022-03-14")
        .doesNotContain("2022-04-01")
        .doesNotContain("2023");
  }

  @Test
  void toStringOfAnEmptyRow() {
    assertThat(new RegistrationRow())
        .hasToString("RegistrationRow[line null, null, born ? in null]");
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    RegistrationRow r = row();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(r);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).usingRecursiveComparison().isEqualTo(r);
    }
  }
}
