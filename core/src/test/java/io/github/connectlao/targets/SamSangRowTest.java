package io.github.connectlao.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SamSangRowTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final Source SYNTHETIC = Source.synthetic("test fixture, not real counts");
  private static final SamSangStatus DISTRICT = SamSangStatus.COMPREHENSIVELY_STRONG_DISTRICT;
  private static final SamSangStatus VILLAGE = SamSangStatus.DEVELOPMENT_VILLAGE;

  @Test
  void unknownTotalSaysSoAndWhy() {
    SamSangRow row = SamSang.rollup(LAO, 2025).build().row("LA", VILLAGE);
    assertThat(row.achieved()).isEmpty();
    assertThat(row.gap()).isEmpty();
    assertThat(row.progressStatus()).isEmpty();
    assertThat(row.statusBasis()).startsWith("total unknown: ").contains("no village units");
    assertThat(row.toString())
        .startsWith("LA ")
        .contains("achieved unknown")
        .contains("required unknown")
        .contains("status unknown")
        .doesNotContain(" 0 ");
  }

  @Test
  void knownTotalWithoutDataSaysTheAchievedCountIsUnknown() {
    SamSangRow row = SamSang.rollup(LAO, 2025).build().row("LA05", DISTRICT);
    assertThat(row.total()).hasValue(5);
    assertThat(row.required()).hasValue(2);
    assertThat(row.statusBasis()).startsWith("achieved count unknown: no assessment or count");
    assertThat(row.toString()).contains("achieved unknown of 2 required (5 units, ");
  }

  @Test
  void withProgressTheRowReadsFromIt() {
    SamSangRow row =
        SamSang.rollup(LAO, 2025)
            .counts(
                List.of(
                    SamSangCount.of("LA05", AdminLevel.DISTRICT, 2021, 0, SYNTHETIC),
                    SamSangCount.of("LA05", AdminLevel.DISTRICT, 2025, 2, SYNTHETIC)))
            .build()
            .row("LA05", DISTRICT);
    CountProgress p = row.progress().orElseThrow();
    assertThat(row.achieved()).hasValue(2);
    assertThat(row.gap()).hasValue(0);
    assertThat(row.progressStatus()).isEqualTo(p.status()).contains(ProgressStatus.ACHIEVED);
    assertThat(row.statusBasis()).isEqualTo(p.statusBasis());
    assertThat(row.toString())
        .startsWith("LA05 " + DISTRICT.nameEnglish() + ": 2 (2025) of 2 required (5 units, ")
        .contains(ProgressStatus.ACHIEVED.label());
  }

  @Test
  void sourcesAreCopied() {
    SamSangRow base = SamSang.rollup(LAO, 2025).build().row("LA05", DISTRICT);
    List<Source> sources = new ArrayList<>(List.of(SYNTHETIC));
    SamSangRow row =
        new SamSangRow(
            base.area(),
            DISTRICT,
            base.target(),
            OptionalLong.of(5),
            TotalBasis.GAZETTEER,
            OptionalLong.of(2),
            OptionalInt.empty(),
            Optional.empty(),
            sources,
            "");
    sources.clear();
    assertThat(row.sources()).containsExactly(SYNTHETIC);
    assertThatThrownBy(() -> row.sources().add(SYNTHETIC))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(row.statusBasis()).isEqualTo("achieved count unknown"); // empty note: no colon
  }
}
