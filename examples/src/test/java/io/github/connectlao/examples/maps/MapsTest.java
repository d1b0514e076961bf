package io.github.connectlao.examples.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.connectlao.examples.report.Lang;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The choropleth maps: every unit joined to its P-code, any gazetteer code accepted, the classes of
 * the scale, no value hatched and distinct from 0, suppressed units cross-hatched and never given a
 * value, the legend, the attribution, PNG and SVG.
 */
class MapsTest {
  private static final double[] BREAKS = {20, 40, 60, 80};

  /** ColorBrewer YlGnBu, light = low, as the class comment states. */
  private static final List<String> SCALE =
      List.of("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494");

  private static final Pattern PATH =
      Pattern.compile(
          "<path data-code=\"([A-Z0-9]+)\"(?: data-value=\"([^\"]+)\")? fill=\"([^\"]+)\""
              + "(?: data-status=\"([a-z-]+)\")?");

  /** One coloured unit of an SVG map. */
  record Unit(String code, String value, String fill, String status) {}

  static Map<String, Unit> units(String svg) {
    Map<String, Unit> out = new HashMap<>();
    Matcher m = PATH.matcher(svg);
    while (m.find()) {
      assertThat(out.put(m.group(1), new Unit(m.group(1), m.group(2), m.group(3), m.group(4))))
          .as("one path per unit: " + m.group(1))
          .isNull();
    }
    return out;
  }

  static String svg(Map<String, ? extends Number> values, Set<String> suppressed) {
    return Maps.choroplethSvg(
        Maps.Level.PROVINCE, values, suppressed, "t", "%", "s", Lang.EN, BREAKS);
  }

  @Test
  void everyProvinceAndDistrictHasItsPcodeOnce() {
    assertThat(Maps.codes(Maps.Level.PROVINCE))
        .hasSize(18)
        .doesNotHaveDuplicates()
        .allMatch(c -> c.matches("LA\\d\\d"));
    assertThat(Maps.codes(Maps.Level.DISTRICT))
        .hasSize(148)
        .doesNotHaveDuplicates()
        .allMatch(c -> c.matches("LA\\d{4}"));
  }

  @Test
  void noValueIsHatchedAndZeroIsTheLightestColour() {
    // Savannakhet (LA13) is large; draw it with no value, then with 0
    BufferedImage none = Maps.choropleth(Maps.Level.PROVINCE, Map.of("LA01", 50), "t");
    BufferedImage zero = Maps.choropleth(Maps.Level.PROVINCE, Map.of("LA01", 50, "LA-SV", 0), "t");
    Set<Integer> hatchColours = colours(none, 612, 640, 700, 720);
    Set<Integer> zeroColours = colours(zero, 612, 640, 700, 720);
    assertThat(hatchColours).as("hatch: two colours").hasSizeGreaterThan(1);
    assertThat(zeroColours).containsExactly(0xffffcc);
    assertThat(none.getWidth()).isEqualTo(1000);
  }

  @Test
  void drawsInLaoAndEnglish() {
    assertThat(
            Maps.choropleth(
                    Maps.Level.DISTRICT,
                    Map.of("LA0101", 10.0),
                    "ແຜນທີ່",
                    "%",
                    "ແຫຼ່ງ",
                    Lang.LO,
                    new double[] {20, 40, 60, 80})
                .getHeight())
        .isEqualTo(1150);
    assertThat(Maps.ATTRIBUTION)
        .contains(
            "National Geographic Department of Lao PDR / OCHA ROAP, via HDX and geoBoundaries");
  }

  @Test
  void svgHasOnePathPerUnitWithItsCodeAndTheHatchForNoValue() {
    String svg =
        Maps.choroplethSvg(
            Maps.Level.PROVINCE,
            Map.of("LA01", 50, "LA03", 0),
            "t",
            "%",
            "s",
            Lang.EN,
            new double[] {20, 40, 60, 80});
    assertThat(svg)
        .startsWith("<svg")
        .endsWith("</svg>\n")
        .contains(Maps.ATTRIBUTION)
        .contains("data-code=\"LA01\" data-value=\"50.0\" fill=\"#41b6c4\"")
        .contains("data-code=\"LA03\" data-value=\"0.0\" fill=\"#ffffcc\"")
        .contains("data-code=\"LA05\" fill=\"url(#novalue)\"");
    assertThat(svg.split("data-code=", -1)).hasSize(19);
  }

  private static Set<Integer> colours(BufferedImage img, int x0, int x1, int y0, int y1) {
    Set<Integer> s = new HashSet<>();
    for (int x = x0; x < x1; x++) {
      for (int y = y0; y < y1; y++) {
        s.add(img.getRGB(x, y) & 0xffffff);
      }
    }
    return s;
  }

