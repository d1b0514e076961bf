package io.github.connectlao.spark;

import java.io.Serializable;

/**
 * How to make a value on every executor: a serialisable recipe instead of the value itself, for
 * values that are not serialisable or are cheaper to rebuild than to ship (the gazetteer, the
 * query).
 *
 * <pre>{@code
 * Recipe<Gazetteer> lao = Gazetteer::laoPdr;
 * Recipe<RegistryQuery> q = () -> RegistryQuery.of(RegistrationPolicy.laoPdr()).downTo(AdminLevel.DISTRICT);
 * }</pre>
 *
 * <p>A recipe must give equal values every time it is called (the counts of every partition must
 * merge); {@link SparkRegistrations} calls it once per executor JVM and keeps the value.
 *
 * @param <T> the value made
 */
@FunctionalInterface
public interface Recipe<T> extends Serializable {
  /** @return the value */
  T make();
}
