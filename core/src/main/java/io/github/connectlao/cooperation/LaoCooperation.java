package io.github.connectlao.cooperation;

import io.github.connectlao.Confidence;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.state.Sector;
import io.github.connectlao.state.StateBodies;
import io.github.connectlao.state.StateBody;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The embedded cooperation of the Lao PDR's Ministry of Home Affairs (MoHA) and Ministry of Health
 * (MoH), and the ASEAN civil-service work plan, as the source documents tell them: every fact with
 * its {@link Source}.
 *
 * <pre>{@code
 * CooperationCatalogue c = LaoCooperation.defaults();
 * c.programme(LaoCooperation.CONNECT).phase("2022-2023");     // all provinces, districts unnamed
 * LaoCooperation.programmesCovering(ConnectLao.unit("LA05"), LocalDate.of(2021, 1, 1));
 * c.meeting(LaoCooperation.ACCSM_20).womenShare();             // 5 of 14
 * c.timeline().forEach(System.out::println);
 * }</pre>
 *
 * <p>Where a source is silent nothing is made up: CONNECT's target districts are not named, the
 * MPTF project is not dated, Sam Sang's pilot units are not named.
 */
public final class LaoCooperation {

  /** Id of the 2020–2021 MoH–MoHA COVID-19 preparedness project. */
  public static final String COVID19_PREPAREDNESS = "COVID19-PREPAREDNESS";
  /** Id of CONNECT. */
  public static final String CONNECT = "CONNECT";
  /** Id of the MPTF project under NGPAR. */
  public static final String MPTF_NGPAR = "MPTF-NGPAR";
  /** Id of Sam Sang, the Three Builds. */
  public static final String SAM_SANG = "SAM-SANG";
  /** Id of the ministry-level MoU of early 2022. */
  public static final String MOU_2022 = "MOHA-MOH-MOU-2022";
  /** Id of the department-level CRVS MoU of 2020. */
  public static final String CRVS_MOU_2020 = "DCM-DPL-CRVS-MOU-2020";
  /** Id of the six-month report meeting of 8 September 2022. */
  public static final String MEETING_2022_09_08 = "MEETING-2022-09-08";
  /** Id of the annual review of 10 March 2023. */
  public static final String MEETING_2023_03_10 = "MEETING-2023-03-10";
  /** Id of the consultation on the state's organisational structure of 30 August 2019. */
  public static final String MEETING_2019_08_30 = "MEETING-2019-08-30";
  /** Id of the 20th ACCSM, 17–18 November 2020. */
  public static final String ACCSM_20 = "ACCSM-20";
  /** Id of the ACCSM and ACCSM+3 Work Plan 2021–2025. */
  public static final String ACCSM_WORK_PLAN = "ACCSM-WORKPLAN-2021-2025";

  private static final String WHO = "WHO (ອົງການອະນາໄມໂລກ)";

  private LaoCooperation() {}

  private static final class Holder {
    static final CooperationCatalogue DEFAULTS = build(Gazetteer.laoPdr());
  }

  /**
   * The embedded catalogue, checked against {@link Gazetteer#laoPdr()}; built once, lazily.
   *
   * @return the catalogue
   */
  public static CooperationCatalogue defaults() {
    return Holder.DEFAULTS;
  }

  /** @return the embedded cooperation areas */
  public static List<CooperationArea> areas() {
    return defaults().areas();
  }

  /**
   * The programme phases covering a unit of the default gazetteer on a day.
   *
   * @param unit a unit of {@link Gazetteer#laoPdr()}
   * @param date the day
   * @return the matches
   */
  public static List<PhaseMatch> programmesCovering(AdminUnit unit, LocalDate date) {
    return defaults().programmesCovering(unit, date, Gazetteer.laoPdr());
  }

