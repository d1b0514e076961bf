package io.github.connectlao.interop.dhis2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.admin.IdentifierScheme;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.interop.ExternalIds;
import io.github.connectlao.interop.MatchReport;
import io.github.connectlao.interop.UnitMatch;
import io.github.connectlao.interop.UnitMatcher;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads DHIS2 organisation units from the metadata API's JSON, matches them to the gazetteer, and
 * writes the gazetteer's units in that JSON form.
 *
 * <pre>{@code
 * ImportResult<List<Dhis2OrgUnit>> read = Dhis2OrgUnits.readJson(reader, "organisationUnits.json");
 * MatchReport report = Dhis2OrgUnits.match(read.accepted(), UnitMatcher.of(lao, myMapping));
 * report.ambiguous();                                    // e.g. the two Xaysetha districts
 * ExternalIds uids = report.toExternalIds(IdentifierScheme.DHIS2_UID);
 * }</pre>
 *
 * <p>The JSON is {@code {"organisationUnits": [...]}} (or a bare array) of objects with {@code id},
 * {@code code}, {@code name}, {@code shortName}, {@code level}, {@code path} and {@code parent}
 * ({@code {"id": …}}); other properties are ignored. Units are matched parents first: level 1 is the
 * nation, 2 a province, 3 a district, 4 a village; a unit is looked up in the mapping by UID, then
 * by code (a DHIS2 code may be the P-code or LSB code), then by name under its matched parent.
 */
public final class Dhis2OrgUnits {
  private static final JsonFactory JSON = new JsonFactory();

  private Dhis2OrgUnits() {}

