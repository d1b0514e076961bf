package io.github.connectlao.interop;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.admin.IdentifierScheme;
import io.github.connectlao.lao.LaoText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Pattern;

/**
 * Matches another system's units to the gazetteer: by an identifier of the mapping, then by code,
 * then by name (Lao or romanised, spelling variants folded by {@link LaoText#matchKey(String)}),
 * within a level and under a parent when those are known. A name that fits several units is
 * reported as ambiguous with its candidates; nothing is guessed.
 *
 * <p>Example: {@code UnitMatcher.of(lao).matchName("Xaysetha", Optional.empty(),
 * Optional.of(AdminLevel.DISTRICT))} is ambiguous between LA0103 and LA1701; with parent {@code
 * "Attapeu"} it is LA1701.
 */
public final class UnitMatcher {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final Gazetteer gazetteer;
  private final ExternalIds ids;
  private final Map<String, List<AdminUnit>> byName;
  private final Map<String, List<AdminUnit>> byExactName;

  /**
   * The name indexes of each gazetteer a matcher was built for: a gazetteer is immutable, so its
   * indexes are built once and shared by every matcher of it (weak keys: they go with it).
   */
  private static final Map<Gazetteer, NameIndex> INDEXES =
      Collections.synchronizedMap(new WeakHashMap<>());

  private record NameIndex(
      Map<String, List<AdminUnit>> byName, Map<String, List<AdminUnit>> byExactName) {
    static NameIndex of(Gazetteer gazetteer) {
      Map<String, List<AdminUnit>> byName = new HashMap<>();
      Map<String, List<AdminUnit>> byExactName = new HashMap<>();
      for (AdminUnit u : gazetteer.all()) {
        Set<String> keys = new LinkedHashSet<>();
        for (String n : u.allNames()) {
          String k = LaoText.matchKey(n);
          if (!k.isEmpty()) {
            keys.add(k);
          }
        }
        for (String k : keys) {
          byName.computeIfAbsent(k, x -> new ArrayList<>()).add(u);
        }
        Set<String> exact = new LinkedHashSet<>();
        for (String n : u.allNames()) {
          exact.add(exactKey(n));
        }
        for (String k : exact) {
          byExactName.computeIfAbsent(k, x -> new ArrayList<>()).add(u);
        }
      }
      byName.replaceAll((k, v) -> List.copyOf(v));
      byExactName.replaceAll((k, v) -> List.copyOf(v));
      return new NameIndex(
          Collections.unmodifiableMap(byName), Collections.unmodifiableMap(byExactName));
    }
  }

  private UnitMatcher(Gazetteer gazetteer, ExternalIds ids) {
    this.gazetteer = gazetteer;
    this.ids = ids;
    NameIndex index = INDEXES.computeIfAbsent(gazetteer, NameIndex::of);
    this.byName = index.byName();
    this.byExactName = index.byExactName();
  }

  /**
   * A matcher by code and name only.
   *
   * @param gazetteer the gazetteer
   * @return the matcher
   */
  public static UnitMatcher of(Gazetteer gazetteer) {
    return of(gazetteer, ExternalIds.empty());
  }

  /**
   * A matcher that first looks identifiers up in a mapping.
   *
   * @param gazetteer the gazetteer
   * @param ids the mapping (e.g. DHIS2 UIDs settled by hand for the ambiguous names)
   * @return the matcher
   */
  public static UnitMatcher of(Gazetteer gazetteer, ExternalIds ids) {
    return new UnitMatcher(
        InvalidValueException.required(gazetteer, "gazetteer"),
        InvalidValueException.required(ids, "ids"));
  }

