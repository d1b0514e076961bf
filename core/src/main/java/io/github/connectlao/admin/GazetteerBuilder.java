package io.github.connectlao.admin;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import io.github.connectlao.csv.RowError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Validates units against a hierarchy: duplicates, parents, levels, cycles. */
final class GazetteerBuilder {
  private GazetteerBuilder() {}

  /** A unit with the line (or position) it came from. */
  record Entry(AdminUnit unit, long line) {}

  /** The accepted units (existing first) and the refused entries. */
  record Result(List<AdminUnit> accepted, List<RowError> errors) {}

  static Result resolve(List<AdminUnit> existing, List<Entry> entries) {
    Map<String, AdminUnit> known = new HashMap<>();
    // every code and identifier names one unit: Gazetteer.indexOf resolves both
    Map<String, Claim> claims = new HashMap<>();
    for (AdminUnit u : existing) {
      known.put(key(u.code()), u);
      claims.put(key(u.code()), new Claim(u.code(), "code", 0));
    }
    for (AdminUnit u : existing) {
      claim(claims, u, 0);
    }
    List<RowError> errors = new ArrayList<>();
    Map<String, Entry> pending = new LinkedHashMap<>();
    for (Entry e : entries) {
      String k = key(e.unit().code());
      Optional<RowError> clash = clash(e, k, claims);
      if (clash.isPresent()) {
        errors.add(clash.get());
        continue;
      }
      if (known.containsKey(k) || pending.containsKey(k)) {
        long first = pending.containsKey(k) ? pending.get(k).line() : 0;
        errors.add(
            new RowError(
                e.line(),
                "code",
                e.unit().code(),
                "duplicate code"
                    + (first > 0
                        ? " (first at line " + first + ")"
                        : " (already in the gazetteer)")));
        continue;
      }
      if (e.unit().level() == AdminLevel.NATIONAL
          && (!existing.isEmpty()
              || pending.values().stream()
                  .anyMatch(p -> p.unit().level() == AdminLevel.NATIONAL))) {
        errors.add(
            new RowError(
                e.line(), "level", "national", "a gazetteer has exactly one national unit"));
        continue;
      }
      pending.put(k, e);
      claims.putIfAbsent(k, new Claim(e.unit().code(), "code", e.line()));
      claim(claims, e.unit(), e.line());
    }
    List<AdminUnit> accepted = new ArrayList<>(existing);
    boolean progress = true;
    while (progress && !pending.isEmpty()) {
      progress = false;
      for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
        Entry e = it.next().getValue();
        AdminUnit u = e.unit();
        if (u.level() == AdminLevel.NATIONAL) {
          accepted.add(u);
          known.put(key(u.code()), u);
          it.remove();
          progress = true;
          continue;
        }
        String pk = key(u.parentCode().orElse(""));
        AdminUnit parent = known.get(pk);
        if (parent == null) {
          if (!pending.containsKey(pk)) {
            errors.add(
                new RowError(
                    e.line(),
                    "parent_code",
                    u.parentCode().orElse(""),
                    "unknown parent unit for " + u.code()));
            it.remove();
          }
          continue;
        }
        if (parent.level() != u.level().parentLevel()) {
          errors.add(
              new RowError(
                  e.line(),
                  "parent_code",
                  u.parentCode().orElse(""),
                  "parent "
                      + parent.code()
                      + " is a "
                      + parent.level().nameEnglish()
                      + ", but a "
                      + u.level().nameEnglish()
                      + "'s parent must be a "
                      + u.level().parentLevel().nameEnglish()));
          it.remove();
          continue;
        }
        if (!parent.code().equals(u.parentCode().orElse(""))) {
          u = u.toBuilder().parent(parent.code()).build();
        }
        try {
          u = inheritValidity(u, parent);
        } catch (InvalidValueException ex) {
          errors.add(
              new RowError(
                  e.line(),
                  "valid_to",
                  u.validTo().map(Object::toString).orElse(""),
                  u.code()
                      + " ends before its parent "
                      + parent.code()
                      + " begins ("
                      + parent.validFrom().map(Object::toString).orElse("")
                      + "): a unit cannot exist outside its parent"));
          it.remove();
          continue;
        }
        accepted.add(u);
        known.put(key(u.code()), u);
        it.remove();
        progress = true;
      }
    }
    // what is left waits on a parent that waits on it: a cycle, or a chain behind a refused unit
    for (Entry e : pending.values()) {
      errors.add(
          new RowError(
              e.line(),
              "parent_code",
              e.unit().parentCode().orElse(""),
              describeCycle(e, pending)));
    }
    if (accepted.stream().noneMatch(u -> u.level() == AdminLevel.NATIONAL)) {
      errors.add(new RowError(0, "level", "", "no national unit: a gazetteer needs exactly one"));
    }
    errors.sort((a, b) -> Long.compare(a.line(), b.line()));
    return new Result(accepted, errors);
  }

  /**
   * A unit cannot exist outside its parent: a unit without a creation date, or with one before its
   * parent's, takes its parent's (the districts of Xaisomboun, re-created as a province in 2013, are
   * valid from 2013 too); likewise for the abolition date. The source note says so.
   */
  static AdminUnit inheritValidity(AdminUnit u, AdminUnit parent) {
    Optional<PartialDate> from = u.validFrom();
    Optional<PartialDate> to = u.validTo();
    List<String> inherited = new ArrayList<>();
    Optional<PartialDate> pf = parent.validFrom();
    if (pf.isPresent() && (from.isEmpty() || from.get().earliest().isBefore(pf.get().earliest()))) {
      from = pf;
      inherited.add("valid from " + pf.get());
    }
    Optional<PartialDate> pt = parent.validTo();
    if (pt.isPresent() && (to.isEmpty() || to.get().latest().isAfter(pt.get().latest()))) {
      to = pt;
      inherited.add("valid to " + pt.get());
    }
    if (inherited.isEmpty()) {
      return u;
    }
    String why = String.join(" and ", inherited) + " as its parent " + parent.code();
    Source s = u.source();
    Source source =
        Source.of(s.citation(), s.confidence(), s.note().map(n -> n + "; " + why).orElse(why));
    return u.toBuilder()
        .validFrom(from.orElse(null))
        .validTo(to.orElse(null))
        .source(source)
        .build();
  }

  /** A code or identifier value, the unit it names, in which scheme and from which line. */
  private record Claim(String unit, String scheme, long line) {}

  /** Records the identifiers of a unit, each naming it unless a code or identifier already does. */
  private static void claim(Map<String, Claim> claims, AdminUnit u, long line) {
    for (Map.Entry<IdentifierScheme, String> id : u.identifiers().entrySet()) {
      claims.putIfAbsent(key(id.getValue()), new Claim(u.code(), id.getKey().name(), line));
    }
  }

  /**
   * A unit whose code or identifier already names another unit (as that unit's code or as one of
   * its identifiers) would make a lookup by it ambiguous: refused. The same code twice is left to
   * the duplicate-code rule.
   */
  private static Optional<RowError> clash(Entry e, String codeKey, Map<String, Claim> claims) {
    AdminUnit u = e.unit();
    Claim c = claims.get(codeKey);
    if (c != null && !c.scheme().equals("code") && !key(c.unit()).equals(codeKey)) {
      return Optional.of(
          new RowError(
              e.line(),
              "code",
              u.code(),
              "is already the "
                  + c.scheme()
                  + " identifier of "
                  + c.unit()
                  + where(c)
                  + ": a code must name one unit"));
    }
    for (Map.Entry<IdentifierScheme, String> id : u.identifiers().entrySet()) {
      Claim other = claims.get(key(id.getValue()));
      if (other != null && !key(other.unit()).equals(codeKey)) {
        return Optional.of(
            new RowError(
                e.line(),
                column(id.getKey()),
                id.getValue(),
                "is already the "
                    + (other.scheme().equals("code") ? "code" : other.scheme() + " identifier")
                    + " of "
                    + other.unit()
                    + where(other)
                    + ": an identifier must name one unit"));
      }
    }
    return Optional.empty();
  }

  /** The CSV column of an identifier scheme ({@code lsb_code}, {@code iso_code}), else its name. */
  private static String column(IdentifierScheme scheme) {
    if (scheme.equals(IdentifierScheme.LSB)) {
      return AdminUnitCsv.LSB.name();
    }
    if (scheme.equals(IdentifierScheme.ISO_3166)) {
      return AdminUnitCsv.ISO.name();
    }
    return scheme.name();
  }

  private static String where(Claim c) {
    return c.line() > 0 ? " (line " + c.line() + ")" : " (already in the gazetteer)";
  }

  private static String describeCycle(Entry start, Map<String, Entry> pending) {
    List<String> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Entry e = start;
    while (e != null && seen.add(key(e.unit().code()))) {
      chain.add(e.unit().code());
      e = pending.get(key(e.unit().parentCode().orElse("")));
    }
    if (e != null) {
      chain.add(e.unit().code());
      return "cycle in parents: " + String.join(" -> ", chain);
    }
    return "parent chain " + String.join(" -> ", chain) + " never reaches a known unit";
  }

  static String key(String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }
}
