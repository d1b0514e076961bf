package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.connectlao.DateRange;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrvsPropertiesTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final List<AdminUnit> PLACES = new ArrayList<>();

  static {
    PLACES.addAll(LAO.units(AdminLevel.DISTRICT));
    PLACES.addAll(LAO.units(AdminLevel.PROVINCE));
  }

  /** One registration from four random numbers: place, sex, birth day offset, registration delay (-1 = none). */
  private static BirthRegistration registration(int i, List<Integer> g) {
    AdminUnit place = PLACES.get(Math.floorMod(g.get(0), PLACES.size()));
    Sex sex = Sex.values()[Math.floorMod(g.get(1), 3)];
    LocalDate born = LocalDate.of(2014, 1, 1).plusDays(Math.floorMod(g.get(2), 1100));
    int delay = g.get(3);
    BirthRegistration.Builder b = BirthRegistration.builder("r" + i, sex, born, place.code());
    if (delay >= 0) {
      b.registered(born.plusDays(delay), null);
    }
    return b.build();
  }

  private static List<BirthRegistration> registrations(List<Integer> numbers) {
    List<BirthRegistration> out = new ArrayList<>();
    for (int i = 0; i + 3 < numbers.size(); i += 4) {
      out.add(registration(i, numbers.subList(i, i + 4)));
    }
    return out;
  }

  @Test
  void countsAtEveryLevelSumToTheNationalTotal() {
    qt().withExamples(60)
        .forAll(lists().of(integers().between(-1, 2000)).ofSizeBetween(0, 400))
        .checkAssert(
            numbers -> {
              BirthStatistics s =
                  BirthStatistics.of(LAO, registrations(numbers), RegistrationPolicy.laoPdr());
              TimelinessCounts national = s.counts(LAO.nation());
              assertThat(national.total()).isEqualTo(numbers.size() / 4);
              for (AdminLevel level : List.of(AdminLevel.PROVINCE, AdminLevel.DISTRICT)) {
                TimelinessCounts sum = TimelinessCounts.EMPTY;
                for (TimelinessCounts c :
                    s.countsByUnit(LAO.nation(), level, BirthFilter.ALL).values()) {
                  sum = sum.plus(c);
                }
                if (level == AdminLevel.PROVINCE) {
                  assertThat(sum).isEqualTo(national);
                } else {
                  // births placed at a province (district unknown) are counted in no district
                  assertThat(sum.total()).isLessThanOrEqualTo(national.total());
                  long atProvince =
                      s
                          .countsByUnit(LAO.nation(), AdminLevel.PROVINCE, BirthFilter.ALL)
                          .keySet()
                          .stream()
                          .mapToLong(
                              p ->
                                  s.counts(p).total()
                                      - s
                                          .countsByUnit(p, AdminLevel.DISTRICT, BirthFilter.ALL)
                                          .values()
                                          .stream()
                                          .mapToLong(TimelinessCounts::total)
                                          .sum())
                          .sum();
                  assertThat(sum.total() + atProvince).isEqualTo(national.total());
                }
              }
              TimelinessCounts bySex = TimelinessCounts.EMPTY;
              for (TimelinessCounts c : s.countsBySex(LAO.nation(), BirthFilter.ALL).values()) {
                bySex = bySex.plus(c);
              }
              assertThat(bySex).isEqualTo(national);
              TimelinessCounts bySetting = TimelinessCounts.EMPTY;
              for (TimelinessCounts c : s.countsBySetting(LAO.nation(), BirthFilter.ALL).values()) {
                bySetting = bySetting.plus(c);
              }
              assertThat(bySetting).isEqualTo(national);
            });
  }

  @Test
  void completenessIsMonotoneInRegistrations() {
    Source test = Source.synthetic("property test");
    PopulationTable t =
        PopulationTable.builder()
            .population("LA", 2015, Optional.empty(), AgeGroup.ALL, 50_000, test)
            .population("LA", 2016, Optional.empty(), AgeGroup.ALL, 51_000, test)
            .crudeBirthRate("LA", 2015, Optional.empty(), 24, test)
            .crudeBirthRate("LA", 2016, Optional.empty(), 23, test)
            .build();
    DateRange window = DateRange.parse("2015-04-01/2016-03-31");
    qt().withExamples(60)
        .forAll(
            lists().of(integers().between(-1, 2000)).ofSizeBetween(0, 200),
            integers().between(0, 1000),
            integers().between(0, 700))
        .checkAssert(
            (numbers, bornOffset, delay) -> {
              List<BirthRegistration> base = registrations(numbers);
              double before =
                  BirthStatistics.of(LAO, base, RegistrationPolicy.laoPdr())
                      .completeness(LAO.nation(), window, Optional.empty(), t)
                      .value()
                      .orElseThrow();
              List<BirthRegistration> more = new ArrayList<>(base);
              LocalDate born = LocalDate.of(2015, 1, 1).plusDays(bornOffset);
              more.add(
                  BirthRegistration.builder("extra", Sex.FEMALE, born, "LA0101")
                      .registered(born.plusDays(delay), null)
                      .build());
              double after =
                  BirthStatistics.of(LAO, more, RegistrationPolicy.laoPdr())
                      .completeness(LAO.nation(), window, Optional.empty(), t)
                      .value()
                      .orElseThrow();
              assertThat(after).isGreaterThanOrEqualTo(before);
              if (window.contains(born)) {
                assertThat(after).isGreaterThan(before);
              } else {
                assertThat(after).isEqualTo(before);
              }
            });
  }
}
