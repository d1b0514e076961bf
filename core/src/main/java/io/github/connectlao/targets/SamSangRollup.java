package io.github.connectlao.targets;

import io.github.connectlao.Confidence;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a {@link SamSangReport}: the national rows (provinces, districts, villages) and, for every
 * province, its districts and villages, from per-unit assessments and published counts.
 *
 * <p>Rules, documented in {@code docs/targets.md}:
 * <ul>
 *   <li>Total units: the gazetteer when its units of that level in the area are official; else a total
 *       the user states in a {@link SamSangCount}; else unofficial gazetteer units; else unknown.
 *   <li>Achieved in a year: a {@link SamSangCount} for that area, level and year; else the number of
 *       units whose latest assessment at or before that year says "met". The latest year at or before
 *       the report year with data is used.
 *   <li>Status: {@link CountProgress}, from the earliest earlier data year as the baseline; no baseline
 *       is ever assumed.
 * </ul>
 *
 * <p>Example: {@code SamSang.rollup(Gazetteer.laoPdr(), 2025).assessments(list).build()}.
 */
public final class SamSangRollup {
  private final Gazetteer gazetteer;
  private final int year;
  private final List<SamSangAssessment> assessments = new ArrayList<>();
  private final List<SamSangCount> counts = new ArrayList<>();
  private final Map<String, Target> provinceTargets = new HashMap<>();
  private final Map<AdminLevel, Target> nationalTargets = new HashMap<>();
  private StatusThresholds thresholds = StatusThresholds.openSdg();

  SamSangRollup(Gazetteer gazetteer, int year) {
    InvalidValueException.check(
        year >= 2000 && year <= 2200, "year", year, "must be between 2000 and 2200");
    this.gazetteer = gazetteer;
    this.year = year;
    for (Target t : SamSang.nationalTargets()) {
      nationalTargets.put(((Measure.UnitShareMeasure) t.measure()).level(), t);
    }
  }

  /**
   * Adds per-unit assessments.
   *
   * @param list the assessments
   * @return this builder
   */
  public SamSangRollup assessments(Collection<SamSangAssessment> list) {
    assessments.addAll(list);
    return this;
  }

  /**
   * Adds published counts.
   *
   * @param list the counts
   * @return this builder
   */
  public SamSangRollup counts(Collection<SamSangCount> list) {
    counts.addAll(list);
    return this;
  }

  /**
   * Replaces a national target (e.g. with one that has a different share or year).
   *
   * @param target a share-of-units target of the province, district or village level
   * @return this builder
   */
  public SamSangRollup nationalTarget(Target target) {
    nationalTargets.put(levelOf(target), target);
    return this;
  }

  /**
   * Uses a province's own target for its districts or villages instead of the national share.
   *
   * @param target a target from {@link SamSang#provinceTarget} applying to one province
   * @return this builder
   */
  public SamSangRollup provinceTarget(Target target) {
    AdminLevel level = levelOf(target);
    for (String code : target.unitCodes()) {
      AdminUnit p = gazetteer.unit(code);
      InvalidValueException.check(
          p.level() == AdminLevel.PROVINCE,
          "unitCodes",
          code,
          "is not a province in target " + target.code());
      provinceTargets.put(p.code() + "/" + level, target);
    }
    return this;
  }

  /**
   * Sets the status thresholds (default: Open SDG's 0.95 / 0.6 / 0).
   *
   * @param thresholds the thresholds
   * @return this builder
   */
  public SamSangRollup thresholds(StatusThresholds thresholds) {
    this.thresholds = InvalidValueException.required(thresholds, "thresholds");
    return this;
  }

  private static AdminLevel levelOf(Target target) {
    InvalidValueException.check(
        target.measure() instanceof Measure.UnitShareMeasure,
        "target",
        target.code(),
        "does not measure a share of units");
    return ((Measure.UnitShareMeasure) target.measure()).level();
  }

