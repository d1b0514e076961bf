package io.github.connectlao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.Confidence;
import io.github.connectlao.csv.ImportResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
          if (u.code().equals("LA1803") || u.code().equals("LA1805")) {
            assertThat(u.lsbCode()).as("LSB code of %s is unresolved, not derived", u).isEmpty();
          } else {
            assertThat(u.lsbCode()).contains(u.code().substring(2));
          }
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
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                getClass().getResourceAsStream("/io/github/connectlao/data/lao_provinces.csv"),
                StandardCharsets.UTF_8))) {
      String header = r.readLine();
      assertThat(header).contains("district_count_2019");
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split(",");
        expected.put(f[1], Integer.parseInt(f[7]));
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
    long ocha =
        lao.units(AdminLevel.DISTRICT).stream()
            .filter(d -> d.source().confidence() == Confidence.VERIFIED)
            .count();
    long community =
        lao.units(AdminLevel.DISTRICT).stream()
            .filter(d -> d.source().confidence() == Confidence.UNVERIFIED)
            .count();
    // SOURCES.md: 71 districts in 9 provinces with OCHA's Lao names, the other 77 with the
    // community list's
    assertThat(ocha).isEqualTo(71);
    assertThat(community).isEqualTo(77);
    assertThat(lao.units(AdminLevel.DISTRICT))
        .allSatisfy(
            d ->
                assertThat(d.source().note())
                    .get()
                    .asString()
                    .contains(
                        "P-code "
                            + d.code()
                            + " and English name confirmed in OCHA Global P-codes (COD-AB 2019-11-12)"));
  }

  @Test
  void districtCodesFollowOchasPcodeList() throws IOException {
    // the OCHA Global P-codes rows for the Lao PDR (OCHA/HDX "Global P-codes", Lao PDR, 2019),
    // copied here
    // for the three districts our earlier data had wrong
    assertThat(lao.find("LA1012")).isEmpty();
    assertThat(lao.unit("LA1013").nameEnglish()).isEqualTo("Meun");
    assertThat(lao.unit("LA1013").lsbCode()).contains("1013");
    assertThat(lao.unit("LA1803").nameEnglish()).isEqualTo("Longsane");
    assertThat(lao.unit("LA1805").nameEnglish()).isEqualTo("Longcheng");
    for (String code : List.of("LA1803", "LA1805")) {
      assertThat(lao.unit(code).source().note())
          .get()
          .asString()
          .contains("unresolved")
          .contains("Lao Statistics Bureau code unknown");
    }
    // an LSB-style lookup of 1803 or 1805 must not silently pick one of the two
    assertThat(lao.find("1803")).isEmpty();
    assertThat(lao.find("1805")).isEmpty();
    // the four names that differed from OCHA only in letter case now follow OCHA
    assertThat(lao.unit("LA0205").nameEnglish()).isEqualTo("Boon Neua");
    assertThat(lao.unit("LA0206").nameEnglish()).isEqualTo("Nhot Ou");
    assertThat(lao.unit("LA1402").nameEnglish()).isEqualTo("Ta Oi");
    assertThat(lao.unit("LA1407").nameEnglish()).isEqualTo("Lao Ngarm");
  }

  @Test
  void everyShippedRecordHasTheValidityOfItsParent() {
    for (AdminUnit u : lao.all()) {
      lao.parent(u)
          .ifPresent(
              p -> {
                p.validFrom()
                    .ifPresent(
                        pf ->
                            assertThat(u.validFrom())
                                .as("validFrom of %s", u)
                                .isPresent()
                                .get()
                                .matches(f -> !f.earliest().isBefore(pf.earliest())));
                p.validTo()
                    .ifPresent(
                        pt ->
                            assertThat(u.validTo())
                                .as("validTo of %s", u)
                                .isPresent()
                                .get()
                                .matches(t -> !t.latest().isAfter(pt.latest())));
              });
    }
    assertThat(lao.descendants(lao.unit("LA18"), AdminLevel.DISTRICT))
        .hasSize(5)
        .allSatisfy(d -> assertThat(d.validFrom()).get().hasToString("2013-12"));
  }

  @Test
  void everyHistoryRecordIsSourcedAndNamesUnitsThatExist() {
    TerritoryHistory h = TerritoryHistory.laoPdr();
    assertThat(h.changes()).isNotEmpty();
    Set<String> ids = new HashSet<>();
    for (TerritoryChange c : h.changes()) {
      assertThat(ids.add(c.id())).as("duplicate id %s", c.id()).isTrue();
      assertThat(c.source().citation()).as(c.id()).isNotBlank();
      assertThat(c.source().confidence())
          .as(c.id())
          .isIn(Confidence.VERIFIED, Confidence.SECONDARY);
      assertThat(c.date().year()).as(c.id()).isBetween(1975, 2026);
      for (String code : c.unitCodes()) {
        assertThat(lao.find(code)).as("unit %s of %s", code, c.id()).isPresent();
      }
      for (String code : concat(c.fromUnits(), c.toUnits())) {
        if (code.matches("LA\\d+")) {
          assertThat(lao.find(code)).as("unit %s of %s", code, c.id()).isPresent();
        }
      }
      if (c.setsValidity()) {
        AdminUnit u = lao.unit(c.unitCodes().get(0));
        assertThat(c.kind() == TerritoryChange.Kind.CREATED ? u.validFrom() : u.validTo())
            .as("validity of %s from %s", u, c.id())
            .contains(c.date());
      }
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void communityVillagesAreAllUnofficialAndTheUnplacedOnesReported() {
    ImportResult<Gazetteer> result = lao.withCommunityVillages();
    Gazetteer withVillages = result.accepted();
    // 8,940 rows: 24 with an unknown district are reported, not dropped silently
    assertThat(result.accepted().unitsNotIn(lao)).hasSize(8_916);
    assertThat(result.errors())
        .hasSize(24)
        .allSatisfy(e -> assertThat(e.reason()).contains("not added"));
    assertThat(withVillages.count(AdminLevel.VILLAGE)).isEqualTo(8_916);
    // the community list numbers Meun 1012 and Longcheng 1803: its villages land in OCHA's LA1013
    // and LA1805
    assertThat(withVillages.children(withVillages.unit("LA1013"))).hasSize(57);
    assertThat(withVillages.children(withVillages.unit("LA1805"))).hasSize(10);
    assertThat(withVillages.children(withVillages.unit("LA1803"))).hasSize(22);
    assertThat(withVillages.units(AdminLevel.VILLAGE))
        .allSatisfy(
            v -> {
              assertThat(v.isOfficial()).isFalse();
              assertThat(v.source().confidence()).isEqualTo(Confidence.UNOFFICIAL);
              assertThat(v.toString()).contains("unofficial");
            });
    // the default is untouched
    assertThat(lao.count(AdminLevel.VILLAGE)).isZero();
  }
}
