package io.github.connectlao.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.BirthRegistry;
import io.github.connectlao.crvs.RegistrationCounts;
import io.github.connectlao.crvs.RegistrationPolicy;
import io.github.connectlao.crvs.RegistryQuery;
import io.github.connectlao.crvs.SyntheticRegistrations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The aggregator driven by hand, as Spark drives it, without starting Spark. */
class RegistrationAggregatorTest {
  private static final LocalDate REFERENCE = SyntheticRegistrations.OBSERVED;
  private static final Recipe<Gazetteer> LAO = Gazetteer::laoPdr;
  private static final Recipe<RegistryQuery> BY_YEAR =
      () -> RegistryQuery.of(RegistrationPolicy.laoPdr()).per(RegistryQuery.Period.BIRTH_YEAR);
  private static List<BirthRegistration> births;

  @BeforeAll
  static void generate() {
    births =
        SyntheticRegistrations.generate(Gazetteer.laoPdr(), 3_000, 11).collect(Collectors.toList());
  }

  private static RegistrationCounts singleMachine(List<BirthRegistration> these) {
    return BirthRegistry.of(Gazetteer.laoPdr(), these.stream())
        .aggregate(BY_YEAR.make())
        .rolledUp();
  }

  private static RegistrationAggregator.Buffer reduceAll(
      RegistrationAggregator a, List<BirthRegistration> these, long firstLine) {
    RegistrationAggregator.Buffer b = a.zero();
    long line = firstLine;
    for (BirthRegistration r : these) {
      b = a.reduce(b, SparkRegistrationsTest.row(line++, r));
    }
    return b;
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void oneBufferGivesTheSingleMachineCounts() {
    RegistrationAggregator a = new RegistrationAggregator(LAO, BY_YEAR, REFERENCE);
    assertThat(a.finish(reduceAll(a, births, 1))).isEqualTo(singleMachine(births));
  }

  @Test
  void shippedAndMergedPartitionsGiveTheSameCounts() throws Exception {
    RegistrationAggregator a = roundTrip(new RegistrationAggregator(LAO, BY_YEAR, REFERENCE));
    int third = births.size() / 3;
    RegistrationAggregator.Buffer p1 = roundTrip(reduceAll(a, births.subList(0, third), 1));
    RegistrationAggregator.Buffer p2 =
        roundTrip(reduceAll(a, births.subList(third, 2 * third), third + 1));
    RegistrationAggregator.Buffer p3 =
        roundTrip(reduceAll(a, births.subList(2 * third, births.size()), 2 * third + 1));
    RegistrationCounts leftFirst = a.finish(a.merge(a.merge(p1, p2), p3));
    assertThat(leftFirst).isEqualTo(singleMachine(births));
  }

  @Test
  void mergingAnEmptyBufferChangesNothing() {
    RegistrationAggregator a = new RegistrationAggregator(LAO, BY_YEAR, REFERENCE);
    RegistrationCounts expected = singleMachine(births.subList(0, 100));
    assertThat(a.finish(a.merge(reduceAll(a, births.subList(0, 100), 1), a.zero())))
        .isEqualTo(expected);
    assertThat(a.finish(a.merge(a.zero(), reduceAll(a, births.subList(0, 100), 1))))
        .isEqualTo(expected);
    assertThat(a.finish(a.zero())).isEqualTo(singleMachine(List.of()));
  }

  @Test
  void refusedRowsAreNotCounted() {
    RegistrationAggregator a = new RegistrationAggregator(LAO, BY_YEAR, REFERENCE);
    RegistrationAggregator.Buffer b = reduceAll(a, births.subList(0, 50), 1);
    RegistrationRow unknownPlace = SparkRegistrationsTest.row(51, births.get(50));
    unknownPlace.setPlaceOfBirth("LA99");
    RegistrationRow noSex = SparkRegistrationsTest.row(52, births.get(51));
    noSex.setSex(null);
    b = a.reduce(a.reduce(b, unknownPlace), noSex);
    assertThat(a.finish(b)).isEqualTo(singleMachine(births.subList(0, 50)));
  }

  @Test
  void aShippedBufferOnlyMerges() throws Exception {
    RegistrationAggregator a = new RegistrationAggregator(LAO, BY_YEAR, REFERENCE);
    RegistrationAggregator.Buffer shipped = roundTrip(reduceAll(a, births.subList(0, 10), 1));
    RegistrationRow next = SparkRegistrationsTest.row(11, births.get(10));
    assertThatThrownBy(() -> a.reduce(shipped, next)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void missingPartsAreRefusedNamingTheField() {
    assertThat(
            catchThrowableOfType(
                    InvalidValueException.class,
                    () -> new RegistrationAggregator(null, BY_YEAR, REFERENCE))
                .field())
        .isEqualTo("gazetteer");
    assertThat(
            catchThrowableOfType(
                    InvalidValueException.class,
                    () -> new RegistrationAggregator(LAO, null, REFERENCE))
                .field())
        .isEqualTo("query");
    assertThat(
            catchThrowableOfType(
                    InvalidValueException.class,
                    () -> new RegistrationAggregator(LAO, BY_YEAR, null))
                .field())
        .isEqualTo("referenceDate");
  }
}
