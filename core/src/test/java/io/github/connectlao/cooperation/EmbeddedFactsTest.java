package io.github.connectlao.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.connectlao.Confidence;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.internal.ReferenceSources;
import io.github.connectlao.lao.LaoDate;
import io.github.connectlao.lao.LaoText;
import io.github.connectlao.state.BodyKind;
import io.github.connectlao.state.JobPositionSummary;
import io.github.connectlao.state.Sector;
import io.github.connectlao.state.StateBodies;
import io.github.connectlao.state.StateBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks every embedded fact of the state and cooperation packages against the document it cites:
 * each MoHA article named in {@code reference_sources.csv} is read from its copy under {@code
 * src/test/resources/seeds/} (the project's source documents), and the WHO reach figures from the
 * research notes {@code src/test/resources/seeds/lao_reference_facts.json}. Lao text is compared after {@link LaoText#normalise(String)},
 * without white space and with doubled marks collapsed (seed 001 writes ຕັັ້ງ).
 */
class EmbeddedFactsTest {

  /** The copy of each cited MoHA document among the test resources, by its key in reference_sources.csv. */
  static final Map<String, String> SEEDS =
      Map.of(
          "MOHA-NEWS-2023-03-10", "000_e68db647f447c164.txt",
          "MOHA-NEWS-2022-09-08", "001_7a05f444345b8629.txt",
          "MOHA-NEWS-2020-11-ACCSM20", "002_b67c83d536eeb871.txt",
          "MOHA-CONNECT-BACKGROUND", "003_f1d73bd5c0f8780f.txt",
          "MOHA-NEWS-2019-08-30", "004_01a7404add266120.txt");

  private static final CooperationCatalogue C = LaoCooperation.laoPdr();
  private static final Gazetteer LAO = Gazetteer.laoPdr();

  static String resource(String name) {
    try (InputStream in = EmbeddedFactsTest.class.getResourceAsStream("/seeds/" + name)) {
      assertThat(in).as("test resource src/test/resources/seeds/" + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String key(String text) {
    String s = text.replaceAll("[\\s\\u00A0\\u200B\\uFEFF]+", "").replaceAll("(\\p{M})\\1+", "$1");
    return LaoText.normalise(LaoText.normalise(s));
  }

  /** The seed file a source cites; fails when the citation names none. */
  static String seedOf(Source source) {
    String key =
        ReferenceSources.all().entrySet().stream()
            .filter(e -> e.getValue().citation().equals(source.citation()))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("not a citation of reference_sources.csv: " + source));
    assertThat(SEEDS)
        .as("a MoHA document with a copy among the test resources: " + key)
        .containsKey(key);
    assertThat(source.confidence())
        .as("facts from the articles are unverified: " + source)
        .isEqualTo(Confidence.UNVERIFIED);
    return resource(SEEDS.get(key));
  }

  static void occurs(Source source, String text) {
    assertThat(key(seedOf(source)))
        .as("'" + text + "' in " + source.citation())
        .contains(key(text));
  }

  static String laoDay(LocalDate d) {
    return "ວັນທີ " + d.getDayOfMonth() + " " + LaoDate.monthName(d.getMonth()) + " " + d.getYear();
  }

  @Test
  void areasAgreementsAndProgrammesAreInTheirSeeds() {
    assertThat(C.areas()).hasSize(8);
    for (CooperationArea a : C.areas()) {
      occurs(a.source(), a.nameLao());
    }
    for (Agreement a : C.agreements()) {
      occurs(a.source(), a.titleLao());
      a.signed().ifPresent(d -> occurs(a.source(), "ປີ " + d.year()));
      for (StateBody p : a.parties()) {
        occurs(a.source(), p.nameLao());
      }
    }
    occurs(
        C.agreement(LaoCooperation.MOU_2022).source(),
        "ຕົ້ນປີ " + C.agreement(LaoCooperation.MOU_2022).signed().orElseThrow().year());
    for (Programme p : C.programmes()) {
      occurs(p.source(), p.nameLao());
    }
    occurs(
        C.programme(LaoCooperation.CONNECT).source(),
        C.programme(LaoCooperation.CONNECT).nameEnglish());
  }

  @Test
  void phasesMatchTheirSeeds() {
    Phase covid = C.programme(LaoCooperation.COVID19_PREPAREDNESS).phase("2020-2021").orElseThrow();
    occurs(
        covid.source(),
        "ໄລຍະປີ "
            + covid.period().orElseThrow().start().getYear()
            + " – "
            + covid.period().orElseThrow().end().getYear());
    occurs(covid.source(), covid.targets().unitCodes().size() + " ແຂວງເປົ້າໝາຍ");
    for (String code : covid.targets().unitCodes()) {
      occurs(covid.source(), LAO.unit(code).nameLao());
    }
    Phase connect = C.programme(LaoCooperation.CONNECT).phase("2022-2023").orElseThrow();
    occurs(
        connect.source(),
        "ປີ "
            + connect.period().orElseThrow().start().getYear()
            + " – "
            + connect.period().orElseThrow().end().getYear()
            + " ໃນທຸກແຂວງ");
    occurs(connect.source(), "ບາງເມືອງເປົ້າໝາຍ");
    assertThat(connect.targets().allAt()).containsExactly(AdminLevel.PROVINCE);
    assertThat(connect.targets().unitCodes()).isEmpty();
    Phase design = C.programme(LaoCooperation.CONNECT).phase("design").orElseThrow();
    PartialDate from = design.period().orElseThrow().startAsPartialDate();
    PartialDate to = design.period().orElseThrow().endAsPartialDate().orElseThrow();
    occurs(
        design.source(),
        "ເດືອນ"
            + LaoDate.monthName(from.earliest().getMonth())
            + " ເຖິງ ເດືອນ"
            + LaoDate.monthName(to.earliest().getMonth())
            + " "
            + to.year());
    Phase samSang = C.programme(LaoCooperation.SAM_SANG).phases().get(0);
    occurs(samSang.source(), "ໄລຍະທົດລອງ ປີ " + samSang.period().orElseThrow().start().getYear());
    assertThat(samSang.period().orElseThrow().isUnboundedEnd()).isTrue();
    Phase mptf = C.programme(LaoCooperation.MPTF_NGPAR).phases().get(0);
    occurs(mptf.source(), mptf.supportingPartner().orElseThrow());
    assertThat(mptf.period()).isEmpty();
  }

  @Test
  void reachFactsMatchTheReferenceFile() throws IOException {
    JsonNode reach =
        new ObjectMapper()
            .readTree(resource("lao_reference_facts.json"))
            .path("connect")
            .path("reach");
    List<Reach> embedded = C.programme(LaoCooperation.CONNECT).reach();
    assertThat(embedded).hasSize(2);
    for (int i = 0; i < embedded.size(); i++) {
      Reach r = embedded.get(i);
      JsonNode fact = reach.get(i);
      assertThat(r.source())
          .isEqualTo(
              ReferenceSources.get(i == 0 ? "WHO-RESULTS-2022-2023" : "WHO-CONNECT-2024-03"));
      assertThat(r.source().confidence()).isEqualTo(Confidence.SECONDARY);
      assertThat(r.asOf().toString()).isEqualTo(fact.path("date").asText());
      assertThat(r.villages().orElseThrow()).isEqualTo(fact.path("villages").asInt());
      if (fact.has("districts")) {
        assertThat(r.districts().orElseThrow()).isEqualTo(fact.path("districts").asInt());
      } else {
        assertThat(r.districts()).isEmpty();
      }
      String provinces =
          r.provinces().orElseThrow() + (r.plusCapital() ? " + Vientiane Capital" : "");
      assertThat(provinces).isEqualTo(fact.path("provinces").asText());
    }
  }

  @Test
  void meetingsMatchTheirSeeds() {
    for (Meeting m : C.meetings()) {
      occurs(m.source(), m.titleLao());
      m.venueLao().ifPresent(v -> occurs(m.source(), v));
      for (MeetingParticipant p : m.people()) {
        occurs(p.source(), p.name());
        p.position().ifPresent(x -> occurs(p.source(), p.name() + " " + x.lao()));
        p.activity().ifPresent(x -> occurs(p.source(), x.lao()));
      }
      for (MeetingOutcome o : m.outcomes()) {
        occurs(o.source(), o.text().lao());
      }
      for (ParticipantGroup g : m.participants().groups()) {
        for (String part : g.labelLao().split(",")) {
          occurs(m.source(), part);
        }
      }
      if (m.start().equals(m.end())) {
        occurs(m.source(), laoDay(m.start()));
      } else {
        occurs(
            m.source(),
            "ວັນທີ "
                + m.start().getDayOfMonth()
                + "-"
                + laoDay(m.end()).substring("ວັນທີ ".length()));
      }
    }
    Meeting accsm = C.meeting(LaoCooperation.ACCSM_20);
    occurs(
        accsm.source(),
        accsm.participants().total().orElseThrow()
            + " ທ່ານ, ຍິງ "
            + accsm.participants().women().orElseThrow()
            + " ທ່ານ");
    occurs(accsm.source(), "ຄັ້ງທີ 20");
    ParticipantGroup provinces =
        C.meeting(LaoCooperation.MEETING_2022_09_08).participants().groups().get(2);
    assertThat(provinces.bodyIds()).hasSize(2 * 18);
    occurs(
        C.meeting(LaoCooperation.MEETING_2022_09_08).source(),
        "ພະແນກສາທາລະນະສຸກ " + provinces.bodyIds().size() / 2 + " ແຂວງ");
    Report h1 = C.report("REPORT-2022-H1");
    occurs(h1.source(), "6 ເດືອນຕົ້ນປີ " + h1.covers().start().getYear());
  }

  @Test
  void workPlanMatchesSeed002() {
    CooperationFramework plan = C.framework(LaoCooperation.ACCSM_WORK_PLAN);
    Source s = plan.source();
    occurs(s, plan.nameLao());
    occurs(s, "ແຕ່ປີ " + plan.period().start().getYear() + "-" + plan.period().end().getYear());
    occurs(s, plan.priorityAreas().size() + " ຂົງເຂດບູລິມະສິດ");
    occurs(s, plan.activityCount().orElseThrow() + " ກິດຈະກໍາ");
    occurs(s, "ສະເໜີ " + plan.activitiesProposedBy("Lao PDR").size() + " ກິດຈະກໍາ");
    for (PriorityArea a : plan.priorityAreas()) {
      occurs(s, a.nameLao() + " " + a.nameAsWritten());
    }
    for (FrameworkActivity a : plan.activities()) {
      occurs(s, a.nameLao() + " " + a.nameAsWritten());
    }
    List<String> members = new ArrayList<>(plan.members());
    assertThat(members)
        .containsExactly("ASEAN member states", "China", "Republic of Korea", "Japan");
    occurs(s, "ສ. ປ ຈີນ, ສ. ເກົາຫຼີ ແລະ ຍີ່ປຸ່ນ");
  }

  @Test
  void stateFactsMatchTheirSeeds() {
    for (Sector sector : StateBodies.sectors()) {
      if (sector == Sector.PLANNING) {
        assertThat(sector.source()).isEqualTo(ReferenceSources.get("MPI-WEBSITE"));
        assertThat(sector.source().confidence()).isEqualTo(Confidence.UNVERIFIED);
        continue;
      }
      occurs(sector.source(), sector.ministryNameLao());
    }
    for (StateBody b : StateBodies.namedDepartments()) {
      occurs(b.source(), b.nameLao());
    }
    Source s000 = Sector.HOME_AFFAIRS.source();
    for (Sector sector : List.of(Sector.HOME_AFFAIRS, Sector.HEALTH)) {
      occurs(s000, BodyKind.PROVINCIAL_DEPARTMENT.nameLao() + sector.nameLao());
      occurs(s000, BodyKind.DISTRICT_OFFICE.nameLao() + sector.nameLao() + "ເມືອງ");
    }
    occurs(s000, "ພະແນກພາຍໃນແຂວງ");
    String all =
        key(
            String.join(
                " ",
                resource("000_e68db647f447c164.txt"),
                resource("001_7a05f444345b8629.txt"),
                resource("002_b67c83d536eeb871.txt"),
                resource("003_f1d73bd5c0f8780f.txt"),
                resource("004_01a7404add266120.txt")));
    for (BodyKind kind : BodyKind.values()) {
      if (kind
          != BodyKind.DISTRICT_GOVERNOR_OFFICE) { // named in docs/glossary.md only, not in the MoHA
        // documents
        assertThat(all).as(kind.name()).contains(key(kind.nameLao()));
      }
    }
    JobPositionSummary jp = StateBodies.jobPositions2019();
    occurs(jp.source(), jp.bodies() + " ພາກສ່ວນ ລວມມີ " + jp.departments() + " ກົມກອງ");
    occurs(jp.source(), laoDay(jp.asOf().orElseThrow().earliest()));
    occurs(jp.source(), "ການກໍານົດຕໍາແໜ່ງງານ");
  }
}
