package io.github.connectlao.spark;

import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.BirthRegistry;
import io.github.connectlao.crvs.RegistrationCounts;
import io.github.connectlao.crvs.RegistrationPolicy;
import io.github.connectlao.crvs.RegistryQuery;
import io.github.connectlao.crvs.SyntheticRegistrations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Throughput of Spark in local mode against the single-machine registry, on the same synthetic
 * registrations and the same query (timeliness × sex × year of birth at every unit, plus coverage
 * under 5 and 18 on a date). Not a test: run it on a quiet machine with
 *
 * <pre>
 * mvn -B -ntp -q -pl spark -am test-compile
 * mvn -B -ntp -q -pl spark exec:exec -Dexec.skip=false -Dexec.executable=java \
 *   -Dexec.classpathScope=test -Dexec.args="-Xmx6g %classpath io.github.connectlao.spark.SparkThroughput 2000000"
 * </pre>
 *
 * <p>It prints, for each engine, the best of five runs after two warm-up runs, in rows per second.
 * The Spark figure includes the rule set, the duplicate-identifier shuffle and the counting (the
 * Dataset is cached first, so reading the input is not timed); the registry figure is one call of
 * {@code BirthRegistry.aggregate} on the registry already built (checking rows happens when it is
 * built).
 */
public final class SparkThroughput {
  private SparkThroughput() {}

  /**
   * @param args the number of registrations (default 1,000,000)
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Gazetteer g = Gazetteer.laoPdr();
    RegistryQuery query =
        RegistryQuery.of(RegistrationPolicy.laoPdr())
            .per(RegistryQuery.Period.BIRTH_YEAR)
            .coverageUnder(LocalDate.of(2024, 6, 30), 5, 18);
    List<BirthRegistration> births =
        SyntheticRegistrations.generate(g, n, 11).collect(Collectors.toList());
    BirthRegistry registry = BirthRegistry.of(g, births.stream());
    RegistrationCounts expected = registry.aggregate(query).rolledUp();
    double registryBest = best(() -> registry.aggregate(query).rolledUp());
    SparkSession spark =
        SparkSession.builder()
            .master("local[*]")
            .appName("throughput")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "8")
            .getOrCreate();
    List<RegistrationRow> rows = new ArrayList<>(n);
    long line = 1;
    for (BirthRegistration r : births) {
      rows.add(SparkRegistrationsTest.row(++line, r));
    }
    births = null;
    Dataset<RegistrationRow> ds =
        spark
            .createDataset(rows, Encoders.bean(RegistrationRow.class))
            .repartition(8)
            .persist(StorageLevel.MEMORY_ONLY());
    rows = null;
    ds.count();
    SparkRegistrations counting =
        SparkRegistrations.counting(Gazetteer::laoPdr)
            .query(
                () ->
                    RegistryQuery.of(RegistrationPolicy.laoPdr())
                        .per(RegistryQuery.Period.BIRTH_YEAR)
                        .coverageUnder(LocalDate.of(2024, 6, 30), 5, 18))
            .referenceDate(SyntheticRegistrations.OBSERVED);
    if (!counting.count(ds).counts().equals(expected)) {
      throw new IllegalStateException("Spark and the registry disagree");
    }
    double sparkBest = best(() -> counting.count(ds));
    spark.stop();
    System.out.printf(
        Locale.ROOT,
        "%,d registrations, %d cores%n",
        n,
        Runtime.getRuntime().availableProcessors());
    System.out.printf(
        Locale.ROOT,
        "registry.aggregate (one core): %.3f s, %,.0f rows/s%n",
        registryBest,
        n / registryBest);
    System.out.printf(
        Locale.ROOT,
        "Spark local[*] (rules + duplicates + counting): %.3f s, %,.0f rows/s%n",
        sparkBest,
        n / sparkBest);
  }

  private static double best(Runnable r) {
    for (int i = 0; i < 2; i++) {
      r.run();
    }
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long t = System.nanoTime();
      r.run();
      best = Math.min(best, (System.nanoTime() - t) / 1e9);
    }
    return best;
  }
}
