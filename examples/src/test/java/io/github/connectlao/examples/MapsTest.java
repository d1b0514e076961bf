package io.github.connectlao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.examples.maps.Maps;
import io.github.connectlao.examples.report.Lang;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The choropleth maps: every unit joined to its P-code, no value hatched and distinct from 0. */
class MapsTest {

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
}
