package io.github.connectlao.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.crvs.Timeliness;
import io.github.connectlao.crvs.TimelinessCounts;
import io.github.connectlao.indicator.DataValues;
import io.github.connectlao.indicator.ReportingPeriod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatisticCellTest {
  private static final ReportingPeriod Y2022 = ReportingPeriod.parse("2022");

  private static StatisticCell cell(
      CrvsStatistic s, Optional<Sex> sex, Optional<Timeliness> t, String value) {
    return StatisticCell.of(s, "LA05", sex, t, Y2022, new BigDecimal(value));
  }

  private static void assertField(Runnable r, String field) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void javadocExample() {
    StatisticCell c =
        cell(
            CrvsStatistic.BIRTHS_REGISTERED,
            Optional.of(Sex.FEMALE),
            Optional.of(Timeliness.CURRENT),
            "812");
    assertThat(c).hasToString("births_registered LA05 female current 2022: 812");
    assertThat(c.itemName()).isEqualTo("births_registered_current");
    assertThat(cell(CrvsStatistic.COMPLETENESS, Optional.empty(), Optional.empty(), "87.5"))
        .hasToString("completeness LA05 both sexes 2022: 87.5%");
  }

  /** 73 and 73.0 are one value: equal cells, equal hashes; another value or key is another cell. */
  @Test
  void valuesAreComparedAsNumbersWhateverTheirScale() {
    StatisticCell a = cell(CrvsStatistic.COMPLETENESS, Optional.empty(), Optional.empty(), "73");
    StatisticCell b = cell(CrvsStatistic.COMPLETENESS, Optional.empty(), Optional.empty(), "73.00");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(cell(CrvsStatistic.COMPLETENESS, Optional.empty(), Optional.empty(), "0.0"))
        .isEqualTo(cell(CrvsStatistic.COMPLETENESS, Optional.empty(), Optional.empty(), "0"))
        .hasSameHashCodeAs(
            cell(CrvsStatistic.COMPLETENESS, Optional.empty(), Optional.empty(), "0"));
    assertThat(a)
        .isNotEqualTo(cell(CrvsStatistic.COMPLETENESS, Optional.empty(), Optional.empty(), "73.1"));
    assertThat(a)
        .isNotEqualTo(
            cell(CrvsStatistic.COMPLETENESS, Optional.of(Sex.MALE), Optional.empty(), "73"));
    qt().forAll(longs().between(0, 1_000_000))
        .checkAssert(
            n -> {
              BigDecimal v = BigDecimal.valueOf(n, 2);
              StatisticCell x =
                  cell(
                      CrvsStatistic.COMPLETENESS,
                      Optional.empty(),
                      Optional.empty(),
                      v.toPlainString());
              StatisticCell y =
                  cell(
                      CrvsStatistic.COMPLETENESS,
                      Optional.empty(),
                      Optional.empty(),
                      v.setScale(6).toPlainString());
              assertThat(x).isEqualTo(y).hasSameHashCodeAs(y);
            });
  }

  @Test
  void invalidCellsNameTheirField() {
    assertField(
        () -> cell(CrvsStatistic.BIRTHS_ESTIMATED, Optional.empty(), Optional.empty(), "-1"),
        "value");
    assertField(
        () -> cell(CrvsStatistic.BIRTHS_ESTIMATED, Optional.of(Sex.UNKNOWN), Optional.empty(), "1"),
        "sex");
    assertField(
        () ->
            cell(
                CrvsStatistic.BIRTHS_ESTIMATED,
                Optional.empty(),
                Optional.of(Timeliness.LATE),
                "1"),
        "timeliness");
    assertField(
        () ->
            cell(
                CrvsStatistic.BIRTHS_REGISTERED,
                Optional.empty(),
                Optional.of(Timeliness.NOT_REGISTERED),
                "1"),
        "timeliness");
    assertField(
        () ->
            StatisticCell.of(
                CrvsStatistic.BIRTHS_ESTIMATED,
                " ",
                Optional.empty(),
                Optional.empty(),
                Y2022,
                BigDecimal.ONE),
        "unitCode");
    assertField(
        () ->
            StatisticCell.of(
                CrvsStatistic.BIRTHS_ESTIMATED,
                "LA05",
                Optional.empty(),
                Optional.empty(),
                null,
                BigDecimal.ONE),
        "period");
  }

  @Test
  void ofCountsGivesFourCellsThatReadBack() {
    TimelinessCounts counts = TimelinessCounts.of(10, 3, 2, 5);
    List<StatisticCell> cells = StatisticCell.ofCounts("LA05", Optional.empty(), Y2022, counts);
    assertThat(cells)
        .extracting(StatisticCell::itemName)
        .containsExactly(
            "births_registered_current",
            "births_registered_late",
            "births_registered_delayed",
            "births_not_registered");
    assertThat(StatisticCell.toCounts(cells))
        .containsExactly(Map.entry(new StatisticCell.Key("LA05", Optional.empty(), Y2022), counts));
  }

  @Test
  void toCountsIgnoresOtherStatisticsAndRejectsFractions() {
    StatisticCell estimate =
        cell(CrvsStatistic.BIRTHS_ESTIMATED, Optional.empty(), Optional.empty(), "100");
    assertThat(StatisticCell.toCounts(List.of(estimate))).isEmpty();
    StatisticCell half =
        cell(
            CrvsStatistic.BIRTHS_REGISTERED, Optional.empty(), Optional.of(Timeliness.LATE), "2.5");
    assertField(() -> StatisticCell.toCounts(List.of(half)), "value");
  }

  @Test
  void toDataValuesKeepsOneSexAndPeriod() {
    List<StatisticCell> cells =
        List.of(
            cell(CrvsStatistic.BIRTHS_ESTIMATED, Optional.empty(), Optional.empty(), "100"),
            cell(CrvsStatistic.BIRTHS_ESTIMATED, Optional.of(Sex.MALE), Optional.empty(), "51"),
            StatisticCell.of(
                CrvsStatistic.BIRTHS_ESTIMATED,
                "LA05",
                Optional.empty(),
                Optional.empty(),
                ReportingPeriod.parse("2023"),
                new BigDecimal("7")));
    Map<String, DataValues> both = StatisticCell.toDataValues(cells, Optional.empty(), Y2022);
    assertThat(both).containsOnlyKeys("LA05");
    assertThat(both.get("LA05").get("births_estimated")).hasValue(new BigDecimal("100"));
    assertThat(
            StatisticCell.toDataValues(cells, Optional.of(Sex.MALE), Y2022)
                .get("LA05")
                .get("births_estimated"))
        .hasValue(new BigDecimal("51"));
  }

  @Test
  void countsRoundTrip() {
    qt().withExamples(300)
        .forAll(
            longs().between(0, 1_000_000),
            longs().between(0, 1_000_000),
            longs().between(0, 1_000_000),
            longs().between(0, 1_000_000))
        .checkAssert(
            (c, l, d, n) -> {
              TimelinessCounts counts = TimelinessCounts.of(c, l, d, n);
              Optional<Sex> sex = Optional.of(Sex.FEMALE);
              assertThat(
                      StatisticCell.toCounts(StatisticCell.ofCounts("LA05", sex, Y2022, counts))
                          .get(new StatisticCell.Key("LA05", sex, Y2022)))
                  .isEqualTo(counts);
            });
  }
}
