package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.CsvImportException;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.HeaderLanguage;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import io.github.connectlao.csv.RowError;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Imports of population tables: a file mixing valid rows and each kind of error. */
class PopulationCsvImportTest {
  /** Synthetic figures, not real data. */
  static final String MIXED =
      String.join(
          "\n",
          "ລະຫັດຫົວໜ່ວຍ;ປີ;ເພດ;ກຸ່ມອາຍຸ;ຈຳນວນພົນລະເມືອງ;ອັດຕາການເກີດ;ແຫຼ່ງຂໍ້ມູນ;ຄວາມໜ້າເຊື່ອຖື",
          "LA05;໒໐໑໕;ລວມ;ທຸກອາຍຸ;໑໗໔ ໔໓໙;;synthetic test;synthetic", // 2 ok, Lao digits
          "LA-BK;2015;female;0-4;10,000;;synthetic test;synthetic", // 3 ok, ISO code
          "LA;2015;both;all ages;;24.5;synthetic test;synthetic", // 4 ok, rate only
          "LA99;2015;both;;100;;synthetic test;synthetic", // 5 unknown unit
          "LA05;15;both;;100;;synthetic test;synthetic", // 6 bad year
          "LA05;2015;both;0-4;-3;;synthetic test;synthetic", // 7 negative
          "LA05;2015;both;;;;synthetic test;synthetic", // 8 nothing
          "LA05;2015;both;0-4;;30;synthetic test;synthetic", // 9 rate not all ages
          "LA05;2015;both;all ages;1;;synthetic test;synthetic", // 10 second population (line 2)
          "LA05;2015;both;5-1;1;;synthetic test;synthetic", // 11 bad age group
          "LA05;2015;both;15+;1;;synthetic test;guess", // 12 bad confidence
          "LA05;2015;both;15+;2;;;synthetic"); // 13 missing source

  static ImportResult<PopulationTable> read(String text, boolean strict) {
    try (CsvReader csv = CsvReader.of(new StringReader(text), "population.csv")) {
      return PopulationCsv.read(csv, Gazetteer.laoPdr(), strict ? OnBadRow.STOP : OnBadRow.COLLECT);
    }
  }

  @Test
  void mixedFileKeepsTheValidRowsAndReportsEveryError() {
    ImportResult<PopulationTable> r = read(MIXED, false);
    assertThat(r.accepted().populations())
        .extracting(PopulationTable.Population::unitCode, PopulationTable.Population::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("LA05", 174_439L),
            org.assertj.core.groups.Tuple.tuple("LA-BK", 10_000L));
    assertThat(r.accepted().populations().get(1).sex()).contains(Sex.FEMALE);
    assertThat(r.accepted().populations().get(1).ageGroup()).isEqualTo(AgeGroup.under(5));
    assertThat(r.accepted().birthRates())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.perThousand()).isEqualTo(24.5);
              assertThat(b.sex()).isEqualTo(Optional.empty());
            });
    assertThat(r.errors())
        .extracting(RowError::line)
        .containsExactly(5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L);
    assertThat(r.errors())
        .extracting(RowError::column)
        .containsExactly(
            "unit_code",
            "year",
            "population",
            "population",
            "age_group",
            "population",
            "age_group",
            "confidence",
            "source");
    assertThat(r.errors().get(0).reason()).startsWith("is not a known unit code; did you mean");
    assertThat(r.errors().get(5).reason())
        .contains("second population")
        .contains("first on line 2");
  }

  @Test
  void strictModeThrowsAtTheFirstError() {
    assertThatThrownBy(() -> read(MIXED, true))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("line 5");
  }

  @Test
  void exportReadsBack() {
    ImportResult<PopulationTable> r = read(MIXED, false);
    String csv = PopulationCsv.table(r.accepted()).toCsv(HeaderLanguage.ENGLISH);
    assertThat(csv)
        .startsWith(
            "unit_code,year,sex,age_group,population,crude_birth_rate,source,confidence\r\n");
    ImportResult<PopulationTable> back = read(csv, true);
    assertThat(back.accepted().populations()).isEqualTo(r.accepted().populations());
    assertThat(back.accepted().birthRates()).isEqualTo(r.accepted().birthRates());
  }
}
