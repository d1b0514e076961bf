package io.github.connectlao.disclosure;

import io.github.connectlao.InvalidValueException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The protection algorithm: primary suppression, the zero rule, then secondary suppression by
 * witnesses (see {@code docs/disclosure.md}).
 *
 * <p>A <em>witness</em> for a hidden cell is a change of the leaf counts that keeps every leaf
 * non-negative, keeps every published cell of the release unchanged and moves the hidden cell: an
 * attacker who knows every published number and every additive relation cannot tell the true
 * counts from the changed ones. Witnesses here have the hypercube form of GHMITER (τ-ARGUS): in
 * each dimension {@code d} one leaf {@code a_d} under the target's code, plus either one leaf
 * {@code b_d} outside it (a "swap", sign −1) or none (the change then climbs to the root); the change
 * is the signed product over dimensions, so every cell of the cube changes by −1, 0 or +1 times the
 * step. Every published cell the witness moves is suppressed (secondary), choosing among
 * candidate witnesses the one whose new suppressions cost least (count + 1 per cell). Adding
 * suppressions never invalidates an earlier witness, so after the pass every protected cell has
 * one: this is the certificate the tests' linear-programming audit checks independently.
 */
final class Protector {
  /** At most this many candidate witnesses are scored per target and direction. */
  static final int COMBINATION_BUDGET = 20_000;

  private static final int A_CAP = 6;
  private static final int B_CAP = 24;

  private final Release release;
  private final Cube cube;
  private final boolean[] released;
  private final boolean[] structural;
  private final boolean[] underStructural;
  private final Suppression[] state;
  private final int threshold;
  private final int perDimension;

  Protector(Release release) {
    this.release = release;
    this.cube = new Cube(release.dimensions());
    for (Map.Entry<List<String>, Long> e : release.counts().entrySet()) {
      cube.value[cube.index(e.getKey())] = e.getValue();
    }
    cube.rollUp();
    this.released = new boolean[cube.cells];
    for (List<List<String>> sel : release.tables().values()) {
      markProduct(sel, 0, 0);
    }
    this.structural = new boolean[cube.cells];
    this.underStructural = new boolean[cube.cells];
    for (List<String> z : release.structuralZeros()) {
      int c = cube.index(z);
      InvalidValueException.check(
          cube.value[c] == 0,
          "structuralZero",
          z,
          "is declared a structural zero but counts " + cube.value[c]);
      structural[c] = true;
      markUnder(c, 0);
    }
    this.state = new Suppression[cube.cells];
    this.threshold = release.threshold();
    this.perDimension =
        Math.max(2, (int) Math.floor(Math.pow(COMBINATION_BUDGET, 1.0 / cube.size.length)));
  }

  private void markProduct(List<List<String>> sel, int d, int index) {
    if (d == sel.size()) {
      released[index] = true;
      return;
    }
    for (String code : sel.get(d)) {
      markProduct(sel, d + 1, index + cube.dims.get(d).indexOf(code) * cube.stride[d]);
    }
  }

  private void markUnder(int cell, int d) {
    if (d == cube.size.length) {
      underStructural[cell] = true;
      return;
    }
    Hierarchy h = cube.dims.get(d);
    for (int leaf : h.leafIndexesUnder(cube.node(cell, d))) {
      markUnder(cube.with(cell, d, leaf), d + 1);
    }
  }

  ProtectedRelease run() {
    List<Integer> primaries = new ArrayList<>();
    for (int c = 0; c < cube.cells; c++) {
      if (released[c]) {
        state[c] = Suppression.NONE;
        if (!structural[c] && cube.value[c] >= 1 && cube.value[c] < threshold) {
          state[c] = Suppression.PRIMARY;
          primaries.add(c);
        }
      }
    }
    List<Integer> zeros = new ArrayList<>();
    for (int p : primaries) {
      for (int d = 0; d < cube.size.length; d++) {
        for (int q : neighbours(d, cube.node(p, d))) {
          int z = cube.with(p, d, q);
          if (released[z] && state[z] == Suppression.NONE && cube.value[z] == 0 && !structural[z]) {
            state[z] = Suppression.ZERO;
            zeros.add(z);
          }
        }
      }
    }
    for (int p : primaries) {
      protect(p, threshold - cube.value[p], 1);
    }
    for (int z : zeros) {
      protect(z, 1, 0);
    }
    return new ProtectedRelease(release, cube, released, state);
  }

