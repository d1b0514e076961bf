package io.github.connectlao.examples.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;

/**
 * Bar charts as PNG files, with XChart, in the examples module only (core has nothing graphical).
 *
 * <p>Lao labels need a font with Lao glyphs: the shipped Phetsarath OT font (LGPL-2.1+, see
 * {@code fonts/Phetsarath_OT-LICENSE.txt}) covers Lao and Latin. If it cannot be loaded,
 * {@link #laoAvailable()} is false and the report draws English labels instead of boxes.
 */
public final class Charts {
  private static final String FONT = "/io/github/connectlao/examples/fonts/Phetsarath_OT.ttf";
  private static final Optional<Font> BASE = loadFont();

  /**
   * The Okabe–Ito palette, readable with every common colour-vision deficiency: blue, orange,
   * vermillion, bluish green, sky blue, reddish purple, yellow, black. Timeliness uses blue
   * (current), sky blue (late), orange (delayed) and grey (not registered): no red–green pair.
   */
  public static final Color[] PALETTE = {
    new Color(0x0072B2),
    new Color(0xE69F00),
    new Color(0xD55E00),
    new Color(0x009E73),
    new Color(0x56B4E9),
    new Color(0xCC79A7),
    new Color(0xF0E442),
    Color.BLACK
  };

  /** The colours of the timeliness classes, in the order current, late, delayed, not registered. */
  public static final Color[] TIMELINESS = {
    new Color(0x0072B2), new Color(0x56B4E9), new Color(0xE69F00), new Color(0x999999)
  };

  private Charts() {}

  private static Optional<Font> loadFont() {
    System.setProperty("java.awt.headless", "true");
    try (InputStream in = Charts.class.getResourceAsStream(FONT)) {
      if (in == null) {
        return Optional.empty();
      }
      Font font = Font.createFont(Font.TRUETYPE_FONT, in);
      GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
      return font.canDisplayUpTo("Bokeo ບໍ່ແກ້ວ 0123456789 %") == -1
          ? Optional.of(font)
          : Optional.empty();
    } catch (IOException | FontFormatException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** @return whether the Lao font loaded, so that charts may carry Lao labels */
  public static boolean laoAvailable() {
    return BASE.isPresent();
  }

  /**
   * The charts' font (Phetsarath OT, Lao and Latin), or a sans-serif font when it cannot be loaded.
   *
   * @param style {@link Font#PLAIN} or {@link Font#BOLD}
   * @param size the size in points
   * @return the font
   */
  public static Font laoFont(int style, float size) {
    return font(style, size);
  }

  private static Font font(int style, float size) {
    return BASE.map(f -> f.deriveFont(style, size))
        .orElse(new Font(Font.SANS_SERIF, style, (int) size));
  }

  /**
   * A bar chart with one bar series per entry of {@code series}, and optionally a horizontal
   * target line drawn as a line series.
   *
   * @param title the chart title
   * @param yTitle the y axis title
   * @param categories the x categories (e.g. province names)
   * @param series bar series by legend name, each as long as {@code categories}
   * @param target a target value drawn across every category, with its legend name
   * @param stacked whether the bar series are stacked (shares adding up to 100)
   * @return the chart
   */
  public static CategoryChart bars(
      String title,
      String yTitle,
      List<String> categories,
      Map<String, List<? extends Number>> series,
      Optional<Map.Entry<String, Double>> target,
      boolean stacked) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(1100)
            .height(650)
            .title(title)
            .xAxisTitle("")
            .yAxisTitle(yTitle)
            .build();
    Styler st = chart.getStyler();
    st.setChartTitleFont(font(Font.BOLD, 20f));
    st.setLegendFont(font(Font.PLAIN, 14f));
    st.setAnnotationTextFont(font(Font.PLAIN, 12f));
    st.setChartBackgroundColor(Color.WHITE);
    st.setLegendPosition(Styler.LegendPosition.OutsideS);
    st.setLegendLayout(Styler.LegendLayout.Horizontal);
    chart.getStyler().setAxisTitleFont(font(Font.PLAIN, 14f));
    chart.getStyler().setAxisTickLabelsFont(font(Font.PLAIN, 13f));
    chart.getStyler().setXAxisLabelRotation(60);
    chart.getStyler().setStacked(stacked);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setOverlapped(target.isPresent() && !stacked);
    chart.getStyler().setPlotGridVerticalLinesVisible(false);
    // every bar shows its value; a bar with no value (null) is not drawn at all, never drawn as 0
    chart.getStyler().setLabelsVisible(!stacked || series.size() <= 4);
    chart.getStyler().setLabelsFont(font(Font.PLAIN, 11f));
    chart.getStyler().setLabelsRotation(stacked || categories.size() <= 8 ? 0 : 90);
    chart.getStyler().setYAxisDecimalPattern("#,##0.#");
    chart.getStyler().setLabelsPosition(stacked ? 0.5 : 1.0);
    chart.getStyler().setLabelsFontColorAutomaticEnabled(stacked);
    chart.getStyler().setLabelsFontColor(Color.BLACK);
    chart
        .getStyler()
        .setSeriesColors(stacked && series.size() == TIMELINESS.length ? TIMELINESS : PALETTE);
    for (Map.Entry<String, List<? extends Number>> s : series.entrySet()) {
      chart.addSeries(s.getKey(), categories, new ArrayList<Number>(s.getValue()));
    }
    target.ifPresent(
        t -> {
          List<Number> line = new ArrayList<>(Collections.nCopies(categories.size(), t.getValue()));
          CategorySeries ts = chart.addSeries(t.getKey(), categories, line);
          ts.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
          ts.setLineColor(Color.BLACK);
          ts.setMarkerColor(Color.BLACK);
        });
    return chart;
  }

  /**
   * A bar chart with a single series.
   *
   * @param title the chart title
   * @param yTitle the y axis title
   * @param values the bar heights by category, in order
   * @param legend the series name
   * @return the chart
   */
  public static CategoryChart bars(
      String title, String yTitle, Map<String, ? extends Number> values, String legend) {
    Map<String, List<? extends Number>> series = new LinkedHashMap<>();
    series.put(legend, new ArrayList<>(values.values()));
    return bars(title, yTitle, new ArrayList<>(values.keySet()), series, Optional.empty(), false);
  }

  /**
   * Puts the source line under the chart (in place of the x axis title, which category charts do
   * not need).
   *
   * @param chart the chart
   * @param source the source line, e.g. "Source: Lao Statistics Bureau (SDG platform)"
   * @return the chart
   */
  public static CategoryChart withSource(CategoryChart chart, String source) {
    chart.setXAxisTitle(source);
    chart.getStyler().setAxisTitleFont(font(Font.PLAIN, 12f));
    return chart;
  }

  /**
   * Writes the chart as a PNG.
   *
   * @param chart the chart
   * @param file the file, ending in {@code .png}
   * @throws IOException when the file cannot be written
   */
  public static void savePng(CategoryChart chart, Path file) throws IOException {
    String name = file.toString();
    String stem = name.endsWith(".png") ? name.substring(0, name.length() - 4) : name;
    BitmapEncoder.saveBitmap(chart, stem, BitmapEncoder.BitmapFormat.PNG);
  }
}