  /**
   * The coverage of an embedded phase over the default gazetteer.
   *
   * @param programmeId e.g. {@link #CONNECT}
   * @param phaseName e.g. {@code 2022-2023}
   * @return the coverage
   * @throws io.github.connectlao.InvalidValueException when the programme or phase is unknown
   */
  public static Coverage coverage(String programmeId, String phaseName) {
    Programme p = defaults().programme(programmeId);
    Phase phase = p.phase(phaseName).orElseThrow(() -> new io.github.connectlao.InvalidValueException(
        "phase", phaseName, "is not a phase of " + programmeId + " " + p.phases().stream().map(Phase::name).toList()));
    return defaults().coverage(phase, Gazetteer.laoPdr());
  }

  /** @return the timeline of the MoHA–MoH cooperation */
  public static List<TimelineEvent> timeline() {
    return defaults().timeline();
  }

  // ---- the embedded facts -------------------------------------------------------------------

  static CooperationCatalogue build(Gazetteer lao) {
    List<CooperationArea> areas = areaList();
    StateBody moha = StateBodies.ministry(Sector.HOME_AFFAIRS);
    StateBody moh = StateBodies.ministry(Sector.HEALTH);
    List<Agreement> agreements = List.of(
        new Agreement(CRVS_MOU_2020, "ບົດບັນທຶກຄວາມເຂົ້າໃຈຮ່ວມກັນໃນຂັ້ນກົມ",
            "MoU on civil registration and vital statistics (CRVS)",
            List.of(StateBodies.centralBody(StateBodies.MOHA_CITIZEN_MANAGEMENT),
                StateBodies.centralBody(StateBodies.MOH_PLANNING)),
            Agreement.Level.DEPARTMENT, Optional.of(PartialDate.ofYear(2020)), Optional.empty(),
            List.of(area(areas, "BIRTH_REGISTRATION")), Agreement.Status.SIGNED,
            SourceDocs.seed(SourceDocs.SEED_001)),
        new Agreement(MOU_2022, "ບົດບັນທຶກຄວາມເຂົ້າໃຈຮ່ວມກັນ ລະຫວ່າງ 2 ກະຊວງ ໃນການຈັດຕັ້ງປະຕິບັດວຽກງານວິຊາການ",
            "MoU on technical work", List.of(moha, moh), Agreement.Level.MINISTRY,
            Optional.of(PartialDate.ofYear(2022)), Optional.of("early 2022, ໃນຕົ້ນປີ 2022"),
            List.of(area(areas, "LOCAL_ADMINISTRATION"), area(areas, "COMMUNITY_COVID19"),
                area(areas, "PRIMARY_HEALTH_CARE"), area(areas, "LOCAL_PUBLIC_SERVICES"),
                area(areas, "SAM_SANG")),
            Agreement.Status.SIGNED,
            SourceDocs.seed(SourceDocs.SEED_001, "date from seed 001 (early 2022); areas from seeds 000 and 001; "
                + "lao_reference_facts.json connect.mou: date not stated in the sources read")));

    List<Programme> programmes = List.of(
        new Programme(SAM_SANG, "ສາມສ້າງ", "Sam Sang (Three Builds)", Programme.Kind.POLICY,
            List.of(moha, moh), List.of(), List.of(area(areas, "SAM_SANG")),
            List.of(Phase.of("since-2012-pilot", Period.from(PartialDate.ofYear(2012)),
                TargetArea.none("pilot units not named in the sources; the policy builds provinces, "
                    + "districts and villages nationwide"),
                null, "MoHA and MoH have worked together on Sam Sang since its pilot in 2012",
                SourceDocs.seed(SourceDocs.SEED_001))),
            List.of(), SourceDocs.seed(SourceDocs.SEED_001)),
        new Programme(COVID19_PREPAREDNESS,
            "ໂຄງການສ້າງຄວາມພ້ອມ ແລະ ສ້າງຄວາມເຂັ້ມແຂງໃຫ້ແກ່ທ້ອງຖິ່ນໃນການປ້ອງກັນ ແລະ ໂຕ້ຕອບພະຍາດໂຄວິດ-19",
            "Preparedness and strengthening of local capacity for COVID-19 prevention and response",
            Programme.Kind.PROJECT, List.of(moh, moha), List.of(),
            List.of(area(areas, "COMMUNITY_COVID19"), area(areas, "OUTBREAK_SURVEILLANCE"),
                area(areas, "PRIMARY_HEALTH_CARE")),
            List.of(Phase.of("2020-2021", Period.of(PartialDate.ofYear(2020), PartialDate.ofYear(2021)),
                TargetArea.units(code(lao, "LA05"), code(lao, "LA03"), code(lao, "LA08"), code(lao, "LA16")),
                null, "4 target provinces: Bokeo, Luang Namtha, Xayaboury, Champasak",
                SourceDocs.seed(SourceDocs.SEED_003))),
            List.of(), SourceDocs.seed(SourceDocs.SEED_003)),
        new Programme(MPTF_NGPAR,
            "ໂຄງການ (MPTF) ໂດຍຜ່ານແຜນງານປັບປຸງບູລະນະການປົກຄອງແຫ່ງຊາດ (NGPAR)",
            "MPTF project under the National Governance and Public Administration Reform programme (NGPAR)",
            Programme.Kind.PROJECT, List.of(moha, moh), List.of(),
            List.of(area(areas, "LOCAL_ADMINISTRATION"), area(areas, "COMMUNITY_COVID19")),
            List.of(Phase.of("as-reported", Period.unknown(),
                TargetArea.none("strengthening local authorities to respond to COVID-19; units not named"),
                "MPTF", "run jointly by the technical departments of both ministries; not dated in the source",
                SourceDocs.seed(SourceDocs.SEED_001))),
            List.of(), SourceDocs.seed(SourceDocs.SEED_001)),
        new Programme(CONNECT,
            "ຄອນເນັກ: ຊຸມຊົນສາມັກຄີ, ເຂັ້ມແຂງ, ເປັນເຈົ້າການ ຮັບປະກັນການບໍລິການສຸຂະພາບທີ່ຈໍາເປັນ ແລະ ໂຕ້ຕອບພະຍາດໂຄວິດ-19",
            "CONNECT – Community Network Engagement for Essential Health Services and COVID-19 Responses Through Trust",
            Programme.Kind.COOPERATION, List.of(moha, moh), List.of(MOU_2022),
            List.of(area(areas, "LOCAL_ADMINISTRATION"), area(areas, "COMMUNITY_COVID19"),
                area(areas, "ESSENTIAL_HEALTH_SERVICES"), area(areas, "OUTBREAK_SURVEILLANCE"),
                area(areas, "PRIMARY_HEALTH_CARE"), area(areas, "BIRTH_REGISTRATION"),
                area(areas, "LOCAL_PUBLIC_SERVICES"), area(areas, "SAM_SANG")),
            List.of(
                Phase.of("design", Period.of(PartialDate.ofMonth(2021, 3), PartialDate.ofMonth(2021, 9)),
                    TargetArea.none("design of the long-term technical cooperation plan; no target area"),
                    null, null, SourceDocs.seed(SourceDocs.SEED_003)),
                Phase.of("2022-2023", Period.of(PartialDate.ofYear(2022), PartialDate.ofYear(2023)),
                    TargetArea.allAt(AdminLevel.PROVINCE,
                        "in some target districts only (ບາງເມືອງເປົ້າໝາຍ); the districts are not named in the source"),
                    WHO, "technical and budget support from WHO (seed 000)",
                    SourceDocs.seed(SourceDocs.SEED_003))),
            List.of(
                new Reach(PartialDate.ofYear(2023), "2022-23", Optional.of(185), Optional.empty(),
                    Optional.of(9), false, Optional.of("WHO counts communities (villages)"),
                    Source.of(SourceDocs.REACH + "[0] (WHO results report 2022-2023 country story; "
                        + "Kubota et al., BMJ Glob Health 2024;9:e015409)", Confidence.SECONDARY)),
                new Reach(PartialDate.ofMonth(2024, 3), "March 2024", Optional.of(217), Optional.of(60),
                    Optional.of(10), true, Optional.empty(),
                    Source.of(SourceDocs.REACH + "[1] (WHO Lao PDR / WPRO CONNECT updates)", Confidence.SECONDARY))),
            SourceDocs.seed(SourceDocs.SEED_003, "CONNECT is 'not a project but cooperation' (seed 000)")));

    List<Meeting> meetings = meetings(lao, moha, moh);
    List<Report> reports = List.of(
        new Report("REPORT-2022-H1", Report.Kind.SIX_MONTH,
            "six-month report of MoHA-MoH cooperation in the CONNECT format, first half of 2022",
            Period.of(PartialDate.ofMonth(2022, 1), PartialDate.ofMonth(2022, 6)), CONNECT,
            Optional.of(MEETING_2022_09_08), SourceDocs.seed(SourceDocs.SEED_001)),
        new Report("REVIEW-2022", Report.Kind.ANNUAL, "annual review of CONNECT work 2022 and plan for 2023",
            Period.of(PartialDate.ofYear(2022), PartialDate.ofYear(2022)), CONNECT,
            Optional.of(MEETING_2023_03_10), SourceDocs.seed(SourceDocs.SEED_000)));
    return new CooperationCatalogue(areas, agreements, programmes, meetings, reports, List.of(workPlan()))
        .check(lao);
  }

