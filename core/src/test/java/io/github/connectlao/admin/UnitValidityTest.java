package io.github.connectlao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.admin.UnitValidity.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UnitValidityTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();

  @Test
  void theDocumentedExample() {
    UnitValidity v = LAO.unit("LA1801").validityOn(LocalDate.of(2010, 5, 1));
    assertThat(v.status()).isEqualTo(Status.NOT_YET_CREATED);
    assertThat(v.isPossible()).isFalse();
    assertThat(v).hasToString("LA1801 Anouvong did not exist on 2010-05-01: valid from 2013-12");
    assertThat(v.reason()).isEqualTo(v.toString());
    assertThat(v.day()).isEqualTo(LocalDate.of(2010, 5, 1));
    assertThat(v.unit().code()).isEqualTo("LA1801");
  }

  @Test
  void aCreationKnownToTheMonthLeavesThatMonthUncertain() {
    AdminUnit anouvong = LAO.unit("LA1801");
    UnitValidity during = anouvong.validityOn(LocalDate.of(2013, 12, 15));
    assertThat(during.status()).isEqualTo(Status.UNCERTAIN);
    assertThat(during.isPossible()).isTrue();
    assertThat(during.reason()).contains("was created in 2013-12 (the exact day is not known)");
    UnitValidity after = anouvong.validityOn(LocalDate.of(2014, 1, 1));
    assertThat(after.status()).isEqualTo(Status.VALID);
    assertThat(after.reason())
        .startsWith("LA1801 Anouvong existed on 2014-01-01 (valid from 2013-12");
  }

  @Test
  void aUnitWithoutDatesIsValidAndSaysSo() {
    AdminUnit nation =
        LAO.units(AdminLevel.PROVINCE).stream()
            .filter(u -> u.validFrom().isEmpty() && u.validTo().isEmpty())
            .findFirst()
            .orElseThrow();
    UnitValidity v = nation.validityOn(LocalDate.of(1990, 1, 1));
    assertThat(v.status()).isEqualTo(Status.VALID);
    assertThat(v.reason()).endsWith("(no validity dates known)");
  }

  @Test
  void onlyValidAndUncertainArePossible() {
    for (Status s : Status.values()) {
      UnitValidity v = new UnitValidity(LAO.unit("LA01"), LocalDate.of(2020, 1, 1), s, "r");
      assertThat(v.isPossible()).as(s.name()).isEqualTo(s == Status.VALID || s == Status.UNCERTAIN);
    }
  }
}