  /** @return the gazetteer matched against */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * Matches one unit of another system.
   *
   * @param scheme the other system's scheme, e.g. {@link IdentifierScheme#DHIS2_UID}
   * @param externalId the unit's identifier there
   * @param code a code the other system gives the unit that may be one of the gazetteer's codes
   *     (P-code, ISO or LSB code), if any
   * @param name the unit's name there
   * @param parentUnitCode the gazetteer code of its parent, when already matched
   * @param level its level, when known
   * @return the match
   */
  public UnitMatch match(
      IdentifierScheme scheme,
      String externalId,
      Optional<String> code,
      String name,
      Optional<String> parentUnitCode,
      Optional<AdminLevel> level) {
    Optional<String> mapped = ids.unitCode(scheme, externalId);
    if (mapped.isPresent()) {
      Optional<AdminUnit> u = gazetteer.find(mapped.get());
      if (u.isPresent()) {
        return UnitMatch.matched(externalId, name, u.get(), "by " + scheme + " in the mapping");
      }
      return UnitMatch.missing(
          externalId,
          name,
          "the mapping names " + mapped.get() + ", which is not in " + gazetteer.description());
    }
    for (String c : code.stream().toList()) {
      Optional<AdminUnit> u =
          gazetteer.find(c).filter(x -> level.map(l -> l == x.level()).orElse(true));
      if (u.isPresent()) {
        return UnitMatch.matched(externalId, name, u.get(), "by code " + c);
      }
    }
    UnitMatch byName = byName(externalId, name, parentUnitCode.flatMap(gazetteer::find), level);
    return byName;
  }

  /**
   * Matches a unit given by code (P-code, ISO or LSB code) or by name.
   *
   * @param nameOrCode the code or name
   * @param parent the parent's code or name, when given
   * @param level the level, when known
   * @return the match
   */
  public UnitMatch matchName(
      String nameOrCode, Optional<String> parent, Optional<AdminLevel> level) {
    String text = nameOrCode == null ? "" : nameOrCode.strip();
    Optional<AdminUnit> direct =
        gazetteer.find(text).filter(x -> level.map(l -> l == x.level()).orElse(true));
    if (direct.isPresent()) {
      return UnitMatch.matched(text, "", direct.get(), "by code");
    }
    Optional<AdminUnit> p = Optional.empty();
    if (parent.isPresent() && !parent.get().isBlank()) {
      UnitMatch pm = matchName(parent.get(), Optional.empty(), Optional.empty());
      if (!pm.isMatched()) {
        return UnitMatch.missing(
            text,
            text,
            "its parent "
                + parent.get()
                + " is "
                + pm.status().name().toLowerCase(java.util.Locale.ROOT));
      }
      p = pm.unit();
    }
    return byName(text, text, p, level);
  }

  private static String exactKey(String name) {
    return LaoText.normalise(name)
        .toLowerCase(java.util.Locale.ROOT)
        .transform(t -> WHITESPACE.matcher(t).replaceAll(" "))
        .strip();
  }

  private List<AdminUnit> candidates(
      Map<String, List<AdminUnit>> index,
      String key,
      Optional<AdminUnit> parent,
      Optional<AdminLevel> level) {
    List<AdminUnit> found = new ArrayList<>();
    for (AdminUnit u : index.getOrDefault(key, List.of())) {
      if (level.map(l -> l == u.level()).orElse(true)
          && parent.map(pu -> gazetteer.contains(pu, u) && !pu.equals(u)).orElse(true)) {
        found.add(u);
      }
    }
    return found;
  }

  private UnitMatch byName(
      String id, String name, Optional<AdminUnit> parent, Optional<AdminLevel> level) {
    // the name as written first (Vientiane Capital is not Vientiane Province), then spelling
    // variants folded
    List<AdminUnit> found = candidates(byExactName, exactKey(name), parent, level);
    if (found.size() != 1) {
      List<AdminUnit> folded = candidates(byName, LaoText.matchKey(name), parent, level);
      if (found.isEmpty() || folded.size() == 1) {
        found = folded;
      }
    }
    String where =
        level.map(l -> " among " + l.nameEnglish() + "s").orElse("")
            + parent.map(pu -> " under " + pu.code()).orElse("");
    if (found.size() == 1) {
      return UnitMatch.matched(id, name, found.get(0), "by name" + where);
    }
    if (found.size() > 1) {
      return UnitMatch.ambiguous(id, name, found, "by name" + where);
    }
    return UnitMatch.missing(id, name, "no unit of that name" + where);
  }
}
