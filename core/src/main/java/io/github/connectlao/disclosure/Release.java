package io.github.connectlao.disclosure;

import io.github.connectlao.InvalidValueException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one report or export call publishes, before protection: the dimensions, the counts
 * at their finest level, and the tables (each a selection of codes per dimension; every cell of a
 * table, total or part, is published or suppressed together with every other table).
 *
 * <pre>{@code
 * ProtectedRelease p = Release.builder()
 *     .dimension(geography)                          // nation > provinces > districts
 *     .dimension(Hierarchy.flat("total", List.of("current", "late", "delayed")))
 *     .threshold(5)
 *     .count(3, "LA0501", "delayed")                 // counts at leaves; every other leaf is 0
 *     .table("provinces", List.of(List.of("LA", "LA05", "LA06"), List.of("total", "current", "late", "delayed")))
 *     .table("districts of Bokeo", List.of(List.of("LA05", "LA0501", "LA0502"), List.of("total", "delayed")))
 *     .protect();
 * p.value(Cell.of("LA0501", "delayed"));             // OptionalLong.empty(): suppressed
 * }</pre>
 *
 * <p>The protection rules are those of {@link ProtectedRelease} and {@code docs/disclosure.md}.
 */
public final class Release {
  /** The default threshold: counts from 1 to 4 are suppressed. */
  public static final int DEFAULT_THRESHOLD = 5;

  /** The largest number of cells (the product of the dimensions' sizes) a release may span. */
  public static final int MAX_CELLS = 4_000_000;

  private final List<Hierarchy> dimensions;
  private final int threshold;
  private final Map<List<String>, Long> counts;
  private final Set<List<String>> structuralZeros;
  private final Map<String, List<List<String>>> tables;

  private Release(Builder b) {
    InvalidValueException.check(
        !b.dimensions.isEmpty(), "dimensions", 0, "must have at least one dimension");
    InvalidValueException.check(
        !b.tables.isEmpty(), "tables", 0, "must have at least one table to publish");
    this.dimensions = List.copyOf(b.dimensions);
    this.threshold = b.threshold;
    this.counts = Map.copyOf(b.counts);
    this.structuralZeros = Set.copyOf(b.structuralZeros);
    Map<String, List<List<String>>> t = new LinkedHashMap<>();
    b.tables.forEach((k, v) -> t.put(k, v.stream().map(List::copyOf).toList()));
    this.tables = t;
    long size = 1;
    for (Hierarchy h : dimensions) {
      size *= h.size();
      InvalidValueException.check(
          size <= MAX_CELLS,
          "dimensions",
          dimensions,
          "span more than " + MAX_CELLS + " cells; publish fewer levels or split the release");
    }
    for (Map.Entry<List<String>, Long> e : counts.entrySet()) {
      checkAddress(e.getKey(), "count");
      for (int k = 0; k < dimensions.size(); k++) {
        InvalidValueException.check(
            dimensions.get(k).isLeaf(e.getKey().get(k)),
            "count",
            e.getKey(),
            "must be at the finest level: '"
                + e.getKey().get(k)
                + "' has children in '"
                + dimensions.get(k).name()
                + "'");
      }
    }
    for (List<String> z : structuralZeros) {
      checkAddress(z, "structuralZero");
    }
    for (Map.Entry<String, List<List<String>>> e : tables.entrySet()) {
      InvalidValueException.check(
          e.getValue().size() == dimensions.size(),
          "table",
          e.getKey(),
          "must select codes in each of the " + dimensions.size() + " dimensions");
      for (int k = 0; k < dimensions.size(); k++) {
        InvalidValueException.check(
            !e.getValue().get(k).isEmpty(),
            "table",
            e.getKey(),
            "selects no code in dimension '" + dimensions.get(k).name() + "'");
        for (String code : e.getValue().get(k)) {
          dimensions.get(k).indexOf(code);
        }
      }
    }
  }

