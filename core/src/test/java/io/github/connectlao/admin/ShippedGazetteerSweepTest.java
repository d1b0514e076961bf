package io.github.connectlao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.Confidence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sweeps every shipped record for consistency, as libphonenumber does for its metadata. */
class ShippedGazetteerSweepTest {
  private final Gazetteer lao = Gazetteer.laoPdr();

  @Test
  void levelsHaveTheExpectedCounts() {
    assertThat(lao.count(AdminLevel.NATIONAL)).isEqualTo(1);
    assertThat(lao.count(AdminLevel.PROVINCE)).isEqualTo(18);
    assertThat(lao.count(AdminLevel.DISTRICT)).isEqualTo(148);
    assertThat(lao.count(AdminLevel.VILLAGE)).isZero();
    assertThat(lao.size()).isEqualTo(167);
  }

  @Test
  void codesAreUniqueAndWellFormed() {
    Set<String> codes = new HashSet<>();
    for (AdminUnit u : lao.all()) {
      assertThat(codes.add(u.code())).as("duplicate %s", u.code()).isTrue();
      switch (u.level()) {
        case NATIONAL -> assertThat(u.code()).isEqualTo("LA");
        case PROVINCE -> {
          assertThat(u.code()).matches("LA\\d{2}");
          assertThat(u.isoCode()).get().asString().matches("LA-[A-Z]{2}");
          assertThat(u.lsbCode()).contains(u.code().substring(2));
        }
        case DISTRICT -> {
          assertThat(u.code()).matches("LA\\d{4}");
          assertThat(u.lsbCode()).contains(u.code().substring(2));
          assertThat(u.parentCode()).contains(u.code().substring(0, 4));
        }
        default -> throw new AssertionError("unexpected level " + u);
      }
    }
  }

  @Test
  void everyUnitHasNamesAParentOneLevelUpAndASource() {
    for (AdminUnit u : lao.all()) {
      assertThat(u.nameLao()).as("Lao name of %s", u.code()).isNotBlank();
      assertThat(u.nameEnglish()).as("English name of %s", u.code()).isNotBlank();
      assertThat(u.source().citation()).isNotBlank();
      if (u.level() != AdminLevel.NATIONAL) {
        AdminUnit parent = lao.parent(u).orElseThrow();
        assertThat(parent.level()).isEqualTo(u.level().parentLevel());
      }
    }
  }

  @Test
  void districtCountsPerProvinceMatchTheProvinceFile() throws IOException {
    Map<String, Integer> expected = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("/io/github/connectlao/data/lao_provinces.csv"), StandardCharsets.UTF_8))) {
      String header = r.readLine();
      assertThat(header).contains("district_count_2019");
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split(",");
        expected.put(f[1], Integer.parseInt(f[9]));
      }
    }
    assertThat(expected).hasSize(18);
    for (AdminUnit p : lao.units(AdminLevel.PROVINCE)) {
      assertThat(lao.children(p)).as("districts of %s", p).hasSize(expected.get(p.code()));
    }
    assertThat(expected.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(148);
  }

  @Test
  void unconfirmedDistrictCodesAreFlaggedNotHidden() {
    long ocha = lao.units(AdminLevel.DISTRICT).stream()
        .filter(d -> d.source().confidence() == Confidence.VERIFIED).count();
    long community = lao.units(AdminLevel.DISTRICT).stream()
        .filter(d -> d.source().confidence() == Confidence.UNVERIFIED).count();
    // SOURCES.md: 71 districts in 9 provinces from OCHA attributes, the other 77 from the community list
    assertThat(ocha).isEqualTo(71);
    assertThat(community).isEqualTo(77);
    assertThat(lao.unit("LA1012").source().note()).get().asString().contains("not checked against OCHA");
  }

  @Test
  void xaisomboun_isValidFrom2013() {
    AdminUnit xs = lao.unit("LA-XS");
    assertThat(xs.code()).isEqualTo("LA18");
    assertThat(xs.validFrom()).get().hasToString("2013");
    assertThat(xs.isValidOn(java.time.LocalDate.of(2012, 6, 1))).isFalse();
    assertThat(xs.isValidOn(java.time.LocalDate.of(2014, 1, 1))).isTrue();
  }

  @Test
  void communityVillagesAreAllUnofficialAndTheUnplacedOnesReported() {
    GazetteerImport result = lao.withCommunityVillages();
    Gazetteer withVillages = result.gazetteer();
    // 8,940 rows: 24 with an unknown district are reported, not dropped silently
    assertThat(result.result().accepted()).hasSize(8_916);
    assertThat(result.result().errors()).hasSize(24)
        .allSatisfy(e -> assertThat(e.reason()).contains("not added"));
    assertThat(withVillages.count(AdminLevel.VILLAGE)).isEqualTo(8_916);
    assertThat(withVillages.units(AdminLevel.VILLAGE))
        .allSatisfy(v -> {
          assertThat(v.isOfficial()).isFalse();
          assertThat(v.source().confidence()).isEqualTo(Confidence.UNOFFICIAL);
          assertThat(v.toString()).contains("unofficial");
        });
    // the default is untouched
    assertThat(lao.count(AdminLevel.VILLAGE)).isZero();
  }
}
