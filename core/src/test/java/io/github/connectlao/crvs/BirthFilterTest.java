package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BirthFilterTest {
  private static final BirthRegistration GIRL_2023_REGISTERED =
      BirthRegistration.builder("SYN-1", Sex.FEMALE, LocalDate.of(2023, 5, 1), "LA0301")
          .registered(LocalDate.of(2023, 5, 20), "LA0301")
          .inHealthFacility(true)
          .build();
  private static final BirthRegistration BOY_2023_UNREGISTERED =
      BirthRegistration.builder("SYN-2", Sex.MALE, LocalDate.of(2023, 8, 1), "LA0301").build();
  private static final BirthRegistration GIRL_2022_AT_HOME =
      BirthRegistration.builder("SYN-3", Sex.FEMALE, LocalDate.of(2022, 12, 31), "LA0301")
          .registered(LocalDate.of(2023, 1, 3), "LA0301")
          .inHealthFacility(false)
          .build();
  private static final List<BirthRegistration> ALL_BIRTHS =
      List.of(GIRL_2023_REGISTERED, BOY_2023_UNREGISTERED, GIRL_2022_AT_HOME);

  private static List<BirthRegistration> kept(BirthFilter f) {
    return ALL_BIRTHS.stream().filter(f::test).toList();
  }

  @Test
  void theDocumentedExample() {
    BirthFilter f = BirthFilter.ALL.sex(Sex.FEMALE).bornIn(DateRange.ofYear(2023));
    assertThat(kept(f)).containsExactly(GIRL_2023_REGISTERED);
    assertThat(f).hasToString("BirthFilter[sex=FEMALE, born=2023-01-01/2023-12-31]");
    assertThat(f).isEqualTo(BirthFilter.ALL.bornInYear(2023).sex(Sex.FEMALE));
  }

  @Test
  void allCountsEveryKnownBirth() {
    assertThat(kept(BirthFilter.ALL)).containsExactlyElementsOf(ALL_BIRTHS);
    assertThat(BirthFilter.ALL).hasToString("BirthFilter[all]");
  }

  @Test
  void aRegistrationWindowKeepsOnlyRegisteredBirths() {
    assertThat(kept(BirthFilter.ALL.registeredIn(DateRange.ofYear(2023))))
        .containsExactly(GIRL_2023_REGISTERED, GIRL_2022_AT_HOME);
    assertThat(kept(BirthFilter.ALL.registeredIn(DateRange.ofYear(2023)).bornInYear(2022)))
        .containsExactly(GIRL_2022_AT_HOME);
  }

  @Test
  void theSettingIsTheRecordsAndUnknownWhenNotRecorded() {
    assertThat(kept(BirthFilter.ALL.setting(BirthSetting.HEALTH_FACILITY)))
        .containsExactly(GIRL_2023_REGISTERED);
    assertThat(kept(BirthFilter.ALL.setting(BirthSetting.HOME_OR_OTHER)))
        .containsExactly(GIRL_2022_AT_HOME);
    assertThat(kept(BirthFilter.ALL.setting(BirthSetting.UNKNOWN)))
        .containsExactly(BOY_2023_UNREGISTERED);
  }

  @Test
  void aFilterIsTheConjunctionOfItsParts() {
    BirthFilter[] parts = {
      BirthFilter.ALL.sex(Sex.FEMALE),
      BirthFilter.ALL.bornInYear(2023),
      BirthFilter.ALL.registeredIn(DateRange.ofYear(2023)),
      BirthFilter.ALL.setting(BirthSetting.HEALTH_FACILITY)
    };
    BirthFilter all =
        BirthFilter.ALL
            .sex(Sex.FEMALE)
            .bornInYear(2023)
            .registeredIn(DateRange.ofYear(2023))
            .setting(BirthSetting.HEALTH_FACILITY);
    for (BirthRegistration r : ALL_BIRTHS) {
      boolean each = true;
      for (BirthFilter p : parts) {
        each &= p.test(r);
      }
      assertThat(all.test(r)).isEqualTo(each);
    }
  }
}
