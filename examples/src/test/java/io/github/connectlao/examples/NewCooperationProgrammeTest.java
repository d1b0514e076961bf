package io.github.connectlao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the cooperation example prints: the embedded catalogue, the new programme added and
 * checked, the coverage of each phase (2 of 18 provinces is 11.1 %, 3 of 148 districts 2.0 %, 4 of
 * 18 is 22.2 %; a level a phase does not name is unknown, never 0), the programmes that reach
 * Huoixai on three days, and the refusal of an unknown unit, naming it.
 */
class NewCooperationProgrammeTest {
  static List<String> out;

  @BeforeAll
  static void runOnce() throws Exception {
    out = ExampleRun.lines(NewCooperationProgramme::main);
  }

  @Test
  void addsTheProgrammeToTheEmbeddedCatalogue() {
    assertThat(out.get(0))
        .isEqualTo(
            "embedded: CooperationCatalogue[8 areas, 2 agreements, 4 programmes, 4 meetings, "
                + "2 reports, 2 frameworks]");
    assertThat(out.get(1))
        .isEqualTo(
            "new programme: BR-VILLAGES Birth registration in villages (project), "
                + "HOME_AFFAIRS@LA + HEALTH@LA, 2 phases");
    assertThat(out.get(2))
        .isEqualTo(
            "extended: CooperationCatalogue[8 areas, 2 agreements, 5 programmes, 4 meetings, "
                + "2 reports, 2 frameworks]");
  }

  @Test
  void theCoverageOfEachPhaseCountsTheNamedLevelsAndLeavesTheOthersUnknown() {
    assertThat(out.get(3))
        .isEqualTo(
            "coverage of pilot: pilot: planned 2/18 provinces (11.1%), 3/148 districts (2.0%); "
                + "reached provinces unknown, districts unknown");
    assertThat(out.get(4))
        .isEqualTo(
            "coverage of scale-up: scale-up: planned 4/18 provinces (22.2%), districts unknown; "
                + "reached provinces unknown, districts unknown");
    assertThat(String.join("\n", out)).doesNotContain("0/148", " 0/18");
  }

  @Test
  void programmesReachHuoixaiByItsOwnTargetOrItsProvince() {
    assertThat(out.subList(5, 8))
        .containsExactly(
            "Huoixai on 2021-06-01: [COVID19-PREPAREDNESS 2020-2021 (INSIDE_TARGET)]",
            "Huoixai on 2026-06-01: [BR-VILLAGES pilot (TARGETED)]",
            "Huoixai on 2029-06-01: [BR-VILLAGES scale-up (INSIDE_TARGET)]");
  }

  @Test
  void anUnknownTargetUnitIsRefusedWithItsPathAndCode() {
    assertThat(out.get(8))
        .startsWith(
            "refused: programmes[BAD].phases[typo].targets.unitCodes: 'LA99' is not in the gazetteer");
    assertThat(out).hasSize(9);
  }
}