  private static String code(Gazetteer lao, String code) {
    return lao.unit(code).code();
  }

  private static CooperationArea area(List<CooperationArea> areas, String code) {
    return areas.stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
  }

  private static List<CooperationArea> areaList() {
    Source s001 = SourceDocs.seed(SourceDocs.SEED_001);
    Source s000 = SourceDocs.seed(SourceDocs.SEED_000);
    return List.of(
        CooperationArea.of("LOCAL_ADMINISTRATION", "ການສ້າງຄວາມເຂັ້ມແຂງໃຫ້ອົງການປົກຄອງທ້ອງຖິ່ນ",
            "strengthening local administrations", s001),
        CooperationArea.of("COMMUNITY_COVID19", "ຄວາມເປັນເຈົ້າການຂອງຊຸມຊົນຕໍ່ການໂຕ້ຕອບພະຍາດໂຄວິດ-19",
            "community ownership of the COVID-19 response", s001),
        CooperationArea.of("ESSENTIAL_HEALTH_SERVICES", "ຮັບປະກັນການບໍລິການສຸຂະພາບທີ່ຈຳເປັນ",
            "ensuring essential health services", s001),
        CooperationArea.of("OUTBREAK_SURVEILLANCE", "ວຽກງານເຝົ້າລະວັງການລະບາດພະຍາດ",
            "surveillance of disease outbreaks", s001),
        CooperationArea.of("PRIMARY_HEALTH_CARE", "ວຽກງານຮັກສາສຸຂະພາບຂັ້ນຕົ້ນ", "primary health care", s000),
        CooperationArea.of("BIRTH_REGISTRATION", "ການຈົດທະບຽນການເກີດ",
            "birth registration / civil registration and vital statistics (CRVS, ສະຖິຕິພົນລະເມືອງ)", s000),
        CooperationArea.of("LOCAL_PUBLIC_SERVICES", "ການປັບປຸງການບໍລິການຂອງລັດໃນຂັ້ນທ້ອງຖິ່ນ",
            "improving public services at local level", s000),
        CooperationArea.of("SAM_SANG", "ສາມສ້າງ", "Sam Sang (Three Builds)", s001));
  }

