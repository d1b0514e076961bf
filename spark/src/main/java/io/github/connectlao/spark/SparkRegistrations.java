package io.github.connectlao.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.RegistrationCounts;
import io.github.connectlao.crvs.RegistrationRules;
import io.github.connectlao.crvs.RegistryQuery;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The library's birth-registration statistics over a Spark {@code Dataset<RegistrationRow>}: the
 * same rule set, the same counting engine and the same mergeable counts as on one machine, so the
 * numbers are the same cell by cell.
 *
 * <pre>{@code
 * Dataset<RegistrationRow> rows = spark.read().parquet("registrations").as(Encoders.bean(RegistrationRow.class));
 * SparkCounts result = SparkRegistrations.counting(Gazetteer::laoPdr)
 *     .query(() -> RegistryQuery.of(RegistrationPolicy.laoPdr()).per(RegistryQuery.Period.BIRTH_YEAR))
 *     .referenceDate(LocalDate.of(2024, 6, 30))
 *     .count(rows);
 * result.counts();                      // RegistrationCounts, rolled up: every level
 * result.byLevel(AdminLevel.PROVINCE);  // Dataset<CountRow>
 * result.problems();                    // Dataset<RowProblem>: every refused row, with its reason
 * }</pre>
 *
 * <p>How it runs: the gazetteer and the query travel to the executors as {@link Recipe}s in a
 * broadcast and are made once per executor JVM; duplicate identifiers are found with one shuffle
 * by identifier (the first row by line wins, the others are refused, as on one machine); each
 * partition then counts its rows with {@link RegistrationCounts#accumulator} and the partial
 * counts are merged by a tree reduction ({@link RegistrationCounts#merge} is associative and
 * commutative). Only counts (a few hundred kilobytes per partition) cross the network.
 */
public final class SparkRegistrations implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What the recipes made, per executor JVM, by broadcast id. */
  private static final ConcurrentHashMap<Long, Object> MADE = new ConcurrentHashMap<>();

  private final Recipe<Gazetteer> gazetteer;
  private final Recipe<RegistryQuery> query;
  private final LocalDate referenceDate;

  private SparkRegistrations(
      Recipe<Gazetteer> gazetteer, Recipe<RegistryQuery> query, LocalDate referenceDate) {
    this.gazetteer = gazetteer;
    this.query = query;
    this.referenceDate = referenceDate;
  }

  /**
   * Counting with a gazetteer, the default query (every unit, the Lao default policy) and today as
   * the reference date.
   *
   * @param gazetteer how to make the gazetteer on every executor (e.g. {@code Gazetteer::laoPdr})
   * @return the counting, to refine
   */
  public static SparkRegistrations counting(Recipe<Gazetteer> gazetteer) {
    return new SparkRegistrations(
        InvalidValueException.required(gazetteer, "gazetteer"),
        () -> RegistryQuery.of(io.github.connectlao.crvs.RegistrationPolicy.laoPdr()),
        LocalDate.now());
  }

  /**
   * @param query how to make the query (what is counted) on every executor
   * @return a counting with that query
   */
  public SparkRegistrations query(Recipe<RegistryQuery> query) {
    return new SparkRegistrations(
        gazetteer, InvalidValueException.required(query, "query"), referenceDate);
  }

  /**
   * @param date the last acceptable day of any date in a row (the rule set's reference date)
   * @return a counting with that reference date
   */
  public SparkRegistrations referenceDate(LocalDate date) {
    return new SparkRegistrations(
        gazetteer, query, InvalidValueException.required(date, "referenceDate"));
  }

  /**
   * Checks and counts the rows.
   *
   * @param rows the registrations
   * @return the rolled-up counts, the number of rows accepted and refused, and the problems
   */
  public SparkCounts count(Dataset<RegistrationRow> rows) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(rows.sparkSession().sparkContext());
    Broadcast<Recipe<Gazetteer>> g = jsc.broadcast(gazetteer);
    Broadcast<Recipe<RegistryQuery>> q = jsc.broadcast(query);
    LocalDate day = referenceDate;
    Dataset<Row> ranked = ranked(rows);
    Dataset<RegistrationRow> candidates =
        ranked
            .filter(col("_rank").equalTo(1).or(col("id").isNull()))
            .drop("_rank", "_first", "_pos")
            .as(Encoders.bean(RegistrationRow.class));
    Dataset<RowProblem> duplicates =
        ranked
            .filter(col("_rank").gt(1).and(col("id").isNotNull()))
            .map(
                (org.apache.spark.api.java.function.MapFunction<Row, RowProblem>)
                    r ->
                        RowCheck.problem(
                            r.isNullAt(r.fieldIndex("line"))
                                ? null
                                : r.getLong(r.fieldIndex("line")),
                            "id",
                            "",
                            "duplicates the id of "
                                + (r.isNullAt(r.fieldIndex("_first"))
                                    ? "an earlier row"
                                    : "line " + r.getLong(r.fieldIndex("_first")))
                                + " (the id is not shown: personal data)"),
                Encoders.bean(RowProblem.class));
    Partial total =
        candidates
            .toJavaRDD()
            .mapPartitions(
                (FlatMapFunction<java.util.Iterator<RegistrationRow>, Partial>)
                    it -> {
                      Gazetteer gz = made(g);
                      RegistryQuery qq = made(q);
                      RegistrationRules rules = RegistrationRules.of(gz, day);
                      RegistrationCounts.Accumulator acc = RegistrationCounts.accumulator(gz, qq);
                      long accepted = 0;
                      long refused = 0;
                      long position = 0;
                      while (it.hasNext()) {
                        RowCheck c = RowCheck.of(it.next(), rules, ++position);
                        if (c.registration != null) {
                          acc.add(c.registration);
                          accepted++;
                        } else {
                          refused++;
                        }
                      }
                      return List.of(new Partial(acc.result(), accepted, refused)).iterator();
                    })
            .treeReduce(Partial::merge);
    long duplicateCount = duplicates.count();
    Gazetteer driver = made(g);
    RegistrationCounts counts =
        total == null
            ? RegistrationCounts.empty(driver, made(q))
            : total.counts.withGazetteer(driver);
    Dataset<RowProblem> problems =
        duplicates.union(
            candidates.mapPartitions(
                (org.apache.spark.api.java.function.MapPartitionsFunction<
                        RegistrationRow, RowProblem>)
                    it -> {
                      RegistrationRules rules = RegistrationRules.of(made(g), day);
                      List<RowProblem> out = new ArrayList<>();
                      long position = 0;
                      while (it.hasNext()) {
                        out.addAll(RowCheck.of(it.next(), rules, ++position).problems);
                      }
                      return out.iterator();
                    },
                Encoders.bean(RowProblem.class)));
    return new SparkCounts(
        rows.sparkSession(),
        counts.rolledUp(),
        total == null ? 0 : total.accepted,
        (total == null ? 0 : total.refused) + duplicateCount,
        problems);
  }

  /** Ranks the rows of each identifier by line (then by position), keeping the first row's line. */
  private static Dataset<Row> ranked(Dataset<RegistrationRow> rows) {
    Dataset<Row> withPos = rows.toDF().withColumn("_pos", monotonically_increasing_id());
    WindowSpec byId =
        Window.partitionBy(col("id")).orderBy(col("line").asc_nulls_last(), col("_pos"));
    return withPos
        .withColumn("_rank", row_number().over(byId))
        .withColumn("_first", first(col("line")).over(byId));
  }

  @SuppressWarnings("unchecked")
  static <T> T made(Broadcast<Recipe<T>> recipe) {
    return (T)
        MADE.computeIfAbsent(
            recipe.id(), id -> InvalidValueException.required(recipe.value().make(), "recipe"));
  }

  /** The counts of some partitions, with how many rows they accepted and refused. */
  static final class Partial implements Serializable {
    private static final long serialVersionUID = 1L;
    final RegistrationCounts counts;
    final long accepted;
    final long refused;

    Partial(RegistrationCounts counts, long accepted, long refused) {
      this.counts = counts;
      this.accepted = accepted;
      this.refused = refused;
    }

    Partial merge(Partial other) {
      return new Partial(
          counts.merge(other.counts), accepted + other.accepted, refused + other.refused);
    }
  }

  /** @return the problems as a list (for tests and small inputs) */
  static List<RowProblem> list(Dataset<RowProblem> problems) {
    return new ArrayList<>(problems.collectAsList());
  }
}