  /**
   * Computes the report.
   *
   * @return the national and provincial rows, with any input problems listed
   */
  public SamSangReport build() {
    List<String> problems = new ArrayList<>();
    Map<String, List<SamSangAssessment>> byUnit = new HashMap<>();
    for (SamSangAssessment a : assessments) {
      Optional<AdminUnit> u = gazetteer.find(a.unitCode());
      if (u.isEmpty()) {
        problems.add(
            "assessment " + a.unitCode() + " " + a.year() + ": unknown unit code, skipped");
      } else if (u.get().level() == AdminLevel.NATIONAL) {
        problems.add(
            "assessment "
                + a.unitCode()
                + " "
                + a.year()
                + ": the nation has no Sam Sang status, skipped");
      } else {
        byUnit.computeIfAbsent(u.get().code(), k -> new ArrayList<>()).add(a);
      }
    }
    Map<String, List<SamSangCount>> countsByArea = new HashMap<>();
    for (SamSangCount c : counts) {
      Optional<AdminUnit> u = gazetteer.find(c.areaCode());
      if (u.isEmpty()) {
        problems.add("count " + c.areaCode() + " " + c.year() + ": unknown area code, skipped");
      } else if (u.get().level().depth() >= c.level().depth()) {
        problems.add(
            "count "
                + c.areaCode()
                + " "
                + c.year()
                + ": a "
                + u.get().level().nameEnglish()
                + " cannot contain "
                + c.level().nameEnglish()
                + " units, skipped");
      } else {
        countsByArea
            .computeIfAbsent(u.get().code() + "/" + c.level(), k -> new ArrayList<>())
            .add(c);
      }
    }
    List<SamSangRow> rows = new ArrayList<>();
    AdminUnit nation = gazetteer.nation();
    for (AdminLevel level : List.of(AdminLevel.PROVINCE, AdminLevel.DISTRICT, AdminLevel.VILLAGE)) {
      rows.add(row(nation, level, national(level), byUnit, countsByArea, problems));
    }
    for (AdminUnit p : gazetteer.units(AdminLevel.PROVINCE)) {
      for (AdminLevel level : List.of(AdminLevel.DISTRICT, AdminLevel.VILLAGE)) {
        Target t = provinceTargets.get(p.code() + "/" + level);
        if (t == null) {
          Target national = national(level);
          t =
              Target.forProvince(
                  p.code(),
                  level,
                  SamSangStatus.forLevel(level).nameEnglish(),
                  national.target().value(),
                  national.target().year(),
                  Source.of(
                      "national share applied to the province; " + national.source().citation(),
                      Confidence.DERIVED,
                      national.source().note().orElse(null)));
        }
        rows.add(row(p, level, t, byUnit, countsByArea, problems));
      }
    }
    return new SamSangReport(year, rows, problems);
  }

  /** The national target of a level: the constructor puts one for every level of the Sam Sang. */
  private Target national(AdminLevel level) {
    Target t = nationalTargets.get(level);
    if (t == null) {
      throw new IllegalStateException(
          "no national Sam Sang target for " + level + "; this is a defect");
    }
    return t;
  }