  private void checkAddress(List<String> codes, String field) {
    InvalidValueException.check(
        codes.size() == dimensions.size(),
        field,
        codes,
        "must have one code per dimension (" + dimensions.size() + ")");
    for (int k = 0; k < codes.size(); k++) {
      dimensions.get(k).indexOf(codes.get(k));
    }
  }

  /** @return a new builder, threshold {@value #DEFAULT_THRESHOLD} */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the dimensions, in order */
  public List<Hierarchy> dimensions() {
    return dimensions;
  }

  /** @return the threshold: counts from 1 to {@code threshold - 1} are suppressed */
  public int threshold() {
    return threshold;
  }

  /** @return the tables: name to one list of codes per dimension */
  public Map<String, List<List<String>>> tables() {
    return java.util.Collections.unmodifiableMap(tables);
  }

  Map<List<String>, Long> counts() {
    return counts;
  }

  Set<List<String>> structuralZeros() {
    return structuralZeros;
  }

  /**
   * Protects the release: primary suppression, the zero rule and secondary suppression over every
   * table at once.
   *
   * @return the protected release, the only thing that should be published
   */
  public ProtectedRelease protect() {
    return new Protector(this).run();
  }

  @Override
  public String toString() {
    return "Release["
        + dimensions.stream().map(Hierarchy::name).toList()
        + ", "
        + tables.size()
        + " tables, threshold "
        + threshold
        + "]";
  }

  /** Builds a {@link Release}. */
  public static final class Builder {
    private final List<Hierarchy> dimensions = new ArrayList<>();
    private int threshold = DEFAULT_THRESHOLD;
    private final Map<List<String>, Long> counts = new LinkedHashMap<>();
    private final Set<List<String>> structuralZeros = new LinkedHashSet<>();
    private final Map<String, List<List<String>>> tables = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a dimension (in order: cell addresses name one code per dimension in this order).
     *
     * @param h the hierarchy
     * @return this builder
     */
    public Builder dimension(Hierarchy h) {
      dimensions.add(InvalidValueException.required(h, "dimension"));
      return this;
    }

    /**
     * Sets the threshold.
     *
     * @param t counts from 1 to {@code t - 1} are suppressed; at least 1
     * @return this builder
     */
    public Builder threshold(int t) {
      InvalidValueException.check(
          t >= 1, "threshold", t, "must be at least 1 (1 suppresses no count)");
      this.threshold = t;
      return this;
    }

    /**
     * Adds a count at the finest level (a leaf in every dimension); counts added twice for the same
     * leaves are summed, and leaves never added count 0.
     *
     * @param value the count, not negative
     * @param leafCodes one leaf code per dimension
     * @return this builder
     */
    public Builder count(long value, String... leafCodes) {
      InvalidValueException.check(value >= 0, "count", value, "must not be negative");
      counts.merge(List.of(leafCodes), value, Math::addExact);
      return this;
    }

    /**
     * Declares a structural zero: a cell that is zero by definition (an impossible combination), so
     * publishing its zero discloses nothing. Other zeros are sampling zeros.
     *
     * @param codes one code per dimension
     * @return this builder
     */
    public Builder structuralZero(String... codes) {
      structuralZeros.add(List.of(codes));
      return this;
    }

    /**
     * Adds a table: every combination of the selected codes is a published cell.
     *
     * @param name the table's name, unique in the release
     * @param codesPerDimension one list of codes per dimension
     * @return this builder
     */
    public Builder table(String name, List<List<String>> codesPerDimension) {
      InvalidValueException.check(
          name != null && !name.isBlank(), "table", name, "must have a name");
      InvalidValueException.check(
          !tables.containsKey(name), "table", name, "is already in the release");
      tables.put(name, List.copyOf(codesPerDimension));
      return this;
    }

    /** @return the release */
    public Release build() {
      return new Release(this);
    }

    /** @return the protected release ({@code build().protect()}) */
    public ProtectedRelease protect() {
      return build().protect();
    }
  }
}
