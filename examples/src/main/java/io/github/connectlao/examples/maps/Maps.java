package io.github.connectlao.examples.maps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.examples.report.Charts;
import io.github.connectlao.examples.report.Lang;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/**
 * Choropleth maps of the Lao PDR by province or district, drawn with Java 2D from the OCHA and
 * geoBoundaries boundary files shipped with the examples (see {@code maps/ATTRIBUTION.md}).
 *
 * <pre>{@code
 * // in JShell (the README's command), percentages by P-code; a unit left out is drawn hatched ("no value")
 * var img = Maps.choropleth(Maps.Level.PROVINCE, Map.of("LA01", 81.5, "LA03", 40.2), "Completeness %");
 * Maps.writePng(img, Path.of("map.png"));
 * }</pre>
 *
 * <p>Values are keyed by any code the gazetteer knows (P-code, ISO 3166-2 or LSB code). A unit
 * without a value is drawn with a grey hatch, distinct from every colour of the scale (a value of
 * 0 takes the lightest colour). The scale is ColorBrewer's YlGnBu, readable with common colour-vision
 * deficiencies. Every map prints the attribution the boundary licence (CC BY 3.0 IGO) requires.
 */
public final class Maps {
  /** The attribution the boundary files' licence requires, printed on every map. */
  public static final String ATTRIBUTION =
      "Boundaries: National Geographic Department of Lao PDR / OCHA ROAP, "
          + "via HDX and geoBoundaries (CC BY 3.0 IGO)";

  /** The level of the map's units. */
  public enum Level {
    /** The 18 provinces (OCHA COD-AB polygons). */
    PROVINCE,
    /** The 148 districts (geoBoundaries polygons joined to OCHA P-codes), with province borders. */
    DISTRICT
  }

  /** ColorBrewer YlGnBu, five classes (light = low). */
  private static final Color[] SCALE = {
    new Color(0xffffcc),
    new Color(0xa1dab4),
    new Color(0x41b6c4),
    new Color(0x2c7fb8),
    new Color(0x253494)
  };

  private static final double[] PERCENT_BREAKS = {20, 40, 60, 80};
  private static final String DIR = "/io/github/connectlao/examples/maps/";
  private static final int WIDTH = 1000;
  private static final int HEIGHT = 1150;

  private Maps() {}

  /** One unit's outline. */
  private record Shape(String code, String nameEn, String nameLo, List<double[][]> rings) {}

  private static final class Holder {
    static final List<Shape> PROVINCES = loadProvinces();
    static final List<Shape> DISTRICTS = loadDistricts();

    private Holder() {}
  }

  /**
   * A choropleth of percentages (classes 0–20, 20–40, 40–60, 60–80, 80–100), in English, with
   * the attribution as its only source line.
   *
   * @param level provinces or districts
   * @param values the value of each unit by code; a unit left out has no value
   * @param title the map's title
   * @return the image
   */
  public static BufferedImage choropleth(
      Level level, Map<String, ? extends Number> values, String title) {
    return choropleth(level, values, title, "%", "", Lang.EN, PERCENT_BREAKS);
  }

  /**
   * A choropleth map.
   *
   * @param level provinces or districts
   * @param values the value of each unit by code (P-code, ISO or LSB code); a unit left out, or
   *     with a {@code null} value, has no value and is hatched
   * @param title the map's title
   * @param legendTitle the legend's title, e.g. {@code "%"}
   * @param source the data's source line (the boundary attribution is added below it)
   * @param lang the language of unit names and of the legend's "no value"
   * @param breaks the upper bounds of the classes but the last, ascending (four for five classes)
   * @return the image
   */
  public static BufferedImage choropleth(
      Level level,
      Map<String, ? extends Number> values,
      String title,
      String legendTitle,
      String source,
      Lang lang,
      double[] breaks) {
    return choropleth(level, values, null, title, legendTitle, source, lang, breaks);
  }