  @Test
  void theJavadocExampleWritesAPng(@TempDir Path tmp) throws Exception {
    BufferedImage img =
        Maps.choropleth(Maps.Level.PROVINCE, Map.of("LA01", 81.5, "LA03", 40.2), "Completeness %");
    Path file = tmp.resolve("map.png");
    Maps.writePng(img, file);
    BufferedImage back = ImageIO.read(file.toFile());
    assertThat(back.getWidth()).isEqualTo(1000);
    assertThat(back.getHeight()).isEqualTo(1150);
  }

  @Test
  void valuesMayBeKeyedByIsoOrLsbCodes() {
    Map<String, Unit> u = units(svg(Map.of("LA-BK", 50, "03", 10.5), null));
    assertThat(u.get("LA05")).isEqualTo(new Unit("LA05", "50.0", "#41b6c4", null));
    assertThat(u.get("LA03")).isEqualTo(new Unit("LA03", "10.5", "#ffffcc", null));
    assertThat(u).hasSize(18).doesNotContainKeys("LA-BK", "03");
  }

  @Test
  void aNullOrNonFiniteValueIsNoValueNeverZero() {
    Map<String, Double> values = new HashMap<>();
    values.put("LA01", null);
    values.put("LA02", Double.NaN);
    values.put("LA03", Double.POSITIVE_INFINITY);
    values.put("LA04", 0.0);
    Map<String, Unit> u = units(svg(values, null));
    for (String code : List.of("LA01", "LA02", "LA03")) {
      assertThat(u.get(code)).isEqualTo(new Unit(code, null, "url(#novalue)", "no-value"));
    }
    assertThat(u.get("LA04")).isEqualTo(new Unit("LA04", "0.0", "#ffffcc", null));
  }

  @Test
  void aBreakBelongsToTheClassAboveIt() {
    Map<String, Unit> u =
        units(
            svg(
                Map.of(
                    "LA01", 19.99, "LA02", 20, "LA03", 39.9, "LA04", 40, "LA05", 60, "LA06", 79.9,
                    "LA07", 80, "LA08", 100, "LA09", 250, "LA10", -3),
                null));
    assertThat(u.get("LA01").fill()).isEqualTo("#ffffcc");
    assertThat(u.get("LA02").fill()).isEqualTo("#a1dab4");
    assertThat(u.get("LA03").fill()).isEqualTo("#a1dab4");
    assertThat(u.get("LA04").fill()).isEqualTo("#41b6c4");
    assertThat(u.get("LA05").fill()).isEqualTo("#2c7fb8");
    assertThat(u.get("LA06").fill()).isEqualTo("#2c7fb8");
    assertThat(u.get("LA07").fill()).isEqualTo("#253494");
    assertThat(u.get("LA08").fill()).isEqualTo("#253494");
    assertThat(u.get("LA09").fill()).isEqualTo("#253494");
    assertThat(u.get("LA10").fill()).isEqualTo("#ffffcc");
  }

  @Test
  void theClassOfAValueIsTheNumberOfBreaksAtOrBelowIt() {
    qt().withExamples(60)
        .forAll(doubles().between(-50, 150), doubles().between(-50, 150))
        .checkAssert(
            (a, b) -> {
              Map<String, Unit> u = units(svg(Map.of("LA01", a, "LA02", b), null));
              int ca = SCALE.indexOf(u.get("LA01").fill());
              int cb = SCALE.indexOf(u.get("LA02").fill());
              assertThat(ca).isEqualTo(below(a));
              // monotone: a larger value never takes a lighter colour
              if (a <= b) {
                assertThat(ca).isLessThanOrEqualTo(cb);
              }
            });
  }

  private static int below(double v) {
    int n = 0;
    for (double b : BREAKS) {
      if (v >= b) {
        n++;
      }
    }
    return n;
  }

  @Test
  void aSuppressedUnitIsCrossHatchedWithoutAValue() {
    Map<String, Unit> u = units(svg(Map.of("LA01", 50), Set.of("LA-BK", "LA03")));
    assertThat(u.get("LA05")).isEqualTo(new Unit("LA05", null, "url(#suppressed)", "suppressed"));
    assertThat(u.get("LA03")).isEqualTo(new Unit("LA03", null, "url(#suppressed)", "suppressed"));
    assertThat(u.get("LA02")).isEqualTo(new Unit("LA02", null, "url(#novalue)", "no-value"));
    assertThat(u.get("LA01").status()).isNull();
  }

