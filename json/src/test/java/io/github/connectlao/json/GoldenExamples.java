package io.github.connectlao.json;

import io.github.connectlao.Confidence;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.admin.IdentifierScheme;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.RegistrationPolicy;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.crvs.Timeliness;
import io.github.connectlao.csv.RowError;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One fixed example of every type with a JSON form; each is pinned by {@code golden/<name>.json}.
 * Every example is synthetic test data except where a {@link Source} says otherwise.
 */
final class GoldenExamples {
  private GoldenExamples() {}

  static final Source SOURCE =
      Source.of(
          "seed 001 (MoHA news, 8 Sep 2022)",
          Confidence.UNVERIFIED,
          "date of the meeting not confirmed");

  static final AdminUnit PROVINCE =
      AdminUnit.builder("LA05", AdminLevel.PROVINCE)
          .parent("LA")
          .nameLao("ບໍ່ແກ້ວ")
          .nameEnglish("Bokeo")
          .alternativeNames("Bo Keo")
          .identifier(IdentifierScheme.ISO_3166, "LA-BK")
          .identifier(IdentifierScheme.LSB, "05")
          .source(Source.of("OCHA/HDX lao_adm (test copy)", Confidence.SECONDARY))
          .build();

  static final AdminUnit VILLAGE =
      AdminUnit.builder("TESTV1", AdminLevel.VILLAGE)
          .parent("LA0501")
          .nameLao("ບ້ານທົດລອງ")
          .validFrom(PartialDate.ofYear(2013))
          .validTo(PartialDate.ofMonth(2022, 1))
          .source(Source.synthetic("test village, not real data"))
          .build();

  static final BirthRegistration REGISTRATION =
      BirthRegistration.builder("SYN-0001", Sex.FEMALE, LocalDate.of(2022, 3, 1), "LA0501")
          .inHealthFacility(true)
          .birthNoticeDate(LocalDate.of(2022, 3, 5))
          .registered(LocalDate.of(2022, 3, 20), "LA0501")
          .certificateIssued(true)
          .childName("Synthetic Name")
          .build();

  static final BirthRegistration UNREGISTERED =
      BirthRegistration.builder("SYN-0002", Sex.UNKNOWN, LocalDate.of(2023, 12, 31), "LA05")
          .dateOfDeath(LocalDate.of(2024, 1, 2))
          .build();

  static Gazetteer gazetteer() {
    AdminUnit nation =
        AdminUnit.builder("LA", AdminLevel.NATIONAL)
            .nameEnglish("Lao PDR")
            .nameLao("ສປປ ລາວ")
            .source(Source.synthetic("test gazetteer"))
            .build();
    AdminUnit district =
        AdminUnit.builder("LA0501", AdminLevel.DISTRICT)
            .parent("LA05")
            .nameEnglish("Houayxay")
            .source(Source.synthetic("test gazetteer"))
            .build();
    return Gazetteer.of("test gazetteer (synthetic)", List.of(nation, PROVINCE, district, VILLAGE));
  }

