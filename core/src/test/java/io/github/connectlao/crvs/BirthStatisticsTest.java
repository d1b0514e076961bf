package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.connectlao.DateRange;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BirthStatisticsTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final Source TEST = Source.synthetic("hand-made test figures");

  /** 2 current (one F facility, one M home), 1 late, 1 delayed, 1 not registered, in LA03 / LA0301; 1 in LA01. */
  private static List<BirthRegistration> sample() {
    List<BirthRegistration> list = new ArrayList<>();
    list.add(
        BirthRegistration.builder("1", Sex.FEMALE, LocalDate.of(2015, 3, 1), "LA0301")
            .inHealthFacility(true)
            .registered(LocalDate.of(2015, 3, 31), "LA0301")
            .certificateIssued(true)
            .build()); // day 30 current
    list.add(
        BirthRegistration.builder("2", Sex.MALE, LocalDate.of(2015, 5, 1), "LA0302")
            .inHealthFacility(false)
            .registered(LocalDate.of(2015, 5, 2), "LA0302")
            .build()); // current
    list.add(
        BirthRegistration.builder("3", Sex.MALE, LocalDate.of(2015, 6, 1), "LA0301")
            .registered(LocalDate.of(2015, 7, 2), "LA0301")
            .build()); // day 31 late
    list.add(
        BirthRegistration.builder("4", Sex.FEMALE, LocalDate.of(2014, 12, 31), "LA03")
            .registered(LocalDate.of(2016, 1, 1), "LA03")
            .build()); // day 366 delayed
    list.add(
        BirthRegistration.builder("5", Sex.FEMALE, LocalDate.of(2015, 12, 31), "LA0302")
            .build()); // not registered
    list.add(
        BirthRegistration.builder("6", Sex.MALE, LocalDate.of(2015, 8, 8), "LA0101")
            .registered(LocalDate.of(2015, 8, 9), "LA0101")
            .build()); // current, LA01
    return list;
  }

  private static final BirthStatistics STATS =
      BirthStatistics.of(LAO, sample(), RegistrationPolicy.laoPdr());

  @Test
  void countsAtEveryLevelByTimelinessSexSettingAndYear() {
    assertThat(STATS.counts(LAO.nation())).isEqualTo(TimelinessCounts.of(3, 1, 1, 1));
    assertThat(STATS.counts(LAO.unit("LA03"))).isEqualTo(TimelinessCounts.of(2, 1, 1, 1));
    assertThat(STATS.counts(LAO.unit("LA0301"))).isEqualTo(TimelinessCounts.of(1, 1, 0, 0));
    assertThat(STATS.counts(LAO.unit("LA0302"), Sex.FEMALE))
        .isEqualTo(TimelinessCounts.of(0, 0, 0, 1));
    assertThat(STATS.counts(LAO.unit("LA02"))).isEqualTo(TimelinessCounts.EMPTY);
    AdminUnit la03 = LAO.unit("LA03");
    assertThat(STATS.countsBySetting(la03, BirthFilter.ALL))
        .containsEntry(BirthSetting.HEALTH_FACILITY, TimelinessCounts.of(1, 0, 0, 0))
        .containsEntry(BirthSetting.HOME_OR_OTHER, TimelinessCounts.of(1, 0, 0, 0))
        .containsEntry(BirthSetting.UNKNOWN, TimelinessCounts.of(0, 1, 1, 1));
    assertThat(STATS.countsByBirthYear(la03, BirthFilter.ALL))
        .containsExactly(
            Map.entry(2014, TimelinessCounts.of(0, 0, 1, 0)),
            Map.entry(2015, TimelinessCounts.of(2, 1, 0, 1)));
    assertThat(STATS.countsByRegistrationYear(la03, BirthFilter.ALL))
        .containsExactly(
            Map.entry(2015, TimelinessCounts.of(2, 1, 0, 0)),
            Map.entry(2016, TimelinessCounts.of(0, 0, 1, 0)));
    assertThat(STATS.countsBySex(la03, BirthFilter.ALL.sex(Sex.MALE)))
        .containsEntry(Sex.FEMALE, TimelinessCounts.EMPTY)
        .containsEntry(Sex.MALE, TimelinessCounts.of(1, 1, 0, 0));
    assertThat(
            STATS.counts(
                LAO.nation(),
                BirthFilter.ALL.registeredIn(DateRange.parse("2015-05-01/2015-07-02"))))
        .isEqualTo(TimelinessCounts.of(1, 1, 0, 0));
    assertThat(STATS.countsByUnit(LAO.nation(), AdminLevel.PROVINCE, BirthFilter.ALL))
        .hasSize(18)
        .containsEntry(LAO.unit("LA01"), TimelinessCounts.of(1, 0, 0, 0));
    assertThat(STATS.counts(LAO.nation()).share(Timeliness.CURRENT)).isEqualTo(0.5);
    assertThat(STATS.counts(LAO.nation()).shareOfRegistered(Timeliness.CURRENT)).isEqualTo(0.6);
  }

  @Test
  void completenessForAWholeYearUsesTheSourcedCensusDefaults() {
    RegistrationRate c =
        STATS.completeness(
            LAO.nation(), DateRange.ofYear(2015), Optional.empty(), PopulationTable.census2015());
    // births in 2015 that are registered: #1 #2 #3 #6 = 4; estimated 24.317 x 6,492,228 / 1000
    assertThat(c.numerator()).isEqualTo(4);
    assertThat(c.denominator().orElseThrow()).isCloseTo(24.317 * 6_492_228 / 1000, within(1e-6));
    assertThat(c.value().orElseThrow()).isCloseTo(4 / (24.317 * 6_492.228), within(1e-12));
    assertThat(c.sources()).contains(PopulationTable.CBR_WDI, PopulationTable.CENSUS_2015_NATIONAL);
    assertThat(c.toString()).contains("completeness LA 2015-01-01/2015-12-31 both sexes");
    RegistrationRate onTime =
        STATS.completeness(
            LAO.nation(),
            DateRange.ofYear(2015),
            Optional.empty(),
            PopulationTable.census2015(),
            EnumSet.of(Timeliness.CURRENT));
    assertThat(onTime.numerator()).isEqualTo(3);
  }

  @Test
  void missingDenominatorGivesNoValueWithTheReasonNeverZeroNorANearbyYear() {
    RegistrationRate twoYears =
        STATS.completeness(
            LAO.nation(),
            DateRange.parse("2015-07-01/2016-06-30"),
            Optional.empty(),
            PopulationTable.census2015());
    assertThat(twoYears.hasValue()).isFalse();
    assertThat(twoYears.value()).isEmpty();
    assertThat(twoYears.noValueReason())
        .contains("no population for LA in 2016 (both sexes, all ages)");
    // the 2015 census table holds the nation only (the per-province figures found are CC BY-SA, not
    // shipped)
    RegistrationRate province =
        STATS.completeness(
            LAO.unit("LA03"),
            DateRange.ofYear(2015),
            Optional.empty(),
            PopulationTable.census2015());
    assertThat(province.noValueReason())
        .get()
        .asString()
        .contains("no population for LA03 in 2015 (both sexes, all ages)")
        .contains("no crude birth rate for LA03 in 2015 (both sexes)");
    PopulationTable withLa03 =
        PopulationTable.census2015().toBuilder()
            .population(
                "LA03",
                2015,
                Optional.empty(),
                AgeGroup.ALL,
                175_753,
                io.github.connectlao.Source.synthetic("test figure"))
            .build()
            .inheritingBirthRateFrom("LA");
    RegistrationRate inherited =
        STATS.completeness(LAO.unit("LA03"), DateRange.ofYear(2015), Optional.empty(), withLa03);
    assertThat(inherited.numerator()).isEqualTo(3);
    assertThat(inherited.denominator().orElseThrow())
        .isCloseTo(24.317 * 175_753 / 1000, within(1e-6));
    RegistrationRate females =
        STATS.completeness(
            LAO.nation(),
            DateRange.ofYear(2015),
            Optional.of(Sex.FEMALE),
            PopulationTable.census2015());
    assertThat(females.noValueReason()).contains("no crude birth rate for LA in 2015 (female)");
  }

  @Test
  void completenessIsProratedByDaysAcrossTwoYears() {
    PopulationTable t =
        PopulationTable.builder()
            .population("LA03", 2015, Optional.empty(), AgeGroup.ALL, 100_000, TEST)
            .population("LA03", 2016, Optional.empty(), AgeGroup.ALL, 120_000, TEST)
            .crudeBirthRate("LA03", 2015, Optional.empty(), 30, TEST)
            .crudeBirthRate("LA03", 2016, Optional.empty(), 25, TEST)
            .build();
    RegistrationRate c =
        STATS.completeness(
            LAO.unit("LA03"), DateRange.parse("2015-12-01/2016-01-31"), Optional.empty(), t);
    // 2015: 30 x 100000/1000 x 31/365 ; 2016 (leap): 25 x 120000/1000 x 31/366
    double expected = 3000.0 * 31 / 365 + 3000.0 * 31 / 366;
    assertThat(c.denominator().orElseThrow()).isCloseTo(expected, within(1e-9));
    assertThat(c.numerator()).isEqualTo(0); // #5 born 2015-12-31 is not registered
    assertThat(c.value()).contains(0.0);
    assertThat(c.terms()).hasSize(2);
    assertThat(c.terms().get(1)).contains("31/366");
  }

  @Test
  void coverageOfLivingChildrenUnderAnAgeOnAReferenceDate() {
    List<BirthRegistration> list = new ArrayList<>();
    LocalDate ref = LocalDate.of(2024, 6, 30);
    list.add(
        BirthRegistration.builder("a", Sex.FEMALE, LocalDate.of(2020, 1, 1), "LA0301")
            .registered(LocalDate.of(2020, 1, 5), null)
            .build()); // counted (4 years)
    list.add(
        BirthRegistration.builder("b", Sex.FEMALE, LocalDate.of(2019, 6, 30), "LA0301")
            .registered(LocalDate.of(2019, 7, 5), null)
            .build()); // 5 today: not under 5
    list.add(
        BirthRegistration.builder("c", Sex.MALE, LocalDate.of(2022, 1, 1), "LA0301")
            .registered(LocalDate.of(2022, 1, 5), null)
            .dateOfDeath(LocalDate.of(2023, 1, 1))
            .build()); // dead
    list.add(
        BirthRegistration.builder("d", Sex.MALE, LocalDate.of(2024, 1, 1), "LA0301")
            .registered(LocalDate.of(2024, 7, 1), null)
            .build()); // registered after ref
    list.add(
        BirthRegistration.builder("e", Sex.MALE, LocalDate.of(2023, 1, 1), "LA0301")
            .build()); // not registered
    list.add(
        BirthRegistration.builder("f", Sex.MALE, LocalDate.of(2006, 6, 30), "LA0301")
            .registered(LocalDate.of(2006, 7, 1), null)
            .build()); // 18 today: not under 18
    list.add(
        BirthRegistration.builder("g", Sex.MALE, LocalDate.of(2006, 7, 1), "LA0301")
            .registered(LocalDate.of(2006, 7, 1), null)
            .build()); // 17: under 18
    BirthStatistics s = BirthStatistics.of(LAO, list, RegistrationPolicy.laoPdr());
    PopulationTable t =
        PopulationTable.builder()
            .population("LA0301", 2024, Optional.empty(), AgeGroup.under(5), 40, TEST)
            .population("LA0301", 2024, Optional.empty(), AgeGroup.under(18), 0, TEST)
            .population("LA03", 2024, Optional.of(Sex.FEMALE), AgeGroup.under(18), 10, TEST)
            .build();
    RegistrationRate u5 = s.coverage(LAO.unit("LA0301"), ref, 5, Optional.empty(), t);
    assertThat(u5.numerator()).isEqualTo(1);
    assertThat(u5.value()).contains(1 / 40.0);
    assertThat(u5.indicator()).isEqualTo("coverage under 5");
    RegistrationRate u18 = s.coverage(LAO.unit("LA0301"), ref, 18, Optional.empty(), t);
    assertThat(u18.numerator()).isEqualTo(3); // a, b, g
    assertThat(u18.noValueReason()).contains("population is zero");
    RegistrationRate f18 = s.coverage(LAO.unit("LA03"), ref, 18, Optional.of(Sex.FEMALE), t);
    assertThat(f18.numerator()).isEqualTo(2);
    assertThat(f18.value()).contains(0.2);
    RegistrationRate missing = s.coverage(LAO.nation(), ref, 5, Optional.empty(), t);
    assertThat(missing.noValueReason())
        .contains("no population for LA in 2024 (both sexes, ages 0-4)");
  }

  @Test
  void referenceFiguresCarryTheirSources() {
    assertThat(CrvsReferenceFigures.TARGET_2024.percent()).isEqualTo(70);
    assertThat(CrvsReferenceFigures.TARGET_2024.isTarget()).isTrue();
    assertThat(CrvsReferenceFigures.COMPLETENESS_2017.percent()).isEqualTo(34);
    assertThat(CrvsReferenceFigures.POPULATION_REGISTERED_2018.year()).isEqualTo(2018);
    assertThat(CrvsReferenceFigures.all())
        .allSatisfy(
            f ->
                assertThat(f.source().confidence())
                    .isEqualTo(io.github.connectlao.Confidence.SECONDARY));
  }
}
