package io.github.connectlao.interop.opencrvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.admin.IdentifierScheme;
import io.github.connectlao.crvs.AgeGroup;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.csv.CsvImportException;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.interop.ExternalIds;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The statistics file of an OpenCRVS country configuration: wide rows of population by sex and
 * crude birth rate per year, read into a {@link PopulationTable} with every bad cell, row or column
 * reported, and written back. The shipped fixture is read in {@link OpenCrvsTest}; the year columns
 * before 1900 in {@link StatisticsYearColumnTest}.
 */
class StatisticsTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final Source SYNTHETIC = Source.synthetic("OpenCRVS statistics unit test");
  private static final String HEADER =
      "adminPcode,name,male_population_2022,female_population_2022,population_2022,"
          + "crude_birth_rate_2022\n";

  private static ImportResult<PopulationTable> read(String csv, ExternalIds ids) {
    return Statistics.readCsv(new StringReader(csv), "statistics.csv", LAO, ids, SYNTHETIC);
  }

  private static ImportResult<PopulationTable> read(String csv) {
    return read(csv, ExternalIds.empty());
  }

  private static Optional<Long> population(PopulationTable t, String unit, Optional<Sex> sex) {
    return t.population(LAO.unit(unit), 2022, sex, AgeGroup.ALL)
        .map(PopulationTable.Population::count);
  }

  @Test
  void aRowGivesThePopulationBySexAndInTotal_andTheCrudeBirthRate_eachWithTheCallersSource() {
    ImportResult<PopulationTable> r = read(HEADER + "LA05,Bokeo,100100,99900,200000,22.5\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.acceptedRows()).isEqualTo(1);
    PopulationTable t = r.accepted();
    assertThat(population(t, "LA05", Optional.of(Sex.MALE))).contains(100_100L);
    assertThat(population(t, "LA05", Optional.of(Sex.FEMALE))).contains(99_900L);
    assertThat(population(t, "LA05", Optional.empty())).contains(200_000L);
    PopulationTable.BirthRate cbr =
        t.crudeBirthRate(LAO.unit("LA05"), 2022, Optional.empty()).orElseThrow();
    assertThat(cbr.perThousand()).isEqualTo(22.5);
    assertThat(cbr.source()).isEqualTo(SYNTHETIC);
    assertThat(t.populations()).allSatisfy(p -> assertThat(p.source()).isEqualTo(SYNTHETIC));
    assertThat(t.populations()).allSatisfy(p -> assertThat(p.unitCode()).isEqualTo("LA05"));
  }

  @Test
  void anAreaIsFoundByItsOpenCrvsIdInTheMapping_elseByAGazetteerCode() {
    ExternalIds ids = ExternalIds.empty().with("LA17", IdentifierScheme.OPENCRVS_ID, "OcAttapeu");
    ImportResult<PopulationTable> r =
        read(
            HEADER
                + "OcAttapeu,Attapeu,,,164000,24.1\nLA-BK,Bokeo,,,200000,\nLA0501,Houayxay,,,50000,\n",
            ids);
    assertThat(r.errors()).isEmpty();
    assertThat(population(r.accepted(), "LA17", Optional.empty())).contains(164_000L);
    assertThat(population(r.accepted(), "LA05", Optional.empty())).contains(200_000L);
    assertThat(population(r.accepted(), "LA0501", Optional.empty())).contains(50_000L);
  }

  @Test
  void aBlankCellIsAnUnknownFigure_neverZero() {
    PopulationTable t = read(HEADER + "LA05,Bokeo,,,200000,\n").accepted();
    assertThat(population(t, "LA05", Optional.of(Sex.MALE))).isEmpty();
    assertThat(population(t, "LA05", Optional.of(Sex.FEMALE))).isEmpty();
    assertThat(t.crudeBirthRate(LAO.unit("LA05"), 2022, Optional.empty())).isEmpty();
    assertThat(t.populations()).hasSize(1);
    assertThat(t.birthRates()).isEmpty();
  }

  @Test
  void aBadCellIsReportedWithItsLineColumnAndValue_theRestOfTheRowIsKept() {
    ImportResult<PopulationTable> r =
        read(
            HEADER
                + "LA05,Bokeo,many,-3,200000.5,22.5\n"
                + "LA17,Attapeu,NaN,Infinity,164000,2000\n"
                + "LA03,Luangnamtha,1,2,3,4\n");
    assertThat(r.errors())
        .extracting(RowError::line, RowError::column, RowError::value, RowError::reason)
        .containsExactly(
            tuple(2L, "male_population_2022", "many", "is not a number"),
            tuple(2L, "female_population_2022", "-3", "must be a number, 0 or more"),
            tuple(2L, "population_2022", "200000.5", "must be a whole number of people"),
            tuple(3L, "male_population_2022", "NaN", "must be a number, 0 or more"),
            tuple(3L, "female_population_2022", "Infinity", "must be a number, 0 or more"),
            tuple(3L, "crude_birth_rate_2022", "2000", "must be between 0 and 1000"));
    PopulationTable t = r.accepted();
    assertThat(t.crudeBirthRate(LAO.unit("LA05"), 2022, Optional.empty()))
        .map(PopulationTable.BirthRate::perThousand)
        .contains(22.5);
    assertThat(population(t, "LA17", Optional.empty())).contains(164_000L);
    assertThat(population(t, "LA05", Optional.of(Sex.MALE))).isEmpty();
    // only the row without a refused cell counts as kept whole
    assertThat(r.acceptedRows()).isEqualTo(1);
  }

  @Test
  void anAreaThatIsNeitherMappedNorInTheGazetteer_orNoAreaAtAll_refusesTheRow() {
    ImportResult<PopulationTable> r =
        read(HEADER + "LA99,Nowhere,1,1,2,20\n,Blank,1,1,2,20\nLA05,Bokeo,1,1,2,20\n");
    assertThat(r.errors())
        .extracting(RowError::line, RowError::column, RowError::value, RowError::reason)
        .containsExactly(
            tuple(
                2L,
                "adminPcode",
                "LA99",
                "is not an area of the mapping or the gazetteer: row refused"),
            tuple(3L, "adminPcode", "", "is missing"));
    assertThat(r.accepted().populations()).extracting(p -> p.unitCode()).containsOnly("LA05");
    assertThat(r.acceptedRows()).isEqualTo(1);
  }

  @Test
  void aSecondRowForTheSameAreaIsReported_notSilentlyReplacingTheFirst() {
    ExternalIds ids = ExternalIds.empty().with("LA05", IdentifierScheme.OPENCRVS_ID, "OcBokeo");
    ImportResult<PopulationTable> r =
        read(HEADER + "LA05,Bokeo,,,200000,\nOcBokeo,Bokeo,,,300000,\n", ids);
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isEqualTo("adminPcode");
              assertThat(e.value()).isEqualTo("OcBokeo");
              assertThat(e.reason()).contains("line 2").contains("LA05");
            });
    assertThat(population(r.accepted(), "LA05", Optional.empty())).contains(200_000L);
    assertThat(r.acceptedRows()).isEqualTo(1);
  }

  @Test
  void aColumnThatIsNotOneOfTheFilesIsReportedOnLine1AndIgnored() {
    ImportResult<PopulationTable> r =
        read(
            "adminPcode,name,population_2022,notes,births_2022\n"
                + "LA05,Bokeo,200000,synthetic,4500\n");
    assertThat(r.errors())
        .extracting(RowError::line, RowError::column)
        .containsExactly(tuple(1L, "notes"), tuple(1L, "births_2022"));
    assertThat(r.errors().get(0).reason())
        .contains("is not a column of the OpenCRVS statistics file");
    assertThat(population(r.accepted(), "LA05", Optional.empty())).contains(200_000L);
    assertThat(r.accepted().populations()).hasSize(1);
  }

  @Test
  void aFileWithoutAdminPcodeIsRefusedAsAWhole() {
    assertThatThrownBy(() -> read("name,population_2022\nBokeo,200000\n"))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("statistics.csv: line 1: no adminPcode column");
  }

  @Test
  void writingGivesOneRowPerUnitWithAFigure_yearsInOrder_blankForEveryUnknownFigure() {
    PopulationTable t =
        PopulationTable.builder()
            .population("LA17", 2022, Optional.empty(), AgeGroup.ALL, 164_000, SYNTHETIC)
            .crudeBirthRate("LA17", 2022, Optional.empty(), 24.1, SYNTHETIC)
            .population("LA05", 2021, Optional.of(Sex.MALE), AgeGroup.ALL, 97_600, SYNTHETIC)
            .crudeBirthRate("LA05", 2021, Optional.empty(), 23, SYNTHETIC)
            // an age group other than all ages, and a rate by sex, are not in the file
            .population("LA03", 2022, Optional.empty(), AgeGroup.under(18), 1, SYNTHETIC)
            .crudeBirthRate("LA03", 2022, Optional.of(Sex.FEMALE), 20, SYNTHETIC)
            .build();
    ExternalIds ids = ExternalIds.empty().with("LA17", IdentifierScheme.OPENCRVS_ID, "OcAttapeu");
    StringWriter out = new StringWriter();
    Statistics.writeCsv(t, LAO, ids, out);
    assertThat(out.toString().lines())
        .containsExactly(
            "adminPcode,name,male_population_2021,female_population_2021,population_2021,"
                + "crude_birth_rate_2021,male_population_2022,female_population_2022,"
                + "population_2022,crude_birth_rate_2022",
            "LA05,Bokeo,97600,,,23,,,,",
            "OcAttapeu,Attapeu,,,,,,,164000,24.1");
  }

  @Test
  void anInheritedBirthRateIsNotWrittenAsTheUnitsOwn() {
    PopulationTable t =
        PopulationTable.builder()
            .population("LA05", 2022, Optional.empty(), AgeGroup.ALL, 200_000, SYNTHETIC)
            .crudeBirthRate("LA", 2022, Optional.empty(), 22, SYNTHETIC)
            .build()
            .inheritingBirthRateFrom("LA");
    // the table answers with the nation's rate, labelled derived ...
    assertThat(t.crudeBirthRate(LAO.unit("LA05"), 2022, Optional.empty())).isPresent();
    StringWriter out = new StringWriter();
    Statistics.writeCsv(t, LAO, ExternalIds.empty(), out);
    // ... but the file holds what is known of each unit: Bokeo's own rate is not
    assertThat(out.toString().lines()).contains("LA,Lao PDR,,,,22", "LA05,Bokeo,,,200000,");
  }

  @Test
  void whatIsWrittenReadsBackToTheSameFigures() {
    List<AdminUnit> units = LAO.all();
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              PopulationTable t = randomTable(units, new Random(seed));
              ExternalIds ids =
                  ExternalIds.empty().with("LA17", IdentifierScheme.OPENCRVS_ID, "OcAttapeu");
              StringWriter out = new StringWriter();
              Statistics.writeCsv(t, LAO, ids, out);
              ImportResult<PopulationTable> back = read(out.toString(), ids);
              assertThat(back.errors()).isEmpty();
              assertThat(back.accepted().populations())
                  .containsExactlyInAnyOrderElementsOf(t.populations());
              assertThat(back.accepted().birthRates())
                  .containsExactlyInAnyOrderElementsOf(t.birthRates());
              long rows = out.toString().lines().count() - 1;
              assertThat(back.acceptedRows()).isEqualTo((int) rows);
            });
  }

  /** Figures of all ages for a few units and years, each part present or not at random. */
  private static PopulationTable randomTable(List<AdminUnit> units, Random r) {
    PopulationTable.Builder b = PopulationTable.builder();
    int n = r.nextInt(6);
    for (int i = 0; i < n; i++) {
      String code = units.get(r.nextInt(units.size())).code();
      int year = 1990 + r.nextInt(40);
      for (Optional<Sex> sex :
          List.of(Optional.of(Sex.MALE), Optional.of(Sex.FEMALE), Optional.<Sex>empty())) {
        if (r.nextBoolean()) {
          b.population(code, year, sex, AgeGroup.ALL, r.nextInt(10_000_000), SYNTHETIC);
        }
      }
      if (r.nextBoolean()) {
        b.crudeBirthRate(code, year, Optional.empty(), r.nextInt(600) / 10.0, SYNTHETIC);
      }
    }
    return b.build();
  }
}
