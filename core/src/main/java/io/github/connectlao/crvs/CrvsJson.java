package io.github.connectlao.crvs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.connectlao.Source;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * JSON forms of the CRVS statistics, as Jackson trees (no annotations on the model, no
 * java.time module needed: dates are ISO strings).
 *
 * <pre>{@code
 * ObjectNode json = CrvsJson.toJson(stats.counts(lao.nation()));
 * // {"current":3,"late":1,"delayed":1,"notRegistered":1,"total":6,"registered":5}
 * String text = CrvsJson.write(CrvsJson.toJson(rate));
 * }</pre>
 *
 * <p>A figure without a value is written with {@code "value": null} and its {@code
 * "noValueReason"}, never as 0. Suppressed cells are written as {@code null} with {@code
 * "suppressed": true}.
 */
public final class CrvsJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CrvsJson() {}

  /**
   * @param c counts
   * @return {@code {"current":..,"late":..,"delayed":..,"notRegistered":..,"total":..,"registered":..}}
   */
  public static ObjectNode toJson(TimelinessCounts c) {
    ObjectNode n = F.objectNode();
    n.put("current", c.current());
    n.put("late", c.late());
    n.put("delayed", c.delayed());
    n.put("notRegistered", c.notRegistered());
    n.put("total", c.total());
    n.put("registered", c.registered());
    return n;
  }

  /**
   * @param counts counts keyed by any value (enum, unit, year)
   * @return an object keyed by the keys' text
   */
  public static ObjectNode toJson(Map<?, TimelinessCounts> counts) {
    ObjectNode n = F.objectNode();
    counts.forEach((k, v) -> n.set(key(k), toJson(v)));
    return n;
  }

  /**
   * @param s a source
   * @return {@code {"citation":..,"confidence":"SECONDARY","note":..}}, as the {@code json} module writes a source
   */
  public static ObjectNode toJson(Source s) {
    ObjectNode n = F.objectNode();
    n.put("citation", s.citation());
    n.put("confidence", s.confidence().name());
    s.note().ifPresent(note -> n.put("note", note));
    return n;
  }

  /**
   * @param r a completeness or coverage figure
   * @return the figure with its numerator, denominator, value (or null and the reason), terms and sources
   */
  public static ObjectNode toJson(RegistrationRate r) {
    ObjectNode n = F.objectNode();
    n.put("indicator", r.indicator());
    n.put("unit", r.unitCode());
    n.put("period", r.period());
    r.sex().ifPresent(sex -> n.put("sex", sex.name()));
    n.put("numerator", r.numerator());
    if (r.denominator().isPresent()) {
      n.put("denominator", r.denominator().get());
      n.put("value", r.value().orElseThrow());
    } else {
      n.putNull("denominator");
      n.putNull("value");
      n.put("noValueReason", r.noValueReason().orElseThrow());
    }
    ArrayNode terms = n.putArray("terms");
    r.terms().forEach(terms::add);
    ArrayNode sources = n.putArray("sources");
    r.sources().forEach(s -> sources.add(toJson(s)));
    return n;
  }

  /**
   * @param t a suppressed table
   * @return rows with their cells (null when suppressed) and totals
   */
  public static ObjectNode toJson(SuppressedTable t) {
    ObjectNode n = F.objectNode();
    n.put("threshold", t.threshold());
    ArrayNode columns = n.putArray("columns");
    t.columnLabels().forEach(columns::add);
    ArrayNode rows = n.putArray("rows");
    for (int i = 0; i <= t.rows(); i++) {
      ObjectNode row = rows.addObject();
      row.put("label", i == t.rows() ? "total" : t.rowLabels().get(i));
      ArrayNode cells = row.putArray("cells");
      for (int j = 0; j <= t.columns(); j++) {
        ObjectNode cell = cells.addObject();
        cell.put("column", j == t.columns() ? "total" : t.columnLabels().get(j));
        java.util.OptionalLong v = i == t.rows()
            ? (j == t.columns() ? t.grandTotal() : t.columnTotal(j))
            : (j == t.columns() ? t.rowTotal(i) : t.cell(i, j));
        if (v.isPresent()) {
          cell.put("count", v.getAsLong());
        } else {
          cell.putNull("count");
          cell.put("suppressed", true);
        }
      }
    }
    return n;
  }

  /**
   * @param f a reference figure
   * @return the figure with its source
   */
  public static ObjectNode toJson(CrvsReferenceFigures.Figure f) {
    ObjectNode n = F.objectNode();
    n.put("indicator", f.indicator());
    n.put("percent", f.percent());
    n.put("year", f.year());
    n.put("target", f.isTarget());
    n.set("source", toJson(f.source()));
    return n;
  }

  /**
   * Writes a tree as indented JSON.
   *
   * @param node the tree
   * @return the text
   */
  public static String write(com.fasterxml.jackson.databind.JsonNode node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String key(Object k) {
    if (k instanceof Enum<?>) {
      return ((Enum<?>) k).name();
    }
    if (k instanceof io.github.connectlao.admin.AdminUnit) {
      return ((io.github.connectlao.admin.AdminUnit) k).code();
    }
    return String.valueOf(k);
  }
}
