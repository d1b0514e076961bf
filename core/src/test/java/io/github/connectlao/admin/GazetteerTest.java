package io.github.connectlao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
  private final Gazetteer lao = Gazetteer.laoPdr();

  @ParameterizedTest(name = "{0}")
  @CsvSource({"LA-BK", "LA05", "la05", " 05 ", "la-bk"})
  void findsBokeoByAnyOfItsCodes(String code) {
    AdminUnit bokeo = lao.unit(code);
    assertThat(bokeo.code()).isEqualTo("LA05");
    assertThat(bokeo.nameEnglish()).isEqualTo("Bokeo");
    assertThat(bokeo.nameLao()).isEqualTo("ບໍ່ແກ້ວ");
    assertThat(bokeo).hasToString("LA05 Bokeo (ບໍ່ແກ້ວ), province");
  }

  @Test
  void unknownCodesNameTheCodeAndSuggestNearOnes() {
    assertThatThrownBy(() -> lao.unit("LA0599"))
        .isInstanceOf(UnknownCodeException.class)
        .hasMessageContaining("'LA0599'")
        .hasMessageContaining("LA0501");
    assertThatThrownBy(() -> lao.unit("Bokeoo"))
        .isInstanceOf(UnknownCodeException.class)
        .hasMessageContaining("LA05 Bokeo");
    assertThat(lao.find("LA99")).isEmpty();
    assertThat(lao.indexOf(null)).isEqualTo(-1);
  }

  @Test
  void navigatesTheHierarchy() {
    AdminUnit bokeo = lao.unit("LA05");
    assertThat(lao.children(bokeo))
        .extracting(AdminUnit::code)
        .containsExactly("LA0501", "LA0502", "LA0503", "LA0504", "LA0505");
    AdminUnit houayxay = lao.unit("LA0501");
    assertThat(lao.ancestors(houayxay)).extracting(AdminUnit::code).containsExactly("LA05", "LA");
    assertThat(lao.parent(lao.nation())).isEmpty();
    assertThat(lao.descendants(lao.nation(), AdminLevel.PROVINCE)).hasSize(18);
    assertThat(lao.descendants(bokeo, AdminLevel.PROVINCE)).containsExactly(bokeo);
    assertThat(lao.ancestorAt(houayxay, AdminLevel.PROVINCE)).contains(bokeo);
    assertThat(lao.ancestorAt(bokeo, AdminLevel.DISTRICT)).isEmpty();
    assertThat(lao.contains(bokeo, houayxay)).isTrue();
    assertThat(lao.contains(houayxay, bokeo)).isFalse();
    assertThat(lao.units(AdminLevel.PROVINCE))
        .extracting(AdminUnit::code)
        .startsWith("LA01", "LA02")
        .endsWith("LA18");
  }

  @Test
  void preOrderIndexGivesContiguousSubtrees() {
    AdminUnit bokeo = lao.unit("LA05");
    int i = lao.index(bokeo);
    assertThat(lao.subtreeEnd(i) - i).isEqualTo(6);
    for (int j = i + 1; j < lao.subtreeEnd(i); j++) {
      assertThat(lao.parentIndex(j)).isEqualTo(i);
    }
    assertThat(lao.index(lao.nation())).isZero();
    assertThat(lao.subtreeEnd(0)).isEqualTo(lao.size());
    for (int j = 1; j < lao.size(); j++) {
      assertThat(lao.parentIndex(j)).isLessThan(j);
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Luang Namtha, LA03",
    "Luang Prabang, LA06",
    "Louangphabang, LA06",
    "Luang Phabang, LA06",
    "Louang Namtha, LA03",
    "Luangnamtha, LA03",
    "ແຂວງຫລວງນໍ້າທາ, LA03",
    "ຫຼວງນ້ຳທາ, LA03",
    "Xayaboury, LA08",
    "Sayaboury, LA08",
    "Xaignabouli, LA08",
    "Champasak, LA16",
    "Champassak, LA16",
    "Attapu, LA17",
    "Xekong, LA15",
    "Houaphanh, LA07",
    "Huaphanh, LA07",
    "ນະຄອນຫຼວງວຽງຈັນ, LA01",
    "ນະຄອນຫລວງວຽງຈັນ, LA01",
    "Vientiane Capital, LA01",
    "ມ. ໄຊ, LA0401",
    "ເມືອງ ຫ້ວຍຊາຍ, LA0501",
    "Bokeo Province, LA05",
    "bokeo, LA05",
    "Bokoe, LA05",
    "LA-BK, LA05"
  })
  void searchFindsUnitsDespiteSpellingVariants(String text, String code) {
    assertThat(lao.search(text)).isNotEmpty().first().extracting(AdminUnit::code).isEqualTo(code);
  }

  @Test
  void searchReturnsNothingForNothing() {
    assertThat(lao.search("")).isEmpty();
    assertThat(lao.search("   ")).isEmpty();
    assertThat(lao.search("zzzzzzzzqqqq")).isEmpty();
  }

  @Test
  void buildingRefusesBadHierarchiesWithEveryProblemListed() {
    AdminUnit nation = AdminUnit.builder("X", AdminLevel.NATIONAL).nameEnglish("X").build();
    AdminUnit p1 =
        AdminUnit.builder("X1", AdminLevel.PROVINCE).parent("X").nameEnglish("P1").build();
    AdminUnit dup =
        AdminUnit.builder("X1", AdminLevel.PROVINCE).parent("X").nameEnglish("P1 again").build();
    AdminUnit orphan =
        AdminUnit.builder("X9", AdminLevel.PROVINCE).parent("Y").nameEnglish("Orphan").build();
    AdminUnit wrongLevel =
        AdminUnit.builder("X101", AdminLevel.VILLAGE).parent("X1").nameEnglish("V").build();
    assertThatThrownBy(() -> Gazetteer.of("test", List.of(nation, p1, dup, orphan, wrongLevel)))
        .isInstanceOf(GazetteerLoadException.class)
        .hasMessageContaining("duplicate code")
        .hasMessageContaining("unknown parent")
        .hasMessageContaining("must be a district")
        .satisfies(e -> assertThat(((GazetteerLoadException) e).problems()).hasSize(3));
  }

  @Test
  void cyclesAreRefusedAndNamed() {
    AdminUnit nation = AdminUnit.builder("X", AdminLevel.NATIONAL).nameEnglish("X").build();
    AdminUnit a = AdminUnit.builder("A", AdminLevel.DISTRICT).parent("B").nameEnglish("A").build();
    AdminUnit b = AdminUnit.builder("B", AdminLevel.DISTRICT).parent("A").nameEnglish("B").build();
    assertThatThrownBy(() -> Gazetteer.of("test", List.of(nation, a, b)))
        .isInstanceOf(GazetteerLoadException.class)
        .hasMessageContaining("cycle in parents: A -> B -> A");
  }

  @Test
  void unitsRefuseBlankNamesAndMissingParents() {
    assertThatThrownBy(
            () -> AdminUnit.builder("LA9999", AdminLevel.DISTRICT).parent("LA05").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(
            () -> AdminUnit.builder("LA9999", AdminLevel.DISTRICT).nameEnglish("X").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("parentCode");
    assertThatThrownBy(
            () ->
                AdminUnit.builder(" ", AdminLevel.DISTRICT).parent("LA05").nameEnglish("X").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("code");
  }

  @Test
  void importsAUsersCsvKeepingGoodRowsAndReportingEveryBadOne(@TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("villages.csv");
    Files.writeString(
        csv,
        String.join(
            "\n",
            "\uFEFFcode;level;parent_code;name_lo;name_en;valid_from",
            "V1;village;LA0501;ບ້ານ ໜອງ;Nong;2010", // 2 ok
            "V2;village;LA0599;ບ້ານ ນາ;Na;", // 3 unknown parent
            "V1;village;LA0501;ບ້ານ ຊ້ຳ;Dup;", // 4 duplicate
            "V3;village;LA05;ບ້ານ ຜິດ;Wrong;", // 5 parent is a province
            "V4;village;LA0502;;;", // 6 blank names
            "V5;hamlet;LA0502;ບ້ານ;X;", // 7 bad level
            "V6;village;LA0502;ບ້ານ ດີ;Good;໒໐໑໕", // 8 ok, Lao digits
            "V7;village;LA0502;ບ້ານ ວັນ;Day;2015-13-01", // 9 bad date
            "D1;district;LA05;ເມືອງ ໃໝ່;New district;", // 10 ok, a district
            "V8;village;D1;ບ້ານ ລູກ;Child of new district;" // 11 ok, parent defined in the file
            ),
        StandardCharsets.UTF_8);
    ImportResult<Gazetteer> imported = lao.importUnits(csv);
    assertThat(imported.accepted().unitsNotIn(lao))
        .extracting(AdminUnit::code)
        .containsExactlyInAnyOrder("V1", "V6", "D1", "V8");
    assertThat(imported.errors())
        .extracting(RowError::line)
        .containsExactly(3L, 4L, 5L, 6L, 7L, 9L);
    assertThat(imported.errors().get(0).reason()).contains("unknown parent");
    assertThat(imported.errors().get(1).reason()).contains("duplicate code");
    assertThat(imported.errors().get(2).reason()).contains("must be a district");
    assertThat(imported.errors().get(4).column()).isEqualTo("level");
    assertThat(imported.errors().get(5).column()).isEqualTo("valid_from");
    Gazetteer g = imported.accepted();
    assertThat(g.count(AdminLevel.VILLAGE)).isEqualTo(3);
    assertThat(g.count(AdminLevel.DISTRICT)).isEqualTo(149);
    assertThat(g.unit("V8").parentCode()).contains("D1");
    assertThat(g.unit("V6").validFrom()).get().hasToString("2015");
    assertThat(g.ancestorAt(g.unit("V8"), AdminLevel.PROVINCE)).contains(lao.unit("LA05"));
  }

  @Test
  void importWithMissingRequiredColumnsFailsNamingThem(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "name_en,level\nX,village\n");
    assertThatThrownBy(() -> lao.importUnits(csv))
        .hasMessageContaining("missing required column")
        .hasMessageContaining("code")
        .hasMessageContaining("parent_code");
  }
}
