package io.github.connectlao.admin;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.lao.LaoText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, thread-safe index of administrative units: lookup by code, navigation up and down
 * the hierarchy, name search, and a dense index per unit in depth-first pre-order.
 *
 * <pre>{@code
 * Gazetteer lao = Gazetteer.laoPdr();
 * AdminUnit bokeo = lao.unit("LA-BK");              // P-code, ISO 3166-2 or LSB code
 * List<AdminUnit> districts = lao.children(bokeo);  // 5 districts, in code order
 * lao.search("Luang Namtha").get(0);                // LA03 Louangnamtha (ຫຼວງນ້ຳທາ)
 * }</pre>
 *
 * <p>Units are numbered in depth-first pre-order (children in code order), so the subtree of the
 * unit at index {@code i} is exactly the index range {@code [i, subtreeEnd(i))} and every parent
 * has a smaller index than its children: a rollup is one reverse pass over {@link
 * #parentIndex(int)}. Adding units ({@link #withUnits(Collection)}, {@link
 * #withCommunityVillages()}) returns a new gazetteer with a new numbering.
 */
public final class Gazetteer {

  private final String description;
  private final AdminUnit[] units;
  private final int[] parent;
  private final int[] subtreeEnd;
  private final int[][] children;
  private final Map<String, Integer> byCode;
  private final Map<String, Integer> byAlias;
  private final String[][] exactKeys;
  private final String[][] matchKeys;
  private final int[] levelCounts;
  private final TerritoryHistory history;

  Gazetteer(String description, List<AdminUnit> validated) {
    this(description, validated, TerritoryHistory.empty());
  }

  Gazetteer(String description, List<AdminUnit> validated, TerritoryHistory history) {
    this(description, validated, history, null);
  }

  /**
   * Builds the index; the name keys of a unit that {@code base} already holds (the same instance:
   * units are immutable) are taken from it instead of being normalised again, so extending a
   * gazetteer by a few units costs the few units' keys, not every unit's.
   */
  private Gazetteer(
      String description,
      List<AdminUnit> validated,
      TerritoryHistory history,
      @Nullable Gazetteer base) {
    this.description = description;
    this.history = history;
    int n = validated.size();
    Map<String, Integer> rawIndex = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      rawIndex.put(validated.get(i).code(), i);
    }
    List<List<Integer>> kids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      kids.add(new ArrayList<>());
    }
    int root = -1;
    for (int i = 0; i < n; i++) {
      Optional<String> p = validated.get(i).parentCode();
      if (p.isEmpty()) {
        root = i;
      } else {
        Integer parentIndex = rawIndex.get(p.get());
        if (parentIndex == null) {
          throw new IllegalStateException(
              "parent " + p.get() + " of a validated unit is missing; this is a defect");
        }
        kids.get(parentIndex).add(i);
      }
    }
    Comparator<Integer> byCodeOrder = Comparator.comparing(i -> validated.get(i).code());
    kids.forEach(k -> k.sort(byCodeOrder));
    // iterative depth-first pre-order
    this.units = new AdminUnit[n];
    this.parent = new int[n];
    this.subtreeEnd = new int[n];
    int[] newIndexOf = new int[n];
    int[] stack = new int[n];
    int top = 0;
    int next = 0;
    stack[top++] = root;
    while (top > 0) {
      int raw = stack[--top];
      newIndexOf[raw] = next;
      units[next++] = validated.get(raw);
      List<Integer> k = kids.get(raw);
      for (int j = k.size() - 1; j >= 0; j--) {
        stack[top++] = k.get(j);
      }
    }
    this.byCode = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      byCode.put(units[i].code().toUpperCase(Locale.ROOT), i);
    }
    for (int i = 0; i < n; i++) {
      parent[i] = units[i].parentCode().map(c -> byCode.get(c.toUpperCase(Locale.ROOT))).orElse(-1);
    }
    // subtree ends: a unit's subtree ends where the next unit at its depth or above begins
    Arrays.fill(subtreeEnd, n);
    for (int i = n - 1; i >= 0; i--) {
      int end = i + 1;
      while (end < n && isStrictAncestor(i, end)) {
        end = subtreeEnd[end];
      }
      subtreeEnd[i] = end;
    }
    this.children = new int[n][];
    int[] childCount = new int[n];
    for (int i = 1; i < n; i++) {
      childCount[parent[i]]++;
    }
    for (int i = 0; i < n; i++) {
      children[i] = new int[childCount[i]];
      childCount[i] = 0;
    }
    for (int i = 1; i < n; i++) {
      children[parent[i]][childCount[parent[i]]++] = i;
    }
    this.byAlias = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String alias : units[i].identifiers().values()) {
        byAlias.putIfAbsent(alias.toUpperCase(Locale.ROOT), i);
      }
    }
    this.levelCounts = new int[AdminLevel.values().length];
    this.exactKeys = new String[n][];
    this.matchKeys = new String[n][];
    for (int i = 0; i < n; i++) {
      levelCounts[units[i].level().ordinal()]++;
      int known = base == null ? -1 : base.indexOfSame(units[i]);
      if (base != null && known >= 0) {
        exactKeys[i] = base.exactKeys[known];
        matchKeys[i] = base.matchKeys[known];
        continue;
      }
      List<String> names = units[i].allNames();
      exactKeys[i] = names.stream().map(Gazetteer::exactKey).distinct().toArray(String[]::new);
      matchKeys[i] =
          names.stream()
              .map(LaoText::matchKey)
              .filter(s -> !s.isEmpty())
              .distinct()
              .toArray(String[]::new);
    }
  }

  /** The index of this very unit instance here, or -1. */
  private int indexOfSame(AdminUnit unit) {
    Integer i = byCode.get(unit.code().toUpperCase(Locale.ROOT));
    return i != null && units[i] == unit ? i : -1;
  }

  private boolean isStrictAncestor(int ancestor, int unit) {
    for (int p = parent[unit]; p >= 0; p = parent[p]) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * The embedded default gazetteer of the Lao PDR: the nation, the 18 provincial-level units and
   * the 148 districts, from OCHA/HDX, ISO 3166-2 (pycountry), CLDR and a community list, each unit
   * with its {@link AdminUnit#source()}. Loaded once, lazily, on first use. It holds no villages:
   * see {@link #withCommunityVillages()}.
   *
   * @return the default gazetteer
   */
  public static Gazetteer laoPdr() {
    return LaoPdrData.Holder.DEFAULT;
  }

  /**
   * Builds a gazetteer from units. Exactly one unit must be national; every other unit's parent
   * must be present at the level just above it; every code and identifier (ISO 3166-2, LSB…)
   * names one unit, ignoring case, since {@link #indexOf(String)} resolves both.
   *
   * @param description what the gazetteer holds, for reports
   * @param units the units, in any order
   * @return the gazetteer
   * @throws GazetteerLoadException listing every duplicate code, code or identifier that already
   *     names another unit, unknown or wrong-level parent, cycle and missing national unit
   */
  public static Gazetteer of(String description, Collection<AdminUnit> units) {
    List<GazetteerBuilder.Entry> entries = new ArrayList<>();
    long i = 1;
    for (AdminUnit unit : units) {
      entries.add(new GazetteerBuilder.Entry(unit, i++));
    }
    GazetteerBuilder.Result r = GazetteerBuilder.resolve(List.of(), entries);
    if (!r.errors().isEmpty()) {
      throw new GazetteerLoadException(description, r.errors());
    }
    return new Gazetteer(description, r.accepted());
  }

  /**
   * A new gazetteer with these units added (villages, or units of any level below the nation),
   * under the rules of {@link #of(String, Collection)}: a unit whose code or identifier already
   * names another unit is refused.
   *
   * @param added the units to add; their parents may be in this gazetteer or among them
   * @return the new gazetteer
   * @throws GazetteerLoadException listing every unit that cannot be added, and adding none
   */
  public Gazetteer withUnits(Collection<AdminUnit> added) {
    List<GazetteerBuilder.Entry> entries = new ArrayList<>();
    long i = 1;
    for (AdminUnit unit : added) {
      entries.add(new GazetteerBuilder.Entry(unit, i++));
    }
    GazetteerBuilder.Result r = GazetteerBuilder.resolve(Arrays.asList(units), entries);
    if (!r.errors().isEmpty()) {
      throw new GazetteerLoadException("added units", r.errors());
    }
    return new Gazetteer(
        description + " + " + added.size() + " added unit(s)", r.accepted(), history, this);
  }

  /**
   * Imports units from a user's CSV file (columns {@code code}, {@code level}, {@code
   * parent_code}, {@code name_lo}, {@code name_en}, and optionally {@code lsb_code}, {@code
   * alt_names} separated by {@code |}, {@code valid_from}, {@code valid_to}, {@code source}).
   * Every bad row is reported with its line and reason; the good rows are added.
   *
   * @param csv the file
   * @return the new gazetteer (this one when no row was accepted), the number of units added and the row errors
   */
  public ImportResult<Gazetteer> importUnits(Path csv) {
    return UnitCsv.importUnits(this, csv);
  }

  /**
   * Imports units from an open CSV reader; the columns are those of {@link #importUnits(Path)}, see
   * {@link io.github.connectlao.admin.AdminUnitCsv}.
   *
   * @param csv the reader (not closed here)
   * @param onBadRow what to do with a bad row: {@link OnBadRow#COLLECT} reports it and goes on, {@link OnBadRow#STOP} throws {@link io.github.connectlao.csv.CsvImportException} at the first
   * @return the new gazetteer (this one when no row was accepted), the number of units added and the row errors
   */
  public ImportResult<Gazetteer> importUnits(
      io.github.connectlao.csv.CsvReader csv, OnBadRow onBadRow) {
    return UnitCsv.importUnits(this, csv, onBadRow);
  }

  /**
   * Adds the bundled community village list: 8,940 villages with Lao names (English for some) from
   * the npm package {@code @lailao10x/lao-address} 0.0.3 (MIT). It is <b>unofficial</b>: every
   * village's {@link AdminUnit#source()} says so, and its code ({@code CV} + the list's own id) is
   * not an official code. The villages whose district is unknown or not in this gazetteer are not
   * added; they are reported in the result's errors, one per village.
   *
   * @return the new gazetteer and the report
   */
  public ImportResult<Gazetteer> withCommunityVillages() {
    return LaoPdrData.communityVillages(this);
  }

  ImportResult<Gazetteer> importEntries(
      String source, List<GazetteerBuilder.Entry> entries, List<RowError> earlier) {
    GazetteerBuilder.Result r = GazetteerBuilder.resolve(Arrays.asList(units), entries);
    List<RowError> errors = new ArrayList<>(earlier);
    errors.addAll(r.errors());
    errors.sort(Comparator.comparingLong(RowError::line));
    List<AdminUnit> added = r.accepted().subList(units.length, r.accepted().size());
    Gazetteer g =
        added.isEmpty()
            ? this
            : new Gazetteer(
                description + " + " + added.size() + " unit(s) from " + source,
                r.accepted(),
                history,
                this);
    return new ImportResult<>(g, added.size(), errors);
  }

  /**
   * This gazetteer with a history of territorial changes (the embedded default has the Lao PDR's).
   *
   * @param changes the history
   * @return a gazetteer with the same units and numbering
   */
  public Gazetteer withHistory(TerritoryHistory changes) {
    return new Gazetteer(description, List.of(units), changes, this);
  }

  /** @return the recorded changes of the territory (empty unless given) */
  public TerritoryHistory history() {
    return history;
  }

  // ---------------------------------------------------------------- through time

  /**
   * The territory on a day: the units that existed then (as a gazetteer with its own numbering, for
   * counts per level and the hierarchy), the units whose existence that day is uncertain, and the
   * recorded changes after the day that this gazetteer cannot undo.
   *
   * <pre>{@code
   * Territory t = Gazetteer.laoPdr().asOf(LocalDate.of(2010, 6, 30));
   * t.count(AdminLevel.PROVINCE);  // 17: Xaisomboun (LA18) was created in December 2013
   * t.isComplete();                // false: its districts then belonged to other provinces
   * t.caveats();                   // says so, with the source of each change
   * }</pre>
   *
   * @param date the day
   * @return the territory of the day
   * @throws io.github.connectlao.InvalidValueException when the nation itself did not exist that day
   */
  public Territory asOf(java.time.LocalDate date) {
    io.github.connectlao.InvalidValueException.required(date, "date");
    List<AdminUnit> kept = new ArrayList<>();
    List<UnitValidity> uncertain = new ArrayList<>();
    boolean[] in = new boolean[units.length];
    boolean[] unsure = new boolean[units.length];
    for (int i = 0; i < units.length; i++) {
      UnitValidity v = units[i].validityOn(date);
      int p = parent[i];
      if (p >= 0 && !in[p]) {
        if (unsure[p] && v.isPossible()) {
          unsure[i] = true;
          uncertain.add(
              new UnitValidity(
                  units[i],
                  date,
                  UnitValidity.Status.UNCERTAIN,
                  units[i].code()
                      + " "
                      + units[i].name()
                      + ": its parent "
                      + units[p].code()
                      + " may not have existed on "
                      + date));
        }
      } else if (v.status() == UnitValidity.Status.VALID) {
        in[i] = true;
        kept.add(units[i]);
      } else if (v.status() == UnitValidity.Status.UNCERTAIN) {
        unsure[i] = true;
        uncertain.add(v);
      }
    }
    io.github.connectlao.InvalidValueException.check(
        in[0], "date", date, "is outside the validity of the nation " + units[0].code());
    return new Territory(
        date,
        new Gazetteer(description + " as of " + date, kept, history, this),
        uncertain,
        history.after(date));
  }

  /**
   * The unit with a code, checked against a day: what an importer calls with a place of birth and a
   * date of birth.
   *
   * <p>Example: {@code lao.unitOn("LA1801", LocalDate.of(2010, 5, 1))} throws "LA1801 Anouvong did not
   * exist on 2010-05-01: valid from 2013-12".
   *
   * @param code a P-code, ISO 3166 or LSB code
   * @param date the day
   * @return the unit, when it may have existed on the day (see {@link AdminUnit#isValidOn})
   * @throws UnknownCodeException when no unit has the code
   * @throws io.github.connectlao.InvalidValueException naming the code and the reason when the unit
   *     certainly did not exist on the day
   */
  public AdminUnit unitOn(String code, java.time.LocalDate date) {
    AdminUnit u = unit(code);
    UnitValidity v = u.validityOn(date);
    if (!v.isPossible()) {
      throw new io.github.connectlao.InvalidValueException("unit", code, v.reason());
    }
    return u;
  }

  // ---------------------------------------------------------------- lookup

  /**
   * The unit with a code: its P-code ({@code LA05}), ISO 3166 code ({@code LA-BK}) or Lao
   * Statistics Bureau code ({@code 05}); case and surrounding spaces do not matter.
   *
   * @param code the code
   * @return the unit
   * @throws UnknownCodeException naming the code and the nearest known units when none has it
   */
  public AdminUnit unit(String code) {
    return find(code)
        .orElseThrow(() -> new UnknownCodeException(String.valueOf(code), suggest(code)));
  }

  /**
   * The unit with a code, if any; see {@link #unit(String)}.
   *
   * @param code the code
   * @return the unit, or empty
   */
  public Optional<AdminUnit> find(String code) {
    int i = indexOf(code);
    return i < 0 ? Optional.empty() : Optional.of(units[i]);
  }

  /**
   * The dense pre-order index of the unit with a code.
   *
   * @param code a P-code, ISO 3166 or LSB code
   * @return the index, or -1 when no unit has the code
   */
  public int indexOf(String code) {
    if (code == null) {
      return -1;
    }
    String key = code.strip().toUpperCase(Locale.ROOT);
    Integer i = byCode.get(key);
    if (i == null) {
      i = byAlias.get(key);
    }
    return i == null ? -1 : i;
  }

  /**
   * The dense pre-order index of a unit of this gazetteer.
   *
   * @param unit the unit
   * @return its index
   * @throws UnknownCodeException when the unit is not in this gazetteer
   */
  public int index(AdminUnit unit) {
    Integer i = byCode.get(unit.code().toUpperCase(Locale.ROOT));
    if (i == null) {
      throw new UnknownCodeException(unit.code(), suggest(unit.code()));
    }
    return i;
  }

  /**
   * The unit at a pre-order index.
   *
   * @param index from 0 to {@link #size()} - 1
   * @return the unit
   */
  public AdminUnit unitAt(int index) {
    return units[index];
  }

  /** @return the number of units */
  public int size() {
    return units.length;
  }

  /**
   * The index of a unit's parent.
   *
   * @param index a unit's index
   * @return the parent's index, or -1 for the nation
   */
  public int parentIndex(int index) {
    return parent[index];
  }

  /**
   * The end (exclusive) of a unit's subtree: the subtree of {@code index} is {@code [index,
   * subtreeEnd(index))}.
   *
   * @param index a unit's index
   * @return the first index after its subtree
   */
  public int subtreeEnd(int index) {
    return subtreeEnd[index];
  }

  /** @return a copy of the parent index array (-1 for the nation), for fast rollups */
  public int[] parentIndexes() {
    return parent.clone();
  }

  /** @return the national unit */
  public AdminUnit nation() {
    return units[0];
  }

  /** @return what this gazetteer holds and where it came from */
  public String description() {
    return description;
  }

  // ---------------------------------------------------------------- navigation

  /**
   * The units of a level, in code order.
   *
   * @param level the level
   * @return the units
   */
  public List<AdminUnit> units(AdminLevel level) {
    List<AdminUnit> out = new ArrayList<>(levelCounts[level.ordinal()]);
    for (AdminUnit u : units) {
      if (u.level() == level) {
        out.add(u);
      }
    }
    out.sort(Comparator.comparing(AdminUnit::code));
    return out;
  }

  /** @return every unit in pre-order */
  public List<AdminUnit> all() {
    return List.of(units);
  }

  /**
   * The units of this gazetteer whose code the other lacks, in this gazetteer's order: after an
   * import, {@code imported.accepted().unitsNotIn(before)} are the units the file added.
   *
   * @param other the gazetteer to compare with
   * @return the units only this one has
   */
  public List<AdminUnit> unitsNotIn(Gazetteer other) {
    InvalidValueException.required(other, "other");
    List<AdminUnit> out = new ArrayList<>();
    for (AdminUnit u : units) {
      if (other.indexOf(u.code()) < 0) {
        out.add(u);
      }
    }
    return out;
  }

  /**
   * The number of units at a level.
   *
   * @param level the level
   * @return the count
   */
  public int count(AdminLevel level) {
    return levelCounts[level.ordinal()];
  }

  /** @return the number of units at each level */
  public Map<AdminLevel, Integer> counts() {
    Map<AdminLevel, Integer> m = new EnumMap<>(AdminLevel.class);
    for (AdminLevel l : AdminLevel.values()) {
      m.put(l, levelCounts[l.ordinal()]);
    }
    return m;
  }

  /**
   * The unit one level up.
   *
   * @param unit a unit of this gazetteer
   * @return its parent, or empty for the nation
   */
  public Optional<AdminUnit> parent(AdminUnit unit) {
    int p = parent[index(unit)];
    return p < 0 ? Optional.empty() : Optional.of(units[p]);
  }

  /**
   * The units one level down, in code order.
   *
   * @param unit a unit of this gazetteer
   * @return its children
   */
  public List<AdminUnit> children(AdminUnit unit) {
    int[] k = children[index(unit)];
    List<AdminUnit> out = new ArrayList<>(k.length);
    for (int c : k) {
      out.add(units[c]);
    }
    return out;
  }

  /**
   * The units above a unit, nearest first, ending with the nation.
   *
   * @param unit a unit of this gazetteer
   * @return its ancestors; empty for the nation
   */
  public List<AdminUnit> ancestors(AdminUnit unit) {
    List<AdminUnit> out = new ArrayList<>(3);
    for (int p = parent[index(unit)]; p >= 0; p = parent[p]) {
      out.add(units[p]);
    }
    return out;
  }

  /**
   * The units of a level inside a unit's subtree (the unit itself when it is at that level), in
   * pre-order.
   *
   * @param unit a unit of this gazetteer
   * @param level the level wanted
   * @return the descendants at that level
   */
  public List<AdminUnit> descendants(AdminUnit unit, AdminLevel level) {
    int i = index(unit);
    List<AdminUnit> out = new ArrayList<>();
    for (int j = i; j < subtreeEnd[i]; j++) {
      if (units[j].level() == level) {
        out.add(units[j]);
      }
    }
    return out;
  }

  /**
   * Whether one unit lies inside another's subtree (a unit contains itself).
   *
   * @param ancestor the containing unit
   * @param unit the unit
   * @return true when {@code unit} is {@code ancestor} or below it
   */
  public boolean contains(AdminUnit ancestor, AdminUnit unit) {
    int a = index(ancestor);
    int u = index(unit);
    return u >= a && u < subtreeEnd[a];
  }

  /**
   * The unit of a level that contains a unit: its province, its district.
   *
   * @param unit a unit of this gazetteer
   * @param level the level wanted, at or above the unit's
   * @return the containing unit, or empty when the unit is above that level
   */
  public Optional<AdminUnit> ancestorAt(AdminUnit unit, AdminLevel level) {
    for (int p = index(unit); p >= 0; p = parent[p]) {
      if (units[p].level() == level) {
        return Optional.of(units[p]);
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- search

  /**
   * The longest text {@link #search(String, int)} accepts, in characters: far longer than any unit
   * name (the longest shipped name has under 60), short enough that a search cannot be made slow
   * by its query.
   */
  public static final int MAX_SEARCH_LENGTH = 256;

  /**
   * Finds units by Lao or English name, best match first, tolerant of the spelling variants of
   * real Lao data (see {@link LaoText}): {@code "ແຂວງຫລວງນໍ້າທາ"}, {@code "Luang Namtha"} and
   * {@code "Louangnamtha"} all find LA03. Exact names rank first, then equal match keys, prefixes,
   * substrings and near misses (at most one edit per four letters); ties go to the higher level,
   * then the code.
   *
   * @param text a name or part of one; a code also works
   * @return the matching units, at most 20
   * @throws InvalidValueException when the text is longer than {@link #MAX_SEARCH_LENGTH}
   */
  public List<AdminUnit> search(String text) {
    return search(text, 20);
  }

  /**
   * As {@link #search(String)}, with a limit.
   *
   * @param text the name
   * @param limit the maximum number of results
   * @return the matching units, best first
   * @throws InvalidValueException when the text is longer than {@link #MAX_SEARCH_LENGTH}
   */
  public List<AdminUnit> search(String text, int limit) {
    if (text == null || text.isBlank() || limit <= 0) {
      return List.of();
    }
    if (text.length() > MAX_SEARCH_LENGTH) {
      throw new InvalidValueException(
          "text",
          text.length() + " characters",
          "is longer than the " + MAX_SEARCH_LENGTH + " characters a search accepts");
    }
    String exact = exactKey(text);
    String key = LaoText.matchKey(text);
    List<long[]> hits = new ArrayList<>();
    int direct = indexOf(text);
    if (direct >= 0) {
      hits.add(new long[] {-1, direct});
    }
    for (int i = 0; i < units.length; i++) {
      if (i == direct) {
        continue;
      }
      int score = score(i, exact, key);
      if (score < Integer.MAX_VALUE) {
        hits.add(new long[] {score, i});
      }
    }
    hits.sort(
        Comparator.<long[]>comparingLong(h -> h[0])
            .thenComparingInt(h -> units[(int) h[1]].level().ordinal())
            .thenComparing(h -> units[(int) h[1]].code()));
    List<AdminUnit> out = new ArrayList<>();
    for (int i = 0; i < hits.size() && out.size() < limit; i++) {
      out.add(units[(int) hits.get(i)[1]]);
    }
    return out;
  }

  /**
   * Scores a unit against a query: lower is better. Per name, a match is ranked by kind (exact
   * written form 0, equal match key 1, prefix 2, substring 3, near miss 4 + distance), and a match
   * on an alternative name ranks one tier (10) below a match on the unit's own Lao or English name.
   */
  private int score(int i, String exact, String key) {
    int best = Integer.MAX_VALUE;
    for (int n = 0; n < exactKeys[i].length; n++) {
      if (exactKeys[i][n].equals(exact)) {
        best = Math.min(best, tier(i, exactKeys[i][n], true) + 0);
      }
    }
    if (key.isEmpty()) {
      return best;
    }
    for (String k : matchKeys[i]) {
      // the tier normalises the unit's names: computed only for a key that matches
      if (k.equals(key)) {
        best = Math.min(best, tier(i, k, false) + 1);
      } else if (k.startsWith(key) && key.length() >= 2) {
        best = Math.min(best, tier(i, k, false) + 2);
      } else if (k.contains(key) && key.length() >= 3) {
        best = Math.min(best, tier(i, k, false) + 3);
      } else {
        int budget = Math.max(1, Math.min(key.length(), k.length()) / 4);
        int d = EditDistance.bounded(k, key, budget);
        if (d <= budget) {
          best = Math.min(best, tier(i, k, false) + 4 + d);
        }
      }
    }
    return best;
  }

  /** 0 when the key belongs to the unit's own Lao or English name, 10 when only to an alternative. */
  private int tier(int i, String k, boolean exactForm) {
    AdminUnit u = units[i];
    for (String own : new String[] {u.nameLao(), u.nameEnglish()}) {
      if (!own.isEmpty() && (exactForm ? exactKey(own) : LaoText.matchKey(own)).equals(k)) {
        return 0;
      }
    }
    return 10;
  }

  List<String> suggest(String code) {
    String q = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    List<long[]> scored = new ArrayList<>();
    for (int i = 0; i < units.length; i++) {
      int d = EditDistance.bounded(units[i].code().toUpperCase(Locale.ROOT), q, 3);
      for (String alias : units[i].identifiers().values()) {
        d = Math.min(d, EditDistance.bounded(alias.toUpperCase(Locale.ROOT), q, 3));
      }
      if (d <= 2) {
        scored.add(new long[] {d, i});
      }
    }
    if (scored.isEmpty() && !q.isEmpty() && code.length() <= MAX_SEARCH_LENGTH) {
      for (AdminUnit u : search(code, 3)) {
        scored.add(new long[] {0, index(u)});
      }
    }
    scored.sort(Comparator.<long[]>comparingLong(s -> s[0]).thenComparingLong(s -> s[1]));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < scored.size() && out.size() < 5; i++) {
      AdminUnit u = units[(int) scored.get(i)[1]];
      out.add(u.code() + " " + u.name());
    }
    return out;
  }

  private static String exactKey(String s) {
    return LaoText.normalise(s).toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "Gazetteer["
        + description
        + ": "
        + levelCounts[1]
        + " provinces, "
        + levelCounts[2]
        + " districts, "
        + levelCounts[3]
        + " villages]";
  }
}
