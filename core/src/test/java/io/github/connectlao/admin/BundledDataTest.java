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
  void provinceFileHasEighteenRowsWithCensusPopulation() {
    List<BundledCsv.Row> rows = BundledCsv.read("lao_provinces.csv");
    assertThat(rows).hasSize(18);
    long total = rows.stream().mapToLong(r -> Long.parseLong(r.require("population_2015_census"))).sum();
    // lao_reference_facts.json: census 2015 total 6,492,228
    assertThat(total).isEqualTo(6_492_228L);
  }
}
