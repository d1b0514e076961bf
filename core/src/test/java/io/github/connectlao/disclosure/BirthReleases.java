package io.github.connectlao.disclosure;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.RegistrationCounts;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.crvs.Timeliness;
import java.util.List;
import java.util.Locale;

/**
 * The birth-registration release as the report publishes it, built from the counting engine
 * through one small adapter ({@link Counts}), so a change of the engine's API touches one method.
 */
final class BirthReleases {
  /** Timeliness classes: all births = registered (current + late + delayed) + not registered. */
  static final Hierarchy TIMELINESS =
      Hierarchy.builder("all")
          .add("registered", "all")
          .add("current", "registered")
          .add("late", "registered")
          .add("delayed", "registered")
          .add("not_registered", "all")
          .build();

  /** The columns of the report's timeliness table: births (all), then each class. */
  static final List<String> TIMELINESS_COLUMNS =
      List.of("all", "current", "late", "delayed", "not_registered");

  private BirthReleases() {}

  /** Births of one year by unit code and timeliness class: the only thing the release needs from the engine. */
  interface Counts {
    long count(String unitCode, Timeliness t);
  }

  /** The adapter over the columnar registry's counts (rolled up, by year). */
  static Counts of(RegistrationCounts counts, int year) {
    Gazetteer g = counts.gazetteer();
    return (code, t) -> {
      int i = g.indexOf(code);
      long n = 0;
      for (Sex sex : Sex.values()) {
        n += counts.count(i, year, sex, t);
      }
      return n;
    };
  }

  static String code(Timeliness t) {
    return t.name().toLowerCase(Locale.ROOT);
  }

  /** The dimensions and counts of a birth-registration release, no table yet. */
  static Release.Builder release(Gazetteer g, AdminLevel deepest, Counts counts, int threshold) {
    Hierarchy geo = Hierarchy.geography(g, deepest);
    Release.Builder b = Release.builder().dimension(geo).dimension(TIMELINESS).threshold(threshold);
    for (String leaf : geo.leavesUnder(geo.root())) {
      for (Timeliness t : Timeliness.values()) {
        b.count(counts.count(leaf, t), leaf, code(t));
      }
    }
    return b;
  }
}
