package io.github.connectlao.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The attacker of {@code docs/disclosure.md}, by linear programming (ojAlgo): it knows every
 * published number, every additive relation of the hierarchies and that counts are not negative,
 * and for each suppressed cell solves for the smallest and largest value consistent with all of
 * that. Its only input is what was published (counts, and shares with their rounding) plus the
 * structure; the true counts are used only to judge the intervals against the protection range.
 *
 * <p>The unknowns are the counts of the finest cells (one leaf per dimension); every published
 * cell is an equality over the leaves under it, a published share {@code p %} of
 * {@code numerator / denominator} rounded to {@code ± h} is the pair of linear inequalities
 * {@code (p − h) · den ≤ 100 · num ≤ (p + h) · den}.
 */
public final class DisclosureAudit {
  /** Above this an interval counts as unbounded (the LP needs finite bounds). */
  static final double BIG = 1e7;

  private static final double EPS = 1e-6;

  /** Widens each share's rounding interval by this many percentage points against floating-point ties. */
  private static final double SLACK = 1e-4;

  /** A published share: numerator / denominator in percent, known to ± halfWidth percentage points. */
  public record Share(Cell numerator, Cell denominator, double percent, double halfWidth) {}

  /** What the attacker reads: the structure, the published counts and shares, and which cells are hidden. */
  public record Published(
      List<Hierarchy> dimensions,
      int threshold,
      Map<Cell, Long> counts,
      List<Cell> suppressed,
      List<Share> shares) {}

