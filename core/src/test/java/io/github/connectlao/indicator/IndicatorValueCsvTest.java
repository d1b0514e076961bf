package io.github.connectlao.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.CsvImportException;
import io.github.connectlao.csv.CsvReader;
import io.github.connectlao.csv.HeaderLanguage;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import io.github.connectlao.csv.RowError;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Synthetic values only, not real data. */
class IndicatorValueCsvTest {
  static final Gazetteer LAO = Gazetteer.laoPdr();
  static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.laoPdr();

  private static ImportResult<List<IndicatorValue>> read(String text, OnBadRow onBadRow) {
    try (CsvReader csv = CsvReader.of(new StringReader(text), "values.csv")) {
      return IndicatorValueCsv.read(csv, LAO, CATALOGUE, onBadRow);
    }
  }

  @Test
  void laoHeadersAndAUnitByItsIsoCodeAreRead() {
    ImportResult<List<IndicatorValue>> r =
        read(
            "ຕົວຊີ້ວັດ,ລະຫັດຫົວໜ່ວຍ,ໄລຍະ,ຕົວເສດ,ຕົວສ່ວນ\n" + "BR_COMPLETENESS,LA-BK,2022,30,40\n",
            OnBadRow.COLLECT);
    assertThat(r.errors()).isEmpty();
    IndicatorValue v = r.accepted().get(0);
    assertThat(v.unitCode()).isEqualTo("LA05");
    assertThat(v.value()).contains(new BigDecimal("75.0"));
  }

  @Test
  void aValueAndAReasonTogetherOrAMissingRequiredColumnAreRefused() {
    ImportResult<List<IndicatorValue>> r =
        read(
            "indicator,unit_code,period,value,no_value_reason\n"
                + "BR_COVERAGE_U5,LA05,2022,41.5,survey not done\n"
                + "BR_COVERAGE_U5,LA99,2022,41.5,\n",
            OnBadRow.COLLECT);
    assertThat(r.accepted()).isEmpty();
    assertThat(r.errors()).extracting(RowError::line).containsExactly(2L, 3L);
    assertThat(r.errors().get(1).column()).isEqualTo("unit_code");
    assertThatThrownBy(() -> read("indicator,period\nBR_COMPLETENESS,2022\n", OnBadRow.COLLECT))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("unit_code");
  }

  @Test
  void theTableReadsBackToTheSameValues() {
    qt().withExamples(60)
        .forAll(
            integers().between(0, 100_000),
            integers().between(0, 100_000),
            integers().between(1, 18))
        .checkAssert(
            (a, b, province) -> {
              long num = Math.min(a, b);
              long den = Math.max(a, b);
              String unit = String.format("LA%02d", province);
              ImportResult<List<IndicatorValue>> r =
                  read(
                      "indicator,unit_code,period,numerator,denominator\n"
                          + "BR_COMPLETENESS,"
                          + unit
                          + ",2022-Q3,"
                          + num
                          + ","
                          + den
                          + "\n",
                      OnBadRow.STOP);
              List<IndicatorValue> first = r.accepted();
              assertThat(first).hasSize(1);
              assertThat(first.get(0).hasValue()).isEqualTo(den != 0);
              for (HeaderLanguage lang : HeaderLanguage.values()) {
                String csv = IndicatorValueCsv.table(first).toCsv(lang);
                assertThat(read(csv, OnBadRow.STOP).accepted()).isEqualTo(first);
              }
            });
  }
}
