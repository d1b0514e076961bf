package io.github.connectlao.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.connectlao.InvalidValueException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DataValuesTest {
  private static final List<String> ITEMS =
      List.of("births_registered", "births_estimated", "population.u5", "x-1");

  /** Values of up to four items, whole or with one decimal, possibly negative (a correction). */
  static Gen<DataValues> dataValues() {
    return lists()
        .of(
            integers()
                .between(0, ITEMS.size() - 1)
                .zip(
                    integers().between(-100_000, 100_000),
                    (i, v) -> Map.entry(ITEMS.get(i), BigDecimal.valueOf(v, v % 3 == 0 ? 1 : 0))))
        .ofSizeBetween(0, 4)
        .map(
            entries -> {
              Map<String, BigDecimal> m = new HashMap<>();
              entries.forEach(e -> m.put(e.getKey(), e.getValue()));
              return DataValues.of(m);
            });
  }

  @Test
  void theDocumentedExample() {
    DataValues v = DataValues.of(Map.of("births_registered", 1200, "births_estimated", 1500));
    assertThat(v.get("births_registered")).contains(new BigDecimal("1200"));
    assertThat(v.get("population")).isEmpty();
    assertThat(v.asMap()).containsOnlyKeys("births_estimated", "births_registered");
    assertThat(v.asMap().keySet()).containsExactly("births_estimated", "births_registered");
    assertThat(v).hasToString("{births_estimated=1500, births_registered=1200}");
  }

  @Test
  void plusSumsItemByItemAndKeepsAnItemPresentInOnlyOne() {
    DataValues a = DataValues.of(Map.of("births_registered", 1200, "births_estimated", 1500));
    DataValues b = DataValues.of(Map.of("births_registered", 300, "deaths", 7));
    assertThat(a.plus(b))
        .isEqualTo(
            DataValues.of(
                Map.of("births_registered", 1500, "births_estimated", 1500, "deaths", 7)));
    assertThat(DataValues.sum(List.of(a, b, b))).isEqualTo(a.plus(b).plus(b));
    assertThat(DataValues.sum(List.of())).isEqualTo(DataValues.empty());
  }

  @Test
  void additionIsAssociativeAndCommutativeWithEmptyAsIdentity() {
    qt().forAll(dataValues(), dataValues(), dataValues())
        .checkAssert(
            (a, b, c) -> {
              assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
              assertThat(a.plus(b)).isEqualTo(b.plus(a));
              assertThat(a.plus(DataValues.empty())).isEqualTo(a);
              assertThat(DataValues.empty().plus(a)).isEqualTo(a);
            });
  }

  @Test
  void equalNumbersAreEqualWhateverTheirScaleAndHashAlike() {
    DataValues whole = DataValues.of(Map.of("births_registered", 1200));
    DataValues decimal = DataValues.of(Map.of("births_registered", new BigDecimal("1200.00")));
    DataValues fromDouble = DataValues.of(Map.of("births_registered", 1200.0));
    assertThat(whole)
        .isEqualTo(decimal)
        .isEqualTo(fromDouble)
        .hasSameHashCodeAs(decimal)
        .hasSameHashCodeAs(fromDouble);
    assertThat(whole).isNotEqualTo(DataValues.of(Map.of("births_registered", 1201)));
    assertThat(whole).isNotEqualTo(whole.with("deaths", 0));
    qt().forAll(dataValues(), dataValues())
        .checkAssert(
            (a, b) -> {
              if (a.equals(b)) {
                assertThat(a.hashCode()).isEqualTo(b.hashCode());
              }
            });
  }

  @Test
  void withReplacesOneItemAndLeavesTheOriginalUnchanged() {
    DataValues v = DataValues.of(Map.of("births_registered", 1200));
    DataValues w = v.with("births_registered", 10).with("deaths", 2.5);
    assertThat(w.get("births_registered")).contains(new BigDecimal("10"));
    assertThat(w.get("deaths")).contains(new BigDecimal("2.5"));
    assertThat(v.get("births_registered")).contains(new BigDecimal("1200"));
    assertThat(v.get("deaths")).isEmpty();
    assertThatThrownBy(() -> w.asMap().put("x", BigDecimal.ONE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesNumbersThatAreNoValueAndBadItemNames() {
    assertThatThrownBy(() -> DataValues.empty().with("births", Double.NaN))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("births: 'NaN' must be a finite number");
    assertThatThrownBy(() -> DataValues.empty().with("births", Float.POSITIVE_INFINITY))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("births: ");
    assertThatThrownBy(() -> DataValues.empty().with("births", null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("births: null is required");
    assertThatThrownBy(() -> DataValues.empty().with("births registered", 1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("data item: 'births registered' must contain only letters, digits, _ . -");
  }
}
