package io.github.connectlao.spark;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.RegistrationCounts;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.crvs.TimelinessBand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * What {@link SparkRegistrations#count} gives: the rolled-up counts (the library's own type, so
 * completeness, coverage and every table are computed as on one machine), how many rows were
 * accepted and refused, and every problem.
 */
public final class SparkCounts {
  private final SparkSession spark;
  private final RegistrationCounts counts;
  private final long accepted;
  private final long refused;
  private final Dataset<RowProblem> problems;

  SparkCounts(
      SparkSession spark,
      RegistrationCounts counts,
      long accepted,
      long refused,
      Dataset<RowProblem> problems) {
    this.spark = spark;
    this.counts = counts;
    this.accepted = accepted;
    this.refused = refused;
    this.problems = problems;
  }

  /** @return the counts, rolled up: every unit counts its whole subtree */
  public RegistrationCounts counts() {
    return counts;
  }

  /** @return the number of rows counted */
  public long accepted() {
    return accepted;
  }

  /** @return the number of rows refused (each has one or more {@link #problems()}) */
  public long refused() {
    return refused;
  }

  /** @return every problem of every refused row (computed when read) */
  public Dataset<RowProblem> problems() {
    return problems;
  }

  /**
   * The counts of every unit of one level as a Dataset: one row per unit × period × sex ×
   * timeliness band (zero cells included, so a missing row never reads as zero).
   *
   * @param level the level (at or above the query's deepest level)
   * @return the rows
   */
  public Dataset<CountRow> byLevel(AdminLevel level) {
    Gazetteer g = counts.gazetteer();
    List<Integer> years = new ArrayList<>();
    if (counts.isByYear() && counts.firstYear().isPresent()) {
      for (int y = counts.firstYear().get(); y <= counts.lastYear().get(); y++) {
        years.add(y);
      }
    } else if (!counts.isByYear()) {
      years.add(null);
    }
    List<CountRow> rows = new ArrayList<>();
    for (AdminUnit u : g.units(level)) {
      int i = g.index(u);
      for (Integer year : years) {
        for (Sex sex : Sex.values()) {
          for (TimelinessBand band : TimelinessBand.values()) {
            long n =
                counts.count(
                    i, Optional.ofNullable(year), Optional.of(sex), Optional.empty(), band);
            rows.add(
                new CountRow(
                    u.code(),
                    u.nameEnglish(),
                    u.nameLao(),
                    level.name(),
                    year,
                    sex.name(),
                    band.name(),
                    n));
          }
        }
      }
    }
    return spark.createDataset(rows, Encoders.bean(CountRow.class));
  }

  @Override
  public String toString() {
    return "SparkCounts[" + accepted + " accepted, " + refused + " refused, " + counts + "]";
  }
}
