package io.github.connectlao.interop.opencrvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.admin.IdentifierScheme;
import io.github.connectlao.csv.CsvImportException;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.interop.ExternalIds;
import io.github.connectlao.interop.MatchReport;
import io.github.connectlao.interop.UnitMatch;
import io.github.connectlao.interop.UnitMatcher;
import io.github.connectlao.interop.opencrvs.AdministrativeAreas.Area;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The administrative-areas file of an OpenCRVS country configuration: areas derived as OpenCRVS
 * derives them (id, name, alias, {@code partOf}), contradictions reported with their line, matching
 * to the gazetteer parents first, and the file written from a gazetteer down to a level. The
 * round trip of the embedded gazetteer through the shipped fixture is in {@link OpenCrvsTest}.
 */
class AdministrativeAreasTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final String HEADER =
      "admin2Name_en,admin2Name_alias,admin2Pcode,admin1Name_en,admin1Name_alias,admin1Pcode,"
          + "admin0Name_en,admin0Name_alias,admin0Pcode\n";

  private static ImportResult<List<Area>> read(String csv) {
    return AdministrativeAreas.readCsv(new StringReader(csv), "areas.csv");
  }

  @Test
  void theJavadocRowGivesAProvinceAndADistrictWithTheirPartOf() {
    ImportResult<List<Area>> r =
        read(HEADER + "Houayxay,ຫ້ວຍຊາຍ,LA0501,Bokeo,ບໍ່ແກ້ວ,LA05,Lao PDR,ສປປ ລາວ,LA\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.accepted())
        .extracting(Area::id, Area::name, Area::alias, Area::adminLevel, Area::partOf, Area::line)
        .containsExactly(
            tuple("LA05", "Bokeo", "ບໍ່ແກ້ວ", 1, "Location/0", 2L),
            tuple("LA0501", "Houayxay", "ຫ້ວຍຊາຍ", 2, "Location/LA05", 2L));
    assertThat(r.accepted().get(0).parentId()).isEmpty();
    assertThat(r.accepted().get(0).level()).contains(AdminLevel.PROVINCE);
    assertThat(r.accepted().get(1).level()).contains(AdminLevel.DISTRICT);
  }

  @Test
  void anAreaNamedByManyRowsIsOneArea_firstLineKept_parentsBeforeChildren() {
    ImportResult<List<Area>> r =
        read(
            HEADER
                + "Houayxay,,LA0501,Bokeo,,LA05,Lao PDR,,LA\n"
                + "Tonpheung,,LA0502,Bokeo,,LA05,Lao PDR,,LA\n"
                + "Houayxay,,LA0501,Bokeo,,LA05,Lao PDR,,LA\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.accepted()).extracting(Area::id).containsExactly("LA05", "LA0501", "LA0502");
    assertThat(r.accepted()).extracting(Area::line).containsExactly(2L, 2L, 3L);
  }

  @Test
  void aRowThatContradictsAnEarlierOneIsRefusedWhole_withItsLineAndTheLineItContradicts() {
    ImportResult<List<Area>> r =
        read(
            HEADER
                + "Houayxay,,LA0501,Bokeo,,LA05,Lao PDR,,LA\n"
                + "Paksong,,LA0501,Champasak,,LA16,Lao PDR,,LA\n"
                + "Meung,,LA0503,Bokeo,,LA05,Lao PDR,,LA\n");
    assertThat(r.errors())
        .extracting(RowError::line, RowError::column, RowError::value)
        .containsExactly(tuple(3L, "admin2Pcode", "LA0501"));
    assertThat(r.errors().get(0).reason())
        .isEqualTo("contradicts line 2 (Houayxay, Location/LA05): the row is refused");
    // Champasak, named only by the refused row, is not kept either; the next row is
    assertThat(r.accepted()).extracting(Area::id).containsExactly("LA05", "LA0501", "LA0503");
    assertThat(r.acceptedRows()).isEqualTo(2);
    // a different name for the same id is a contradiction too
    assertThat(
            read(HEADER + "Houayxay,,LA0501,Bokeo,,LA05,,,LA\nHuay Xai,,LA0501,Bokeo,,LA05,,,LA\n")
                .errors())
        .extracting(RowError::line, RowError::column)
        .containsExactly(tuple(3L, "admin2Pcode"));
  }

  @Test
  void anEmptyOrDashCodeIsSkipped_theParentIsTheNearestLevelAboveThatHasOne() {
    String header =
        "admin3Name_en,admin3Pcode,admin2Name_en,admin2Pcode,admin1Name_en,admin1Pcode\n";
    ImportResult<List<Area>> r =
        read(header + "Ban Phon,V01,,-,Bokeo,LA05\n" + ",,,,Xaisomboun,LA18\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.accepted())
        .extracting(Area::id, Area::adminLevel, Area::partOf)
        .containsExactly(
            tuple("LA05", 1, "Location/0"),
            tuple("V01", 3, "Location/LA05"),
            tuple("LA18", 1, "Location/0"));
    assertThat(r.accepted().get(1).level()).contains(AdminLevel.VILLAGE);
  }

  @Test
  void aCodeWithoutItsNameAndARowWithoutAnyCodeAreReportedWithTheirLines() {
    ImportResult<List<Area>> r =
        read(HEADER + ",,LA0501,Bokeo,,LA05,,,LA\n" + "Houayxay,,,,,,Lao PDR,,LA\n");
    assertThat(r.errors())
        .extracting(RowError::line, RowError::column, RowError::reason)
        .containsExactly(
            tuple(2L, "admin2Name_en", "is missing for LA0501"),
            tuple(3L, "", "names no area (every adminNPcode is empty)"));
    assertThat(r.accepted()).isEmpty();
  }

  @Test
  void aFileWithoutAnAdmin1PcodeColumnIsRefusedNamingTheColumn() {
    assertThatThrownBy(() -> read("admin2Name_en,admin2Pcode\nHouayxay,LA0501\n"))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("areas.csv: line 1: no admin1Pcode column");
    assertThatThrownBy(() -> read("name,code\nBokeo,LA05\n"))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("no admin1Pcode column");
  }

  @Test
  void anAreaIsValidatedNamingTheField() {
    assertThatThrownBy(() -> new Area(" ", "n", "", 1, Optional.empty(), 2))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("id");
    assertThatThrownBy(() -> new Area("X", "", "", 1, Optional.empty(), 2))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("name");
    for (int level : new int[] {0, 5}) {
      assertThatThrownBy(() -> new Area("X", "n", "", level, Optional.empty(), 2))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("adminLevel")
          .hasMessageContaining("must be 1 to 4");
    }
    assertThatThrownBy(() -> new Area("X", "n", "", 1, null, 2))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("parentId");
    Area a = new Area(" X ", " n ", null, 4, Optional.of("P"), 2);
    assertThat(a.id()).isEqualTo("X");
    assertThat(a.alias()).isEmpty();
    assertThat(a.level()).isEmpty();
    assertThat(a.partOf()).isEqualTo("Location/P");
  }

  @Test
  void matchingGoesParentsFirst_andAnAreaBelowTheVillagesIsMissingWithTheReason() {
    List<Area> areas =
        List.of(
            new Area("OC-AT", "Attapeu", "", 1, Optional.empty(), 2),
            new Area("OC-XS", "Xaysetha", "", 2, Optional.of("OC-AT"), 2),
            new Area("OC-U", "Unit 1", "", 4, Optional.of("OC-XS"), 2));
    MatchReport report = AdministrativeAreas.match(areas, UnitMatcher.of(LAO));
    assertThat(report.matches())
        .extracting(UnitMatch::externalId, m -> m.unit().map(AdminUnit::code).orElse("-"))
        .containsExactly(tuple("OC-AT", "LA17"), tuple("OC-XS", "LA1701"), tuple("OC-U", "-"));
    assertThat(report.missing())
        .singleElement()
        .satisfies(m -> assertThat(m.how()).isEqualTo("admin level 4 is below the villages"));
    ExternalIds ids = AdministrativeAreas.ids(report);
    assertThat(ids.unitCode(IdentifierScheme.OPENCRVS_ID, "OC-XS")).contains("LA1701");
    assertThat(ids.externalId("LA17", IdentifierScheme.OPENCRVS_ID)).contains("OC-AT");
    // without its parent, the district's name fits two districts: ambiguous, not guessed
    MatchReport orphan =
        AdministrativeAreas.match(
            List.of(new Area("OC-XS", "Xaysetha", "", 2, Optional.of("OC-NONE"), 3)),
            UnitMatcher.of(LAO));
    assertThat(orphan.ambiguous()).hasSize(1);
  }

  @Test
  void writingStopsAtTheLowestLevel_andAUnitWithNothingBelowItGetsARowOfItsOwn() {
    Gazetteer g =
        Gazetteer.of(
            "fixture",
            List.of(
                AdminUnit.builder("LA", AdminLevel.NATIONAL)
                    .nameEnglish("Lao PDR")
                    .nameLao("ສປປ ລາວ")
                    .build(),
                AdminUnit.builder("LA05", AdminLevel.PROVINCE)
                    .parent("LA")
                    .nameEnglish("Bokeo")
                    .nameLao("ບໍ່ແກ້ວ")
                    .build(),
                AdminUnit.builder("LA0501", AdminLevel.DISTRICT)
                    .parent("LA05")
                    .nameEnglish("Houayxay")
                    .build(),
                AdminUnit.builder("LA050101", AdminLevel.VILLAGE)
                    .parent("LA0501")
                    .nameEnglish("Ban One")
                    .build(),
                AdminUnit.builder("LA18", AdminLevel.PROVINCE)
                    .parent("LA")
                    .nameEnglish("Xaisomboun")
                    .build()));
    ExternalIds ids = ExternalIds.empty().with("LA05", IdentifierScheme.OPENCRVS_ID, "OcBokeo");
    StringWriter out = new StringWriter();
    AdministrativeAreas.writeCsv(g, ids, AdminLevel.DISTRICT, out);
    assertThat(out.toString().lines())
        .containsExactly(
            "admin2Name_en,admin2Name_alias,admin2Pcode,admin1Name_en,admin1Name_alias,admin1Pcode,"
                + "admin0Name_en,admin0Name_alias,admin0Pcode",
            "Houayxay,,LA0501,Bokeo,ບໍ່ແກ້ວ,OcBokeo,Lao PDR,ສປປ ລາວ,LA",
            ",,,Xaisomboun,,LA18,Lao PDR,ສປປ ລາວ,LA");
    // read back, the same areas; matched with the mapping, every unit down to districts
    ImportResult<List<Area>> back = read(out.toString());
    assertThat(back.errors()).isEmpty();
    assertThat(back.accepted())
        .extracting(Area::id, Area::partOf)
        .containsExactly(
            tuple("OcBokeo", "Location/0"),
            tuple("LA0501", "Location/OcBokeo"),
            tuple("LA18", "Location/0"));
    MatchReport again = AdministrativeAreas.match(back.accepted(), UnitMatcher.of(g, ids));
    assertThat(again.matched())
        .extracting(m -> m.unit().orElseThrow().code())
        .containsExactly("LA05", "LA0501", "LA18");

    StringWriter provinces = new StringWriter();
    AdministrativeAreas.writeCsv(g, ExternalIds.empty(), AdminLevel.PROVINCE, provinces);
    assertThat(provinces.toString().lines())
        .containsExactly(
            "admin1Name_en,admin1Name_alias,admin1Pcode,admin0Name_en,admin0Name_alias,admin0Pcode",
            "Bokeo,ບໍ່ແກ້ວ,LA05,Lao PDR,ສປປ ລາວ,LA",
            "Xaisomboun,,LA18,Lao PDR,ສປປ ລາວ,LA");
  }

  @Test
  void everyLevelOfTheEmbeddedGazetteerRoundTripsThroughTheFile() {
    for (AdminLevel lowest : List.of(AdminLevel.PROVINCE, AdminLevel.DISTRICT)) {
      StringWriter out = new StringWriter();
      AdministrativeAreas.writeCsv(LAO, ExternalIds.empty(), lowest, out);
      ImportResult<List<Area>> back = read(out.toString());
      assertThat(back.errors()).as("%s", lowest).isEmpty();
      List<AdminUnit> expected =
          LAO.all().stream()
              .filter(u -> u.level() != AdminLevel.NATIONAL && u.level().depth() <= lowest.depth())
              .toList();
      assertThat(back.accepted()).as("%s", lowest).hasSameSizeAs(expected);
      MatchReport report = AdministrativeAreas.match(back.accepted(), UnitMatcher.of(LAO));
      assertThat(report.matched()).as("%s", lowest).hasSameSizeAs(expected);
      for (UnitMatch m : report.matched()) {
        assertThat(m.unit().orElseThrow().code()).isEqualTo(m.externalId());
      }
    }
  }

  @Test
  void theNationIsNotALevelToWriteDownTo() {
    assertThatThrownBy(
            () ->
                AdministrativeAreas.writeCsv(
                    LAO, ExternalIds.empty(), AdminLevel.NATIONAL, new StringWriter()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("lowest")
        .hasMessageContaining("must be below the nation");
  }
}
