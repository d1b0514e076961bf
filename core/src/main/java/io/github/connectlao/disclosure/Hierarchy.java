package io.github.connectlao.disclosure;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One dimension of a release: a tree of codes in which every parent is the sum of its children
 * (nation = sum of provinces, province = sum of its districts; all births = registered + not
 * registered).
 *
 * <pre>{@code
 * Hierarchy geo = Hierarchy.builder("LA").add("LA05", "LA").add("LA0501", "LA05").add("LA0502", "LA05").build();
 * Hierarchy classes = Hierarchy.flat("total", List.of("current", "late", "delayed", "not registered"));
 * geo.leavesUnder("LA05");   // [LA0501, LA0502]
 * }</pre>
 *
 * <p>Codes are unique within a hierarchy; children keep the order in which they were added. A
 * leaf is a code without children: the finest level the data is counted at.
 */
public final class Hierarchy {
  private final String name;
  private final List<String> codes;
  private final int[] parent;
  private final int[] depth;
  private final List<List<Integer>> children;
  private final Map<String, Integer> index;

  private Hierarchy(String name, List<String> codes, List<Integer> parents) {
    this.name = name;
    this.codes = List.copyOf(codes);
    int n = codes.size();
    this.parent = new int[n];
    this.depth = new int[n];
    this.index = new HashMap<>();
    List<List<Integer>> kids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      index.put(codes.get(i), i);
      kids.add(new ArrayList<>());
      parent[i] = parents.get(i);
      if (i > 0) {
        kids.get(parent[i]).add(i);
        depth[i] = depth[parent[i]] + 1;
      }
    }
    List<List<Integer>> frozen = new ArrayList<>();
    for (List<Integer> k : kids) {
      frozen.add(Collections.unmodifiableList(k));
    }
    this.children = Collections.unmodifiableList(frozen);
  }

  /**
   * Starts a hierarchy.
   *
   * @param root the code of the total (the root)
   * @return a builder
   */
  public static Builder builder(String root) {
    return new Builder(root);
  }

  /**
   * A two-level hierarchy: a total and its parts.
   *
   * @param total the code of the total
   * @param parts the codes of the parts, at least one
   * @return the hierarchy
   */
  public static Hierarchy flat(String total, List<String> parts) {
    InvalidValueException.check(!parts.isEmpty(), "parts", parts, "must name at least one part");
    Builder b = builder(total);
    parts.forEach(p -> b.add(p, total));
    return b.build();
  }

  /**
   * The administrative hierarchy of a gazetteer down to a level, by unit code: the nation, its
   * provinces and (when {@code deepest} is {@code DISTRICT}) their districts.
   *
   * @param gazetteer the gazetteer
   * @param deepest the finest level (the leaves): {@code PROVINCE}, {@code DISTRICT} or {@code VILLAGE}
   * @return the hierarchy, children in the gazetteer's order
   */
  public static Hierarchy geography(Gazetteer gazetteer, AdminLevel deepest) {
    InvalidValueException.check(
        deepest != AdminLevel.NATIONAL, "deepest", deepest, "must be below the nation");
    AdminUnit nation = gazetteer.nation();
    Builder b = builder(nation.code());
    java.util.ArrayDeque<AdminUnit> todo = new java.util.ArrayDeque<>(List.of(nation));
    while (!todo.isEmpty()) {
      AdminUnit u = todo.poll();
      if (u.level() == deepest) {
        continue;
      }
      for (AdminUnit c : gazetteer.children(u)) {
        b.add(c.code(), u.code());
        todo.add(c);
      }
    }
    return b.build();
  }

  /** @return the root's code, which names the hierarchy */
  public String name() {
    return name;
  }

  /** @return the root (the total) */
  public String root() {
    return codes.get(0);
  }

  /** @return every code, parents before children */
  public List<String> codes() {
    return codes;
  }

  /** @return the number of codes */
  public int size() {
    return codes.size();
  }

  /**
   * @param code a code
   * @return whether the hierarchy has it
   */
  public boolean contains(String code) {
    return index.containsKey(code);
  }

  /**
   * @param code a code of this hierarchy
   * @return its parent, empty for the root
   */
  public Optional<String> parent(String code) {
    int i = indexOf(code);
    return i == 0 ? Optional.empty() : Optional.of(codes.get(parent[i]));
  }

  /**
   * @param code a code of this hierarchy
   * @return its children in order, empty for a leaf
   */
  public List<String> children(String code) {
    return children.get(indexOf(code)).stream().map(codes::get).toList();
  }

  /**
   * @param code a code of this hierarchy
   * @return whether it has no children
   */
  public boolean isLeaf(String code) {
    return children.get(indexOf(code)).isEmpty();
  }

  /**
   * @param code a code of this hierarchy
   * @return the leaves of its subtree, in order (the code itself when it is a leaf)
   */
  public List<String> leavesUnder(String code) {
    List<String> out = new ArrayList<>();
    collectLeaves(indexOf(code), out);
    return out;
  }

  private void collectLeaves(int i, List<String> out) {
    if (children.get(i).isEmpty()) {
      out.add(codes.get(i));
    }
    for (int c : children.get(i)) {
      collectLeaves(c, out);
    }
  }

  /**
   * The index of a code (its position in {@link #codes()}).
   *
   * @param code a code
   * @return its index
   * @throws InvalidValueException when the hierarchy has no such code
   */
  public int indexOf(String code) {
    Integer i = index.get(InvalidValueException.required(code, "code"));
    if (i == null) {
      throw new InvalidValueException("code", code, "is not in the hierarchy '" + name + "'");
    }
    return i;
  }

  int parentIndex(int i) {
    return i == 0 ? -1 : parent[i];
  }

  int depthOf(int i) {
    return depth[i];
  }

  List<Integer> childIndexes(int i) {
    return children.get(i);
  }

  /** The leaf indexes under node {@code i}, in order. */
  List<Integer> leafIndexesUnder(int i) {
    List<Integer> out = new ArrayList<>();
    java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
    stack.push(i);
    while (!stack.isEmpty()) {
      int x = stack.pop();
      List<Integer> k = children.get(x);
      if (k.isEmpty()) {
        out.add(x);
      }
      for (int j = k.size() - 1; j >= 0; j--) {
        stack.push(k.get(j));
      }
    }
    return out;
  }

  /** The depth of the lowest common ancestor of nodes {@code a} and {@code b}. */
  int lcaDepth(int a, int b) {
    return depth[lca(a, b)];
  }

  /** The lowest common ancestor of nodes {@code a} and {@code b}. */
  int lca(int a, int b) {
    int x = a;
    int y = b;
    while (depth[x] > depth[y]) {
      x = parent[x];
    }
    while (depth[y] > depth[x]) {
      y = parent[y];
    }
    while (x != y) {
      x = parent[x];
      y = parent[y];
    }
    return x;
  }

  /** Whether node {@code a} is {@code b} or one of its ancestors. */
  boolean isAncestorOrSelf(int a, int b) {
    int x = b;
    while (x >= 0) {
      if (x == a) {
        return true;
      }
      x = x == 0 ? -1 : parent[x];
    }
    return false;
  }

  @Override
  public String toString() {
    return "Hierarchy[" + name + ", " + codes.size() + " codes]";
  }

  /** Builds a {@link Hierarchy}: parents are added before their children. */
  public static final class Builder {
    private final List<String> codes = new ArrayList<>();
    private final List<Integer> parents = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();

    private Builder(String root) {
      InvalidValueException.check(
          root != null && !root.isBlank(), "root", root, "must be a non-blank code");
      codes.add(root);
      parents.add(-1);
      seen.put(root, 0);
    }

    /**
     * Adds a code under a parent already added.
     *
     * @param code the new code, unique in the hierarchy
     * @param parent its parent's code
     * @return this builder
     */
    public Builder add(String code, String parent) {
      InvalidValueException.check(
          code != null && !code.isBlank(), "code", code, "must be a non-blank code");
      InvalidValueException.check(
          !seen.containsKey(code), "code", code, "is already in the hierarchy");
      Integer p = seen.get(parent);
      InvalidValueException.check(
          p != null, "parent", parent, "must be added before its child '" + code + "'");
      seen.put(code, codes.size());
      codes.add(code);
      parents.add(p);
      return this;
    }

    /** @return the hierarchy */
    public Hierarchy build() {
      return new Hierarchy(codes.get(0), codes, parents);
    }
  }
}
