package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The columnar registry gives exactly the counts of the object-based {@link
 * BirthStatistics}, at every unit, for every sex and timeliness class, under several
 * policies, on random synthetic data.
 */
class RegistryMatchesBirthStatisticsTest {
  private static final Gazetteer LAO = Gazetteer.laoPdr();

  @Test
  void registryCountsEqualBirthStatisticsEverywhere() {
    List<RegistrationPolicy> policies =
        List.of(
            RegistrationPolicy.laoPdr(),
            RegistrationPolicy.of(14, 60, Source.synthetic("test policy")),
            new RegistrationPolicy(60, Optional.empty(), Source.synthetic("no delayed class")));
    qt().withExamples(12)
        .forAll(integers().between(0, 3_000), longs().all(), integers().between(0, 2))
        .checkAssert(
            (n, seed, p) -> {
              RegistrationPolicy policy = policies.get(p);
              List<BirthRegistration> records =
                  SyntheticRegistrations.generate(LAO, n, seed).collect(Collectors.toList());
              BirthStatistics reference = BirthStatistics.of(LAO, records, policy);
              RegistrationCounts fast =
                  BirthRegistry.of(LAO, records.stream()).aggregate(policy).rolledUp();
              for (int i = 0; i < LAO.size(); i++) {
                AdminUnit unit = LAO.unitAt(i);
                for (Sex sex : Sex.values()) {
                  TimelinessCounts expected = reference.counts(unit, sex);
                  for (Timeliness t : Timeliness.values()) {
                    assertThat(fast.count(i, sex, t))
                        .as("%s %s %s", unit.code(), sex, t)
                        .isEqualTo(expected.count(t));
                  }
                }
              }
              assertThat(fast.total(0)).isEqualTo((long) n);
            });
  }
}
