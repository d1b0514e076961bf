package io.github.connectlao.crvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.connectlao.Confidence;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticRegistrationsTest {
  static final Gazetteer G = Gazetteer.laoPdr();

  @Test
  void isDeterministicAndTheStreamEqualsTheDirectColumns() {
    List<BirthRegistration> a =
        SyntheticRegistrations.generate(G, 3000, 11).collect(Collectors.toList());
    List<BirthRegistration> b =
        SyntheticRegistrations.generate(G, 3000, 11).collect(Collectors.toList());
    assertThat(a).isEqualTo(b);
    assertThat(SyntheticRegistrations.generate(G, 3000, 12).collect(Collectors.toList()))
        .isNotEqualTo(a);
    BirthRegistry direct = SyntheticRegistrations.registry(G, 3000, 11);
    assertThat(direct.aggregateByYear(RegistrationPolicy.laoPdr()))
        .isEqualTo(BirthRegistry.of(G, a.stream()).aggregateByYear(RegistrationPolicy.laoPdr()));
    for (int i = 0; i < a.size(); i += 97) {
      assertThat(direct.dateOfBirth(i)).isEqualTo(a.get(i).dateOfBirth());
      assertThat(direct.inHealthFacility(i)).isEqualTo(a.get(i).inHealthFacility());
    }
    assertThat(
            SyntheticRegistrations.generate(G, 5000, 11)
                .parallel()
                .map(BirthRegistration::id)
                .collect(Collectors.toList())
                .subList(0, 3000))
        .isEqualTo(a.stream().map(BirthRegistration::id).collect(Collectors.toList()));
  }

  @Test
  void isLabelledSyntheticAndShapedLikeRegistrationData() {
    int n = 40_000;
    List<BirthRegistration> rs =
        SyntheticRegistrations.generate(G, n, 5).collect(Collectors.toList());
    assertThat(rs).allSatisfy(r -> assertThat(r.id()).startsWith("SYN-"));
    assertThat(SyntheticRegistrations.registry(G, 10, 5).source().confidence())
        .isEqualTo(Confidence.SYNTHETIC);
    assertThat(SyntheticRegistrations.registry(G, 10, 5).toString()).endsWith(", synthetic]");
    double unregistered = rs.stream().filter(r -> !r.isRegistered()).count() / (double) n;
    assertThat(unregistered).isCloseTo(0.26, within(0.03));
    RegistrationCounts c =
        BirthRegistry.of(G, rs.stream()).aggregate(RegistrationPolicy.laoPdr()).rolledUp();
    long registered = c.registered(0);
    assertThat(c.total(0, Timeliness.CURRENT) / (double) registered).isBetween(0.5, 0.6);
    assertThat(c.total(0, Timeliness.DELAYED) / (double) registered).isBetween(0.1, 0.25);
    assertThat(c.total(0, Sex.MALE) / (double) n).isCloseTo(0.51, within(0.015));
    // Vientiane Capital: 820,940 of 6,492,228 people in the 2015 census
    assertThat(c.total(G.indexOf("LA01")) / (double) n)
        .isCloseTo(820_940 / 6_492_228.0, within(0.01));
    assertThat(rs)
        .allSatisfy(
            r -> {
              assertThat(G.unit(r.placeOfBirthCode()).level()).isEqualTo(AdminLevel.DISTRICT);
              assertThat(r.dateOfBirth())
                  .isBetween(SyntheticRegistrations.FIRST_BIRTH, SyntheticRegistrations.LAST_BIRTH);
              r.registrationDate()
                  .ifPresent(d -> assertThat(d).isBeforeOrEqualTo(SyntheticRegistrations.OBSERVED));
            });
  }

  @Test
  void syntheticVillagesAreLabelledAndPlacedUnderEveryDistrict() {
    List<AdminUnit> villages = SyntheticRegistrations.villages(G, 3);
    assertThat(villages).hasSize(3 * G.count(AdminLevel.DISTRICT));
    assertThat(villages)
        .allSatisfy(
            v -> {
              assertThat(v.code()).startsWith("SV-");
              assertThat(v.source().confidence()).isEqualTo(Confidence.SYNTHETIC);
              assertThat(v.level()).isEqualTo(AdminLevel.VILLAGE);
            });
    Gazetteer withVillages = G.withUnits(villages);
    assertThat(SyntheticRegistrations.generate(withVillages, 500, 1))
        .allSatisfy(r -> assertThat(r.placeOfBirthCode()).startsWith("SV-"));
  }
}