  /** The feasible interval of one suppressed cell, judged against the protection range. */
  public record Interval(
      Cell cell,
      Suppression kind,
      long trueValue,
      double low,
      double high,
      boolean protectedEnough) {
    /** Pinned: counts are whole numbers, and only one lies in the interval. */
    public boolean pinned() {
      return Math.floor(high + EPS) <= Math.ceil(low - EPS);
    }

    public double width() {
      return high - low;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%s (%s, true %d): [%.3f, %.3f]%s",
          cell,
          kind,
          trueValue,
          low,
          Math.min(high, BIG),
          protectedEnough ? "" : " NOT PROTECTED");
    }
  }

  /** The audit of a release: one interval per suppressed cell. */
  public record Result(List<Interval> intervals) {
    public long pinned() {
      return intervals.stream().filter(Interval::pinned).count();
    }

    public List<Interval> violations() {
      return intervals.stream().filter(i -> !i.protectedEnough()).toList();
    }

    public double narrowest() {
      return intervals.stream().mapToDouble(Interval::width).min().orElse(Double.NaN);
    }

    public double narrowestPrimary() {
      return intervals.stream()
          .filter(i -> i.kind() == Suppression.PRIMARY)
          .mapToDouble(Interval::width)
          .min()
          .orElse(Double.NaN);
    }
  }

  static {
    // ojAlgo's presolvers tighten variable bounds from each constraint in turn; on the thin slabs a
    // published share makes, they declared feasible models infeasible. The audit's LPs are small:
    // solve them without presolve (the only user of ojAlgo in this build).
    ExpressionsBasedModel.clearPresolvers();
  }

  private DisclosureAudit() {}

  /** What a protected release publishes: every published count of every table, no shares. */
  public static Published published(ProtectedRelease p) {
    Map<Cell, Long> counts = new LinkedHashMap<>();
    List<Cell> hidden = new ArrayList<>();
    for (Cell c : p.cells()) {
      if (p.value(c).isPresent()) {
        counts.put(c, p.value(c).getAsLong());
      } else {
        hidden.add(c);
      }
    }
    return new Published(p.dimensions(), p.threshold(), counts, hidden, List.of());
  }

  /**
   * Reads what a release published from its long-form CSV ({@link ProtectedRelease#writeCsv}), as
   * an attacker reading the output folder would: a cell in two tables counts once.
   */
  public static Published readCsv(java.io.Reader in, List<Hierarchy> dimensions, int threshold)
      throws java.io.IOException {
    Map<Cell, Long> counts = new LinkedHashMap<>();
    java.util.Set<Cell> hidden = new java.util.LinkedHashSet<>();
    java.io.BufferedReader r = new java.io.BufferedReader(in);
    String header = r.readLine();
    if (header == null || !header.startsWith("table,")) {
      throw new IllegalArgumentException("not a release CSV: " + header);
    }
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      String[] f = line.split(",", -1);
      if (f.length != dimensions.size() + 3) {
        throw new IllegalArgumentException("bad release line: " + line);
      }
      Cell c = new Cell(List.of(f).subList(1, 1 + dimensions.size()));
      String count = f[1 + dimensions.size()];
      if (count.isEmpty()) {
        hidden.add(c);
      } else {
        counts.put(c, Long.parseLong(count));
      }
    }
    return new Published(dimensions, threshold, counts, new ArrayList<>(hidden), List.of());
  }

  /** Audits a protected release (its own true counts judge the intervals). */
  public static Result audit(ProtectedRelease p) {
    return audit(published(p), p::trueValue);
  }

  /**
   * Audits what was published.
   *
   * @param pub the published counts, shares and hidden cells
   * @param truth the true count of any cell (to judge each interval; the attacker never sees it)
   */
  public static Result audit(Published pub, ToLongFunction<Cell> truth) {
    List<List<String>> leaves = new ArrayList<>();
    for (Hierarchy h : pub.dimensions()) {
      leaves.add(h.leavesUnder(h.root()));
    }
    Map<List<String>, Integer> leafIndex = new HashMap<>();
    enumerate(leaves, 0, new String[leaves.size()], leafIndex);
    for (Share s : pub.shares()) {
      double num = truth.applyAsLong(s.numerator());
      double den = truth.applyAsLong(s.denominator());
      if (100 * num > (s.percent() + s.halfWidth() + SLACK) * den
          || 100 * num < (s.percent() - s.halfWidth() - SLACK) * den) {
        throw new IllegalArgumentException(
            "the share " + s + " does not hold for the true counts " + num + "/" + den);
      }
    }
    List<Interval> out = new ArrayList<>();
    for (Cell target : pub.suppressed()) {
      long x = truth.applyAsLong(target);
      double low = solve(pub, leafIndex, target, false);
      double high = solve(pub, leafIndex, target, true);
      Suppression kind =
          x == 0
              ? Suppression.ZERO
              : x < pub.threshold() ? Suppression.PRIMARY : Suppression.SECONDARY;
      boolean ok =
          switch (kind) {
            case PRIMARY -> low <= x - 1 + EPS && high >= pub.threshold() - EPS;
            case ZERO -> high >= 1 - EPS;
            default -> high - low >= 1 - EPS;
          };
      out.add(new Interval(target, kind, x, low, high, ok));
    }
    return new Result(out);
  }

  private static void enumerate(
      List<List<String>> leaves, int d, String[] codes, Map<List<String>, Integer> index) {
    if (d == codes.length) {
      index.put(List.of(codes.clone()), index.size());
      return;
    }
    for (String c : leaves.get(d)) {
      codes[d] = c;
      enumerate(leaves, d + 1, codes, index);
    }
  }

  /** The leaf indexes under a cell. */
  private static List<Integer> under(
      List<Hierarchy> dims, Map<List<String>, Integer> leafIndex, Cell cell) {
    List<List<String>> per = new ArrayList<>();
    for (int d = 0; d < dims.size(); d++) {
      per.add(dims.get(d).leavesUnder(cell.code(d)));
    }
    Map<List<String>, Integer> sub = new LinkedHashMap<>();
    enumerate(per, 0, new String[per.size()], sub);
    return sub.keySet().stream().map(leafIndex::get).toList();
  }

  private static double solve(
      Published pub, Map<List<String>, Integer> leafIndex, Cell target, boolean maximise) {
    // a share pins its numerator to a very thin slab; ojAlgo's presolve can call such a model
    // infeasible, so the slack grows (a slightly weaker attacker) until it solves
    IllegalStateException last = null;
    for (double slack : new double[] {SLACK, 1e-3, 1e-2}) {
      try {
        return solve(pub, leafIndex, target, maximise, slack);
      } catch (IllegalStateException e) {
        last = e;
      }
    }
    throw last;
  }

  private static double solve(
      Published pub,
      Map<List<String>, Integer> leafIndex,
      Cell target,
      boolean maximise,
      double slack) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] x = new Variable[leafIndex.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = model.addVariable("x" + i).lower(0).upper(BIG);
    }
    int n = 0;
    for (Map.Entry<Cell, Long> e : pub.counts().entrySet()) {
      Expression eq = model.addExpression("c" + n++).level(e.getValue());
      for (int i : under(pub.dimensions(), leafIndex, e.getKey())) {
        eq.set(x[i], 1);
      }
    }
    for (Share s : pub.shares()) {
      List<Integer> num = under(pub.dimensions(), leafIndex, s.numerator());
      List<Integer> den = under(pub.dimensions(), leafIndex, s.denominator());
      Expression upper = model.addExpression("su" + n).upper(0);
      Expression lower = model.addExpression("sl" + n++).lower(0);
      Map<Integer, Double> up = new HashMap<>();
      Map<Integer, Double> lo = new HashMap<>();
      for (int i : num) {
        up.merge(i, 1.0, Double::sum);
        lo.merge(i, 1.0, Double::sum);
      }
      for (int i : den) {
        up.merge(i, -(s.percent() + s.halfWidth() + slack) / 100, Double::sum);
        lo.merge(i, -(s.percent() - s.halfWidth() - slack) / 100, Double::sum);
      }
      up.forEach((i, c) -> upper.set(x[i], c));
      lo.forEach((i, c) -> lower.set(x[i], c));
    }
    Expression objective = model.addExpression("objective").weight(1);
    for (int i : under(pub.dimensions(), leafIndex, target)) {
      objective.set(x[i], 1);
    }
    Optimisation.Result r = maximise ? model.maximise() : model.minimise();
    if (!r.getState().isFeasible()) {
      throw new IllegalStateException(
          "the published numbers are infeasible for the audit LP: " + r.getState());
    }
    return r.getValue();
  }
}
