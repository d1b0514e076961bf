package io.github.connectlao.interop.dhis2;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes ADX (IHE QRPH Aggregate Data Exchange, namespace {@value #NAMESPACE}), as DHIS2
 * imports and exports it.
 *
 * <pre>{@code
 * <adx xmlns="urn:ihe:qrph:adx:2015">
 *   <group dataSet="BR_MONTHLY" orgUnit="Bk5qMCoSFV4" period="2022-01-01/P1M">
 *     <dataValue dataElement="BR_REG" categoryOptionCombo="F_CURRENT" value="70"/>
 *   </group>
 * </adx>
 * }</pre>
 *
 * <p>A group carries the organisation unit, the period (an ISO 8601 interval, converted to and from
 * DHIS2's identifier by {@link Dhis2Periods}), the data set and the attribute option combo; a data
 * value carries its data element, value, and either a {@code categoryOptionCombo} or one attribute
 * per category (category code = option code), which {@link Dhis2DataValue#disaggregation()} keeps.
 * Reading uses the JDK's StAX with DTDs and external entities switched off; a malformed document
 * ends the reading at its line, keeping the values before it.
 */
public final class Adx {
  /** The ADX namespace. */
  public static final String NAMESPACE = "urn:ihe:qrph:adx:2015";

  private static final Set<String> GROUP_ATTRIBUTES =
      Set.of("dataSet", "orgUnit", "period", "completeDate", "attributeOptionCombo");
  private static final Set<String> VALUE_ATTRIBUTES =
      Set.of("dataElement", "value", "categoryOptionCombo");

  private Adx() {}

  /**
   * Reads an ADX document.
   *
   * @param in the characters (closed when done)
   * @param sourceName the name used in error messages
   * @return the values kept (periods as DHIS2 identifiers, group category attributes in {@link
   *     Dhis2DataValue#disaggregation()} together with the value's) and every problem
   */
  public static ImportResult<List<Dhis2DataValue>> read(Reader in, String sourceName) {
    List<Dhis2DataValue> kept = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader r = null;
    int group = 0;
    int value = 0;
    Map<String, String> g = null;
    Map<String, String> gCategories = new TreeMap<>();
    String gError = null;
    Map<String, String> v = null;
    Map<String, String> vCategories = new TreeMap<>();
    long vLine = 0;
    StringBuilder annotation = null;
    try {
      r = f.createXMLStreamReader(in);
      boolean root = false;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          long line = r.getLocation().getLineNumber();
          if (!root) {
            root = true;
            if (!name.equals("adx") || !NAMESPACE.equals(r.getNamespaceURI())) {
              errors.add(
                  new RowError(
                      line,
                      name,
                      "",
                      "is not an ADX document: the root must be <adx xmlns=\""
                          + NAMESPACE
                          + "\">"));
              return ImportResult.ofRows(kept, errors);
            }
          } else if (name.equals("group")) {
            group++;
            value = 0;
            g = attributes(r);
            gCategories = categories(g, GROUP_ATTRIBUTES);
            gError = null;
            String path = "group[" + group + "]";
            for (String req : new String[] {"orgUnit", "period"}) {
              if (g.getOrDefault(req, "").isBlank()) {
                gError = "the group's " + req + " is missing";
                errors.add(
                    new RowError(
                        line, path + "/@" + req, "", "is missing: the group's values are refused"));
                break;
              }
            }
            if (gError == null) {
              try {
                g.put("period", Dhis2Periods.parse(g.getOrDefault("period", "")).id());
              } catch (InvalidValueException e) {
                gError = "the group's period is refused";
                errors.add(
                    new RowError(
                        line,
                        path + "/@period",
                        g.getOrDefault("period", ""),
                        e.reason() + ": the group's values are refused"));
              }
            }
          } else if (name.equals("dataValue")) {
            value++;
            v = attributes(r);
            vCategories = categories(v, VALUE_ATTRIBUTES);
            vLine = line;
            annotation = new StringBuilder();
          } else if (name.equals("annotation") && annotation != null) {
            annotation.setLength(0);
          }
        } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA)
            && annotation != null) {
          annotation.append(r.getText());
        } else if (ev == XMLStreamConstants.END_ELEMENT
            && r.getLocalName().equals("dataValue")
            && v != null) {
          String path = "group[" + group + "]/dataValue[" + value + "]";
          if (g == null) {
            errors.add(new RowError(vLine, path, "", "is outside a group"));
          } else if (gError == null) {
            toValue(
                    g,
                    gCategories,
                    v,
                    vCategories,
                    annotation == null ? "" : annotation.toString().strip(),
                    vLine,
                    path,
                    errors)
                .ifPresent(kept::add);
          }
          v = null;
          annotation = null;
        }
      }
    } catch (XMLStreamException e) {
      long line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
      errors.add(
          new RowError(
              line, "", "", sourceName + ": malformed XML from here on: " + e.getMessage()));
    } finally {
      close(r, in);
    }
    return ImportResult.ofRows(kept, errors);
  }

  private static java.util.Optional<Dhis2DataValue> toValue(
      Map<String, String> g,
      Map<String, String> gCat,
      Map<String, String> v,
      Map<String, String> vCat,
      String annotation,
      long line,
      String path,
      List<RowError> errors) {
    for (String req : new String[] {"dataElement", "value"}) {
      if (v.getOrDefault(req, "").isBlank()) {
        errors.add(new RowError(line, path + "/@" + req, "", "is missing"));
        return java.util.Optional.empty();
      }
    }
    Map<String, String> all = new TreeMap<>(vCat);
    String aoc = g.getOrDefault("attributeOptionCombo", "");
    if (!gCat.isEmpty() && aoc.isEmpty()) {
      // category attributes on the group describe the attribute option combo: keep them, prefixed
      gCat.forEach((k, x) -> all.put("@" + k, x));
    }
    if (!vCat.isEmpty() && !v.getOrDefault("categoryOptionCombo", "").isEmpty()) {
      errors.add(
          new RowError(
              line,
              path,
              "",
              "has both a categoryOptionCombo and category attributes "
                  + vCat.keySet()
                  + ": one or the other"));
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Dhis2DataValue(
            v.getOrDefault("dataElement", ""),
            g.getOrDefault("period", ""),
            g.getOrDefault("orgUnit", ""),
            v.getOrDefault("categoryOptionCombo", ""),
            aoc,
            all,
            v.getOrDefault("value", ""),
            "",
            "",
            annotation,
            false,
            line,
            path));
  }

  /** The category attributes a value's group carried (its "@" keys), without the "@". */
  private static Map<String, String> groupCategories(Dhis2DataValue v) {
    Map<String, String> m = new TreeMap<>();
    v.disaggregation()
        .forEach(
            (k, x) -> {
              if (k.startsWith("@")) {
                m.put(k.substring(1), x);
              }
            });
    return m;
  }

  private static Map<String, String> attributes(XMLStreamReader r) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String ns = r.getAttributeNamespace(i);
      if (ns == null || ns.isEmpty()) {
        m.put(r.getAttributeLocalName(i), r.getAttributeValue(i).strip());
      }
    }
    return m;
  }

  private static Map<String, String> categories(Map<String, String> attrs, Set<String> known) {
    Map<String, String> c = new TreeMap<>();
    attrs.forEach(
        (k, x) -> {
          if (!known.contains(k)) {
            c.put(k, x);
          }
        });
    return c;
  }

  private static void close(@Nullable XMLStreamReader r, Reader in) {
    try {
      if (r != null) {
        r.close();
      }
      in.close();
    } catch (XMLStreamException | java.io.IOException e) {
      // nothing was lost: everything read is already in the result
    }
  }

  /**
   * Writes an ADX document: one group per organisation unit, period and attribute option combo (given
   * as an identifier or, as read from a group, as category attributes), in the order the groups
   * first come, each with all its values; so values whose groups interleave come back from {@link
   * #read} grouped (the same values, in another order). Periods as ISO 8601 intervals.
   *
   * @param values the values (their periods must have an ADX form: not {@code QuarterlyNov})
   * @param dataSet the data set of every group, or {@code ""} for none
   * @param out where to write (flushed, not closed)
   * @throws InvalidValueException naming the period when one has no ADX form
   */
  public static void write(List<Dhis2DataValue> values, String dataSet, Writer out) {
    Map<List<String>, List<Dhis2DataValue>> groups = new LinkedHashMap<>();
    for (Dhis2DataValue v : values) {
      // the group's category attributes ("@" keys, read from a group) describe its attribute option
      // combo
      groups
          .computeIfAbsent(
              List.of(
                  v.orgUnit(), v.period(), v.attributeOptionCombo(), groupCategories(v).toString()),
              k -> new ArrayList<>())
          .add(v);
    }
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.writeStartElement("adx");
      w.writeDefaultNamespace(NAMESPACE);
      for (Map.Entry<List<String>, List<Dhis2DataValue>> e : groups.entrySet()) {
        w.writeCharacters("\n  ");
        w.writeStartElement("group");
        if (!InvalidValueException.required(dataSet, "dataSet").isEmpty()) {
          w.writeAttribute("dataSet", dataSet);
        }
        w.writeAttribute("orgUnit", e.getKey().get(0));
        w.writeAttribute("period", Dhis2Periods.parse(e.getKey().get(1)).adx());
        if (!e.getKey().get(2).isEmpty()) {
          w.writeAttribute("attributeOptionCombo", e.getKey().get(2));
        }
        for (Map.Entry<String, String> c : groupCategories(e.getValue().get(0)).entrySet()) {
          w.writeAttribute(c.getKey(), c.getValue());
        }
        for (Dhis2DataValue v : e.getValue()) {
          w.writeCharacters("\n    ");
          boolean annotated = !v.comment().isEmpty();
          if (annotated) {
            w.writeStartElement("dataValue");
          } else {
            w.writeEmptyElement("dataValue");
          }
          w.writeAttribute("dataElement", v.dataElement());
          if (!v.categoryOptionCombo().isEmpty()) {
            w.writeAttribute("categoryOptionCombo", v.categoryOptionCombo());
          }
          for (Map.Entry<String, String> c : v.disaggregation().entrySet()) {
            if (!c.getKey().startsWith("@")) {
              w.writeAttribute(c.getKey(), c.getValue());
            }
          }
          w.writeAttribute("value", v.value());
          if (annotated) {
            w.writeStartElement("annotation");
            w.writeCharacters(v.comment());
            w.writeEndElement();
            w.writeEndElement();
          }
        }
        w.writeCharacters("\n  ");
        w.writeEndElement();
      }
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.flush();
    } catch (XMLStreamException e) {
      throw new java.io.UncheckedIOException(new java.io.IOException(e.getMessage(), e));
    }
  }
}
