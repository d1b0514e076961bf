package io.github.connectlao.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * The report's bar charts: the colour-blind-safe palettes, the shipped Lao font, one bar series per
 * entry with an optional target line, no value left out (never drawn as 0), the source line, PNG.
 */
class ChartsTest {
  private static final List<String> PROVINCES = List.of("Bokeo", "ບໍ່ແກ້ວ", "Attapeu");

  private static int rgb(Color c) {
    return c.getRGB() & 0xffffff;
  }

  @Test
  void thePaletteIsOkabeIto() {
    assertThat(Arrays.stream(Charts.PALETTE).map(ChartsTest::rgb))
        .containsExactly(
            0x0072B2, 0xE69F00, 0xD55E00, 0x009E73, 0x56B4E9, 0xCC79A7, 0xF0E442, 0x000000);
  }

  @Test
  void timelinessIsBlueSkyBlueOrangeGreyWithNoRedGreenPair() {
    assertThat(Arrays.stream(Charts.TIMELINESS).map(ChartsTest::rgb))
        .containsExactly(0x0072B2, 0x56B4E9, 0xE69F00, 0x999999);
    // the palette's red (vermillion) and green (bluish green) are left out of it
    assertThat(Charts.TIMELINESS).doesNotContain(Charts.PALETTE[2], Charts.PALETTE[3]);
  }

  @Test
  void theShippedFontDrawsLaoAndLatin() {
    // the font ships with the examples, so it loads on every machine that runs these tests
    assertThat(Charts.laoAvailable()).isTrue();
    Font f = Charts.laoFont(Font.BOLD, 20f);
    assertThat(f.canDisplayUpTo("ບໍ່ແກ້ວ Bokeo 0123456789 %")).isEqualTo(-1);
    assertThat(f.getSize2D()).isEqualTo(20f);
    assertThat(f.isBold()).isTrue();
    assertThat(Charts.laoFont(Font.PLAIN, 12f).isBold()).isFalse();
    assertThat(f.getFamily()).containsIgnoringCase("Phetsarath");
  }

  @Test
  void oneBarSeriesPerEntryInOrderWithItsValues() {
    Map<String, List<? extends Number>> series = new LinkedHashMap<>();
    series.put("registered", List.of(10, 20, 30));
    series.put("estimated", List.of(40.5, 50.5, 60.5));
    CategoryChart chart =
        Charts.bars("Births", "births", PROVINCES, series, Optional.empty(), false);
    assertThat(chart.getTitle()).isEqualTo("Births");
    assertThat(chart.getYAxisTitle()).isEqualTo("births");
    assertThat(chart.getWidth()).isEqualTo(1100);
    assertThat(chart.getHeight()).isEqualTo(650);
    assertThat(chart.getSeriesMap().keySet()).containsExactly("registered", "estimated");
    CategorySeries registered = chart.getSeriesMap().get("registered");
    assertThat(new ArrayList<Object>(registered.getXData())).containsExactlyElementsOf(PROVINCES);
    assertThat(new ArrayList<Number>(registered.getYData())).containsExactly(10, 20, 30);
    assertThat(registered.getChartCategorySeriesRenderStyle()) // unset: the chart's default, bars
        .isNotEqualTo(CategorySeries.CategorySeriesRenderStyle.Line);
    assertThat(chart.getStyler().isStacked()).isFalse();
    assertThat(chart.getStyler().getYAxisMin()).isEqualTo(0.0);
    assertThat(chart.getStyler().getSeriesColors()).isEqualTo(Charts.PALETTE);
  }

  @Test
  void aBarWithNoValueStaysEmptyNeverZero() {
    Map<String, List<? extends Number>> series = new LinkedHashMap<>();
    series.put("completeness", Arrays.asList(71.2, null, 0.0));
    CategoryChart chart = Charts.bars("t", "%", PROVINCES, series, Optional.empty(), false);
    assertThat(new ArrayList<Number>(chart.getSeriesMap().get("completeness").getYData()))
        .containsExactly(71.2, null, 0.0);
    assertThat(chart.getStyler().isLabelsVisible()).isTrue(); // every drawn bar shows its value
  }

  @Test
  void aTargetIsABlackLineAcrossEveryCategory() {
    Map<String, List<? extends Number>> series = new LinkedHashMap<>();
    series.put("completeness", List.of(50, 60, 70));
    CategoryChart chart =
        Charts.bars(
            "t", "%", PROVINCES, series, Optional.of(Map.entry("target 2024", 70.0)), false);
    assertThat(chart.getSeriesMap().keySet()).containsExactly("completeness", "target 2024");
    CategorySeries target = chart.getSeriesMap().get("target 2024");
    assertThat(target.getChartCategorySeriesRenderStyle())
        .isEqualTo(CategorySeries.CategorySeriesRenderStyle.Line);
    assertThat(target.getLineColor()).isEqualTo(Color.BLACK);
    assertThat(new ArrayList<Number>(target.getYData())).containsExactly(70.0, 70.0, 70.0);
    assertThat(chart.getStyler().isOverlapped()).isTrue(); // the line over the bars
  }

  @Test
  void fourStackedSeriesTakeTheTimelinessColours() {
    Map<String, List<? extends Number>> shares = new LinkedHashMap<>();
    for (String c : List.of("current", "late", "delayed", "not registered")) {
      shares.put(c, List.of(25, 25, 25));
    }
    CategoryChart chart = Charts.bars("t", "%", PROVINCES, shares, Optional.empty(), true);
    assertThat(chart.getStyler().isStacked()).isTrue();
    assertThat(chart.getStyler().getSeriesColors()).isEqualTo(Charts.TIMELINESS);
    Map<String, List<? extends Number>> three = new LinkedHashMap<>(shares);
    three.remove("late");
    assertThat(
            Charts.bars("t", "%", PROVINCES, three, Optional.empty(), true)
                .getStyler()
                .getSeriesColors())
        .isEqualTo(Charts.PALETTE);
  }

  @Test
  void aSingleSeriesKeepsTheOrderOfItsMap() {
    Map<String, Integer> values = new LinkedHashMap<>();
    values.put("Vientiane Capital", 9);
    values.put("Attapeu", 5);
    values.put("Bokeo", 5);
    CategoryChart chart = Charts.bars("Districts per province", "districts", values, "districts");
    CategorySeries s = chart.getSeriesMap().get("districts");
    assertThat(chart.getSeriesMap()).hasSize(1);
    assertThat(new ArrayList<Object>(s.getXData()))
        .containsExactly("Vientiane Capital", "Attapeu", "Bokeo");
    assertThat(new ArrayList<Number>(s.getYData())).containsExactly(9, 5, 5);
  }

  @Test
  void theSourceLineGoesUnderTheChart() {
    CategoryChart chart =
        Charts.withSource(
            Charts.bars("t", "y", Map.of("a", 1), "s"), "Source: Lao Statistics Bureau");
    assertThat(chart.getXAxisTitle()).isEqualTo("Source: Lao Statistics Bureau");
  }

  @Test
  void savesAPngAtTheGivenPath(@TempDir Path tmp) throws Exception {
    CategoryChart chart = Charts.bars("ແຜນວາດ chart", "y", Map.of("ບໍ່ແກ້ວ", 1, "Bokeo", 2), "s");
    Path file = tmp.resolve("chart.png");
    Charts.savePng(chart, file);
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .containsExactly("chart.png"); // not chart.png.png
    }
    BufferedImage img = ImageIO.read(file.toFile());
    assertThat(img.getWidth()).isEqualTo(1100);
    assertThat(img.getHeight()).isEqualTo(650);
  }
}
