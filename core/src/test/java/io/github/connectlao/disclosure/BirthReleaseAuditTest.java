package io.github.connectlao.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.AgeGroup;
import io.github.connectlao.crvs.BirthRegistry;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.crvs.RegistrationCounts;
import io.github.connectlao.crvs.RegistrationPolicy;
import io.github.connectlao.crvs.RegistryQuery;
import io.github.connectlao.crvs.SyntheticRegistrations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The audit on the library's synthetic data, counted by the columnar registry: the report's
 * province tables (counts, births and shares) and a linked province + district release.
 */
class BirthReleaseAuditTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();
  private static final RegistrationPolicy POLICY = RegistrationPolicy.laoPdr();

  /** The report's default run: 3,000 synthetic births, seed 8, the window year for 2025-12-31. */
  private static BirthReleases.Counts reportCounts(AdminLevel deepest, int births) {
    BirthRegistry registry = BirthRegistry.of(LAO, SyntheticRegistrations.generate(LAO, births, 8));
    RegistrationCounts counts =
        registry
            .aggregate(
                RegistryQuery.of(POLICY).downTo(deepest).per(RegistryQuery.Period.BIRTH_YEAR))
            .rolledUp();
    return BirthReleases.of(counts, windowYear());
  }

  /** As the report: the latest year up to the reference date with a national population and crude birth rate. */
  static int windowYear() {
    PopulationTable t = PopulationTable.census2015();
    for (int y = 2025; y >= 1990; y--) {
      if (t.population(LAO.nation(), y, Optional.empty(), AgeGroup.ALL).isPresent()
          && t.crudeBirthRate(LAO.nation(), y, Optional.empty()).isPresent()) {
        return y;
      }
    }
    throw new AssertionError("no window year");
  }

  private static List<String> nationAndProvinces() {
    List<String> rows = new ArrayList<>(List.of(LAO.nation().code()));
    LAO.units(AdminLevel.PROVINCE).forEach(p -> rows.add(p.code()));
    return rows;
  }

  /**
   * The report's birth-registration release: the timeliness table (births and the share of each
   * class, nation and provinces; the JSON's province table is the same cells) and the
   * completeness table's registered births.
   */
  static ProtectedRelease reportRelease(BirthReleases.Counts counts) {
    return BirthReleases.release(LAO, AdminLevel.PROVINCE, counts, Release.DEFAULT_THRESHOLD)
        .table("birth-timeliness", List.of(nationAndProvinces(), BirthReleases.TIMELINESS_COLUMNS))
        .table("birth-completeness-coverage", List.of(nationAndProvinces(), List.of("registered")))
        .protect();
  }

  /** What the report publishes from a protected release: counts, and shares rounded to 0.1 % only where both counts are published. */
  static DisclosureAudit.Published published(ProtectedRelease p) {
    DisclosureAudit.Published counts = DisclosureAudit.published(p);
    List<DisclosureAudit.Share> shares = new ArrayList<>();
    for (String unit : nationAndProvinces()) {
      for (String c : BirthReleases.TIMELINESS_COLUMNS.subList(1, 5)) {
        OptionalDouble s = p.share(Cell.of(unit, c), Cell.of(unit, "all"));
        if (s.isPresent()) {
          shares.add(
              new DisclosureAudit.Share(
                  Cell.of(unit, c),
                  Cell.of(unit, "all"),
                  Math.round(s.getAsDouble() * 1000) / 10.0,
                  0.05));
        }
      }
    }
    return new DisclosureAudit.Published(
        counts.dimensions(), counts.threshold(), counts.counts(), counts.suppressed(), shares);
  }

  @Test
  void theReportsProvinceReleaseLeavesNoSuppressedCellPinned() {
    ProtectedRelease p = reportRelease(reportCounts(AdminLevel.PROVINCE, 3000));
    assertThat(p.count(Suppression.PRIMARY)).isGreaterThan(10);
    DisclosureAudit.Result audit = DisclosureAudit.audit(published(p), p::trueValue);
    assertThat(audit.violations()).isEmpty();
    assertThat(audit.pinned()).isZero();
    System.out.printf(
        Locale.ROOT,
        "disclosure audit, report release (--synthetic 3000): %s; %d cells audited, %d pinned,"
            + " narrowest interval %.2f%n",
        p,
        audit.intervals().size(),
        audit.pinned(),
        audit.narrowest());
  }

  /** The audit reads the release's long-form CSV as written to an output folder, and finds the same. */
  @Test
  void theAuditReadsTheReleaseAsWrittenToTheOutputFolder(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    ProtectedRelease p = reportRelease(reportCounts(AdminLevel.PROVINCE, 3000));
    java.nio.file.Path file = dir.resolve("birth-registration-release.csv");
    try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(file)) {
      p.writeCsv(w);
    }
    DisclosureAudit.Published read;
    try (java.io.Reader r = java.nio.file.Files.newBufferedReader(file)) {
      read = DisclosureAudit.readCsv(r, p.dimensions(), p.threshold());
    }
    assertThat(read.suppressed()).hasSize(p.suppressedCount());
    assertThat(read.counts()).hasSize(p.cells().size() - p.suppressedCount());
    DisclosureAudit.Result audit = DisclosureAudit.audit(read, p::trueValue);
    assertThat(audit.violations()).isEmpty();
    assertThat(audit.pinned()).isZero();
    assertThat(java.nio.file.Files.readString(file))
        .startsWith("table,LA,all,count,suppression\n")
        .contains(",primary\n");
  }

  /**
   * The report before the release existed: the province table suppressed on its own, while the
   * timeliness table published births and every class share to 0.1 %. The audit pins the hidden
   * cells (the leak the release closes); this test keeps the audit honest.
   */
  @Test
  void theAuditFindsTheLeakOfTablesPublishedIndependently() {
    BirthReleases.Counts counts = reportCounts(AdminLevel.PROVINCE, 3000);
    ProtectedRelease p = reportRelease(counts);
    Map<Cell, Long> published = new LinkedHashMap<>();
    List<Cell> hidden = new ArrayList<>();
    List<DisclosureAudit.Share> shares = new ArrayList<>();
    for (String unit : nationAndProvinces()) {
      long all = p.trueValue(Cell.of(unit, "all"));
      published.put(Cell.of(unit, "all"), all); // births per province, always shown
      for (String c : BirthReleases.TIMELINESS_COLUMNS.subList(1, 5)) {
        long v = p.trueValue(Cell.of(unit, c));
        if (v > 0 && v < 5) {
          hidden.add(Cell.of(unit, c)); // hidden in the counts table
        } else {
          published.put(Cell.of(unit, c), v);
        }
        if (all > 0) { // but its share is in the timeliness table
          shares.add(
              new DisclosureAudit.Share(
                  Cell.of(unit, c),
                  Cell.of(unit, "all"),
                  Math.round(1000.0 * v / all) / 10.0,
                  0.05));
        }
      }
    }
    DisclosureAudit.Result audit =
        DisclosureAudit.audit(
            new DisclosureAudit.Published(p.dimensions(), 5, published, hidden, shares),
            p::trueValue);
    assertThat(hidden).isNotEmpty();
    assertThat(audit.pinned()).isEqualTo(hidden.size());
  }

  /** Province and district tables of the same synthetic births, protected as one release. */
  @Test
  void linkedProvinceAndDistrictTablesOfSyntheticDataLeaveNoSuppressedCellPinned() {
    BirthReleases.Counts counts = reportCounts(AdminLevel.DISTRICT, 20_000);
    // three provinces with their districts keep the LP small; the rule is the same for all 18
    List<String> provinces = List.of("LA06", "LA05", "LA14");
    Hierarchy.Builder hb = Hierarchy.builder(LAO.nation().code());
    List<String> districts = new ArrayList<>(provinces);
    for (String code : provinces) {
      hb.add(code, LAO.nation().code());
      for (AdminUnit d : LAO.children(LAO.unit(code))) {
        hb.add(d.code(), code);
        districts.add(d.code());
      }
    }
    Hierarchy geo = hb.build();
    Release.Builder b = Release.builder().dimension(geo).dimension(BirthReleases.TIMELINESS);
    for (String leaf : geo.leavesUnder(geo.root())) {
      for (io.github.connectlao.crvs.Timeliness t : io.github.connectlao.crvs.Timeliness.values()) {
        b.count(counts.count(leaf, t), leaf, BirthReleases.code(t));
      }
    }
    List<String> top = new ArrayList<>(List.of(LAO.nation().code()));
    top.addAll(provinces);
    ProtectedRelease p =
        b.table("provinces", List.of(top, BirthReleases.TIMELINESS.codes()))
            .table("districts", List.of(districts, BirthReleases.TIMELINESS.codes()))
            .protect();
    assertThat(p.count(Suppression.PRIMARY)).isGreaterThan(5);
    DisclosureAudit.Result audit = DisclosureAudit.audit(p);
    assertThat(audit.violations()).isEmpty();
    assertThat(audit.pinned()).isZero();
    OptionalLong nation = p.value(LAO.nation().code(), "all");
    assertThat(nation).isPresent();
    System.out.printf(
        Locale.ROOT,
        "disclosure audit, linked province + district release (synthetic, 3 provinces): %s;"
            + " %d cells audited, %d pinned, narrowest interval %.2f%n",
        p,
        audit.intervals().size(),
        audit.pinned(),
        audit.narrowest());
  }
}
