package io.github.connectlao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.SyntheticRegistrations;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the on-track example prints for Savannakhet's districts, checked against a recomputation by
 * hand: the share of births registered within 30 days in 2016 and 2022 from the synthetic births,
 * and the Open SDG status by the formula of {@code docs/targets.md} (ratio of the observed to the
 * required compound growth towards 60 % in 2025; 0.95, 0.6 and 0 the thresholds).
 */
class DistrictsOnTrackTest {
  private static final Pattern ROW = Pattern.compile("(.{22}) +(\\d+\\.\\d) +(\\d+\\.\\d)  (.+)");

  static List<String> out;

  /** District code and year → births registered within 30 days, births. */
  static Map<String, long[]> byHand = new HashMap<>();

  static Gazetteer lao = Gazetteer.laoPdr();

  @BeforeAll
  static void runOnceAndCountByHand() throws Exception {
    out = ExampleRun.lines(DistrictsOnTrack::main);
    try (Stream<BirthRegistration> all = SyntheticRegistrations.generate(lao, 600_000, 7)) {
      all.filter(b -> b.dateOfBirth().getYear() == 2016 || b.dateOfBirth().getYear() == 2022)
          .filter(b -> b.placeOfBirthCode().startsWith("LA13"))
          .forEach(
              b -> {
                long[] n =
                    byHand.computeIfAbsent(
                        b.placeOfBirthCode() + "/" + b.dateOfBirth().getYear(), k -> new long[2]);
                boolean onTime =
                    b.registrationDate()
                        .filter(r -> ChronoUnit.DAYS.between(b.dateOfBirth(), r) <= 30)
                        .isPresent();
                n[0] += onTime ? 1 : 0;
                n[1]++;
              });
    }
  }

  private static double share(String code, int year) {
    long[] n = byHand.get(code + "/" + year);
    return 100.0 * n[0] / n[1];
  }

  /** The status by the documented formula (higher is better, a positive base). */
  static String status(double base, double latest) {
    if (latest >= 60) {
      return "target achieved";
    }
    double observed = Math.pow(latest / base, 1.0 / (2022 - 2016)) - 1;
    double required = Math.pow(60 / base, 1.0 / (2025 - 2016)) - 1;
    double r = observed / Math.abs(required);
    return r >= 0.95
        ? "on track"
        : r >= 0.6
            ? "progress made but acceleration needed"
            : r >= 0 ? "limited progress" : "deterioration";
  }

  @Test
  void printsTheSyntheticLabelAndTheHeader() {
    assertThat(out.get(0))
        .startsWith("data: connect-lao SyntheticRegistrations")
        .endsWith("[synthetic]");
    assertThat(out.get(1))
        .isEqualTo("district                  2016 %    2022 %  status (target 60% by 2025)");
  }

  @Test
  void everyDistrictHasItsSharesAndStatusAsComputedByHand() {
    List<AdminUnit> districts = lao.children(lao.unit("LA13"));
    assertThat(districts).hasSize(15);
    List<String> rows = out.subList(2, 2 + districts.size());
    int onTrack = 0;
    for (int i = 0; i < districts.size(); i++) {
      AdminUnit d = districts.get(i);
      Matcher m = ROW.matcher(rows.get(i));
      assertThat(m.matches()).as(rows.get(i)).isTrue();
      assertThat(m.group(1).strip()).isEqualTo(d.name());
      double b = share(d.code(), 2016);
      double l = share(d.code(), 2022);
      assertThat(Double.parseDouble(m.group(2)))
          .as(d.name())
          .isCloseTo(b, org.assertj.core.api.Assertions.within(0.05));
      assertThat(Double.parseDouble(m.group(3)))
          .as(d.name())
          .isCloseTo(l, org.assertj.core.api.Assertions.within(0.05));
      assertThat(m.group(4)).as(d.name()).isEqualTo(status(b, l));
      if (m.group(4).equals("on track") || m.group(4).equals("target achieved")) {
        onTrack++;
      }
    }
    assertThat(out.get(2 + districts.size()))
        .isEqualTo(onTrack + " of 15 districts on track or achieved (synthetic data)");
    assertThat(out).hasSize(2 + districts.size() + 1);
  }

  @Test
  void theStatusesOfTheEmbeddedRunArePinned() {
    // kept from the example's first test, made exact: the first district and the closing count
    assertThat(out.get(2)).isEqualTo("Kaysone Phomvihane          44.9      43.0  deterioration");
    assertThat(out.get(5))
        .isEqualTo(
            "Phine                       38.8      47.3  progress made but acceleration needed");
    assertThat(out.get(17)).isEqualTo("0 of 15 districts on track or achieved (synthetic data)");
  }

  @Test
  void theTableDoesNotDependOnTheDefaultLocale() throws Exception {
    assertThat(ExampleRun.linesIn(java.util.Locale.FRANCE, DistrictsOnTrack::main)).isEqualTo(out);
  }

  @Test
  void theDistrictsAreSavannakhetsInTheShippedList() throws Exception {
    List<String> shipped =
        EmbedGazetteerTest.districtRows().stream()
            .filter(r -> r[2].equals("LA13"))
            .map(r -> r[3])
            .toList();
    assertThat(lao.children(lao.unit("LA-SV")).stream().map(AdminUnit::name))
        .containsExactlyElementsOf(shipped);
    assertThat(lao.units(AdminLevel.DISTRICT)).hasSize(148);
  }
}
