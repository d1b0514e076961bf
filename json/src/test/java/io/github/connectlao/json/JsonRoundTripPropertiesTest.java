package io.github.connectlao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.connectlao.PartialDate;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.Sex;
import io.github.connectlao.indicator.ReportingPeriod;
import io.github.connectlao.targets.Fraction;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Random values of the main types survive write and read unchanged. */
class JsonRoundTripPropertiesTest {
  private final ConnectLaoJson json = ConnectLaoJson.standard();

  @Test
  void birthRegistrations() {
    qt().withExamples(500)
        .forAll(
            integers().between(0, 20_000),
            integers().between(-1, 800),
            booleans().all(),
            strings().allPossible().ofLengthBetween(0, 12))
        .checkAssert(
            (born, delay, facility, name) -> {
              LocalDate birth = LocalDate.of(1990, 1, 1).plusDays(born);
              BirthRegistration.Builder b =
                  BirthRegistration.builder("SYN-" + born, Sex.values()[born % 3], birth, "LA0501")
                      .inHealthFacility(facility)
                      .childName(name);
              if (delay >= 0) {
                b.registered(birth.plusDays(delay), "LA05").certificateIssued(facility);
              }
              BirthRegistration r = b.build();
              assertThat(json.read(json.write(r), BirthRegistration.class)).isEqualTo(r);
            });
  }

  @Test
  void textForms() {
    qt().withExamples(500)
        .forAll(longs().between(-1_000_000, 1_000_000), longs().between(1, 1_000_000))
        .checkAssert(
            (n, d) -> {
              Fraction f = Fraction.of(n, d);
              assertThat(json.read(json.write(f), Fraction.class)).isEqualTo(f);
            });
    qt().withExamples(500)
        .forAll(integers().between(1900, 2199), integers().between(1, 12), integers().between(0, 4))
        .checkAssert(
            (y, m, kind) -> {
              ReportingPeriod p =
                  switch (kind) {
                    case 0 -> ReportingPeriod.ofYear(y);
                    case 1 -> ReportingPeriod.ofHalf(y, 1 + m % 2);
                    case 2 -> ReportingPeriod.ofQuarter(y, 1 + m % 4);
                    case 3 -> ReportingPeriod.ofMonth(y, m);
                    default ->
                        ReportingPeriod.ofRange(
                            LocalDate.of(y, m, 1), LocalDate.of(y, m, 1).plusDays(40));
                  };
              assertThat(json.read(json.write(p), ReportingPeriod.class)).isEqualTo(p);
              PartialDate pd = kind == 0 ? PartialDate.ofYear(y) : PartialDate.ofMonth(y, m);
              assertThat(json.read(json.write(pd), PartialDate.class)).isEqualTo(pd);
            });
  }
}