  /**
   * The first instance of every {@code state} and {@code cooperation} record and enum found in the
   * bundled (sourced) data, by walking record components; file names {@code state-<type>}.
   */
  static Map<String, Object> stateAndCooperationExamples() {
    Map<Class<?>, Object> found = new LinkedHashMap<>();
    List<Object> roots = new java.util.ArrayList<>();
    var catalogue = io.github.connectlao.cooperation.LaoCooperation.laoPdr();
    roots.add(catalogue);
    roots.add(io.github.connectlao.cooperation.LaoCooperation.timeline());
    roots.add(io.github.connectlao.state.StateBodies.ministries());
    roots.add(io.github.connectlao.state.StateBodies.namedDepartments());
    roots.add(io.github.connectlao.state.StateBodies.jobPositions2019());
    var connect = catalogue.programme(io.github.connectlao.cooperation.LaoCooperation.CONNECT);
    roots.add(
        io.github.connectlao.cooperation.LaoCooperation.coverage(
            connect.id(), connect.phases().get(0).name()));
    roots.add(
        io.github.connectlao.cooperation.LaoCooperation.programmesCovering(
            Gazetteer.laoPdr().unit("LA03"), LocalDate.of(2022, 9, 8)));
    roots.add(
        new io.github.connectlao.state.JobPositionDetermination(
            io.github.connectlao.state.StateBodies.MOH_PLANNING,
            io.github.connectlao.state.JobPositionDetermination.Stage.SUBMITTED,
            java.util.Optional.of(PartialDate.ofYear(2018)),
            java.util.Optional.of(PartialDate.ofMonth(2019, 3)),
            java.util.Optional.empty(),
            Source.synthetic("test record, not real data")));
    java.util.Set<Object> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Object root : roots) {
      walk(root, found, seen);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (Map.Entry<Class<?>, Object> e : found.entrySet()) {
      String name =
          e.getKey()
              .getName()
              .substring(e.getKey().getPackageName().length() + 1)
              .replace('$', '-');
      m.put(
          "state-" + name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT),
          e.getValue());
    }
    return m;
  }

  private static void walk(Object o, Map<Class<?>, Object> found, java.util.Set<Object> seen) {
    if (o == null || !seen.add(o)) {
      return;
    }
    if (o instanceof java.util.Optional<?> opt) {
      opt.ifPresent(x -> walk(x, found, seen));
      return;
    }
    if (o instanceof java.util.Collection<?> c) {
      c.forEach(x -> walk(x, found, seen));
      return;
    }
    Class<?> c = o.getClass();
    String pkg = c.getPackageName();
    if (!pkg.endsWith(".state") && !pkg.endsWith(".cooperation")) {
      return;
    }
    if (c.isEnum()) {
      for (Object constant : c.getEnumConstants()) {
        found.putIfAbsent(c, constant);
      }
      return;
    }
    found.putIfAbsent(c, o);
    if (!c.isRecord()) {
      return;
    }
    for (var rc : c.getRecordComponents()) {
      try {
        walk(rc.getAccessor().invoke(o), found, seen);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** @return golden file name (without .json) to example value */
  static Map<String, Object> all() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("partial-date", PartialDate.ofMonth(2022, 1));
    m.put(
        "date-range",
        io.github.connectlao.DateRange.ofMonths(
            java.time.YearMonth.of(2021, 3), java.time.YearMonth.of(2021, 9)));
    m.put("date-range-open", io.github.connectlao.DateRange.from(LocalDate.of(2012, 1, 1)));
    m.put(
        "date-range-days",
        io.github.connectlao.DateRange.of(LocalDate.of(2020, 11, 17), LocalDate.of(2020, 11, 18)));
    m.put("bilingual-name", io.github.connectlao.BilingualName.of("ເມືອງ", "district"));
    m.put("confidence", Confidence.DERIVED);
    m.put("admin-level", AdminLevel.DISTRICT);
    m.put("identifier-scheme", IdentifierScheme.LSB);
    m.put("sex", Sex.FEMALE);
    m.put("timeliness", Timeliness.LATE);
    m.put("source", SOURCE);
    m.put("admin-unit", PROVINCE);
    m.put("admin-unit-village", VILLAGE);
    m.put("gazetteer", gazetteer());
    m.put("registration-policy", RegistrationPolicy.laoPdr());
    m.put(
        "registration-policy-no-delayed",
        new RegistrationPolicy(60, java.util.Optional.empty(), Source.synthetic("test policy")));
    m.put("birth-registration", REGISTRATION);
    m.put("birth-registration-unregistered", UNREGISTERED);
    Source syn = Source.synthetic("test figures, not real data");
    m.put("age-group", io.github.connectlao.crvs.AgeGroup.of(0, 5));
    m.put("age-group-open", io.github.connectlao.crvs.AgeGroup.parse("15+"));
    m.put("birth-setting", io.github.connectlao.crvs.BirthSetting.HEALTH_FACILITY);
    m.put("timeliness-counts", io.github.connectlao.crvs.TimelinessCounts.of(120, 30, 5, 45));
    var population =
        new io.github.connectlao.crvs.PopulationTable.Population(
            "LA05",
            2015,
            java.util.Optional.of(Sex.FEMALE),
            io.github.connectlao.crvs.AgeGroup.under(5),
            10_000,
            syn);
    var rate =
        new io.github.connectlao.crvs.PopulationTable.BirthRate(
            "LA", 2015, java.util.Optional.empty(), 24.5, syn);
    m.put("population", population);
    m.put("birth-rate", rate);
    m.put(
        "population-table",
        io.github.connectlao.crvs.PopulationTable.builder()
            .add(population)
            .add(rate)
            .build()
            .inheritingBirthRateFrom("LA"));
    m.put(
        "registration-rate",
        new io.github.connectlao.crvs.RegistrationRate(
            "completeness",
            "LA05",
            "2015-01-01/2015-12-31",
            java.util.Optional.empty(),
            1760,
            java.util.Optional.of(4273.75),
            java.util.Optional.empty(),
            List.of("2015: 24.5 x 174,439 / 1000 x 365/365"),
            List.of(syn)));
    m.put(
        "registration-rate-no-value",
        new io.github.connectlao.crvs.RegistrationRate(
            "coverage under 5",
            "LA05",
            "2016-12-31",
            java.util.Optional.of(Sex.MALE),
            12,
            java.util.Optional.empty(),
            java.util.Optional.of("no population for LA05 in 2016"),
            List.of(),
            List.of()));
    m.put("crvs-reference-figure", io.github.connectlao.crvs.CrvsReferenceFigures.TARGET_2024);
    m.put(
        "birth-filter",
        new io.github.connectlao.crvs.BirthFilter(
            java.util.Optional.of(Sex.FEMALE),
            java.util.Optional.of(io.github.connectlao.DateRange.ofYear(2022)),
            java.util.Optional.empty(),
            java.util.Optional.of(io.github.connectlao.crvs.BirthSetting.HEALTH_FACILITY)));
    m.put(
        "suppressed-table",
        io.github.connectlao.crvs.SuppressedTable.of(
            List.of("LA05", "LA03"),
            List.of("current", "late", "delayed"),
            new long[][] {{12, 3, 40}, {25, 9, 7}},
            5));
    m.put(
        "birth-registration-report",
        io.github.connectlao.crvs.BirthRegistrationReport.of(
            Gazetteer.laoPdr(),
            List.of(REGISTRATION, UNREGISTERED),
            RegistrationPolicy.laoPdr(),
            io.github.connectlao.crvs.PopulationTable.census2015(),
            io.github.connectlao.DateRange.ofYear(2022),
            LocalDate.of(2024, 6, 30),
            Source.synthetic("two synthetic test registrations")));
    m.put(
        "registration-counts",
        io.github.connectlao.crvs.BirthRegistry.of(
                Gazetteer.laoPdr(), java.util.stream.Stream.of(REGISTRATION, UNREGISTERED))
            .aggregate(
                io.github.connectlao.crvs.RegistryQuery.of(RegistrationPolicy.laoPdr())
                    .downTo(AdminLevel.PROVINCE))
            .rolledUp());
    m.put(
        "data-values",
        io.github.connectlao.indicator.DataValues.of(
            Map.of("births_registered", 12, "births_estimated", new java.math.BigDecimal("40.5"))));
    m.put("indicator-catalogue", io.github.connectlao.indicator.IndicatorCatalogue.laoPdr());
    m.put("fraction", io.github.connectlao.targets.Fraction.of(2, 3));
    m.put("reporting-period", io.github.connectlao.indicator.ReportingPeriod.parse("2022-H1"));
    m.put(
        "reporting-period-range",
        io.github.connectlao.indicator.ReportingPeriod.parse("2024-01-01/2024-03-31"));
    m.put("term", new io.github.connectlao.indicator.Term.DataItem("births_registered"));
    m.put(
        "term-indicator",
        new io.github.connectlao.indicator.Term.IndicatorRef("CRVS_COMPLETENESS"));
    m.put("period-type", io.github.connectlao.indicator.PeriodType.HALF_YEAR);
    m.put("direction", io.github.connectlao.targets.Direction.HIGHER_IS_BETTER);
    m.put("progress-status", io.github.connectlao.targets.ProgressStatus.ON_TRACK);
    m.put("total-basis", io.github.connectlao.targets.TotalBasis.GAZETTEER);
    m.put("sam-sang-status", io.github.connectlao.targets.SamSangStatus.DEVELOPMENT_VILLAGE);
    m.put(
        "observation",
        io.github.connectlao.targets.Observation.of(
            2021, io.github.connectlao.targets.Fraction.of(1, 3)));
    m.put(
        "measure-indicator",
        new io.github.connectlao.targets.Measure.IndicatorMeasure("CRVS_COMPLETENESS"));
    m.put(
        "measure-unit-share",
        new io.github.connectlao.targets.Measure.UnitShareMeasure(
            AdminLevel.DISTRICT, "comprehensively strong district"));
    m.put("target", io.github.connectlao.targets.SamSang.nationalTarget(AdminLevel.DISTRICT));
    var catalogue = io.github.connectlao.indicator.IndicatorCatalogue.laoPdr();
    var definition = catalogue.all().get(0);
    m.put("indicator-definition", definition);
    m.put(
        "indicator-value",
        new io.github.connectlao.indicator.IndicatorValue(
            "SYN_RATE",
            "LA05",
            io.github.connectlao.indicator.ReportingPeriod.parse("2022-H1"),
            java.util.Optional.of(new java.math.BigDecimal("12")),
            java.util.Optional.of(new java.math.BigDecimal("40")),
            java.util.Optional.of(io.github.connectlao.targets.Fraction.of(3, 10)),
            java.util.Optional.of(new java.math.BigDecimal("30.0")),
            java.util.Optional.empty()));
    m.put(
        "indicator-value-no-value",
        new io.github.connectlao.indicator.IndicatorValue(
            "SYN_RATE",
            "LA05",
            io.github.connectlao.indicator.ReportingPeriod.parse("2022"),
            java.util.Optional.of(new java.math.BigDecimal("12")),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.Optional.of("denominator missing")));
    m.put(
        "sam-sang-assessment",
        io.github.connectlao.targets.SamSangAssessment.of(
            "LA0501", 2024, io.github.connectlao.targets.SamSangAssessment.Result.MET, syn));
    m.put("sam-sang-count", io.github.connectlao.targets.SamSang.luangNamtha2018());
    m.put("status-thresholds", io.github.connectlao.targets.StatusThresholds.openSdg());
    var districtTarget = io.github.connectlao.targets.SamSang.nationalTarget(AdminLevel.DISTRICT);
    m.put(
        "progress",
        districtTarget.progress(
            io.github.connectlao.targets.Observation.of(
                2023, io.github.connectlao.targets.Fraction.of(1, 5))));
    m.put(
        "count-progress",
        io.github.connectlao.targets.CountProgress.of(
            districtTarget,
            148,
            io.github.connectlao.targets.TotalBasis.GAZETTEER,
            2023,
            30,
            java.util.Optional.empty(),
            io.github.connectlao.targets.StatusThresholds.openSdg()));
    var samSangReport =
        io.github.connectlao.targets.SamSang.rollup(Gazetteer.laoPdr(), 2023)
            .assessments(
                List.of(
                    io.github.connectlao.targets.SamSangAssessment.of(
                        "LA0501",
                        2023,
                        io.github.connectlao.targets.SamSangAssessment.Result.MET,
                        syn)))
            .counts(List.of(io.github.connectlao.targets.SamSang.luangNamtha2018()))
            .build();
    m.put("sam-sang-report", samSangReport);
    m.put("sam-sang-row", samSangReport.rows().get(0));
    m.putAll(stateAndCooperationExamples());
    m.put(
        "import-result",
        io.github.connectlao.csv.ImportResult.ofRows(
            List.of(UNREGISTERED), List.of(new RowError(3, "sex", "Q", "is not a sex value"))));
    m.put(
        "row-error",
        new RowError(7, "place_of_birth", "LA9999", "unknown administrative unit code"));
    return m;
  }
}
