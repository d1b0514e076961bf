package io.github.connectlao.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.Gazetteer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {
  private static final IndicatorCatalogue CAT = IndicatorCatalogue.laoPdr();
  private static final ReportingPeriod Y2022 = ReportingPeriod.ofYear(2022);

  @Test
  void valueIsNumeratorTimesFactorOverDenominator() {
    IndicatorValue v =
        CAT.evaluate(
            "BR_COMPLETENESS",
            "LA03",
            Y2022,
            DataValues.of(Map.of("births_registered", 1200, "births_estimated", 1500)));
    assertThat(v.value()).contains(new BigDecimal("80.0"));
    assertThat(v).hasToString("BR_COMPLETENESS LA03 2022: 80.0");
    IndicatorValue third =
        CAT.evaluate(
            "BR_CURRENT_SHARE",
            "LA",
            Y2022,
            DataValues.of(Map.of("births_registered", 3, "births_registered_current", 1)));
    assertThat(third.value()).contains(new BigDecimal("33.3"));
  }

  @Test
  void noValueWhenTheDenominatorIsZeroOrMissing() {
    IndicatorValue zero =
        CAT.evaluate(
            "BR_COMPLETENESS",
            "LA03",
            Y2022,
            DataValues.of(Map.of("births_registered", 12, "births_estimated", 0)));
    assertThat(zero.hasValue()).isFalse();
    assertThat(zero.noValueReason()).contains("denominator births_estimated is zero");
    IndicatorValue missing =
        CAT.evaluate(
            "BR_COMPLETENESS", "LA03", Y2022, DataValues.of(Map.of("births_registered", 12)));
    assertThat(missing.noValueReason()).contains("denominator births_estimated is missing");
    assertThat(missing.toString()).contains("no value");
  }

  @Test
  void impossibleNumeratorIsRefusedWithItsValue() {
    assertThatThrownBy(
            () ->
                CAT.evaluate(
                    "BR_LATE_SHARE",
                    "LA03",
                    Y2022,
                    DataValues.of(Map.of("births_registered", 10, "births_registered_late", 11))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'11'")
        .hasMessageContaining("10");
    // completeness may exceed 100 % (estimated births are an estimate)
    assertThat(
            CAT.evaluate(
                    "BR_COMPLETENESS",
                    "LA",
                    Y2022,
                    DataValues.of(Map.of("births_registered", 11, "births_estimated", 10)))
                .value())
        .contains(new BigDecimal("110.0"));
  }

  @Test
  void annualisedAndReferencedIndicators() {
    IndicatorCatalogue c =
        CAT.withDefinitions(
            IndicatorDefinition.builder("REG_RATE")
                .nameEnglish("Registrations per 1000 population, annualised")
                .numerator(Term.item("births_registered"))
                .denominator(Term.item("population"))
                .factor(1000)
                .decimals(2)
                .annualised(true)
                .build(),
            IndicatorDefinition.builder("GAP_TO_FULL")
                .nameEnglish("Completeness as a share of 100")
                .numerator(Term.indicator("BR_COMPLETENESS"))
                .denominator(Term.item("hundred"))
                .decimals(3)
                .build());
    // 2022-H1 has 181 days: 10/1000 x 1000 x 365/181 = 20.17
    assertThat(
            c.evaluate(
                    "REG_RATE",
                    "LA",
                    ReportingPeriod.parse("2022-H1"),
                    DataValues.of(Map.of("births_registered", 10, "population", 1000)))
                .value())
        .contains(new BigDecimal("20.17"));
    assertThat(
            c.evaluate(
                    "GAP_TO_FULL",
                    "LA",
                    Y2022,
                    DataValues.of(
                        Map.of("births_registered", 3, "births_estimated", 4, "hundred", 100)))
                .value())
        .contains(new BigDecimal("0.750"));
    assertThat(Term.parse(Term.indicator("X").toString())).isEqualTo(Term.indicator("X"));
    assertThatThrownBy(() -> c.definition("NSA_11")).hasMessageContaining("'NSA_11'");
  }

  @Test
  void annualisationUses365DaysInEveryYearAsDhis2Does() {
    IndicatorCatalogue c =
        CAT.withDefinitions(
            IndicatorDefinition.builder("REG_RATE")
                .nameEnglish("Registrations per 1000 population, annualised")
                .numerator(Term.item("births_registered"))
                .denominator(Term.item("population"))
                .factor(1000)
                .decimals(4)
                .annualised(true)
                .build());
    DataValues ten = DataValues.of(Map.of("births_registered", 10, "population", 1000));
    // 2024-H1 has 182 days (leap year): 10 x 365/182 = 20.0549..., not 10 x 366/182 = 20.1099...
    assertThat(c.evaluate("REG_RATE", "LA", ReportingPeriod.parse("2024-H1"), ten).value())
        .contains(new BigDecimal("20.0549"));
    // a whole leap year is scaled by 365/366, as DHIS2 does: 10 x 365/366 = 9.9727
    assertThat(c.evaluate("REG_RATE", "LA", ReportingPeriod.parse("2024"), ten).value())
        .contains(new BigDecimal("9.9727"));
    // a common year is left as it is
    assertThat(c.evaluate("REG_RATE", "LA", ReportingPeriod.parse("2023"), ten).value())
        .contains(new BigDecimal("10.0000"));
    // a month: 10 x 365/29 (February 2024) = 125.8621
    assertThat(c.evaluate("REG_RATE", "LA", ReportingPeriod.parse("2024-02"), ten).value())
        .contains(new BigDecimal("125.8621"));
    assertThat(IndicatorDefinition.ANNUALISATION_DAYS).isEqualTo(365);
  }

  @Test
  void rollupSumsNumeratorsAndDenominators() {
    Gazetteer lao = Gazetteer.laoPdr();
    // two districts of Luang Namtha: 90 % of 100 and 10 % of 900; the province is 18 %, not 50 %
    List<IndicatorValue> values =
        CAT.rollup(
            "BR_COMPLETENESS",
            lao,
            Y2022,
            Map.of(
                "LA0301", DataValues.of(Map.of("births_registered", 90, "births_estimated", 100)),
                "LA0302", DataValues.of(Map.of("births_registered", 90, "births_estimated", 900))));
    IndicatorValue province = values.get(lao.indexOf("LA03"));
    assertThat(province.unitCode()).isEqualTo("LA03");
    assertThat(province.value()).contains(new BigDecimal("18.0"));
    assertThat(values.get(0).value()).contains(new BigDecimal("18.0")); // the nation
    assertThat(values.get(lao.indexOf("LA05")).hasValue()).isFalse();
    assertThatThrownBy(
            () -> CAT.rollup("BR_COMPLETENESS", lao, Y2022, Map.of("XX99", DataValues.empty())))
        .hasMessageContaining("'XX99'");
  }

  @Test
  void hierarchyRollupEqualsTheSumOverAllDistricts() {
    Gazetteer lao = Gazetteer.laoPdr();
    List<io.github.connectlao.admin.AdminUnit> districts =
        lao.units(io.github.connectlao.admin.AdminLevel.DISTRICT);
    qt().withExamples(30)
        .forAll(integers().between(0, 10_000), integers().between(1, 20))
        .checkAssert(
            (seed, step) -> {
              java.util.Map<String, DataValues> byUnit = new java.util.HashMap<>();
              long num = 0;
              long den = 0;
              for (int i = 0; i < districts.size(); i += step) {
                long d = 1 + (seed * 31L + i * 17L) % 997;
                long n = (seed + i * 7L) % (d + 1);
                byUnit.put(
                    districts.get(i).code(),
                    DataValues.of(Map.of("births_registered", n, "births_estimated", d)));
                num += n;
                den += d;
              }
              IndicatorValue nation = CAT.rollup("BR_COMPLETENESS", lao, Y2022, byUnit).get(0);
              assertThat(nation.numerator()).contains(BigDecimal.valueOf(num));
              assertThat(nation.denominator()).contains(BigDecimal.valueOf(den));
            });
  }

  @Test
  void dataValuesMergeAssociatively() {
    qt().withExamples(300)
        .forAll(
            integers().between(0, 1_000_000),
            integers().between(0, 1_000_000),
            integers().between(0, 1_000_000),
            integers().between(1, 1_000_000))
        .checkAssert(
            (a, b, c, d) -> {
              DataValues x = DataValues.of(Map.of("n", a, "d", d));
              DataValues y = DataValues.of(Map.of("n", b));
              DataValues z = DataValues.of(Map.of("n", c, "d", d + 1));
              assertThat(x.plus(y).plus(z)).isEqualTo(x.plus(y.plus(z)));
              assertThat(x.plus(DataValues.empty())).isEqualTo(x);
              assertThat(DataValues.empty().plus(x)).isEqualTo(x);
              assertThat(x.plus(y)).isEqualTo(y.plus(x));
              assertThat(DataValues.sum(List.of(x, y, z)).get("n"))
                  .contains(BigDecimal.valueOf((long) a + b + c));
            });
  }

  @Test
  void defaultsHoldTheBirthRegistrationIndicatorsAndNotTheElevenPriorityIndicators() {
    assertThat(CAT.all())
        .extracting(IndicatorDefinition::code)
        .containsExactly(
            "BR_COMPLETENESS",
            "BR_CURRENT_SHARE",
            "BR_LATE_SHARE",
            "BR_DELAYED_SHARE",
            "BR_COVERAGE_U5",
            "BR_COVERAGE_U18");
    assertThat(CAT.definition("BR_COVERAGE_U5").factor()).isEqualTo(100);
  }
}
