package io.github.connectlao.examples;

import io.github.connectlao.Confidence;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.crvs.BirthFilter;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.BirthStatistics;
import io.github.connectlao.crvs.RegistrationPolicy;
import io.github.connectlao.crvs.SyntheticRegistrations;
import io.github.connectlao.crvs.TimelinessCounts;
import io.github.connectlao.targets.Fraction;
import io.github.connectlao.targets.Measure;
import io.github.connectlao.targets.Observation;
import io.github.connectlao.targets.Progress;
import io.github.connectlao.targets.ProgressStatus;
import io.github.connectlao.targets.Target;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Is each district on track? For every district of Savannakhet, the share of births registered
 * within the legal period in a baseline year and in the latest year, measured against a target
 * (an example target set in this program, not an official one), with the Open SDG status: target
 * achieved, on track, progress made but acceleration needed, limited progress or deterioration.
 *
 * <p>The registrations are <b>synthetic</b> (generated, not real): the statuses show the
 * calculation, not the situation of any district.
 *
 * <p>Run: {@code mvn -B -ntp -q -pl examples exec:java -Dexec.mainClass=io.github.connectlao.examples.DistrictsOnTrack}
 */
public final class DistrictsOnTrack {
  private DistrictsOnTrack() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Gazetteer lao = Gazetteer.laoPdr();
    AdminUnit savannakhet = lao.unit("LA-SV");
    int baselineYear = 2016;
    int latestYear = 2022;

    // 1. Registrations: synthetic, 600,000 births over 2006-2025; keep the two years we need.
    List<BirthRegistration> births =
        SyntheticRegistrations.generate(lao, 600_000, 7)
            .filter(
                b ->
                    b.dateOfBirth().getYear() == baselineYear
                        || b.dateOfBirth().getYear() == latestYear)
            .toList();
    BirthStatistics stats = BirthStatistics.of(lao, births, RegistrationPolicy.laoPdr());
    out.println("data: " + SyntheticRegistrations.SOURCE);

    // 2. The measure per district and year: births registered within the legal period (30 days)
    //    as an exact percentage of births.
    Map<AdminUnit, TimelinessCounts> base =
        stats.countsByUnit(
            savannakhet, AdminLevel.DISTRICT, BirthFilter.ALL.bornInYear(baselineYear));
    Map<AdminUnit, TimelinessCounts> latest =
        stats.countsByUnit(
            savannakhet, AdminLevel.DISTRICT, BirthFilter.ALL.bornInYear(latestYear));

    // 3. A target per district: 60% registered on time by 2025, from each district's own baseline.
    Source example =
        Source.of(
            "example target set in DistrictsOnTrack.java",
            Confidence.UNVERIFIED,
            "not an official target");
    out.printf(
        "%-22s %9s %9s  %s%n",
        "district", baselineYear + " %", latestYear + " %", "status (target 60% by 2025)");
    int onTrack = 0;
    for (AdminUnit district : lao.children(savannakhet)) {
      Fraction b = onTime(base.get(district));
      Fraction l = onTime(latest.get(district));
      Target target =
          Target.builder("BR_ON_TIME_" + district.code(), Measure.indicator("BR_ON_TIME"))
              .name("births registered within the legal period, " + district.name())
              .baseline(Observation.of(baselineYear, b))
              .target(Observation.of(2025, Fraction.of(60)))
              .appliesTo(district.code())
              .source(example)
              .build();
      Progress p = target.progress(Observation.of(latestYear, l));
      String status = p.status().map(ProgressStatus::label).orElse("no status: " + p.statusBasis());
      if (p.status()
          .filter(s -> s == ProgressStatus.ON_TRACK || s == ProgressStatus.ACHIEVED)
          .isPresent()) {
        onTrack++;
      }
      out.printf(
          Locale.ROOT,
          "%-22s %9.1f %9.1f  %s%n",
          district.name(),
          b.doubleValue(),
          l.doubleValue(),
          status);
    }
    out.println(
        onTrack
            + " of "
            + lao.children(savannakhet).size()
            + " districts on track or achieved (synthetic data)");
  }

  private static Fraction onTime(@Nullable TimelinessCounts c) {
    return c == null || c.total() == 0 ? Fraction.ZERO : Fraction.of(c.current() * 100, c.total());
  }
}