  /** The codes that share an additive relation with {@code node} in dimension {@code d}. */
  private List<Integer> neighbours(int d, int node) {
    Hierarchy h = cube.dims.get(d);
    List<Integer> out = new ArrayList<>(h.childIndexes(node));
    int parent = h.parentIndex(node);
    if (parent >= 0) {
      out.add(parent);
      for (int s : h.childIndexes(parent)) {
        if (s != node) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** One dimension's part of a witness: leaf {@code a} (+), optional leaf {@code b} (−), the codes it moves. */
  @SuppressWarnings(
      "ArrayRecordComponent") // private, never compared or hashed: the arrays are only read
  private record Option(int a, int b, int[] nodes, int[] signs, long rank1, long rank2) {}

  /**
   * Finds and applies witnesses so that the target can move up by {@code up} and down by
   * {@code down} (a zero amount needs no witness).
   */
  private void protect(int target, long up, long down) {
    List<List<Option>> options = new ArrayList<>();
    int[] best = bestLeafUnder(target);
    for (int d = 0; d < cube.size.length; d++) {
      options.add(options(target, d, best[d]));
    }
    Search s = new Search(options, up, down);
    s.run();
    if (s.bothCost <= s.upCost + s.downCost && s.both != null) {
      apply(options, s.both);
    } else {
      if (up > 0) {
        apply(options, s.upChoice);
      }
      if (down > 0) {
        apply(options, s.downChoice);
      }
    }
  }

  /** The leaf cell under the target with the largest count, as one leaf node per dimension. */
  private int[] bestLeafUnder(int target) {
    int k = cube.size.length;
    List<List<Integer>> leaves = new ArrayList<>();
    for (int d = 0; d < k; d++) {
      leaves.add(cube.dims.get(d).leafIndexesUnder(cube.node(target, d)));
    }
    int[] pos = new int[k];
    int[] best = new int[k];
    long bestValue = -1;
    long budget = 1_000_000;
    while (budget-- > 0) {
      int cell = 0;
      for (int d = 0; d < k; d++) {
        cell += leaves.get(d).get(pos[d]) * cube.stride[d];
      }
      if (cube.value[cell] > bestValue && !underStructural[cell]) {
        bestValue = cube.value[cell];
        for (int d = 0; d < k; d++) {
          best[d] = leaves.get(d).get(pos[d]);
        }
      }
      int d = k - 1;
      while (d >= 0 && ++pos[d] == leaves.get(d).size()) {
        pos[d] = 0;
        d--;
      }
      if (d < 0) {
        break;
      }
    }
    return best;
  }

  private List<Option> options(int target, int d, int bestLeaf) {
    Hierarchy h = cube.dims.get(d);
    int node = cube.node(target, d);
    List<Integer> under = h.leafIndexesUnder(node);
    List<Integer> as = new ArrayList<>(under);
    as.sort(Comparator.comparingLong((Integer a) -> -slice(target, d, a)));
    as.remove(Integer.valueOf(bestLeaf));
    as.add(0, bestLeaf);
    if (as.size() > A_CAP) {
      as = as.subList(0, A_CAP);
    }
    List<Integer> bs = new ArrayList<>();
    for (int leaf : h.leafIndexesUnder(0)) {
      if (!h.isAncestorOrSelf(node, leaf)) {
        bs.add(leaf);
      }
    }
    bs.sort(
        Comparator.comparingInt((Integer b) -> -h.lcaDepth(node, b))
            .thenComparingLong(b -> -slice(target, d, b)));
    if (bs.size() > B_CAP) {
      bs = bs.subList(0, B_CAP);
    }
    List<Option> out = new ArrayList<>();
    for (int a : as) {
      out.add(option(h, target, d, a, -1));
      for (int b : bs) {
        out.add(option(h, target, d, a, b));
      }
    }
    Option fallback = out.get(0);
    out.sort(Comparator.comparingLong((Option o) -> -o.rank1()).thenComparingLong(o -> -o.rank2()));
    if (out.size() > perDimension) {
      out = new ArrayList<>(out.subList(0, perDimension));
      if (!out.contains(fallback)) {
        out.set(out.size() - 1, fallback);
      }
    }
    return out;
  }

  private long slice(int target, int d, int node) {
    return cube.value[cube.with(target, d, node)];
  }

  private Option option(Hierarchy h, int target, int d, int a, int b) {
    List<int[]> moved = new ArrayList<>();
    if (b < 0) {
      for (int x = a; x >= 0; x = h.parentIndex(x)) {
        moved.add(new int[] {x, 1});
      }
      return build(moved, a, b, -1, slice(target, d, a));
    }
    int l = h.lca(a, b);
    for (int x = a; x != l; x = h.parentIndex(x)) {
      moved.add(new int[] {x, 1});
    }
    for (int x = b; x != l; x = h.parentIndex(x)) {
      moved.add(new int[] {x, -1});
    }
    return build(moved, a, b, h.depthOf(l), Math.min(slice(target, d, a), slice(target, d, b)));
  }

  private static Option build(List<int[]> moved, int a, int b, long rank1, long rank2) {
    int[] nodes = new int[moved.size()];
    int[] signs = new int[moved.size()];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = moved.get(i)[0];
      signs[i] = moved.get(i)[1];
    }
    return new Option(a, b, nodes, signs, rank1, rank2);
  }

  private void apply(List<List<Option>> options, int @Nullable [] choice) {
    if (choice == null) {
      throw new IllegalStateException("no witness found for a suppressed cell; this is a defect");
    }
    forEachMoved(
        options,
        choice,
        0,
        0,
        c -> {
          if (released[c] && state[c] == Suppression.NONE) {
            state[c] = Suppression.SECONDARY;
          }
          return true;
        });
  }

  private interface CellVisitor {
    boolean visit(int cell);
  }

  /** Visits every cell the witness moves; stops early when the visitor returns false. */
  private boolean forEachMoved(
      List<List<Option>> options, int[] choice, int d, int index, CellVisitor v) {
    if (d == choice.length) {
      return v.visit(index);
    }
    Option o = options.get(d).get(choice[d]);
    for (int node : o.nodes()) {
      if (!forEachMoved(options, choice, d + 1, index + node * cube.stride[d], v)) {
        return false;
      }
    }
    return true;
  }

  /** Scores every combination of options: the cheapest witness for up and down together, and for each alone. */
  private final class Search {
    final List<List<Option>> options;
    final long up;
    final long down;
    int @Nullable [] both;
    int @Nullable [] upChoice;
    int @Nullable [] downChoice;
    long bothCost = Long.MAX_VALUE / 4;
    long upCost;
    long downCost;

    Search(List<List<Option>> options, long up, long down) {
      this.options = options;
      this.up = up;
      this.down = down;
      this.upCost = up > 0 ? Long.MAX_VALUE / 4 : 0;
      this.downCost = down > 0 ? Long.MAX_VALUE / 4 : 0;
    }

    void run() {
      int k = options.size();
      int[] choice = new int[k];
      while (true) {
        score(choice);
        int d = k - 1;
        while (d >= 0 && ++choice[d] == options.get(d).size()) {
          choice[d] = 0;
          d--;
        }
        if (d < 0) {
          break;
        }
      }
      if (both == null && ((up > 0 && upChoice == null) || (down > 0 && downChoice == null))) {
        throw new IllegalStateException("no witness found for a suppressed cell; this is a defect");
      }
    }

    private void score(int[] choice) {
      boolean upOk = up == 0 || cornersAllow(choice, -1, up);
      boolean downOk = down == 0 || cornersAllow(choice, 1, down);
      if (!upOk && !downOk) {
        return;
      }
      long limit =
          Math.max(
              upOk ? Math.max(upCost, bothCost) : 0, downOk ? Math.max(downCost, bothCost) : 0);
      long cost = cost(choice, limit);
      if (cost < 0) {
        return;
      }
      if (upOk && downOk && cost < bothCost) {
        bothCost = cost;
        both = choice.clone();
      }
      if (up > 0 && upOk && cost < upCost) {
        upCost = cost;
        upChoice = choice.clone();
      }
      if (down > 0 && downOk && cost < downCost) {
        downCost = cost;
        downChoice = choice.clone();
      }
    }

    /** Whether every corner leaf of the given sign can decrease by {@code amount}, and none is a structural zero. */
    private boolean cornersAllow(int[] choice, int sign, long amount) {
      int k = choice.length;
      for (int mask = 0; mask < (1 << k); mask++) {
        int index = 0;
        int s = 1;
        boolean valid = true;
        for (int d = 0; d < k && valid; d++) {
          Option o = options.get(d).get(choice[d]);
          if ((mask >> d & 1) == 1) {
            if (o.b() < 0) {
              valid = false;
            } else {
              index += o.b() * cube.stride[d];
              s = -s;
            }
          } else {
            index += o.a() * cube.stride[d];
          }
        }
        if (!valid) {
          continue;
        }
        if (underStructural[index]) {
          return false;
        }
        if (s == sign && cube.value[index] < amount) {
          return false;
        }
      }
      return true;
    }

    /** The cost of the cells the witness would newly suppress, or −1 when above {@code limit}. */
    private long cost(int[] choice, long limit) {
      long[] total = {0};
      boolean within =
          forEachMoved(
              options,
              choice,
              0,
              0,
              c -> {
                if (released[c] && state[c] == Suppression.NONE) {
                  total[0] += cube.value[c] + 1;
                  return total[0] < limit;
                }
                return true;
              });
      return within ? total[0] : -1;
    }
  }
}
