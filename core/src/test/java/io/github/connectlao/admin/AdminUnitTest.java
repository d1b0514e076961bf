package io.github.connectlao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AdminUnitTest {
  static final Gazetteer LAO = Gazetteer.laoPdr();

  @Test
  void theDocumentedExample() {
    AdminUnit bokeo = LAO.unit("LA-BK");
    assertThat(bokeo.code()).isEqualTo("LA05");
    assertThat(bokeo.toString()).startsWith("LA05 Bokeo (ບໍ່ແກ້ວ)");
    assertThat(bokeo.level()).isEqualTo(AdminLevel.PROVINCE);
    assertThat(bokeo.parentCode()).contains("LA");
    assertThat(bokeo.isoCode()).contains("LA-BK");
    assertThat(bokeo.lsbCode()).contains("05");
    assertThat(bokeo.isOfficial()).isTrue();
    assertThat(bokeo.name()).isEqualTo("Bokeo");
    assertThat(bokeo.allNames()).startsWith("ບໍ່ແກ້ວ", "Bokeo");
  }

  @Test
  void xaisombounsDistrictsDidNotExistBeforeDecember2013() {
    AdminUnit d = LAO.unit("LA1801");
    assertThat(d.isValidOn(LocalDate.of(2010, 5, 1))).isFalse();
    assertThat(d.isValidOn(LocalDate.of(2013, 11, 30))).isFalse();
    // created in a month known only as such: possibly valid on every day of it
    assertThat(d.isValidOn(LocalDate.of(2013, 12, 1))).isTrue();
    assertThat(d.isValidOn(LocalDate.of(2013, 12, 31))).isTrue();
    assertThat(d.isValidOn(LocalDate.of(2020, 1, 1))).isTrue();
    assertThat(d.validityOn(LocalDate.of(2010, 5, 1)).reason())
        .contains("LA1801", "2010-05-01", "2013-12");
    assertThat(LAO.unit("LA05").isValidOn(LocalDate.of(1900, 1, 1))).isTrue();
    assertThat(catchThrowableOfType(() -> d.validityOn(null), InvalidValueException.class).field())
        .isEqualTo("date");
  }

  @Test
  void aUnitWithOnlyOneNameIsNamedByIt() {
    AdminUnit lao =
        AdminUnit.builder("X1", AdminLevel.DISTRICT).parent("LA05").nameLao(" ບ້ານ ").build();
    assertThat(lao.name()).isEqualTo("ບ້ານ");
    assertThat(lao.allNames()).containsExactly("ບ້ານ");
    assertThat(lao.toString()).startsWith("X1 ບ້ານ, district");
    AdminUnit en =
        AdminUnit.builder("X2", AdminLevel.DISTRICT)
            .parent("LA05")
            .nameEnglish("Somewhere")
            .alternativeNames("Somewhere", " ", "Somwhere", "Somwhere")
            .build();
    assertThat(en.allNames()).containsExactly("Somewhere", "Somwhere");
  }

  @Test
  void anUnofficialUnitSaysSo() {
    AdminUnit u =
        AdminUnit.builder("V1", AdminLevel.VILLAGE)
            .parent("LA0501")
            .nameEnglish("Ban Test")
            .source(Source.of("a community list", Confidence.UNOFFICIAL))
            .build();
    assertThat(u.isOfficial()).isFalse();
    assertThat(u.toString()).endsWith(", unofficial");
    AdminUnit s = u.toBuilder().source(Source.synthetic("test")).build();
    assertThat(s.isOfficial()).isFalse();
    assertThat(u.toBuilder().build()).isEqualTo(u);
  }

  @Test
  void anInvalidUnitIsRefusedNamingTheField() {
    assertThat(field(AdminUnit.builder(" ", AdminLevel.PROVINCE).parent("LA").nameEnglish("x")))
        .isEqualTo("code");
    assertThat(field(AdminUnit.builder("LA 05", AdminLevel.PROVINCE).parent("LA").nameEnglish("x")))
        .isEqualTo("code");
    assertThat(
            field(
                AdminUnit.builder("X".repeat(41), AdminLevel.PROVINCE)
                    .parent("LA")
                    .nameEnglish("x")))
        .isEqualTo("code");
    assertThat(field(AdminUnit.builder("X", AdminLevel.PROVINCE).nameEnglish("x")))
        .isEqualTo("parentCode");
    assertThat(field(AdminUnit.builder("X", AdminLevel.PROVINCE).parent(" ").nameEnglish("x")))
        .isEqualTo("parentCode");
    assertThat(field(AdminUnit.builder("X", AdminLevel.NATIONAL).parent("LA").nameEnglish("x")))
        .isEqualTo("parentCode");
    assertThat(field(AdminUnit.builder("X", AdminLevel.PROVINCE).parent("LA"))).isEqualTo("name");
    assertThat(
            field(
                AdminUnit.builder("X", AdminLevel.PROVINCE)
                    .parent("LA")
                    .nameEnglish("x")
                    .validFrom(PartialDate.ofYear(2010))
                    .validTo(PartialDate.ofYear(2009))))
        .isEqualTo("validTo");
    // the same year, known to a year only: the end may be in it
    assertThat(
            AdminUnit.builder("X", AdminLevel.PROVINCE)
                .parent("LA")
                .nameEnglish("x")
                .validFrom(PartialDate.ofMonth(2010, 6))
                .validTo(PartialDate.ofYear(2010))
                .build()
                .validTo())
        .isPresent();
  }

  private static String field(AdminUnit.Builder b) {
    return catchThrowableOfType(b::build, InvalidValueException.class).field();
  }

  @Test
  void aUnitIsValidOnlyBetweenItsDates() {
    AdminUnit u =
        AdminUnit.builder("X", AdminLevel.DISTRICT)
            .parent("LA05")
            .nameEnglish("x")
            .validFrom(PartialDate.of(2000, 1, 1))
            .validTo(PartialDate.of(2010, 12, 31))
            .build();
    assertThat(u.isValidOn(LocalDate.of(1999, 12, 31))).isFalse();
    assertThat(u.isValidOn(LocalDate.of(2000, 1, 1))).isTrue();
    assertThat(u.isValidOn(LocalDate.of(2010, 12, 31))).isTrue();
    assertThat(u.isValidOn(LocalDate.of(2011, 1, 1))).isFalse();
  }
}
