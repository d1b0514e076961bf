package io.github.connectlao.examples;

import io.github.connectlao.BilingualName;
import io.github.connectlao.Confidence;
import io.github.connectlao.DateRange;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.cooperation.CooperationCatalogue;
import io.github.connectlao.cooperation.LaoCooperation;
import io.github.connectlao.cooperation.Phase;
import io.github.connectlao.cooperation.PhaseMatch;
import io.github.connectlao.cooperation.Programme;
import io.github.connectlao.cooperation.TargetArea;
import io.github.connectlao.state.Sector;
import io.github.connectlao.state.StateBodies;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Modelling a new cooperation programme: a (hypothetical) birth-registration programme led by the
 * two ministries, added to the embedded MoHA–MoH catalogue, then asked which units it covers and
 * which programmes reach one district.
 *
 * <p>Run: {@code mvn -B -ntp -q -pl examples exec:java -Dexec.mainClass=io.github.connectlao.examples.NewCooperationProgramme}
 */
public final class NewCooperationProgramme {
  private NewCooperationProgramme() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Gazetteer lao = Gazetteer.laoPdr();
    CooperationCatalogue catalogue = LaoCooperation.laoPdr();
    out.println("embedded: " + catalogue);

    // 1. Your own programme. Its facts are yours: say so in its Source (here: a planning example).
    Source mine =
        Source.of(
            "example: a planning scenario written for this program",
            Confidence.UNVERIFIED,
            "not a real programme");
    Phase pilot =
        Phase.of(
            "pilot",
            DateRange.ofYears(2026, 2027),
            TargetArea.units("LA0501", "LA0502", "LA0301"),
            Optional.of("WHO"),
            Optional.of("three pilot districts"),
            mine);
    Phase scaleUp =
        Phase.of(
            "scale-up",
            DateRange.ofYears(2028, 2030),
            TargetArea.units("LA05", "LA03", "LA08", "LA16"),
            Optional.empty(),
            Optional.of("the four provinces of the 2020-2021 project"),
            mine);
    Programme programme =
        new Programme(
            "BR-VILLAGES",
            BilingualName.of("ການຈົດທະບຽນການເກີດຢູ່ບ້ານ", "Birth registration in villages"),
            Programme.Kind.PROJECT,
            List.of(StateBodies.ministry(Sector.HOME_AFFAIRS), StateBodies.ministry(Sector.HEALTH)),
            List.of(LaoCooperation.MOU_2022),
            List.of(catalogue.area("BIRTH_REGISTRATION")),
            List.of(pilot, scaleUp),
            List.of(),
            mine);
    out.println("new programme: " + programme);

    // 2. Add it to the catalogue; check() verifies every target unit exists in the gazetteer.
    CooperationCatalogue extended = catalogue.withProgramme(programme).check(lao);
    out.println("extended: " + extended);

    // 3. Coverage of each phase: how many provinces and districts it plans to work in (a level it
    //    does not name is unknown, never 0); nothing is reported reached for a planned programme.
    for (Phase phase : programme.phases()) {
      out.println("coverage of " + phase.name() + ": " + extended.coverage(phase, lao));
    }

    // 4. Which programmes reach a district on a day? Target areas match the unit, its ancestors
    //    or its descendants.
    AdminUnit huoixai = lao.unit("LA0501");
    for (LocalDate day :
        List.of(LocalDate.of(2021, 6, 1), LocalDate.of(2026, 6, 1), LocalDate.of(2029, 6, 1))) {
      List<PhaseMatch> matches = extended.programmesCovering(huoixai, day, lao);
      out.println(
          huoixai.name()
              + " on "
              + day
              + ": "
              + matches.stream()
                  .map(m -> m.programme().id() + " " + m.phase().name() + " (" + m.relation() + ")")
                  .toList());
    }

    // 5. A target unit that does not exist is refused with its code named.
    try {
      Phase bad =
          Phase.of(
              "typo",
              DateRange.ofYear(2026),
              TargetArea.units("LA99"),
              Optional.empty(),
              Optional.empty(),
              mine);
      catalogue
          .withProgramme(
              new Programme(
                  "BAD",
                  BilingualName.of("ທົດລອງ", "Bad"),
                  Programme.Kind.PROJECT,
                  List.of(StateBodies.ministry(Sector.HEALTH)),
                  List.of(),
                  List.of(),
                  List.of(bad),
                  List.of(),
                  mine))
          .check(lao);
    } catch (RuntimeException e) {
      out.println("refused: " + e.getMessage());
    }
  }
}