  @Test
  void aUnitWithAValueAndTheSuppressedMarkIsRefusedWhateverItsCode() {
    assertThatThrownBy(() -> svg(Map.of("LA05", 50), Set.of("LA-BK")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit LA05 has both a value and the suppressed mark");
    assertThatThrownBy(
            () ->
                Maps.choropleth(
                    Maps.Level.PROVINCE,
                    Map.of("LA05", 50),
                    Set.of("LA05"),
                    "t",
                    "%",
                    "s",
                    Lang.EN,
                    BREAKS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LA05");
  }

  @Test
  void theLegendNamesEveryClassNoValueAndSuppressedOnlyWhenAsked() {
    String plain = svg(Map.of("LA01", 50), null);
    assertThat(plain)
        .contains(">&lt; 20</text>", ">20 – &lt; 40</text>", ">40 – &lt; 60</text>")
        .contains(">60 – &lt; 80</text>")
        .contains(">80+</text>", ">no value</text>")
        .doesNotContain("suppressed (confidentiality)");
    assertThat(svg(Map.of("LA01", 50), Set.of())).contains(">suppressed (confidentiality)</text>");
    String lao =
        Maps.choroplethSvg(
            Maps.Level.PROVINCE,
            Map.of(),
            Set.of("LA01"),
            "t",
            "%",
            "s",
            Lang.LO,
            new double[] {1.5, 3, 10, 50});
    assertThat(lao)
        .contains(">&lt; 1.5</text>", ">1.5 – &lt; 3</text>", ">50+</text>")
        .contains(">ບໍ່ມີຄ່າ</text>", ">ປິດບັງ (ຮັກສາຄວາມລັບ)</text>");
  }

  @Test
  void provinceNamesFollowTheLanguage() {
    String en = Maps.choroplethSvg(Maps.Level.PROVINCE, Map.of(), "t", "%", "", Lang.EN, BREAKS);
    String lo = Maps.choroplethSvg(Maps.Level.PROVINCE, Map.of(), "t", "%", "", Lang.LO, BREAKS);
    assertThat(en).contains(">Bokeo</text>").doesNotContain(">ບໍ່ແກ້ວ</text>");
    assertThat(lo).contains(">ບໍ່ແກ້ວ</text>").doesNotContain(">Bokeo</text>");
  }

  @Test
  void aDistrictMapHas148UnitsAndTheProvinceBorders() {
    String svg =
        Maps.choroplethSvg(
            Maps.Level.DISTRICT, Map.of("LA0501", 45), "t", "%", "", Lang.EN, BREAKS);
    Map<String, Unit> u = units(svg);
    assertThat(u).hasSize(148);
    assertThat(u.get("LA0501")).isEqualTo(new Unit("LA0501", "45.0", "#41b6c4", null));
    assertThat(svg.split("<path fill=\"none\" stroke=\"black\"", -1)).hasSize(1 + 18);
  }

  @Test
  void textIsEscapedAndTheSourceAndAttributionArePrinted() {
    String svg =
        Maps.choroplethSvg(
            Maps.Level.PROVINCE,
            Map.of(),
            "Births <2020> & \"after\"",
            "%",
            "Source: LSB & World Bank",
            Lang.EN,
            BREAKS);
    assertThat(svg)
        .contains(">Births &lt;2020&gt; &amp; &quot;after&quot;</text>")
        .contains(">Source: LSB &amp; World Bank</text>")
        .contains(">" + Maps.ATTRIBUTION + "</text>")
        .doesNotContain("<2020>");
    // no source line: only the attribution
    String bare = Maps.choroplethSvg(Maps.Level.PROVINCE, Map.of(), "t", "%", " ", Lang.EN, BREAKS);
    assertThat(bare.split("y=\"1090\"", -1)).hasSize(1);
  }

  @Test
  void suppressedAndNoValueAreDrawnWithDifferentPatternsInThePng() {
    // Savannakhet (LA13) is large: the same window, once suppressed, once with no value
    BufferedImage hidden =
        Maps.choropleth(
            Maps.Level.PROVINCE, Map.of(), Set.of("LA-SV"), "t", "%", "", Lang.EN, BREAKS);
    BufferedImage none =
        Maps.choropleth(Maps.Level.PROVINCE, Map.of(), null, "t", "%", "", Lang.EN, BREAKS);
    Set<Integer> cross = colours(hidden, 612, 640, 700, 720);
    Set<Integer> hatch = colours(none, 612, 640, 700, 720);
    assertThat(cross).hasSizeGreaterThan(1).isNotEqualTo(hatch);
    List<Integer> scale = new ArrayList<>();
    SCALE.forEach(c -> scale.add(Integer.parseInt(c.substring(1), 16)));
    assertThat(cross).doesNotContainAnyElementsOf(scale);
  }
}