  /**
   * Reads organisation units.
   *
   * @param in the characters (closed when done)
   * @param sourceName the name used in error messages
   * @return the units kept and every unit refused (missing id, name or level), with its line and
   *     JSON path
   */
  public static ImportResult<List<Dhis2OrgUnit>> readJson(Reader in, String sourceName) {
    List<Dhis2OrgUnit> kept = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    try (JsonParser p = JSON.createParser(in)) {
      JsonToken t = p.nextToken();
      String prefix = "";
      if (t == JsonToken.START_OBJECT) {
        boolean found = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String f = p.currentName();
          t = p.nextToken();
          if (f.equals("organisationUnits") && t == JsonToken.START_ARRAY) {
            found = true;
            readArray(p, "organisationUnits", kept, errors);
          } else {
            p.skipChildren();
          }
        }
        if (!found) {
          errors.add(
              new RowError(
                  1, "organisationUnits", "", "is missing: no organisation units in the document"));
        }
      } else if (t == JsonToken.START_ARRAY) {
        readArray(p, prefix, kept, errors);
      } else {
        errors.add(
            new RowError(
                1, "", "", "is not organisation-unit JSON: expected an object or an array"));
      }
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      errors.add(
          new RowError(
              line,
              "",
              "",
              sourceName + ": malformed JSON from here on: " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(sourceName + ": " + e.getMessage(), e);
    }
    return ImportResult.ofRows(kept, errors);
  }

  private static void readArray(
      JsonParser p, String name, List<Dhis2OrgUnit> kept, List<RowError> errors)
      throws IOException {
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String path = name + "[" + i++ + "]";
      long line = p.currentTokenLocation().getLineNr();
      if (p.currentToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        errors.add(new RowError(line, path, "", "must be an object"));
        continue;
      }
      Map<String, String> m = new HashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String f = p.currentName();
        JsonToken t = p.nextToken();
        if (f.equals("parent") && t == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String g = p.currentName();
            p.nextToken();
            if (g.equals("id") && p.currentToken().isScalarValue()) {
              m.put("parent", p.getValueAsString(""));
            } else {
              p.skipChildren();
            }
          }
        } else if (t.isScalarValue() && t != JsonToken.VALUE_NULL) {
          m.put(f, p.getValueAsString(""));
        } else {
          p.skipChildren();
        }
      }
      try {
        String level = m.getOrDefault("level", "");
        int lv;
        try {
          lv = Integer.parseInt(level.strip());
        } catch (NumberFormatException e) {
          String fromPath = m.getOrDefault("path", "");
          InvalidValueException.check(
              !fromPath.isBlank(),
              "level",
              level,
              "is missing and there is no path to count it from");
          lv = (int) fromPath.chars().filter(c -> c == '/').count();
        }
        kept.add(
            new Dhis2OrgUnit(
                m.getOrDefault("id", ""),
                Optional.ofNullable(m.get("code")),
                m.getOrDefault("name", ""),
                m.getOrDefault("shortName", ""),
                lv,
                m.getOrDefault("path", ""),
                Optional.ofNullable(m.get("parent")).or(() -> parentFromPath(m.get("path"))),
                line));
      } catch (InvalidValueException e) {
        errors.add(new RowError(line, path + "." + e.field(), e.value(), e.reason()));
      }
    }
  }

  private static Optional<String> parentFromPath(@Nullable String path) {
    if (path == null) {
      return Optional.empty();
    }
    String[] parts = path.split("/", -1);
    return parts.length >= 3 ? Optional.of(parts[parts.length - 2]) : Optional.empty();
  }

  /**
   * Matches organisation units to the gazetteer, parents first.
   *
   * @param units the units
   * @param matcher the matcher (with a mapping of UIDs settled by hand, if any)
   * @return every unit's outcome, in input order
   */
  public static MatchReport match(List<Dhis2OrgUnit> units, UnitMatcher matcher) {
    List<Dhis2OrgUnit> ordered = new ArrayList<>(units);
    ordered.sort(Comparator.comparingInt(Dhis2OrgUnit::level));
    Map<String, UnitMatch> byId = new HashMap<>();
    for (Dhis2OrgUnit ou : ordered) {
      Optional<AdminLevel> level =
          ou.level() <= AdminLevel.values().length
              ? Optional.of(AdminLevel.values()[ou.level() - 1])
              : Optional.empty();
      Optional<String> parent =
          ou.parentId()
              .map(byId::get)
              .filter(UnitMatch::isMatched)
              .map(m -> m.unit().orElseThrow().code());
      UnitMatch m =
          level.isEmpty()
              ? new UnitMatch(
                  ou.id(),
                  ou.name(),
                  UnitMatch.Status.MISSING,
                  Optional.empty(),
                  List.of(),
                  "level " + ou.level() + " is below the villages")
              : matcher.match(
                  IdentifierScheme.DHIS2_UID, ou.id(), ou.code(), ou.name(), parent, level);
      byId.put(ou.id(), m);
    }
    List<UnitMatch> inOrder = new ArrayList<>();
    for (Dhis2OrgUnit ou : units) {
      inOrder.add(byId.get(ou.id()));
    }
    return new MatchReport(inOrder);
  }

  /**
   * Writes the units of a gazetteer that have a DHIS2 UID in the mapping, in the metadata API's
   * form, parents before children; units without a UID are listed in the result, not written.
   *
   * @param gazetteer the units
   * @param ids the mapping with their {@link IdentifierScheme#DHIS2_UID} (and {@link
   *     IdentifierScheme#DHIS2_CODE}, if any)
   * @param out where to write (flushed, not closed)
   * @return the codes of the units left out for want of a UID
   */
  public static List<String> writeJson(Gazetteer gazetteer, ExternalIds ids, Writer out) {
    List<String> skipped = new ArrayList<>();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeArrayFieldStart("organisationUnits");
      for (AdminUnit u : gazetteer.all()) {
        Optional<String> uid = ids.externalId(u.code(), IdentifierScheme.DHIS2_UID);
        StringBuilder path = new StringBuilder();
        boolean complete = uid.isPresent();
        for (AdminUnit a : gazetteer.ancestors(u)) {
          Optional<String> au = ids.externalId(a.code(), IdentifierScheme.DHIS2_UID);
          complete &= au.isPresent();
          path.insert(0, "/" + au.orElse(""));
        }
        if (!complete) {
          skipped.add(u.code());
          continue;
        }
        path.append('/').append(uid.get());
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeStringField("id", uid.get());
        Optional<String> code = ids.externalId(u.code(), IdentifierScheme.DHIS2_CODE);
        if (code.isPresent()) {
          g.writeStringField("code", code.get());
        }
        g.writeStringField("name", u.name());
        g.writeStringField("shortName", u.name());
        g.writeNumberField("level", u.level().depth() + 1);
        g.writeStringField("path", path.toString());
        Optional<AdminUnit> parent = gazetteer.parent(u);
        if (parent.isPresent()) {
          g.writeObjectFieldStart("parent");
          g.writeStringField(
              "id", ids.externalId(parent.get().code(), IdentifierScheme.DHIS2_UID).orElseThrow());
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeRaw('\n');
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(skipped);
  }
}
