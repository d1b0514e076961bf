package io.github.connectlao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.CsvImportException;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.HeaderLanguage;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import io.github.connectlao.csv.RowError;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The CSV form of Sam Sang assessments: column names in English or Lao in any order, the unit kept
 * by its P-code, a default confidence, one assessment per unit and year, and the table written back.
 * A file mixing every kind of bad row is read in {@link TargetCsvImportTest}.
 */
class SamSangCsvTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();

  private static ImportResult<List<SamSangAssessment>> read(String text, OnBadRow onBadRow) {
    try (CsvReader csv = CsvReader.of(new StringReader(text), "samsang.csv")) {
      return SamSangCsv.read(csv, LAO, onBadRow);
    }
  }

  private static ImportResult<List<SamSangAssessment>> read(String text) {
    return read(text, OnBadRow.COLLECT);
  }

  @Test
  void columnsAreFoundByAnyOfTheirNamesInAnyOrder() {
    ImportResult<List<SamSangAssessment>> r =
        read("source,met,pcode,year\nsynthetic test,yes,LA0501,2024\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.accepted())
        .containsExactly(
            SamSangAssessment.of(
                "LA0501",
                2024,
                SamSangAssessment.Result.MET,
                Source.of("synthetic test", Confidence.UNVERIFIED)));
    assertThat(read("code,ປີ,achieved,ແຫຼ່ງຂໍ້ມູນ\nLA05,2023,no,s\n").accepted())
        .extracting(SamSangAssessment::unitCode, SamSangAssessment::year, SamSangAssessment::result)
        .containsExactly(tuple("LA05", 2023, SamSangAssessment.Result.NOT_MET));
  }

  @Test
  void theUnitIsKeptByItsPCode_whateverCodeTheFileGives() {
    ImportResult<List<SamSangAssessment>> r =
        read("unit_code,year,achieved,source\nLA-BK,2024,yes,s\n0501,2024,ແມ່ນ,s\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.accepted())
        .extracting(SamSangAssessment::unitCode)
        .containsExactly("LA05", "LA0501");
    // the same unit under two of its codes is still one unit: the second is refused
    ImportResult<List<SamSangAssessment>> twice =
        read("unit_code,year,achieved,source\nLA05,2024,yes,s\nLA-BK,2024,no,s\n");
    assertThat(twice.accepted()).hasSize(1);
    assertThat(twice.errors())
        .extracting(RowError::line, RowError::column, RowError::value)
        .containsExactly(tuple(3L, "unit_code", "LA-BK"));
    assertThat(twice.errors().get(0).reason())
        .isEqualTo("is assessed twice for 2024 (first on line 2)");
  }

  @Test
  void theSameUnitInAnotherYearIsAnotherAssessment() {
    ImportResult<List<SamSangAssessment>> r =
        read("unit_code,year,achieved,source\nLA05,2024,yes,s\nLA05,2025,no,s\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.accepted()).extracting(SamSangAssessment::year).containsExactly(2024, 2025);
  }

  @Test
  void theConfidenceIsUnverifiedUnlessGiven() {
    ImportResult<List<SamSangAssessment>> r =
        read(
            "unit_code,year,achieved,source,confidence\n"
                + "LA05,2024,yes,s,\n"
                + "LA03,2024,yes,s,verified\n"
                + "LA0501,2024,yes,s,synthetic\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.accepted())
        .extracting(a -> a.source().confidence())
        .containsExactly(Confidence.UNVERIFIED, Confidence.VERIFIED, Confidence.SYNTHETIC);
  }

  @Test
  void aYearMustBeFourDigits_inLaoOrArabicDigits_withinTheAssessmentsRange() {
    ImportResult<List<SamSangAssessment>> r =
        read(
            "unit_code,year,achieved,source\n"
                + "LA05,໒໐໒໔,yes,s\n"
                + "LA03,20245,yes,s\n"
                + "LA03,1999,yes,s\n"
                + "LA03,2024.0,yes,s\n");
    assertThat(r.accepted()).extracting(SamSangAssessment::year).containsExactly(2024);
    assertThat(r.errors())
        .extracting(RowError::line, RowError::column, RowError::value)
        .containsExactly(
            tuple(3L, "year", "20245"), tuple(4L, "year", "1999"), tuple(5L, "year", "2024.0"));
    assertThat(r.errors().get(0).reason()).isEqualTo("is not a year (four digits)");
    assertThat(r.errors().get(1).reason()).contains("must be between 2000 and 2200");
  }

  @Test
  void provincesDistrictsAndVillagesAreAssessed_notTheNation() {
    ImportResult<List<SamSangAssessment>> r =
        read("unit_code,year,achieved,source\nLA,2024,yes,s\nLA05,2024,yes,s\n");
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo("unit_code");
              assertThat(e.reason())
                  .isEqualTo("is the nation; Sam Sang assesses provinces, districts and villages");
            });
  }

  @Test
  void aMissingRequiredColumnIsReportedByNameBeforeAnyRow() {
    assertThatThrownBy(() -> read("unit_code,year,source\nLA05,2024,s\n"))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("samsang.csv: line 1")
        .hasMessageContaining("missing required column(s) achieved");
    // the confidence column may be left out
    assertThat(read("unit_code,year,achieved,source\nLA05,2024,yes,s\n").errors()).isEmpty();
  }

  @Test
  void stopThrowsAtTheFirstBadRow_collectGoesOn() {
    String text =
        "unit_code,year,achieved,source\nLA05,2024,yes,s\nLA05,2024,maybe,s\nLA03,24,no,s\n";
    assertThatThrownBy(() -> read(text, OnBadRow.STOP))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("achieved");
    assertThat(read(text).errors()).extracting(RowError::line).containsExactly(3L, 4L);
  }

  @Test
  void theGazetteerIsRequiredByName() {
    try (CsvReader csv = CsvReader.of(new StringReader("unit_code\n"), "s.csv")) {
      assertThatThrownBy(() -> SamSangCsv.read(csv, null, OnBadRow.COLLECT))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("gazetteer");
    }
  }

  @Test
  void theTableHasTheImportsColumnsInOrder() {
    SamSangAssessment a =
        SamSangAssessment.of(
            "LA0501",
            2024,
            SamSangAssessment.Result.NOT_MET,
            Source.of("Provincial report, 2024", Confidence.SECONDARY));
    assertThat(SamSangCsv.table(List.of(a)).toCsv(HeaderLanguage.ENGLISH).lines())
        .containsExactly(
            "unit_code,year,achieved,source,confidence",
            "LA0501,2024,no,\"Provincial report, 2024\",secondary");
    assertThat(SamSangCsv.COLUMNS).containsAll(SamSangCsv.REQUIRED);
    assertThat(SamSangCsv.REQUIRED).doesNotContain(SamSangCsv.CONFIDENCE);
  }

  @Test
  void whatTheTableWritesReadsBackTheSame_inEitherLanguage() {
    List<AdminUnit> units =
        LAO.all().stream().filter(u -> u.level() != AdminLevel.NATIONAL).toList();
    Confidence[] confidences = Confidence.values();
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              List<SamSangAssessment> written = new ArrayList<>();
              Set<String> seen = new HashSet<>();
              for (int i = r.nextInt(8); i > 0; i--) {
                String unit = units.get(r.nextInt(units.size())).code();
                int year = 2000 + r.nextInt(201);
                if (seen.add(unit + year)) {
                  written.add(
                      SamSangAssessment.of(
                          unit,
                          year,
                          r.nextBoolean()
                              ? SamSangAssessment.Result.MET
                              : SamSangAssessment.Result.NOT_MET,
                          Source.of(
                              "synthetic, \"quoted\" source " + r.nextInt(100),
                              confidences[r.nextInt(confidences.length)])));
                }
              }
              for (HeaderLanguage language : HeaderLanguage.values()) {
                String csv = SamSangCsv.table(written).toCsv(language);
                ImportResult<List<SamSangAssessment>> back = read(csv, OnBadRow.STOP);
                assertThat(back.accepted()).as("%s", language).isEqualTo(written);
              }
            });
  }
}
