package io.github.connectlao.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.admin.IdentifierScheme;
import io.github.connectlao.crvs.AgeGroup;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.testing.NoPersonalData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the sections share: the gazetteer (official units; the community villages apart), the
 * population table supplemented by {@code --population}, and the input files read and validated
 * before anything is written, with their documented errors and warnings.
 */
class ReportContextTest {
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final Progress progress =
      new Progress(new PrintStream(errBytes, true, StandardCharsets.UTF_8));

  private ReportContext context(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("--synthetic", "0", "--no-charts", "--lang", "en"));
    all.addAll(List.of(args));
    return new ReportContext(ReportOptions.parse(all.toArray(String[]::new)), progress);
  }

  @AfterEach
  void closeProgress() {
    progress.close();
  }

  /** The warning and error lines (progress lines depend on the machine's speed). */
  private List<String> problems() {
    return errBytes
        .toString(StandardCharsets.UTF_8)
        .lines()
        .filter(l -> l.startsWith("warning: ") || l.startsWith("error: "))
        .toList();
  }

  private static long population(PopulationTable t, AdminUnit unit, int year) {
    return t.population(unit, year, Optional.empty(), AgeGroup.ALL).orElseThrow().count();
  }

  private static double birthRate(PopulationTable t, AdminUnit unit, int year) {
    return t.crudeBirthRate(unit, year, Optional.empty()).orElseThrow().perThousand();
  }

  @Test
  void theOfficialGazetteerAndTheCommunityVillagesApart() throws Exception {
    ReportContext ctx = context("--lang", "lo");
    assertThat(ctx.lang()).isEqualTo(Lang.LO);
    assertThat(ctx.options().lang()).isEqualTo(Lang.LO);
    assertThat(ctx.options().syntheticBirths()).isZero();
    Gazetteer lao = ctx.gazetteer();
    assertThat(lao.units(AdminLevel.PROVINCE)).hasSize(18);
    assertThat(lao.units(AdminLevel.DISTRICT)).hasSize(148);
    assertThat(lao.units(AdminLevel.VILLAGE)).isEmpty(); // the official gazetteer has no villages
    ImportResult<Gazetteer> villages = ctx.withVillages();
    assertThat(villages.accepted().units(AdminLevel.VILLAGE)).isNotEmpty();
    assertThat(villages.accepted().units(AdminLevel.DISTRICT)).hasSize(148);
    assertThat(ctx.registrationFile()).isEmpty();
    assertThat(ctx.dhis2()).isEmpty();
    assertThat(ctx.progress()).isNotNull();
  }

  @Test
  void withoutAPopulationFileTheTableIsTheEmbeddedOne() throws Exception {
    ReportContext ctx = context();
    PopulationTable embedded = PopulationTable.laoPdr();
    assertThat(ctx.population().populations())
        .containsExactlyInAnyOrderElementsOf(embedded.populations());
    assertThat(ctx.population().birthRates())
        .containsExactlyInAnyOrderElementsOf(embedded.birthRates());
    AdminUnit nation = ctx.gazetteer().nation();
    // LSB projection 2020, World Bank crude birth rate 2020
    assertThat(population(ctx.population(), nation, 2020)).isEqualTo(7_231_206);
    assertThat(birthRate(ctx.population(), nation, 2020)).isEqualTo(22.449);
  }

  @Test
  void aPopulationFileReplacesTheSameRowsAndKeepsEveryOtherEmbeddedRow(@TempDir Path tmp)
      throws Exception {
    Path pop =
        Files.writeString(
            tmp.resolve("population.csv"),
            """
            unit_code,year,sex,age_group,population,crude_birth_rate,source,confidence
            LA,2020,both,all,7000000,30,my estimate,unverified
            LA05,2023,both,all,210000,,my estimate,unverified
            """);
    ReportContext ctx = context("--population", pop.toString());
    PopulationTable t = ctx.population();
    Gazetteer lao = ctx.gazetteer();
    AdminUnit nation = lao.nation();
    assertThat(population(t, nation, 2020)).isEqualTo(7_000_000); // replaced
    assertThat(birthRate(t, nation, 2020)).isEqualTo(30.0); // replaced
    assertThat(population(t, nation, 2021)).isEqualTo(7_337_714); // kept
    assertThat(population(t, nation, 2015)).isEqualTo(6_492_228); // census, kept
    assertThat(birthRate(t, nation, 2019)).isEqualTo(22.786); // kept
    assertThat(population(t, lao.unit("LA03"), 2020)).isEqualTo(199_090); // kept
    assertThat(population(t, lao.unit("LA05"), 2023)).isEqualTo(210_000); // added
    // one row per unit, year, sex and age group: the replaced row is gone, not doubled
    assertThat(
            t.populations().stream()
                .filter(
                    p ->
                        p.unitCode().equals("LA")
                            && p.year() == 2020
                            && p.sex().isEmpty()
                            && p.ageGroup().equals(AgeGroup.ALL)))
        .hasSize(1);
    assertThat(problems()).isEmpty();
  }

  @Test
  void populationRowsOfUnknownUnitsAreRefusedWithTheirLineAndTheOthersKept(@TempDir Path tmp)
      throws Exception {
    Path pop =
        Files.writeString(
            tmp.resolve("population.csv"),
            """
            unit_code,year,sex,age_group,population,crude_birth_rate,source,confidence
            LA,2016,both,all,6700000,24,my estimate,unverified
            LA99,2016,both,all,5,,my estimate,unverified
            """);
    ReportContext ctx = context("--population", pop.toString());
    assertThat(population(ctx.population(), ctx.gazetteer().nation(), 2016)).isEqualTo(6_700_000);
    assertThat(problems())
        .singleElement()
        .asString()
        .startsWith("warning: --population: 1 row(s) refused, first: line 3")
        .contains("LA99");
  }

  @Test
  void aPopulationFileWithNoUsableRowIsAnInputErrorNamingTheOptionAndTheFirstProblem(
      @TempDir Path tmp) throws Exception {
    Path pop =
        Files.writeString(
            tmp.resolve("pop.csv"), "unit_code,year,population,source\nLA99,2020,5,x\n");
    assertThatThrownBy(() -> context("--population", pop.toString()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("--population: no usable row in '" + pop + "' (first problem: ")
        .hasMessageContaining("line 2");
  }

  @Test
  void aPopulationFileWithoutItsColumnsIsAnInputErrorNamingTheOption(@TempDir Path tmp)
      throws Exception {
    Path notes = Files.writeString(tmp.resolve("notes.txt"), "just some notes\nnot a table\n");
    assertThatThrownBy(() -> context("--population", notes.toString()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("--population: ");
  }

  @Test
  void registrationsFromAFileKeepTheGoodRowsAndWarnOnceWithoutTheChildsIdentifier(@TempDir Path tmp)
      throws Exception {
    Path regs =
        Files.writeString(
            tmp.resolve("registrations.csv"),
            """
            id,sex,date_of_birth,place_of_birth,registration_date
            CHILD-1001,F,2015-03-02,LA0301,2015-03-20
            CHILD-1002,M,2015-05-02,LA0302,
            CHILD-1003,M,2015-05-02,LA99,
            """);
    ReportContext ctx = context("--registrations", regs.toString());
    ImportResult<List<BirthRegistration>> r = ctx.registrationFile().orElseThrow();
    assertThat(r.accepted()).hasSize(2);
    assertThat(r.accepted().get(0).placeOfBirthCode()).isEqualTo("LA0301");
    assertThat(r.errors()).singleElement().asString().startsWith("line 4");
    assertThat(problems())
        .singleElement()
        .asString()
        .startsWith("warning: --registrations: 1 row(s) refused, first: line 4")
        .contains("place_of_birth")
        .doesNotContain("CHILD-100");
  }

  @Test
  void aDuplicateIdentifierIsRefusedWithoutShowingItOrTheChildsName(@TempDir Path tmp)
      throws Exception {
    Path regs =
        Files.writeString(
            tmp.resolve("registrations.csv"),
            """
            id,sex,date_of_birth,place_of_birth,registration_date,child_name
            CHILD-77,F,2015-03-02,LA0301,2015-03-20,Noy Vongsa
            CHILD-77,M,2015-05-02,LA0302,,Kham Keo
            """);
    ReportContext ctx = context("--registrations", regs.toString());
    assertThat(ctx.registrationFile().orElseThrow().accepted()).hasSize(1);
    assertThat(problems())
        .singleElement()
        .asString()
        .startsWith("warning: --registrations: 1 row(s) refused, first: line 3, column id")
        .doesNotContain("CHILD-77", "Noy", "Kham");
  }

  @Test
  void aRegistrationsFileWithNoUsableRowIsAnInputError(@TempDir Path tmp) throws Exception {
    Path regs =
        Files.writeString(
            tmp.resolve("registrations.csv"),
            """
            id,sex,date_of_birth,place_of_birth,registration_date
            CHILD-2001,M,2015-05-02,LA99,
            """);
    assertThatThrownBy(() -> context("--registrations", regs.toString()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(
            "--registrations: no usable row in '" + regs + "' (first problem: line 2")
        .satisfies(e -> NoPersonalData.assertAbsent(e, "CHILD-2001"));
    Path notes = Files.writeString(tmp.resolve("notes.txt"), "just some notes\nnot a table\n");
    assertThatThrownBy(() -> context("--registrations", notes.toString()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("--registrations: ")
        .hasMessageContaining("missing required column");
  }

  @Test
  void theDhis2MappingAndOrgUnitsAreReadBeforeAnythingIsWritten(@TempDir Path tmp)
      throws Exception {
    Path mapping =
        Files.writeString(
            tmp.resolve("mapping.csv"),
            """
            statistic,sex,timeliness,data_element,category_option_combo,attribute_option_combo,adx_disaggregation
            births_registered,,current,SynBR,SynCurrent,,
            births_not_registered,,,SynBNR,SynAll,,
            """);
    Path units =
        Files.writeString(
            tmp.resolve("org-units.csv"),
            """
            unit,parent,scheme,external_id
            LA,,DHIS2_UID,SynNation01
            LA05,,DHIS2_UID,SynProv0005
            LA77,,DHIS2_UID,SynProv0077
            """);
    ReportContext ctx =
        context("--dhis2-mapping", mapping.toString(), "--dhis2-org-units", units.toString());
    ReportContext.Dhis2Export d = ctx.dhis2().orElseThrow();
    assertThat(d.mapping().entries()).hasSize(2);
    assertThat(d.orgUnits().externalId("LA05", IdentifierScheme.DHIS2_UID)).contains("SynProv0005");
    assertThat(d.orgUnits().size()).isEqualTo(2);
    assertThat(problems())
        .singleElement()
        .asString()
        .startsWith("warning: --dhis2-org-units: 1 row(s) refused, first: line 4");

    Path empty =
        Files.writeString(
            tmp.resolve("empty-mapping.csv"),
            "statistic,sex,timeliness,data_element,category_option_combo\n");
    assertThatThrownBy(
            () ->
                context("--dhis2-mapping", empty.toString(), "--dhis2-org-units", units.toString()))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("--dhis2-mapping: no usable row in '" + empty + "'");
  }

  @Test
  void theBirthFiguresAreComputedOnceAndShared() throws Exception {
    ReportContext ctx = context();
    BirthFigures first = ctx.birthFigures();
    assertThat(ctx.birthFigures()).isSameAs(first);
  }
}
