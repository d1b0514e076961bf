package io.github.connectlao.cooperation;

import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import java.time.LocalDate;
import java.util.List;

/**
 * The embedded cooperation of the Lao PDR's Ministry of Home Affairs (MoHA) and Ministry of Health
 * (MoH), and the ASEAN civil-service work plans, as the source documents tell them: every fact with
 * its {@link io.github.connectlao.Source}. The facts live in the bundled {@code cooperation_*.csv}
 * files (each row naming its source in {@code reference_sources.csv}) and are read once, lazily,
 * on first use.
 *
 * <pre>{@code
 * CooperationCatalogue c = LaoCooperation.laoPdr();
 * c.programme(LaoCooperation.CONNECT).phase("2022-2023");     // all provinces, districts unnamed
 * LaoCooperation.programmesCovering(ConnectLao.unit("LA05"), LocalDate.of(2021, 1, 1));
 * c.meeting(LaoCooperation.ACCSM_20).womenShare();             // 5 of 14
 * c.meeting(LaoCooperation.MEETING_2023_03_10).people(MeetingParticipant.Role.PRESENTER);
 * c.meeting(LaoCooperation.ACCSM_20).outcomes(MeetingOutcome.Kind.NEXT_HOST);   // Viet Nam, 2021-2022
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

  /** Id of the ACCSM and ACCSM+3 Work Plan 2016–2020, reviewed at the 20th ACCSM. */
  public static final String ACCSM_WORK_PLAN_2016_2020 = "ACCSM-WORKPLAN-2016-2020";

  private LaoCooperation() {}

  private static final class Holder {
    static final CooperationCatalogue DEFAULTS = build(Gazetteer.laoPdr());
  }

  /**
   * The embedded catalogue, checked against {@link Gazetteer#laoPdr()}; built once, lazily.
   *
   * @return the catalogue
   */
  public static CooperationCatalogue laoPdr() {
    return Holder.DEFAULTS;
  }

  /** @return the embedded cooperation areas */
  public static List<CooperationArea> areas() {
    return laoPdr().areas();
  }

  /**
   * The programme phases covering a unit of the default gazetteer on a day.
   *
   * @param unit a unit of {@link Gazetteer#laoPdr()}
   * @param date the day
   * @return the matches
   */
  public static List<PhaseMatch> programmesCovering(AdminUnit unit, LocalDate date) {
    return laoPdr().programmesCovering(unit, date, Gazetteer.laoPdr());
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
    Programme p = laoPdr().programme(programmeId);
    Phase phase =
        p.phase(phaseName)
            .orElseThrow(
                () ->
                    new io.github.connectlao.InvalidValueException(
                        "phase",
                        phaseName,
                        "is not a phase of "
                            + programmeId
                            + " "
                            + p.phases().stream().map(Phase::name).toList()));
    return laoPdr().coverage(phase, Gazetteer.laoPdr());
  }

  /** @return the timeline of the MoHA–MoH cooperation */
  public static List<TimelineEvent> timeline() {
    return laoPdr().timeline();
  }

  // ---- the embedded facts -------------------------------------------------------------------

  static CooperationCatalogue build(Gazetteer lao) {
    return CooperationData.load(lao);
  }
}
