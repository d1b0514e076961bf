package io.github.connectlao.benchmarks;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * The same workloads as {@link RegistryBenchmark} with the tools users would pick instead: DuckDB
 * in-process through JDBC (b), the query timed apart from the load, and Tablesaw (c). Compiled
 * only under the Maven profile {@code peers}.
 *
 * <p>DuckDB holds one row per registration with the province, district and village index of the
 * place of birth (resolved at load, not timed), the sex, the delay and the birth epoch day; the
 * rollup is one {@code GROUPING SETS} query with timeliness computed in SQL; completeness groups by
 * province and {@code year(date '1970-01-01' + birth)}. Tablesaw holds the same columns, maps the
 * delay to a timeliness column and counts by each level. The setup checks every answer against
 * the registry's and prints the DuckDB load time.
 *
 * <p>Run: {@code mvn -B -ntp -q -Ppeers -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar Peer -f 1 -wi 2 -i 3}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class PeerBenchmark {
  private static final String CLASS =
      "CASE WHEN delay < 0 THEN 3 WHEN delay <= "
          + Workloads.POLICY.legalPeriodDays()
          + " THEN 0 WHEN delay <= "
          + Workloads.POLICY.lateLimitDays().orElse(Integer.MAX_VALUE)
          + " THEN 1 ELSE 2 END";

  /** DuckDB, loaded. */
  @State(Scope.Benchmark)
  public static class Duck {
    /** Registrations. */
    @Param({"1000000", "10000000"})
    public int size;

    /** The connection. */
    public Connection connection;

    /** The columns. */
    public Workloads.Columns columns;

    /** Loads the table with the appender (timed here, printed) and checks the answers. */
    @Setup
    public void setup() throws SQLException {
      BirthRegistry registry = Workloads.registry(size);
      columns = new Workloads.Columns(registry);
      connection = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = connection.createStatement()) {
        s.execute(
            "CREATE TABLE reg (l1 INTEGER, l2 INTEGER, l3 INTEGER, sex INTEGER, delay INTEGER, birth INTEGER)");
      }
      long start = System.nanoTime();
      Workloads.Columns c = columns;
      try (DuckDBAppender a =
          ((DuckDBConnection) connection).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "reg")) {
        for (int i = 0; i < c.size; i++) {
          int p = c.place[i];
          a.beginRow();
          a.append(c.levels[0][p]);
          a.append(c.levels[1][p]);
          a.append(c.levels[2][p]);
          a.append(c.sex[i]);
          a.append(c.delay[i]);
          a.append(c.birth[i]);
          a.endRow();
        }
      }
      System.out.printf(
          "%n[duckdb] loaded %d rows in %.0f ms%n", size, (System.nanoTime() - start) / 1e6);
      Workloads.check(
          "rollup, duckdb",
          Workloads.answer(registry.aggregate(Workloads.POLICY).rolledUp()),
          duckRollup(connection, columns.units));
      Workloads.check(
          "completeness, duckdb",
          Workloads.completenessRegistry(registry),
          duckCompleteness(connection, registry.gazetteer()));
    }

    /** Closes the connection. */
    @TearDown
    public void tearDown() throws SQLException {
      connection.close();
    }
  }

  static long[] duckRollup(Connection connection, int units) throws SQLException {
    long[] out = new long[units * 12];
    String sql =
        "SELECT l1, l2, l3, sex, t, count(*) AS n, GROUPING(l1, l2, l3) AS g FROM "
            + "(SELECT l1, l2, l3, sex, "
            + CLASS
            + " AS t FROM reg) "
            + "GROUP BY GROUPING SETS ((l1, l2, l3, sex, t), (l1, l2, sex, t), (l1, sex, t), (sex, t))";
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        int g = r.getInt(7);
        int unit = g == 0 ? r.getInt(3) : g == 1 ? r.getInt(2) : g == 3 ? r.getInt(1) : 0;
        if (g != 7 && (r.wasNull() || unit < 0)) {
          continue; // a birth at a district has no village
        }
        out[unit * 12 + r.getInt(4) * 4 + r.getInt(5)] += r.getLong(6);
      }
    }
    return out;
  }

  static long[] duckCompleteness(Connection connection, Gazetteer g) throws SQLException {
    List<AdminUnit> list = g.units(AdminLevel.PROVINCE);
    int provinces = list.size();
    int[] number = new int[g.size()];
    for (int p = 0; p < provinces; p++) {
      number[g.index(list.get(p))] = p;
    }
    long[] out = new long[provinces * Workloads.YEARS * 2];
    String sql =
        "SELECT l1, year(DATE '1970-01-01' + birth) AS y, count(*), count(*) FILTER (WHERE delay >= 0) "
            + "FROM reg GROUP BY l1, y";
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        int at = (number[r.getInt(1)] * Workloads.YEARS + r.getInt(2) - Workloads.FIRST_YEAR) * 2;
        out[at] = r.getLong(3);
        out[at + 1] = r.getLong(4);
      }
    }
    return out;
  }

  /** DuckDB loaded for the full workload (see {@link Workloads#FULL}). */
  @State(Scope.Benchmark)
  public static class FullDuck {
    /** Registrations. */
    @Param({"10000000"})
    public int size;

    /**
     * DuckDB's worker threads: 0 keeps its default (one per core); {@code -p threads=1} compares
     * it with the engine on one core.
     */
    @Param({"0"})
    public int threads;

    /** The connection. */
    public Connection connection;

    /** Nation, provinces and districts. */
    public Workloads.Units units;

    /** Loads the table with the appender (timed here, printed) and checks the answer against the engine's. */
    @Setup
    public void setup() throws SQLException {
      BirthRegistry registry = Workloads.registry(size);
      Workloads.Compact c = new Workloads.Compact(registry);
      units = new Workloads.Units(registry.gazetteer());
      connection = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = connection.createStatement()) {
        if (threads > 0) {
          s.execute("SET threads TO " + threads);
        }
        s.execute(
            "CREATE TABLE reg (l1 INTEGER, l2 INTEGER, sex INTEGER, delay INTEGER, birth INTEGER, death INTEGER)");
      }
      long start = System.nanoTime();
      try (DuckDBAppender a =
          ((DuckDBConnection) connection).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "reg")) {
        for (int i = 0; i < c.size; i++) {
          int slot = units.slotOf[c.place[i]];
          int province = slot;
          while (units.depth[province] > 1) {
            province = units.parentSlot[province];
          }
          a.beginRow();
          a.append(province);
          a.append(units.depth[slot] == 2 ? slot : -1);
          a.append((int) c.sex[i]);
          a.append(c.delay[i] == 0xFFFF ? -1 : (int) c.delay[i]);
          a.append(c.birth[i]);
          a.append(
              c.death[i] == 0xFFFF ? Integer.MAX_VALUE : c.birth[i] + c.death[i]); // MAX: alive
          a.endRow();
        }
      }
      System.out.printf(
          "%n[duckdb] loaded %d rows in %.0f ms%n", size, (System.nanoTime() - start) / 1e6);
      Workloads.check(
          "full, duckdb",
          Workloads.fullAnswer(registry.aggregate(Workloads.FULL).rolledUp(), units),
          duckFull(connection, units));
    }

    /** Closes the connection. */
    @TearDown
    public void tearDown() throws SQLException {
      connection.close();
    }
  }

  static long[] duckFull(Connection connection, Workloads.Units u) throws SQLException {
    long[] out = new long[u.slots * 3 * Workloads.FULL_CELLS];
    int ref = (int) Workloads.REFERENCE_DATE.toEpochDay();
    String bucket =
        "CASE WHEN delay >= 0 AND birth + delay <= "
            + ref
            + " AND death > "
            + ref
            + " THEN (CASE WHEN birth >= "
            + Workloads.firstDayUnder(18)
            + " THEN 1 ELSE 0 END) + (CASE WHEN birth >= "
            + Workloads.firstDayUnder(5)
            + " THEN 1 ELSE 0 END) ELSE 0 END";
    String sql =
        "SELECT l1, l2, sex, t, bk, count(*) AS n, GROUPING(l1, l2) AS g FROM "
            + "(SELECT l1, l2, sex, "
            + CLASS
            + " AS t, "
            + bucket
            + " AS bk FROM reg) "
            + "GROUP BY GROUPING SETS ((l1, l2, sex, t, bk), (l1, sex, t, bk), (sex, t, bk))";
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        int g = r.getInt(7);
        int slot = g == 0 ? r.getInt(2) : g == 1 ? r.getInt(1) : 0;
        if (slot < 0) {
          continue; // a birth at a province has no district
        }
        long n = r.getLong(6);
        int at = (slot * 3 + r.getInt(3)) * Workloads.FULL_CELLS;
        out[at + r.getInt(4)] += n;
        int bk = r.getInt(5);
        if (bk == 2) {
          out[at + 4] += n;
        }
        if (bk >= 1) {
          out[at + 5] += n;
        }
      }
    }
    return out;
  }

  /**
   * @param d the loaded table
   * @return the full workload as one DuckDB query (the load is not timed)
   * @throws SQLException when the query fails
   */
  @Benchmark
  public long[] fullDuck(FullDuck d) throws SQLException {
    return duckFull(d.connection, d.units);
  }

  /** Tablesaw, loaded. */
  @State(Scope.Benchmark)
  public static class Saw {
    /** Registrations (one operation at 10 million takes about 90 s, so Tablesaw runs at 1 million only). */
    @Param({"1000000"})
    public int size;

    /** The table. */
    public Table table;

    /** The columns. */
    public Workloads.Columns columns;

    /** The registry, for the answers' shape. */
    public BirthRegistry registry;

    /** Loads the table and checks the answer. */
    @Setup
    public void setup() {
      registry = Workloads.registry(size);
      columns = new Workloads.Columns(registry);
      Workloads.Columns c = columns;
      int[] l1 = new int[c.size];
      int[] l2 = new int[c.size];
      int[] l3 = new int[c.size];
      for (int i = 0; i < c.size; i++) {
        l1[i] = c.levels[0][c.place[i]];
        l2[i] = c.levels[1][c.place[i]];
        l3[i] = c.levels[2][c.place[i]];
      }
      table =
          Table.create(
              "reg",
              IntColumn.create("l1", l1),
              IntColumn.create("l2", l2),
              IntColumn.create("l3", l3),
              IntColumn.create("sex", c.sex.clone()),
              IntColumn.create("delay", c.delay.clone()));
      Workloads.check(
          "rollup, tablesaw",
          Workloads.answer(registry.aggregate(Workloads.POLICY).rolledUp()),
          sawRollup(table, c.units));
    }
  }

  static long[] sawRollup(Table reg, int units) {
    int legal = Workloads.POLICY.legalPeriodDays();
    int late = Workloads.POLICY.lateLimitDays().orElse(Integer.MAX_VALUE);
    IntColumn t = reg.intColumn("delay").map(d -> d < 0 ? 3 : d <= legal ? 0 : d <= late ? 1 : 2);
    t.setName("t");
    Table withClass =
        Table.create(
            "reg",
            reg.intColumn("l1"),
            reg.intColumn("l2"),
            reg.intColumn("l3"),
            reg.intColumn("sex"),
            t);
    long[] out = new long[units * 12];
    String[][] groupings = {
      {"sex", "t"}, {"l1", "sex", "t"}, {"l2", "sex", "t"}, {"l3", "sex", "t"}
    };
    for (String[] by : groupings) {
      Table counts = withClass.countBy(by);
      NumericColumn<?> n = (NumericColumn<?>) counts.column(counts.columnCount() - 1);
      for (int row = 0; row < counts.rowCount(); row++) {
        int unit = by.length == 2 ? 0 : counts.intColumn(by[0]).getInt(row);
        if (unit < 0) {
          continue;
        }
        int sex = counts.intColumn("sex").getInt(row);
        int cls = counts.intColumn("t").getInt(row);
        out[unit * 12 + sex * 4 + cls] += (long) n.getDouble(row);
      }
    }
    return out;
  }

  /**
   * @param d DuckDB
   * @return every level by sex and timeliness
   * @throws SQLException on a query failure
   */
  @Benchmark
  public long[] rollupDuckDb(Duck d) throws SQLException {
    return duckRollup(d.connection, d.columns.units);
  }

  /**
   * @param d DuckDB
   * @return births and registered births per province × year
   * @throws SQLException on a query failure
   */
  @Benchmark
  public long[] completenessDuckDb(Duck d) throws SQLException {
    return duckCompleteness(d.connection, Workloads.gazetteer());
  }

  /**
   * @param s Tablesaw
   * @return every level by sex and timeliness
   */
  @Benchmark
  public long[] rollupTablesaw(Saw s) {
    return sawRollup(s.table, s.columns.units);
  }
}