  private static List<Meeting> meetings(Gazetteer lao, StateBody moha, StateBody moh) {
    List<String> provincialDepartments = new ArrayList<>();
    for (AdminUnit province : lao.units(AdminLevel.PROVINCE)) {
      provincialDepartments.add(StateBodies.forUnit(province, Sector.HOME_AFFAIRS).id());
      provincialDepartments.add(StateBodies.forUnit(province, Sector.HEALTH).id());
    }
    Chair mohaMinister2022 = Chair.of("ປອ. ທອງຈັນ ມະນີໄຊ", "Minister of Home Affairs", moha.id());
    Chair mohMinister2022 = Chair.of("ດຣ. ບຸນແຝງ ພູມມະໄລສິດ", "Minister of Health", moh.id());
    Meeting h1 = new Meeting(MEETING_2022_09_08, Meeting.Kind.SIX_MONTH_REPORT,
        "ກອງປະຊຸມລາຍງານຜົນຂອງການຈັດຕັ້ງປະຕິບັດ 6 ເດືອນຕົ້ນປີ 2022",
        "report on the first six months of 2022 of the MoHA-MoH cooperation (CONNECT)",
        LocalDate.of(2022, 9, 8), LocalDate.of(2022, 9, 8), List.of(moha, moh),
        List.of(mohaMinister2022, mohMinister2022), Optional.of("ໂຮງແຮມແລນມາກ"), Optional.of("Landmark hotel, Vientiane"),
        Modality.BOTH,
        Participants.groups(List.of(
            group("ຫ້ອງການ, ກົມ, ສູນ ແລະ ສະຖາບັນ ທີ່ກ່ຽວຂ້ອງ ຈາກ ກະຊວງພາຍໃນ ແລະ ກະຊວງສາທາລະນະສຸກ",
                "offices, departments, centres and institutes of both ministries", AdminLevel.NATIONAL,
                List.of(), null),
            group("ຜູ້ຕາງໜ້າຈາກອົງການອະນາໄມໂລກ", "representatives of WHO", null, List.of(), null),
            group("ພະແນກພາຍໃນ ແລະ ພະແນກສາທາລະນະສຸກ 18 ແຂວງ",
                "provincial home affairs and health departments of 18 provinces", AdminLevel.PROVINCE,
                provincialDepartments, Modality.ONLINE))),
        List.of(CONNECT), List.of(), SourceDocs.seed(SourceDocs.SEED_001));
    Meeting review = new Meeting(MEETING_2023_03_10, Meeting.Kind.ANNUAL_REVIEW,
        "ກອງປະຊຸມສະຫຼູບການຈັດຕັ້ງປະຕິບັດວຽກງານແບບຄອນເນັກ ປະຈຳປີ 2022 ແລະ ແຜນການຈັດຕັ້ງປະຕິບັດ ປີ 2023",
        "annual review of CONNECT work 2022 and plan for 2023",
        LocalDate.of(2023, 3, 10), LocalDate.of(2023, 3, 10), List.of(moha, moh),
        List.of(Chair.of("ປອ ທອງຈັນ ມະນີໄຊ", "Minister of Home Affairs", moha.id()),
            Chair.of("ປອ ດຣ ບຸນແຝງ ພົມມະໄລສິດ", "Minister of Health", moh.id())),
        Optional.of("ໂຮງແຮມດອນຈັນພາເລດ"), Optional.of("Don Chan Palace hotel, Vientiane"), Modality.BOTH,
        Participants.groups(List.of(
            group("ບັນດາຮອງລັດຖະມົນຕີ ຈາກກະຊວງສາທາລະນະສຸກ ແລະ ກະຊວງພາຍໃນ, ຕາງໜ້າຫ້ອງການ/ກົມ",
                "vice-ministers and offices/departments of both ministries", AdminLevel.NATIONAL, List.of(), null),
            group("ຮອງເຈົ້າຄອງນະຄອນຫຼວງວຽງຈັນ ແລະ ບັນດາທ່ານຮອງເຈົ້າແຂວງ, ຫົວໜ້າຫ້ອງວ່າການແຂວງ, "
                    + "ຫົວໜ້າພະແນກສາທາລະນະສຸກ ແລະ ຫົວໜ້າພະແນກພາຍໃນແຂວງ ໃນຂອບເຂດທົ່ວປະເທດ",
                "deputy governors, heads of provincial governors' offices, provincial health and home affairs "
                    + "departments nationwide", AdminLevel.PROVINCE, List.of(), null),
            group("ເຈົ້າເມືອງ/ຮອງເຈົ້າເມືອງ ແລະ ຫົວໜ້າຫ້ອງການສາທາລະນະສຸກເມືອງ ແລະ ຫ້ອງການພາຍໃນເມືອງ "
                    + "ໃນຂອບເຂດທົ່ວປະເທດ",
                "district governors and heads of district health and home affairs offices nationwide",
                AdminLevel.DISTRICT, List.of(), Modality.ONLINE),
            group("ອົງການອະນາໄມໂລກ, ສະຖານທູດ, ຄູ່ຮ່ວມພັດທະນາສາກົນ",
                "WHO, embassies, international development partners", null, List.of(), null))),
        List.of(CONNECT), List.of(), SourceDocs.seed(SourceDocs.SEED_000));
    Meeting consultation = new Meeting(MEETING_2019_08_30, Meeting.Kind.CONSULTATION,
        "ກອງປະຊຸມປຶກສາຫາລືການປັບປຸງກົງຈັກການຈັດຕັ້ງລັດ",
        "consultation on improving the state's organisational structure",
        LocalDate.of(2019, 8, 30), LocalDate.of(2019, 8, 30), List.of(moha),
        List.of(Chair.of("ປອ ບຸນທອງ ຈິດມະນີ",
            "Deputy Prime Minister, head of the committee for improving the state's organisational structure", null)),
        Optional.of("ສູນການຮ່ວມມືສາກົນ ແລະ ເຝິກອົບຮົມ (ICTC)"),
        Optional.of("International Cooperation and Training Centre (ICTC)"), Modality.IN_PERSON,
        Participants.groups(List.of(
            group("ບັນດາຮອງລັດຖະມົນຕີ, ຫົວໜ້າ-ຮອງຫົວໜ້າອົງການລັດທຽບເທົ່າຂັ້ນສູນກາງ, ອົງການຈັດຕັ້ງມະຫາຊົນຂັ້ນສູນກາງ",
                "vice-ministers, heads of central state and mass organisations", AdminLevel.NATIONAL, List.of(), null),
            group("ຄະນະຫ້ອງການ, ບັນດາກົມ, ສະຖາບັນ ແລະ ສູນ ທີ່ສັງກັດກະຊວງພາຍໃນ",
                "MoHA's cabinet office, departments, institutes and centres", AdminLevel.NATIONAL,
                List.of(moha.id()), null))),
        List.of(), List.of(), SourceDocs.seed(SourceDocs.SEED_004));
    Meeting accsm = new Meeting(ACCSM_20, Meeting.Kind.INTERNATIONAL_CONFERENCE,
        "ກອງປະຊຸມທາງໄກຮ່ວມມືອາຊຽນກ່ຽວກັບວຽກງານລັດຖະກອນ ລະດັບເຈົ້າໜ້າທີ່ອາວຸໂສ ແລະ ຫົວໜ້າລັດຖະກອນອາຊຽນ ຄັ້ງທີ 20",
        "20th ASEAN Cooperation on Civil Service Matters (ACCSM), senior officials and heads of civil service",
        LocalDate.of(2020, 11, 17), LocalDate.of(2020, 11, 18), List.of(), List.of(),
        Optional.of("ປະເທດໄທເປັນເຈົ້າພາບ"), Optional.of("video conference hosted by Thailand"), Modality.ONLINE,
        new Participants(Optional.of(14), Optional.of(5), List.of(
            new ParticipantGroup("ສປປ ລາວ", "Lao PDR delegation", Optional.of(AdminLevel.NATIONAL),
                List.of(StateBodies.MOHA_CIVIL_SERVICE_EVALUATION, StateBodies.MOHA_CIVIL_SERVICE_MANAGEMENT,
                    StateBodies.MOHA_GOVERNANCE_INSTITUTE, StateBodies.MOHA_CABINET, StateBodies.MOFA_ASEAN),
                Optional.of(14), Optional.of(5), Optional.of(Modality.ONLINE))),
            Optional.of("the Lao PDR delegation only")),
        List.of(), List.of(ACCSM_WORK_PLAN), SourceDocs.seed(SourceDocs.SEED_002));
    return List.of(consultation, accsm, h1, review);
  }