  private SamSangRow row(
      AdminUnit area,
      AdminLevel level,
      Target target,
      Map<String, List<SamSangAssessment>> byUnit,
      Map<String, List<SamSangCount>> countsByArea,
      List<String> problems) {
    SamSangStatus status = SamSangStatus.forLevel(level);
    List<AdminUnit> units =
        area.level() == AdminLevel.NATIONAL
            ? gazetteer.units(level)
            : gazetteer.descendants(area, level);
    List<SamSangCount> areaCounts =
        countsByArea.getOrDefault(area.code() + "/" + level, List.of()).stream()
            .filter(c -> c.year() <= year)
            .sorted((a, b) -> Integer.compare(a.year(), b.year()))
            .toList();
    Set<Source> sources = new LinkedHashSet<>();
    sources.add(target.source());
    List<String> notes = new ArrayList<>();

    boolean official = !units.isEmpty() && units.stream().allMatch(AdminUnit::isOfficial);
    Optional<SamSangCount> stated =
        areaCounts.stream().filter(c -> c.statedTotal().isPresent()).reduce((a, b) -> b);
    OptionalLong total;
    TotalBasis basis;
    if (official) {
      total = OptionalLong.of(units.size());
      basis = TotalBasis.GAZETTEER;
    } else if (stated.isPresent()) {
      total = stated.get().statedTotal();
      basis = TotalBasis.USER_STATED;
      sources.add(stated.get().source());
      notes.add("total as stated for " + stated.get().year());
    } else if (!units.isEmpty()) {
      total = OptionalLong.of(units.size());
      basis = TotalBasis.GAZETTEER_UNOFFICIAL;
      notes.add("total counted among unofficial units");
    } else {
      total = OptionalLong.empty();
      basis = TotalBasis.UNKNOWN;
      notes.add("no " + level.nameEnglish() + " units in the gazetteer and no stated total");
    }

    TreeMap<Integer, Long> achievedByYear = new TreeMap<>();
    Map<Integer, Source> dataSources = new HashMap<>();
    List<List<SamSangAssessment>> unitHistories = new ArrayList<>();
    Set<Integer> years = new java.util.TreeSet<>();
    for (AdminUnit u : units) {
      List<SamSangAssessment> h = byUnit.get(u.code());
      if (h != null) {
        unitHistories.add(h);
        h.stream().filter(a -> a.year() <= year).forEach(a -> years.add(a.year()));
      }
    }
    for (int y : years) {
      long n = 0;
      for (List<SamSangAssessment> h : unitHistories) {
        Optional<SamSangAssessment> latest =
            h.stream()
                .filter(a -> a.year() <= y)
                .max((a, b) -> Integer.compare(a.year(), b.year()));
        if (latest.isPresent() && latest.get().achieved()) {
          n++;
        }
      }
      achievedByYear.put(y, n);
    }
    if (!unitHistories.isEmpty()) {
      unitHistories.forEach(h -> h.forEach(a -> sources.add(a.source())));
    }
    for (SamSangCount c : areaCounts) {
      achievedByYear.put(c.year(), c.achieved());
      dataSources.put(c.year(), c.source());
    }

    OptionalLong required =
        total.isPresent()
            ? OptionalLong.of(CountProgress.requiredCount(target, total.getAsLong()))
            : OptionalLong.empty();
    OptionalInt achievedYear =
        achievedByYear.isEmpty() ? OptionalInt.empty() : OptionalInt.of(achievedByYear.lastKey());
    Optional<CountProgress> progress = Optional.empty();
    if (achievedYear.isPresent()) {
      dataSources.values().forEach(sources::add);
      if (achievedYear.getAsInt() < year) {
        notes.add("latest data " + achievedYear.getAsInt());
      }
    } else {
      notes.add("no assessment or count");
    }
    if (total.isPresent() && achievedYear.isPresent()) {
      int ay = achievedYear.getAsInt();
      Optional<Observation> baseline =
          achievedByYear.firstKey() < ay
              ? Optional.of(
                  Observation.of(achievedByYear.firstKey(), achievedByYear.firstEntry().getValue()))
              : Optional.empty();
      try {
        progress =
            Optional.of(
                CountProgress.of(
                    target,
                    total.getAsLong(),
                    basis,
                    ay,
                    achievedByYear.lastEntry().getValue(),
                    baseline,
                    thresholds));
      } catch (InvalidValueException e) {
        String msg = area.code() + " " + status.nameEnglish() + ": " + e.getMessage();
        problems.add(msg);
        notes.add(e.getMessage());
      }
    }
    return new SamSangRow(
        area,
        status,
        target,
        total,
        basis,
        required,
        achievedYear,
        progress,
        new ArrayList<>(sources),
        String.join("; ", notes));
  }
}