  /**
   * A choropleth map of published figures, some of them suppressed for confidentiality: a
   * suppressed unit is drawn with its own cross-hatch, distinct from "no value" (the grey diagonal
   * hatch) and from every colour of the scale (0 included), and the legend names both patterns.
   *
   * @param level provinces or districts
   * @param values the value of each unit by code; a unit left out, or {@code null}, has no value
   * @param suppressed the codes of the units whose figure exists but is suppressed (disclosure
   *     control); a unit both here and in {@code values} is refused
   * @param title the map's title
   * @param legendTitle the legend's title
   * @param source the data's source line
   * @param lang the language of unit names and of the legend
   * @param breaks the upper bounds of the classes but the last, ascending
   * @return the image
   * @throws IllegalArgumentException when a unit has both a value and the suppressed mark
   */
  public static BufferedImage choropleth(
      Level level,
      Map<String, ? extends Number> values,
      java.util.@Nullable Set<String> suppressed,
      String title,
      String legendTitle,
      String source,
      Lang lang,
      double[] breaks) {
    Map<String, Double> byCode = normalise(values);
    java.util.Set<String> hidden = suppressed(suppressed, byCode);
    List<Shape> shapes = level == Level.PROVINCE ? Holder.PROVINCES : Holder.DISTRICTS;
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      Projection p =
          Projection.fit(Holder.PROVINCES, new Rectangle(30, 90, WIDTH - 60, HEIGHT - 210));
      TexturePaint hatch = hatch();
      TexturePaint cross = crossHatch();
      for (Shape s : shapes) {
        Path2D path = p.path(s);
        Double v = byCode.get(s.code());
        g.setPaint(
            hidden.contains(s.code()) ? cross : v == null ? hatch : SCALE[classOf(v, breaks)]);
        g.fill(path);
        g.setColor(new Color(0x606060));
        g.setStroke(new BasicStroke(level == Level.PROVINCE ? 1.2f : 0.5f));
        g.draw(path);
      }
      if (level == Level.DISTRICT) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.4f));
        for (Shape s : Holder.PROVINCES) {
          g.draw(p.path(s));
        }
      } else {
        labels(g, p, lang);
      }
      g.setColor(Color.BLACK);
      g.setFont(Charts.laoFont(Font.BOLD, 26f));
      drawWrapped(g, title, 30, 45, WIDTH - 60);
      legend(g, legendTitle, breaks, lang, hatch, suppressed == null ? null : cross);
      g.setFont(Charts.laoFont(Font.PLAIN, 14f));
      int y = HEIGHT - 60;
      if (!source.isBlank()) {
        y = drawWrapped(g, source, 30, y - 20, WIDTH - 60);
      }
      drawWrapped(g, ATTRIBUTION, 30, Math.max(y + 20, HEIGHT - 30), WIDTH - 60);
    } finally {
      g.dispose();
    }
    return img;
  }

  /**
   * The same choropleth as {@link #choropleth(Level, Map, String, String, String, Lang, double[])},
   * as an SVG document (vector: scales for print; each unit is a {@code <path>} with its P-code in
   * {@code data-code} and its value in {@code data-value}, no value hatched by a pattern).
   *
   * @param level provinces or districts
   * @param values the value of each unit by code; a unit left out has no value
   * @param title the map's title
   * @param legendTitle the legend's title
   * @param source the data's source line
   * @param lang the language of unit names and of "no value"
   * @param breaks the upper bounds of the classes but the last, ascending
   * @return the SVG text
   */
  public static String choroplethSvg(
      Level level,
      Map<String, ? extends Number> values,
      String title,
      String legendTitle,
      String source,
      Lang lang,
      double[] breaks) {
    return choroplethSvg(level, values, null, title, legendTitle, source, lang, breaks);
  }

  /**
   * The choropleth of {@link #choropleth(Level, Map, java.util.Set, String, String, String, Lang,
   * double[])} as SVG: a suppressed unit's {@code <path>} has {@code data-status="suppressed"} and
   * no {@code data-value}, a unit without value {@code data-status="no-value"}.
   *
   * @param level provinces or districts
   * @param values the value of each unit by code; a unit left out has no value
   * @param suppressed the codes of the units whose figure is suppressed
   * @param title the map's title
   * @param legendTitle the legend's title
   * @param source the data's source line
   * @param lang the language of unit names and of the legend
   * @param breaks the upper bounds of the classes but the last, ascending
   * @return the SVG text
   * @throws IllegalArgumentException when a unit has both a value and the suppressed mark
   */
  public static String choroplethSvg(
      Level level,
      Map<String, ? extends Number> values,
      java.util.@Nullable Set<String> suppressed,
      String title,
      String legendTitle,
      String source,
      Lang lang,
      double[] breaks) {
    Map<String, Double> byCode = normalise(values);
    java.util.Set<String> hidden = suppressed(suppressed, byCode);
    List<Shape> shapes = level == Level.PROVINCE ? Holder.PROVINCES : Holder.DISTRICTS;
    Projection p =
        Projection.fit(Holder.PROVINCES, new Rectangle(30, 90, WIDTH - 60, HEIGHT - 210));
    StringBuilder b = new StringBuilder();
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" font-family=\"Phetsarath OT, Noto Sans Lao, sans-serif\">\n")
        .append(
            "<defs><pattern id=\"novalue\" width=\"10\" height=\"10\" patternUnits=\"userSpaceOnUse\">")
        .append(
            "<rect width=\"10\" height=\"10\" fill=\"#f2f2f2\"/><path d=\"M0,10 L10,0 M-5,5 L5,-5 M5,15 L15,5\" ")
        .append("stroke=\"#8c8c8c\" stroke-width=\"1.3\"/></pattern>")
        .append(
            "<pattern id=\"suppressed\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">")
        .append("<rect width=\"8\" height=\"8\" fill=\"white\"/><path d=\"M0,0 L8,8 M8,0 L0,8\" ")
        .append("stroke=\"#303030\" stroke-width=\"1.2\"/></pattern></defs>\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    for (Shape s : shapes) {
      Double v = byCode.get(s.code());
      boolean isHidden = hidden.contains(s.code());
      b.append("<path data-code=\"").append(s.code()).append('"');
      if (v != null && !isHidden) {
        b.append(" data-value=\"").append(v).append('"');
      }
      b.append(" fill=\"")
          .append(
              isHidden
                  ? "url(#suppressed)"
                  : v == null ? "url(#novalue)" : hex(SCALE[classOf(v, breaks)]))
          .append('"');
      if (isHidden || v == null) {
        b.append(" data-status=\"").append(isHidden ? "suppressed" : "no-value").append('"');
      }
      b.append(" fill-rule=\"evenodd\" stroke=\"#606060\" stroke-width=\"")
          .append(level == Level.PROVINCE ? "1.2" : "0.5")
          .append("\" d=\"")
          .append(svgPath(p, s))
          .append("\"/>\n");
    }
    if (level == Level.DISTRICT) {
      for (Shape s : Holder.PROVINCES) {
        b.append("<path fill=\"none\" stroke=\"black\" stroke-width=\"1.4\" d=\"")
            .append(svgPath(p, s))
            .append("\"/>\n");
      }
    } else {
      for (Shape s : Holder.PROVINCES) {
        Point2D c = p.labelPoint(s);
        b.append("<text x=\"")
            .append(Math.round(c.getX()))
            .append("\" y=\"")
            .append(Math.round(c.getY()))
            .append("\" font-size=\"14\" text-anchor=\"middle\">")
            .append(xml(lang.pick(s.nameEn(), s.nameLo())))
            .append("</text>\n");
      }
    }
    b.append("<text x=\"30\" y=\"45\" font-size=\"26\" font-weight=\"bold\">")
        .append(xml(title))
        .append("</text>\n");
    int y = 760;
    b.append("<text x=\"40\" y=\"")
        .append(y)
        .append("\" font-size=\"17\" font-weight=\"bold\">")
        .append(xml(legendTitle))
        .append("</text>\n");
    int entries = SCALE.length + (suppressed == null ? 1 : 2);
    for (int i = 0; i < entries; i++) {
      int by = y + 14 + i * 30;
      String label;
      if (i == SCALE.length) {
        label = lang.pick("no value", "ບໍ່ມີຄ່າ");
      } else if (i > SCALE.length) {
        label = suppressedLabel(lang);
      } else {
        String from = i == 0 ? "" : fmt(breaks[i - 1]);
        String to = i < breaks.length ? fmt(breaks[i]) : "";
        label = i == 0 ? "< " + to : i == SCALE.length - 1 ? from + "+" : from + " – < " + to;
      }
      b.append("<rect x=\"40\" y=\"")
          .append(by)
          .append("\" width=\"36\" height=\"22\" stroke=\"#404040\" fill=\"")
          .append(
              i == SCALE.length
                  ? "url(#novalue)"
                  : i > SCALE.length ? "url(#suppressed)" : hex(SCALE[i]))
          .append("\"/>")
          .append("<text x=\"86\" y=\"")
          .append(by + 17)
          .append("\" font-size=\"16\">")
          .append(xml(label))
          .append("</text>\n");
    }
    if (!source.isBlank()) {
      b.append("<text x=\"30\" y=\"")
          .append(HEIGHT - 60)
          .append("\" font-size=\"14\">")
          .append(xml(source))
          .append("</text>\n");
    }
    b.append("<text x=\"30\" y=\"")
        .append(HEIGHT - 30)
        .append("\" font-size=\"14\">")
        .append(xml(ATTRIBUTION))
        .append("</text>\n</svg>\n");
    return b.toString();
  }

  private static String svgPath(Projection p, Shape s) {
    StringBuilder d = new StringBuilder();
    for (double[][] ring : s.rings()) {
      for (int i = 0; i < ring.length; i++) {
        Point2D q = p.point(ring[i][0], ring[i][1]);
        d.append(i == 0 ? 'M' : 'L')
            .append(String.format(Locale.ROOT, "%.1f,%.1f", q.getX(), q.getY()));
      }
      d.append('Z');
    }
    return d.toString();
  }

  private static String hex(Color c) {
    return String.format(Locale.ROOT, "#%06x", c.getRGB() & 0xffffff);
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /**
   * Writes an image as PNG.
   *
   * @param image the image
   * @param file the file
   * @throws IOException when it cannot be written
   */
  public static void writePng(BufferedImage image, Path file) throws IOException {
    if (!ImageIO.write(image, "png", file.toFile())) {
      throw new IOException("no PNG writer");
    }
  }

  /**
   * The codes of the units a map of this level draws (P-codes).
   *
   * @param level the level
   * @return the codes, in file order
   */
  public static List<String> codes(Level level) {
    return (level == Level.PROVINCE ? Holder.PROVINCES : Holder.DISTRICTS)
        .stream().map(Shape::code).toList();
  }

  private static Map<String, Double> normalise(Map<String, ? extends Number> values) {
    Gazetteer lao = Gazetteer.laoPdr();
    Map<String, Double> out = new HashMap<>();
    values.forEach(
        (code, v) -> {
          if (v == null || !Double.isFinite(v.doubleValue())) {
            return;
          }
          String key = code;
          try {
            AdminUnit u = lao.unit(code);
            key = u.code();
          } catch (RuntimeException e) {
            // not in the gazetteer: kept as given (it may still be a P-code of the boundary files)
          }
          out.put(key, v.doubleValue());
        });
    return out;
  }

  private static int classOf(double v, double[] breaks) {
    int c = 0;
    while (c < breaks.length && v >= breaks[c]) {
      c++;
    }
    return Math.min(c, SCALE.length - 1);
  }

  private static TexturePaint hatch() {
    BufferedImage tile = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
    Graphics2D t = tile.createGraphics();
    t.setColor(new Color(0xf2f2f2));
    t.fillRect(0, 0, 10, 10);
    t.setColor(new Color(0x8c8c8c));
    t.setStroke(new BasicStroke(1.3f));
    t.drawLine(0, 10, 10, 0);
    t.drawLine(-5, 5, 5, -5);
    t.drawLine(5, 15, 15, 5);
    t.dispose();
    return new TexturePaint(tile, new Rectangle2D.Double(0, 0, 10, 10));
  }

  private static void legend(
      Graphics2D g,
      String legendTitle,
      double[] breaks,
      Lang lang,
      TexturePaint hatch,
      @Nullable TexturePaint cross) {
    int x = 40;
    int y = 760;
    g.setFont(Charts.laoFont(Font.BOLD, 17f));
    g.setColor(Color.BLACK);
    g.drawString(legendTitle, x, y);
    g.setFont(Charts.laoFont(Font.PLAIN, 16f));
    for (int i = 0; i < SCALE.length; i++) {
      int by = y + 14 + i * 30;
      g.setColor(SCALE[i]);
      g.fillRect(x, by, 36, 22);
      g.setColor(Color.DARK_GRAY);
      g.drawRect(x, by, 36, 22);
      String from = i == 0 ? "" : fmt(breaks[i - 1]);
      String to = i < breaks.length ? fmt(breaks[i]) : "";
      String label = i == 0 ? "< " + to : i == SCALE.length - 1 ? from + "+" : from + " – < " + to;
      g.setColor(Color.BLACK);
      g.drawString(label, x + 46, by + 17);
    }
    int by = y + 14 + SCALE.length * 30;
    g.setPaint(hatch);
    g.fillRect(x, by, 36, 22);
    g.setColor(Color.DARK_GRAY);
    g.drawRect(x, by, 36, 22);
    g.setColor(Color.BLACK);
    g.drawString(lang.pick("no value", "ບໍ່ມີຄ່າ"), x + 46, by + 17);
    if (cross != null) {
      by += 30;
      g.setPaint(cross);
      g.fillRect(x, by, 36, 22);
      g.setColor(Color.DARK_GRAY);
      g.drawRect(x, by, 36, 22);
      g.setColor(Color.BLACK);
      g.drawString(suppressedLabel(lang), x + 46, by + 17);
    }
  }

  /** The legend's words for a suppressed unit. */
  private static String suppressedLabel(Lang lang) {
    return lang.pick("suppressed (confidentiality)", "ປິດບັງ (ຮັກສາຄວາມລັບ)");
  }

  /** The suppressed codes, normalised like the values; none may also have a value. */
  private static java.util.Set<String> suppressed(
      java.util.@Nullable Set<String> codes, Map<String, Double> values) {
    if (codes == null || codes.isEmpty()) {
      return java.util.Set.of();
    }
    Map<String, Double> marks = new HashMap<>();
    codes.forEach(c -> marks.put(c, 0.0));
    java.util.Set<String> out = normalise(marks).keySet();
    for (String c : out) {
      if (values.containsKey(c)) {
        throw new IllegalArgumentException(
            "unit " + c + " has both a value and the suppressed mark");
      }
    }
    return java.util.Set.copyOf(out);
  }

  private static TexturePaint crossHatch() {
    BufferedImage tile = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    Graphics2D t = tile.createGraphics();
    t.setColor(Color.WHITE);
    t.fillRect(0, 0, 8, 8);
    t.setColor(new Color(0x303030));
    t.setStroke(new BasicStroke(1.2f));
    t.drawLine(0, 0, 8, 8);
    t.drawLine(8, 0, 0, 8);
    t.dispose();
    return new TexturePaint(tile, new Rectangle2D.Double(0, 0, 8, 8));
  }

  private static String fmt(double v) {
    return v == Math.rint(v)
        ? String.format(Locale.ROOT, "%d", (long) v)
        : String.format(Locale.ROOT, "%.1f", v);
  }

  private static void labels(Graphics2D g, Projection p, Lang lang) {
    g.setFont(Charts.laoFont(Font.PLAIN, 14f));
    FontMetrics fm = g.getFontMetrics();
    for (Shape s : Holder.PROVINCES) {
      Point2D c = p.labelPoint(s);
      List<String> lines =
          lang == Lang.BOTH
              ? List.of(s.nameEn(), s.nameLo())
              : List.of(lang.pick(s.nameEn(), s.nameLo()));
      int y = (int) c.getY() - (lines.size() - 1) * fm.getHeight() / 2;
      for (String line : lines) {
        int x = (int) c.getX() - fm.stringWidth(line) / 2;
        g.setColor(new Color(255, 255, 255, 190));
        g.fillRoundRect(
            x - 3, y - fm.getAscent() + 2, fm.stringWidth(line) + 6, fm.getHeight() - 2, 6, 6);
        g.setColor(Color.BLACK);
        g.drawString(line, x, y);
        y += fm.getHeight();
      }
    }
  }

  private static int drawWrapped(Graphics2D g, String text, int x, int y, int width) {
    FontMetrics fm = g.getFontMetrics();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && fm.stringWidth(line + " " + word) > width) {
        g.drawString(line.toString(), x, y);
        y += fm.getHeight();
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    g.drawString(line.toString(), x, y);
    return y;
  }

  /** An equirectangular projection scaled by the cosine of the middle latitude, fitted to a box. */
  private record Projection(
      double minLon, double maxLat, double kx, double scale, double ox, double oy) {
    static Projection fit(List<Shape> shapes, Rectangle box) {
      double minLon = Double.MAX_VALUE;
      double maxLon = -Double.MAX_VALUE;
      double minLat = Double.MAX_VALUE;
      double maxLat = -Double.MAX_VALUE;
      for (Shape s : shapes) {
        for (double[][] ring : s.rings()) {
          for (double[] pt : ring) {
            minLon = Math.min(minLon, pt[0]);
            maxLon = Math.max(maxLon, pt[0]);
            minLat = Math.min(minLat, pt[1]);
            maxLat = Math.max(maxLat, pt[1]);
          }
        }
      }
      double kx = Math.cos(Math.toRadians((minLat + maxLat) / 2));
      double scale = Math.min(box.width / ((maxLon - minLon) * kx), box.height / (maxLat - minLat));
      double ox = box.x + (box.width - (maxLon - minLon) * kx * scale) / 2;
      return new Projection(minLon, maxLat, kx, scale, ox, box.y);
    }

    Point2D point(double lon, double lat) {
      return new Point2D.Double(ox + (lon - minLon) * kx * scale, oy + (maxLat - lat) * scale);
    }

    Path2D path(Shape s) {
      Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
      for (double[][] ring : s.rings()) {
        for (int i = 0; i < ring.length; i++) {
          Point2D q = point(ring[i][0], ring[i][1]);
          if (i == 0) {
            path.moveTo(q.getX(), q.getY());
          } else {
            path.lineTo(q.getX(), q.getY());
          }
        }
        path.closePath();
      }
      return path;
    }

    /** The area centroid of the unit's largest ring. */
    Point2D labelPoint(Shape s) {
      double[][] best = s.rings().get(0);
      double bestArea = 0;
      for (double[][] ring : s.rings()) {
        double a = Math.abs(area(ring));
        if (a > bestArea) {
          bestArea = a;
          best = ring;
        }
      }
      double a = area(best);
      double cx = 0;
      double cy = 0;
      for (int i = 0; i < best.length - 1; i++) {
        double f = best[i][0] * best[i + 1][1] - best[i + 1][0] * best[i][1];
        cx += (best[i][0] + best[i + 1][0]) * f;
        cy += (best[i][1] + best[i + 1][1]) * f;
      }
      return a == 0 ? point(best[0][0], best[0][1]) : point(cx / (6 * a), cy / (6 * a));
    }

    private static double area(double[][] ring) {
      double a = 0;
      for (int i = 0; i < ring.length - 1; i++) {
        a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
      }
      return a / 2;
    }
  }

  private static List<Shape> loadProvinces() {
    List<Shape> shapes = new ArrayList<>();
    for (JsonNode f : geojson("lao_provinces_ochacod.geojson").get("features")) {
      JsonNode p = f.get("properties");
      shapes.add(
          new Shape(
              p.get("ADM1_PCODE").asText(),
              p.get("ADM1_EN").asText(),
              p.get("ADM1_LO").asText(),
              rings(f.get("geometry"))));
    }
    return List.copyOf(shapes);
  }

  private static List<Shape> loadDistricts() {
    Map<String, String> pcode = new LinkedHashMap<>();
    try (InputStream in = resource("geoboundaries_adm2_to_ocha_pcode.csv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = List.of(r.readLine().split(","));
      int id = header.indexOf("gb_shapeID");
      int code = header.indexOf("ocha_adm2_pcode");
      String line;
      while ((line = r.readLine()) != null) {
        String[] cells = line.split(",");
        pcode.put(cells[id], cells[code]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Shape> shapes = new ArrayList<>();
    for (JsonNode f : geojson("lao_districts_geoboundaries_simplified.geojson").get("features")) {
      JsonNode p = f.get("properties");
      String code =
          Optional.ofNullable(pcode.get(p.get("shapeID").asText()))
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "district shape "
                              + p.get("shapeName").asText()
                              + " has no P-code in the join file"));
      shapes.add(new Shape(code, p.get("shapeName").asText(), "", rings(f.get("geometry"))));
    }
    return List.copyOf(shapes);
  }

  private static List<double[][]> rings(JsonNode geometry) {
    List<double[][]> rings = new ArrayList<>();
    String type = geometry.get("type").asText();
    List<JsonNode> polygons = new ArrayList<>();
    if (type.equals("Polygon")) {
      polygons.add(geometry.get("coordinates"));
    } else if (type.equals("MultiPolygon")) {
      geometry.get("coordinates").forEach(polygons::add);
    }
    for (JsonNode polygon : polygons) {
      for (JsonNode ring : polygon) {
        double[][] pts = new double[ring.size()][];
        for (int i = 0; i < ring.size(); i++) {
          pts[i] = new double[] {ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()};
        }
        rings.add(pts);
      }
    }
    return rings;
  }

  private static JsonNode geojson(String name) {
    try (InputStream in = resource(name)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = Maps.class.getResourceAsStream(DIR + name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + DIR + name);
    }
    return in;
  }
}