  private static ParticipantGroup group(String lao, String english, AdminLevel level, List<String> bodies,
      Modality modality) {
    return new ParticipantGroup(lao, english, Optional.ofNullable(level), bodies, Optional.empty(),
        Optional.empty(), Optional.ofNullable(modality));
  }

  private static CooperationFramework workPlan() {
    List<PriorityArea> areas = List.of(
        new PriorityArea(1, "ສົ່ງເສີມການສ້າງຂີດຄວາມສາມາດ ແລະ ມາດຖານ ຂອງບຸກຄະລາກອນໃນພາກລັດ",
            "Enhancing workforce competencies and standards in the public sectors",
            "Enhancing workforce competencies and standards in the public sectors"),
        new PriorityArea(2, "ການສ້າງຂີດຄວາມສາມາດໃຫ້ການຈັດຕັ້ງ ແລະ ການພົວພັນປະສານງານພາຍໃນ",
            "Building institutional capacities and inter-agency coordination",
            "Building institutional capacities and inter-agency coordination"),
        new PriorityArea(3, "ການນຳພາທີ່ມີການປ່ຽນແປງ", "Transformative leadership", "Transformative leadership"),
        new PriorityArea(4, "ຍົກສູງສູນຂໍ້ມູນຂ່າວສານອາຊຽນ", "Strengthening ASEAN Resource Centres (ARCs)",
            "Strengthening ARCs"),
        new PriorityArea(5, "ການປັບປຸງພາກລັດ ແລະ ຫັນເປັນທັນສະໄໝ", "Public sector reform and modernisation",
            "Public sector reform and modernization"),
        new PriorityArea(6, "ການປົກຄອງແບບອີເລັກໂທນິກ", "E-governance", "E-Governmance"),
        new PriorityArea(7, "ການຄຸ້ມຄອງ ແລະ ພັດທະນາຊັບພະຍາກອນມະນຸດ",
            "Human resource management and development (HRM and HRD)", "HRM and HR"),
        new PriorityArea(8, "ການປັບປຸງປະສິດທິພາບ ຢູ່ໃນພາກລັດ", "Productivity in the public sector",
            "Productivity in Public Sector"),
        new PriorityArea(9, "ປົກຄອງທີ່ດີ", "Good governance", "Good governanc"),
        new PriorityArea(10, "ການປັບປຸງບໍລິຫານລັດ", "Public sector reform", "Public sector reform"),
        new PriorityArea(11, "ການສ້າງຂີດຄວາມເຂັ້ມແຂງ ແລະ ການຮ່ວມມື ຂອງອົງການປົກຄອງຂັ້ນທ້ອງຖິ່ນ",
            "Local administration capacity building and cooperation",
            "Local administration capacity building and cooperation"),
        new PriorityArea(12, "ການຄົ້ນຄ້ວາວິໃຈ ແລະ ການປະດິດສ້າງ", "Research and innovation", "Research and innovation"));
    List<FrameworkActivity> activities = List.of(
        new FrameworkActivity("Lao PDR", "ການຫັນເປັນທັນສະໄໝໃນການໃຫ້ບໍລິການຢູ່ພາກລັດ",
            "Digitalised Public Service Delivery", "Digitalised Public Service Delivery"),
        new FrameworkActivity("Lao PDR", "ກອງປະຊຸມສຳມະນາກ່ຽວກັບລະບົບ, ວິທີການຮຽນຮູ້ທາງໄກທີ່ມີປະສິດທິພາບ",
            "Workshop on Effective E-training Methodology", "Workshop on Effective E-training Methodology"),
        new FrameworkActivity("Lao PDR", "ປະສົບການຫຼຸດຜ່ອນຈໍານວນລັດຖະກອນໃນພາກລັດກັບປະເທດບວກສາມ",
            "Civil Service Retrenchment Experience with Plus Three Countries",
            "Civil Service Retrenchment Experience Plus Three Countries"));
    return new CooperationFramework(ACCSM_WORK_PLAN,
        "ແຜນງານຮ່ວມມືອາຊຽນ ແລະ ອາຊຽນບວກສາມ ກ່ຽວກັບວຽກງານລັດຖະກອນ",
        "ACCSM and ACCSM+3 Work Plan 2021-2025",
        List.of("ASEAN member states", "China", "Republic of Korea", "Japan"),
        Period.of(PartialDate.ofYear(2021), PartialDate.ofYear(2025)), areas, Optional.of(80), activities,
        Optional.of(ACCSM_20), SourceDocs.seed(SourceDocs.SEED_002));
  }
}
