package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.DateRange;
import io.github.connectlao.Source;
import io.github.connectlao.admin.Gazetteer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BirthRegistrationReportTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();

  private static List<BirthRegistration> births() {
    List<BirthRegistration> list = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      LocalDate born = LocalDate.of(2015, 1, 1).plusDays(i * 9);
      BirthRegistration.Builder b =
          BirthRegistration.builder(
                  "id" + i, i % 2 == 0 ? Sex.FEMALE : Sex.MALE, born, i < 30 ? "LA0101" : "LA0301")
              .inHealthFacility(i % 3 == 0)
              .childName("Name" + i);
      if (i % 4 != 3) {
        b.registered(born.plusDays(i * 11L), null);
      }
      list.add(b.build());
    }
    return list;
  }

  private static final BirthRegistrationReport REPORT =
      BirthRegistrationReport.of(
          LAO,
          births(),
          RegistrationPolicy.laoPdr(),
          PopulationTable.census2015(),
          DateRange.ofYear(2015),
          LocalDate.of(2017, 3, 1),
          Source.synthetic("hand-made test births"));

  @Test
  void textSectionLabelsSyntheticDataAndShowsEveryPart() {
    String text = REPORT.toText();
    assertThat(REPORT.national().total()).isEqualTo(40);
    assertThat(REPORT.national().notRegistered()).isEqualTo(10);
    assertThat(text)
        .contains("[synthetic]")
        .contains("known births 40; registered 30")
        .contains("completeness LA 2015-01-01/2015-12-31 both sexes: 0.0%")
        .contains(
            "no value (no population for LA03 in 2015 (both sexes, all ages); no crude birth rate for LA03 in 2015")
        .contains(
            "coverage under 5 LA 2017-03-01 both sexes: no value (no population for LA in 2017")
        .contains(">= 70%")
        .contains("LA01")
        .doesNotContain("Name1")
        .doesNotContain("id1");
    assertThat(REPORT.completeness()).hasSize(19);
    assertThat(REPORT.completeness().get(0).numerator()).isEqualTo(30);
  }

  @Test
  void theReferenceDateIsACutOffForBirthsAndRegistrations() {
    BirthRegistrationReport early =
        BirthRegistrationReport.of(
            LAO,
            births(),
            RegistrationPolicy.laoPdr(),
            PopulationTable.census2015(),
            DateRange.ofYear(2015),
            LocalDate.of(2015, 6, 30),
            Source.synthetic("hand-made test births"));
    List<BirthRegistration> all = births();
    long born =
        all.stream().filter(r -> !r.dateOfBirth().isAfter(LocalDate.of(2015, 6, 30))).count();
    long registered =
        all.stream()
            .filter(
                r ->
                    r.registrationDate()
                        .filter(d -> !d.isAfter(LocalDate.of(2015, 6, 30)))
                        .isPresent())
            .count();
    assertThat(early.national().total()).isEqualTo(born).isLessThan(40);
    assertThat(early.national().registered()).isEqualTo(registered).isLessThan(30);
  }
}
