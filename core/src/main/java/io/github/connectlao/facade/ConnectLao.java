package io.github.connectlao.facade;

import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.cooperation.CooperationCatalogue;
import io.github.connectlao.cooperation.LaoCooperation;
import io.github.connectlao.cooperation.PhaseMatch;
import io.github.connectlao.cooperation.TimelineEvent;
import io.github.connectlao.crvs.BirthRegistration;
import io.github.connectlao.crvs.BirthRegistrationCsv;
import io.github.connectlao.crvs.BirthStatistics;
import io.github.connectlao.crvs.PopulationTable;
import io.github.connectlao.crvs.RegistrationPolicy;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.OnBadRow;
import io.github.connectlao.indicator.IndicatorCatalogue;
import io.github.connectlao.indicator.ReportingPeriod;
import io.github.connectlao.state.StateBodies;
import io.github.connectlao.state.StateBody;
import io.github.connectlao.state.StateBodyDirectory;
import io.github.connectlao.targets.SamSang;
import io.github.connectlao.targets.SamSangReport;
import io.github.connectlao.targets.Target;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * A small facade over the library's embedded defaults, for JShell and quick embedding. Every
 * method delegates to the package that owns the concept; nothing here holds state of its own
 * beyond the lazily built defaults.
 *
 * <pre>{@code
 * ConnectLao.unit("LA-BK");                          // LA05 Bokeo (ບໍ່ແກ້ວ), province
 * ConnectLao.unit("Luang Namtha");                   // by code or by name
 * ConnectLao.body("Namtha", "HEALTH");               // District Health Office of Namtha
 * ConnectLao.programmesCovering("LA05", LocalDate.of(2021, 6, 1));
 * ConnectLao.samSang(2025).toTable();                // required vs achieved, nation + provinces
 * }</pre>
 */
public final class ConnectLao {
  private ConnectLao() {}

  /** Lazily built defaults; the JVM's class initialisation makes them thread-safe. */
  private static final class Defaults {
    static final StateBodyDirectory BODIES = StateBodies.laoPdr(Gazetteer.laoPdr());

    private Defaults() {}
  }

  // ------------------------------------------------------------ administrative units

  /** @return the embedded default gazetteer of the Lao PDR */
  public static Gazetteer gazetteer() {
    return Gazetteer.laoPdr();
  }

  /**
   * A unit of the default gazetteer by code (P-code, ISO 3166-2, LSB) or, failing that, by the
   * best name match.
   *
   * @param codeOrName a code or a name
   * @return the unit
   * @throws io.github.connectlao.admin.UnknownCodeException when neither finds a unit
   */
  public static AdminUnit unit(String codeOrName) {
    Gazetteer g = gazetteer();
    return g.find(codeOrName)
        .orElseGet(
            () -> {
              List<AdminUnit> hits =
                  codeOrName == null || codeOrName.length() > Gazetteer.MAX_SEARCH_LENGTH
                      ? List.of()
                      : g.search(codeOrName, 1);
              return hits.isEmpty() ? g.unit(codeOrName) : hits.get(0);
            });
  }

  // ------------------------------------------------------------ state bodies

  /** @return the standard sector bodies of every ministry, province and district (built once) */
  public static StateBodyDirectory stateBodies() {
    return Defaults.BODIES;
  }

  /**
   * The standard body of a sector for a unit: the ministry for the nation, the provincial
   * department for a province, the district office for a district.
   *
   * @param unitCodeOrName a unit, as for {@link #unit(String)}
   * @param sectorCode a sector code such as {@code HEALTH} or {@code HOME_AFFAIRS}
   * @return the body, e.g. the District Health Office of Namtha
   */
  public static StateBody body(String unitCodeOrName, String sectorCode) {
    return StateBodies.forUnit(unit(unitCodeOrName), StateBodies.sector(sectorCode));
  }

  // ------------------------------------------------------------ cooperation

  /** @return the embedded MoHA–MoH cooperation: agreements, programmes, meetings, frameworks */
  public static CooperationCatalogue cooperation() {
    return LaoCooperation.laoPdr();
  }

  /**
   * The programmes and phases that cover a unit on a day.
   *
   * @param unitCodeOrName a unit, as for {@link #unit(String)}
   * @param date the day
   * @return the matching phases
   */
  public static List<PhaseMatch> programmesCovering(String unitCodeOrName, LocalDate date) {
    return LaoCooperation.programmesCovering(unit(unitCodeOrName), date);
  }

  /** @return the timeline of the MoHA–MoH cooperation, oldest first */
  public static List<TimelineEvent> cooperationTimeline() {
    return LaoCooperation.timeline();
  }

  // ------------------------------------------------------------ targets and indicators

  /** @return the three national Sam Sang targets of the 9th NSEDP (sourced, unverified) */
  public static List<Target> samSangTargets() {
    return SamSang.nationalTargets();
  }

  /**
   * The Sam Sang rollup for a year over the default gazetteer, with the sourced Luang Namtha 2018
   * village count; add assessments with {@link SamSang#rollup(Gazetteer, int)} for more.
   *
   * @param year the report year
   * @return required vs achieved for the nation and every province
   */
  public static SamSangReport samSang(int year) {
    return SamSang.rollup(gazetteer(), year).counts(List.of(SamSang.luangNamtha2018())).build();
  }

  /** @return the default indicator catalogue (the birth-registration indicators) */
  public static IndicatorCatalogue indicators() {
    return IndicatorCatalogue.laoPdr();
  }

  /**
   * Reads a reporting period: {@code 2022}, {@code 2022-H1}, {@code 2022-Q3}, {@code 2022-09} or
   * {@code 2022-01-15/2022-03-31}.
   *
   * @param text the period
   * @return the period
   */
  public static ReportingPeriod period(String text) {
    return ReportingPeriod.parse(text);
  }

  // ------------------------------------------------------------ birth registration

  /** @return the Lao registration policy: 30-day legal period, 365-day late limit */
  public static RegistrationPolicy policy() {
    return RegistrationPolicy.laoPdr();
  }

  /**
   * The embedded population table ({@link PopulationTable#laoPdr()}): the nation in 2015 and 2020,
   * every province in 2020, the World Bank crude birth rate 2000–2021.
   *
   * @return the table
   */
  public static PopulationTable population() {
    return PopulationTable.laoPdr();
  }

  /**
   * Statistics over registrations with the default gazetteer and policy.
   *
   * @param registrations the registrations
   * @return counts, timeliness, completeness and coverage
   */
  public static BirthStatistics birthStatistics(Collection<BirthRegistration> registrations) {
    return BirthStatistics.of(gazetteer(), registrations, policy());
  }

  /**
   * Imports birth registrations from a CSV file (English or Lao headers), validated against the
   * default gazetteer and {@code today}: every bad row is reported with its line, column and
   * reason, never with a child's name or identifier; the good rows are kept.
   *
   * @param csv the file
   * @param today the date after which no birth or registration may lie
   * @return the accepted registrations and the row errors
   */
  public static ImportResult<List<BirthRegistration>> importRegistrations(
      Path csv, LocalDate today) {
    return BirthRegistrationCsv.read(csv, gazetteer(), today, OnBadRow.COLLECT);
  }
}
