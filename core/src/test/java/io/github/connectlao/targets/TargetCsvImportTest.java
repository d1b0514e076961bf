package io.github.connectlao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.CsvImportException;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.HeaderLanguage;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.indicator.IndicatorCatalogue;
import io.github.connectlao.indicator.IndicatorValue;
import io.github.connectlao.indicator.IndicatorValueCsv;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Imports of Sam Sang assessments and indicator values: files mixing valid rows and each kind of error. */
class TargetCsvImportTest {
  static final Gazetteer LAO = Gazetteer.laoPdr();

  /** Synthetic assessments, not real data. */
  static final String SAM_SANG =
      String.join(
          "\n",
          "ລະຫັດຫົວໜ່ວຍ,ປີ,ບັນລຸ,ແຫຼ່ງຂໍ້ມູນ,ຄວາມໜ້າເຊື່ອຖື",
          "LA0501,໒໐໒໔,ແມ່ນ,synthetic test,synthetic", // 2 ok
          "LA-BK,2024,no,synthetic test,", // 3 ok, ISO code -> LA05
          "LA,2024,yes,synthetic test,", // 4 the nation
          "LA0599,2024,yes,synthetic test,", // 5 unknown unit
          "LA0502,24,yes,synthetic test,", // 6 bad year
          "LA0502,2024,perhaps,synthetic test,", // 7 bad yes/no
          "LA0501,2024,no,synthetic test,", // 8 twice
          "LA0502,2024,yes,,", // 9 no source
          "LA0502,2024,yes,synthetic test,sure"); // 10 bad confidence

  /** Synthetic values, not real data. */
  static final String VALUES =
      String.join(
          "\n",
          "indicator,unit_code,period,numerator,denominator,value,no_value_reason",
          "BR_COMPLETENESS,LA05,2022-H1,12,40,30.0,", // 2 ok, computed and checked
          "BR_COMPLETENESS,LA05,໒໐໒໒,12,0,,", // 3 ok, no value (zero denominator)
          "BR_COVERAGE_U5,LA0501,2022-Q3,,,41.5,", // 4 ok, value only
          "BR_COVERAGE_U5,LA0502,2022-07,,,,survey not done", // 5 ok, no value with reason
          "BR_UNKNOWN,LA05,2022,1,2,,", // 6 unknown indicator
          "BR_COMPLETENESS,LA05,2022-H3,1,2,,", // 7 bad period
          "BR_COMPLETENESS,LA05,2022-Q1,12,40,31.0,", // 8 value does not match
          "BR_CURRENT_SHARE,LA05,2022,50,40,,", // 9 share above 100%
          "BR_COVERAGE_U5,LA05,2022,,,,", // 10 neither value nor reason
          "BR_COMPLETENESS,LA05,2022-H1,1,2,,", // 11 second value
          "BR_COMPLETENESS,LA05,2023,abc,2,,"); // 12 bad number

  @Test
  void samSangMixedFile() {
    ImportResult<List<SamSangAssessment>> r;
    try (CsvReader csv = CsvReader.of(new StringReader(SAM_SANG), "samsang.csv")) {
      r = SamSangCsv.read(csv, LAO, OnBadRow.COLLECT);
    }
    assertThat(r.accepted())
        .extracting(SamSangAssessment::unitCode, SamSangAssessment::achieved)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("LA0501", true),
            org.assertj.core.groups.Tuple.tuple("LA05", false));
    assertThat(r.accepted().get(0).year()).isEqualTo(2024);
    assertThat(r.errors()).extracting(RowError::line).containsExactly(4L, 5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(r.errors())
        .extracting(RowError::column)
        .containsExactly(
            "unit_code", "unit_code", "year", "achieved", "unit_code", "source", "confidence");
    assertThat(r.errors().get(4).reason()).contains("assessed twice for 2024 (first on line 2)");
    String csv = SamSangCsv.table(r.accepted()).toCsv(HeaderLanguage.LAO);
    try (CsvReader back = CsvReader.of(new StringReader(csv), "back.csv")) {
      assertThat(SamSangCsv.read(back, LAO, OnBadRow.STOP).accepted()).isEqualTo(r.accepted());
    }
  }

  @Test
  void indicatorValuesMixedFile() {
    ImportResult<List<IndicatorValue>> r;
    try (CsvReader csv = CsvReader.of(new StringReader(VALUES), "values.csv")) {
      r = IndicatorValueCsv.read(csv, LAO, IndicatorCatalogue.laoPdr(), OnBadRow.COLLECT);
    }
    assertThat(r.accepted()).hasSize(4);
    assertThat(r.accepted().get(0).value()).contains(new BigDecimal("30.0"));
    assertThat(r.accepted().get(1).value()).isEmpty();
    assertThat(r.accepted().get(1).noValueReason().orElseThrow()).contains("is zero");
    assertThat(r.accepted().get(1).period().toString()).isEqualTo("2022");
    assertThat(r.accepted().get(2).value()).contains(new BigDecimal("41.5"));
    assertThat(r.accepted().get(3).noValueReason()).contains("survey not done");
    assertThat(r.errors())
        .extracting(RowError::line)
        .containsExactly(6L, 7L, 8L, 9L, 10L, 11L, 12L);
    assertThat(r.errors())
        .extracting(RowError::column)
        .containsExactly(
            "indicator", "period", "value", "numerator", "value", "period", "numerator");
    assertThat(r.errors().get(2).reason())
        .contains("does not match numerator x 100 / denominator = 30.0");
    String csv = IndicatorValueCsv.table(r.accepted()).toCsv(HeaderLanguage.ENGLISH);
    try (CsvReader back = CsvReader.of(new StringReader(csv), "back.csv")) {
      assertThat(
              IndicatorValueCsv.read(back, LAO, IndicatorCatalogue.laoPdr(), OnBadRow.STOP)
                  .accepted())
          .isEqualTo(r.accepted());
    }
  }

  @Test
  void strictModes() {
    assertThatThrownBy(
            () -> {
              try (CsvReader csv = CsvReader.of(new StringReader(VALUES), "values.csv")) {
                IndicatorValueCsv.read(csv, LAO, IndicatorCatalogue.laoPdr(), OnBadRow.STOP);
              }
            })
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("line 6");
    assertThatThrownBy(
            () -> {
              try (CsvReader csv = CsvReader.of(new StringReader(SAM_SANG), "s.csv")) {
                SamSangCsv.read(csv, LAO, OnBadRow.STOP);
              }
            })
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("line 4");
  }
}
