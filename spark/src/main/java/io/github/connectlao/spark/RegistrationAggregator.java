package io.github.connectlao.spark;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.RegistrationCounts;
import io.github.connectlao.crvs.RegistrationRules;
import io.github.connectlao.crvs.RegistryQuery;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.jspecify.annotations.Nullable;

/**
 * A typed Spark {@link Aggregator} from {@link RegistrationRow}s to the library's {@link
 * RegistrationCounts}, for grouped aggregations ({@code ds.groupByKey(...).agg(aggregator.toColumn())},
 * e.g. one set of counts per country of a regional dataset, each with its own gazetteer recipe).
 *
 * <p>Every row goes through the one rule set; a refused row is not counted (the whole-dataset
 * entry point {@link SparkRegistrations#count} also reports it and finds duplicate identifiers).
 * The buffer counts rows in the registry's columnar form and becomes counts only when Spark ships
 * it, so adding a row costs what it costs on one machine.
 */
public final class RegistrationAggregator
    extends Aggregator<RegistrationRow, RegistrationAggregator.Buffer, RegistrationCounts> {
  private static final long serialVersionUID = 1L;
  private static final ConcurrentHashMap<Recipe<?>, Object> MADE = new ConcurrentHashMap<>();
  private final Recipe<Gazetteer> gazetteer;
  private final Recipe<RegistryQuery> query;
  private final LocalDate referenceDate;

  /**
   * @param gazetteer how to make the gazetteer
   * @param query how to make the query
   * @param referenceDate the rule set's reference date
   */
  public RegistrationAggregator(
      Recipe<Gazetteer> gazetteer, Recipe<RegistryQuery> query, LocalDate referenceDate) {
    this.gazetteer = InvalidValueException.required(gazetteer, "gazetteer");
    this.query = InvalidValueException.required(query, "query");
    this.referenceDate = InvalidValueException.required(referenceDate, "referenceDate");
  }

  @SuppressWarnings("unchecked")
  private <T> T made(Recipe<T> recipe) {
    return (T) MADE.computeIfAbsent(recipe, Recipe::make);
  }

  @Override
  public Buffer zero() {
    return new Buffer(made(gazetteer), made(query), referenceDate);
  }

  @Override
  public Buffer reduce(Buffer b, RegistrationRow row) {
    b.add(row);
    return b;
  }

  @Override
  public Buffer merge(Buffer a, Buffer b) {
    a.merge(b);
    return a;
  }

  @Override
  public RegistrationCounts finish(Buffer b) {
    return b.counts().withGazetteer(made(gazetteer)).rolledUp();
  }

  @Override
  public Encoder<Buffer> bufferEncoder() {
    return Encoders.javaSerialization(Buffer.class);
  }

  @Override
  public Encoder<RegistrationCounts> outputEncoder() {
    return Encoders.javaSerialization(RegistrationCounts.class);
  }

  /** The aggregation buffer: rows counted so far; serialised as counts. */
  public static final class Buffer implements Serializable {
    private static final long serialVersionUID = 1L;
    private transient @Nullable Gazetteer gazetteer;
    private transient @Nullable RegistryQuery query;
    private transient @Nullable RegistrationRules rules;
    private transient RegistrationCounts.@Nullable Accumulator accumulator;
    private final LocalDate referenceDate;
    private RegistrationCounts counts;
    private long position;

    Buffer(Gazetteer gazetteer, RegistryQuery query, LocalDate referenceDate) {
      this.gazetteer = gazetteer;
      this.query = query;
      this.referenceDate = referenceDate;
      this.counts = RegistrationCounts.empty(gazetteer, query);
    }

    void add(RegistrationRow row) {
      if (accumulator == null || rules == null) {
        accumulator = RegistrationCounts.accumulator(gazetteer(), query());
        rules = RegistrationRules.of(gazetteer(), referenceDate);
      }
      RowCheck c = RowCheck.of(row, rules, ++position);
      if (c.registration != null) {
        accumulator.add(c.registration);
      }
    }

    void merge(Buffer other) {
      counts = counts().merge(other.counts());
    }

    RegistrationCounts counts() {
      if (accumulator != null) {
        counts = counts.merge(accumulator.result());
        accumulator = null;
      }
      return counts;
    }

    private Gazetteer gazetteer() {
      if (gazetteer == null) {
        gazetteer = counts.gazetteer();
      }
      return gazetteer;
    }

    private RegistryQuery query() {
      if (query == null) {
        throw new IllegalStateException("a deserialised buffer only merges; it does not take rows");
      }
      return query;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      counts();
      out.defaultWriteObject();
    }
  }
}
