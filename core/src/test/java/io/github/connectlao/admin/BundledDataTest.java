package io.github.connectlao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.internal.BundledCsv;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledDataTest {

  @Test
  void readsQuotedCellsWithCommasLikeTheVillageOnLine1478() {
    List<BundledCsv.Row> rows = BundledCsv.read("lao_villages_community.csv");
    assertThat(rows).hasSize(8_940);
    BundledCsv.Row quoted = rows.stream().filter(r -> r.line() == 1478).findFirst().orElseThrow();
    assertThat(quoted.require("village_id")).isEqualTo("40174");
    assertThat(quoted.require("name_lo")).startsWith("ນ້ຳແຫງໃຕ້ (ນ້ຳກູດ),");
    assertThat(quoted.get("name_en")).isEmpty();
    assertThat(quoted.require("district_known")).isEqualTo("yes");
  }

  @Test
  void provinceFileHasEighteenRowsAndNoShareAlikeColumn() {
    List<BundledCsv.Row> rows = BundledCsv.read("lao_provinces.csv");
    assertThat(rows).hasSize(18);
    assertThat(rows.stream().mapToLong(r -> Long.parseLong(r.require("district_count_2019"))).sum())
        .isEqualTo(148);
    // the per-province census figures and capitals came from an encyclopedia under CC BY-SA: not
    // shipped
    assertThat(rows.get(0).has("population_2015_census")).isFalse();
    assertThat(rows.get(0).has("capital_district_en")).isFalse();
  }
}
