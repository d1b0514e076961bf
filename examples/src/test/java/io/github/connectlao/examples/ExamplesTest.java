package io.github.connectlao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Runs every single-file example once and checks what it prints. */
class ExamplesTest {

  static String run(Consumer<String[]> main) {
    PrintStream saved = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      main.accept(new String[0]);
    } finally {
      System.setOut(saved);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void embedGazetteer() {
    String out = run(EmbedGazetteer::main);
    assertThat(out)
        .contains("LA-BK -> LA05 Bokeo (ບໍ່ແກ້ວ), province")
        .contains("'ຫຼວງພະບາງ' (paper form in Lao) -> LA06")
        .contains("unknown code:")
        .contains("facilities in Bokeo: 5")
        .contains("facilities nationwide: 148");
  }

  @Test
  void newCooperationProgramme() {
    String out = run(NewCooperationProgramme::main);
    assertThat(out)
        .contains("extended: CooperationCatalogue[8 areas, 2 agreements, 5 programmes")
        .contains(
            "coverage of pilot: pilot: planned 2/18 provinces (11.1%), 3/148 districts (2.0%); reached provinces unknown")
        .contains("Huoixai on 2026-06-01: [BR-VILLAGES pilot (TARGETED)]")
        .contains("refused: ")
        .contains("'LA99' is not in the gazetteer");
  }

  @Test
  void districtsOnTrack() {
    String out = run(DistrictsOnTrack::main);
    assertThat(out)
        .contains("[synthetic]")
        .contains("Kaysone Phomvihane")
        .containsPattern("\\d+ of 15 districts on track or achieved \\(synthetic data\\)");
    assertThat(
            out.lines()
                .filter(
                    l ->
                        l.matches(
                            ".*\\d+\\.\\d\\s+\\d+\\.\\d\\s+(target achieved|on track|progress made but acceleration needed|limited progress|deterioration)")))
        .hasSize(15);
  }

  @Test
  void publishSuppressedTable() {
    String out = run(PublishSuppressedTable::main);
    assertThat(out)
        .contains("ProtectedRelease[2 tables, threshold 5,")
        .contains("code,district,current,late,delayed,not_registered,total")
        .containsPattern("LA0501,Huoixai,[0-9x]+,");
    // no published cell is from 1 to 4
    assertThat(
            out.lines()
                .filter(l -> l.startsWith("LA05"))
                .flatMap(l -> java.util.Arrays.stream(l.split(","))))
        .noneMatch(c -> c.matches("[1-4]"));
  }

  @Test
  void completenessForOneProvince() throws Exception {
    String out =
        run(
            args -> {
              try {
                CompletenessForOneProvince.main(args);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    assertThat(out)
        .containsPattern("imported: \\d+ registrations, 2 bad rows")
        .contains("column place_of_birth, value 'LA99'")
        .contains("column date_of_birth, value '2020-13-01'")
        .containsPattern(
            "completeness LA03 2020-01-01/2020-12-31 both sexes: [0-9.]+% \\([0-9,]+ / [0-9,.]+\\)")
        .contains("2019: no population for LA03 in 2019");
  }
}
