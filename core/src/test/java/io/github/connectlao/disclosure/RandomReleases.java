package io.github.connectlao.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random releases for the property tests: random hierarchies and counts, many small cells and zeros. */
final class RandomReleases {
  private RandomReleases() {}

  /** A geography nation > provinces > districts, 2 to 4 provinces of 1 to 4 districts. */
  static Hierarchy geography(Random r) {
    Hierarchy.Builder b = Hierarchy.builder("N");
    int provinces = 2 + r.nextInt(3);
    for (int p = 0; p < provinces; p++) {
      b.add("P" + p, "N");
      int districts = 1 + r.nextInt(4);
      for (int d = 0; d < districts; d++) {
        b.add("P" + p + "D" + d, "P" + p);
      }
    }
    return b.build();
  }

  /** Classes: flat (2 to 4) or nested like timeliness (total > registered > current, late, delayed; not registered). */
  static Hierarchy classes(Random r) {
    if (r.nextBoolean()) {
      int n = 2 + r.nextInt(3);
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        parts.add("c" + i);
      }
      return Hierarchy.flat("T", parts);
    }
    return Hierarchy.builder("T")
        .add("reg", "T")
        .add("cur", "reg")
        .add("late", "reg")
        .add("del", "reg")
        .add("not", "T")
        .build();
  }

  /** A count: a third zero, a third small (1 to 6), a third up to 40. */
  static long count(Random r) {
    int kind = r.nextInt(3);
    return kind == 0 ? 0 : kind == 1 ? 1 + r.nextInt(6) : r.nextInt(41);
  }

  /** Counts for every leaf combination of the given dimensions. */
  static void fill(Release.Builder b, List<Hierarchy> dims, Random r) {
    List<List<String>> leaves = new ArrayList<>();
    for (Hierarchy h : dims) {
      leaves.add(h.leavesUnder(h.root()));
    }
    fill(b, leaves, 0, new String[dims.size()], r);
  }

  private static void fill(
      Release.Builder b, List<List<String>> leaves, int d, String[] codes, Random r) {
    if (d == codes.length) {
      b.count(count(r), codes.clone());
      return;
    }
    for (String c : leaves.get(d)) {
      codes[d] = c;
      fill(b, leaves, d + 1, codes, r);
    }
  }

  /** The codes of a hierarchy at a depth (0 = root), in order. */
  static List<String> atDepth(Hierarchy h, int depth) {
    List<String> out = new ArrayList<>();
    for (String c : h.codes()) {
      int k = 0;
      for (String x = c; h.parent(x).isPresent(); x = h.parent(x).get()) {
        k++;
      }
      if (k == depth) {
        out.add(c);
      }
    }
    return out;
  }
}
