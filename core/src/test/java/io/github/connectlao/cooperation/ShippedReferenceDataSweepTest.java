package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.connectlao.Confidence;
import io.github.connectlao.Source;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.internal.BundledCsv;
import io.github.connectlao.internal.ReferenceSources;
import io.github.connectlao.state.StateBodies;
import io.github.connectlao.state.StateBodyDirectory;
import io.github.connectlao.targets.SamSang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads every shipped record of the cooperation, state and Sam Sang data files and checks them as a
 * whole: every row names a known source, ids are unique, every reference resolves, and every
 * citation names a document a reader can find (never a file of this repository's test resources).
 */
class ShippedReferenceDataSweepTest {

  /** The data files whose rows cite a source, with their id column (or none). */
  static final Map<String, String> FILES =
      Map.ofEntries(
          Map.entry(CooperationData.AREAS, "code"), Map.entry(CooperationData.AGREEMENTS, "id"),
          Map.entry(CooperationData.PROGRAMMES, "id"), Map.entry(CooperationData.PHASES, ""),
          Map.entry(CooperationData.REACH, ""), Map.entry(CooperationData.MEETINGS, "id"),
          Map.entry(CooperationData.GROUPS, ""), Map.entry(CooperationData.PEOPLE, ""),
          Map.entry(CooperationData.OUTCOMES, ""), Map.entry(CooperationData.REPORTS, "id"),
          Map.entry(CooperationData.FRAMEWORKS, "id"),
              Map.entry(CooperationData.PRIORITY_AREAS, ""),
          Map.entry(CooperationData.ACTIVITIES, ""), Map.entry("state_sectors.csv", "code"),
          Map.entry("state_bodies.csv", "id"), Map.entry("state_job_positions.csv", ""),
          Map.entry("sam_sang_targets.csv", "level"), Map.entry("sam_sang_counts.csv", ""));

  @Test
  void everyFileOfTheCatalogueIsSwept() {
    assertThat(FILES.keySet()).containsAll(CooperationData.FILES);
  }

  @Test
  void everyRowCitesAKnownSourceAndIdsAreUnique() {
    int rows = 0;
    for (Map.Entry<String, String> file : FILES.entrySet()) {
      Set<String> ids = new HashSet<>();
      List<BundledCsv.Row> read = BundledCsv.read(file.getKey());
      assertThat(read).as(file.getKey()).isNotEmpty();
      for (BundledCsv.Row row : read) {
        rows++;
        assertThatCode(() -> ReferenceSources.of(row))
            .as(file.getKey() + " line " + row.line())
            .doesNotThrowAnyException();
        if (!file.getValue().isEmpty()) {
          assertThat(ids.add(row.require(file.getValue())))
              .as(
                  file.getKey()
                      + " line "
                      + row.line()
                      + ": "
                      + file.getValue()
                      + " "
                      + row.require(file.getValue())
                      + " is unique")
              .isTrue();
        }
      }
    }
    assertThat(rows).isGreaterThan(60);
  }

  @Test
  void everyCitationNamesADocumentAReaderCanFind() throws IOException {
    List<String> testResources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Paths.get("src/test/resources"))) {
      files
          .filter(Files::isRegularFile)
          .forEach(p -> testResources.add(p.getFileName().toString()));
    }
    assertThat(testResources).contains("000_e68db647f447c164.txt", "lao_reference_facts.json");
    for (Map.Entry<String, Source> e : ReferenceSources.all().entrySet()) {
      String citation = e.getValue().citation();
      for (String name : testResources) {
        assertThat(citation).as(e.getKey()).doesNotContain(name);
      }
      assertThat(citation)
          .as(e.getKey())
          .doesNotContainPattern("(?i)\\bseed\\b|\\.txt\\b|\\.json\\b");
      // a publisher or an address a reader can look up
      assertThat(citation)
          .as(e.getKey())
          .containsPattern("Ministry|WHO|Statistics Bureau|www\\.|\\.gov\\.");
      assertThat(e.getValue().confidence())
          .as(e.getKey())
          .isNotIn(Confidence.SYNTHETIC, Confidence.DERIVED);
    }
  }

  @Test
  void everyReferenceResolves() {
    Gazetteer lao = Gazetteer.laoPdr();
    CooperationCatalogue c = LaoCooperation.laoPdr();
    StateBodyDirectory bodies = StateBodies.laoPdr(lao);
    for (Meeting m : c.meetings()) {
      m.organisers()
          .forEach(
              b -> assertThat(bodies.find(b.id())).as(m.id() + " organiser " + b.id()).isPresent());
      m.people()
          .forEach(
              p ->
                  p.bodyId()
                      .ifPresent(
                          b -> assertThat(bodies.find(b)).as(m.id() + " " + p.name()).isPresent()));
      m.participants()
          .groups()
          .forEach(
              g ->
                  g.bodyIds()
                      .forEach(
                          b ->
                              assertThat(bodies.find(b))
                                  .as(m.id() + " group body " + b)
                                  .isPresent()));
    }
    for (Programme p : c.programmes()) {
      p.leads().forEach(b -> assertThat(bodies.find(b.id())).as(p.id() + " lead").isPresent());
    }
    for (Agreement a : c.agreements()) {
      a.parties().forEach(b -> assertThat(bodies.find(b.id())).as(a.id() + " party").isPresent());
    }
    assertThat(SamSang.nationalTargets()).hasSize(3);
    assertThat(SamSang.luangNamtha2018().areaCode()).isEqualTo("LA03");
    assertThat(lao.find(SamSang.luangNamtha2018().areaCode())).isPresent();
  }
}
