package io.github.connectlao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.csv.CsvImportException;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.HeaderLanguage;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import io.github.connectlao.csv.RowError;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Imports of extra units (villages): a file mixing valid rows and each kind of error. */
class AdminUnitCsvTest {
  /** Synthetic test villages (codes TST*), not real data. */
  static final String MIXED =
      String.join(
          "\n",
          "ລະຫັດ,ຂັ້ນ,ລະຫັດຂັ້ນເທິງ,ຊື່ລາວ,name_en,valid_from",
          "TST1,ບ້ານ,LA0501,ບ້ານທົດລອງໜຶ່ງ,Test One,", // 2 ok, Lao level word
          "TST2,village,LA0501,,Test Two,໒໐໑໓", // 3 ok, Lao digits
          "TST3,hamlet,LA0501,,Test Three,", // 4 bad level
          "TST4,village,LA9999,,Test Four,", // 5 unknown parent
          "TST1,village,LA0501,,Test Dup,", // 6 duplicate code
          "TST6,village,LA05,,Test Six,", // 7 parent at the wrong level
          "TST7,village,LA0501,,,", // 8 no name
          "TST8,village,LA0501,,Test Eight,2013-13", // 9 bad date
          "TST9,village,TST1,,Test Nine,", // 10 parent a village
          "TSTA,village,LA0502,,\"=HYPERLINK(\"\"http://x\"\")\","); // 11 ok, formula kept as text

  static ImportResult<Gazetteer> read(String text, boolean strict) {
    try (CsvReader csv = CsvReader.of(new StringReader(text), "villages.csv")) {
      return AdminUnitCsv.read(csv, Gazetteer.laoPdr(), strict ? OnBadRow.STOP : OnBadRow.COLLECT);
    }
  }

  @Test
  void mixedFileAddsTheValidUnitsAndReportsEveryError() {
    ImportResult<Gazetteer> r = read(MIXED, false);
    assertThat(r.accepted().unitsNotIn(Gazetteer.laoPdr()))
        .extracting(AdminUnit::code)
        .containsExactlyInAnyOrder("TST1", "TST2", "TSTA");
    assertThat(r.accepted().count(AdminLevel.VILLAGE)).isEqualTo(3);
    assertThat(r.accepted().unit("TST2").validFrom().map(Object::toString)).contains("2013");
    assertThat(r.accepted().unit("TSTA").nameEnglish()).isEqualTo("=HYPERLINK(\"http://x\")");
    assertThat(r.errors()).extracting(RowError::line).containsExactly(4L, 5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(r.errors().get(0).toString()).contains("column level", "'hamlet'");
    assertThat(r.errors().get(6).toString()).contains("line 10");
  }

  @Test
  void aCodeOrIdentifierThatAlreadyNamesAUnitIsRefused_soThatEveryCodeStillNamesOneUnit() {
    // LA-XS is Xaisomboun's ISO 3166-2 code, LA05 Bokeo's code, 05 Bokeo's LSB code (fuzzing
    // finding: a village coded LA-XS was added and took the lookup LA-XS from the province)
    ImportResult<Gazetteer> r =
        read(
            String.join(
                "\n",
                "code,level,parent_code,name_en,lsb_code",
                "LA-XS,village,LA0501,Test Clash,", // 2 code = a province's ISO code
                "TST1,village,LA0501,Test One,LA05", // 3 LSB code = a province's code
                "TST2,village,LA0501,Test Two,05", // 4 LSB code = Bokeo's LSB code
                "TST3,village,LA0501,Test Three,0501990", // 5 ok
                "TST4,village,LA0501,Test Four,0501990", // 6 same LSB code as line 5
                "0501990,village,LA0501,Test Five,", // 7 code = line 5's LSB code
                "TST6,village,LA0501,Test Six,tst3"), // 8 LSB code = line 5's code, any case
            false);
    assertThat(r.accepted().unitsNotIn(Gazetteer.laoPdr()))
        .extracting(AdminUnit::code)
        .containsExactly("TST3");
    assertThat(r.acceptedRows()).isEqualTo(1);
    assertThat(r.errors())
        .extracting(RowError::line, RowError::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "code"),
            org.assertj.core.groups.Tuple.tuple(3L, "lsb_code"),
            org.assertj.core.groups.Tuple.tuple(4L, "lsb_code"),
            org.assertj.core.groups.Tuple.tuple(6L, "lsb_code"),
            org.assertj.core.groups.Tuple.tuple(7L, "code"),
            org.assertj.core.groups.Tuple.tuple(8L, "lsb_code"));
    assertThat(r.errors().get(0).reason())
        .isEqualTo(
            "is already the ISO_3166 identifier of LA18 (already in the gazetteer): a code must name one unit");
    assertThat(r.errors().get(3).reason()).contains("of TST3 (line 5)");
    assertThat(r.accepted().unit("LA-XS").level()).isEqualTo(AdminLevel.PROVINCE);
    assertThat(r.accepted().unit("0501990").code()).isEqualTo("TST3");
    // the same rule when units are added in code
    AdminUnit clash =
        AdminUnit.builder("LA-XS", AdminLevel.VILLAGE)
            .parent("LA0501")
            .nameEnglish("Test Clash")
            .build();
    assertThatThrownBy(() -> Gazetteer.laoPdr().withUnits(List.of(clash)))
        .isInstanceOf(GazetteerLoadException.class)
        .hasMessageContaining("LA18");
  }

  @Test
  void strictImportThrowsOnTheFirstError() {
    assertThatThrownBy(() -> read(MIXED, true))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("line 4");
    assertThat(
            read(String.join("\n", List.of(MIXED.split("\n")).subList(0, 3)), true)
                .accepted()
                .unitsNotIn(Gazetteer.laoPdr()))
        .hasSize(2);
  }

  @Test
  void exportedUnitsReadBack() {
    ImportResult<Gazetteer> r = read(MIXED, false);
    String csv =
        AdminUnitCsv.table(r.accepted().unitsNotIn(Gazetteer.laoPdr()))
            .toCsv(HeaderLanguage.ENGLISH);
    assertThat(csv).contains("'=HYPERLINK(\"\"http://x\"\")");
    ImportResult<Gazetteer> back = read(csv, true);
    assertThat(back.accepted().unitsNotIn(Gazetteer.laoPdr()))
        .extracting(AdminUnit::code, AdminUnit::nameEnglish, AdminUnit::parentCode)
        .containsExactlyElementsOf(
            r.accepted().unitsNotIn(Gazetteer.laoPdr()).stream()
                .map(
                    u ->
                        org.assertj.core.groups.Tuple.tuple(
                            u.code(), u.nameEnglish(), u.parentCode()))
                .toList());
  }
}
