package io.github.connectlao.cooperation;

import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.state.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An immutable catalogue of cooperation: areas, agreements, programmes, meetings, reports and
 * frameworks, with the queries a user needs. Every id is unique and every reference resolves.
 *
 * <pre>{@code
 * CooperationCatalogue c = LaoCooperation.laoPdr();
 * Gazetteer lao = Gazetteer.laoPdr();
 * c.coverage(c.programme("CONNECT").phase("2022-2023").get(), lao);      // planned 18/18 provinces, reached 9
 * c.meeting("MEETING-2023-03-10").people(MeetingParticipant.Role.PRESENTER); // who presented
 * c.meeting("ACCSM-20").womenShare();                                      // 5/14
 * c.timeline();                                                            // MoHA–MoH, 2012 on
 * }</pre>
 *
 * @param areas the cooperation areas
 * @param agreements the agreements
 * @param programmes the programmes
 * @param meetings the meetings
 * @param reports the reports
 * @param frameworks the cooperation frameworks
 */
public record CooperationCatalogue(
    List<CooperationArea> areas,
    List<Agreement> agreements,
    List<Programme> programmes,
    List<Meeting> meetings,
    List<Report> reports,
    List<CooperationFramework> frameworks) {

  /**
   * Validates the catalogue: ids unique per kind, every referenced area, agreement, programme,
   * meeting and framework present.
   *
   * @param areas the areas
   * @param agreements the agreements
   * @param programmes the programmes
   * @param meetings the meetings
   * @param reports the reports
   * @param frameworks the frameworks
   */
  public CooperationCatalogue {
    areas = List.copyOf(InvalidValueException.required(areas, "areas"));
    agreements = List.copyOf(InvalidValueException.required(agreements, "agreements"));
    programmes = List.copyOf(InvalidValueException.required(programmes, "programmes"));
    meetings = List.copyOf(InvalidValueException.required(meetings, "meetings"));
    reports = List.copyOf(InvalidValueException.required(reports, "reports"));
    frameworks = List.copyOf(InvalidValueException.required(frameworks, "frameworks"));
    Set<String> areaCodes = unique(areas, CooperationArea::code, "areas");
    Set<String> agreementIds = unique(agreements, Agreement::id, "agreements");
    Set<String> programmeIds = unique(programmes, Programme::id, "programmes");
    Set<String> meetingIds = unique(meetings, Meeting::id, "meetings");
    unique(reports, Report::id, "reports");
    Set<String> frameworkIds = unique(frameworks, CooperationFramework::id, "frameworks");
    for (Agreement a : agreements) {
      a.areas()
          .forEach(x -> known(areaCodes, x.code(), "agreements[" + a.id() + "].areas", "area"));
    }
    for (Programme p : programmes) {
      p.areas()
          .forEach(x -> known(areaCodes, x.code(), "programmes[" + p.id() + "].areas", "area"));
      p.agreementIds()
          .forEach(
              x -> known(agreementIds, x, "programmes[" + p.id() + "].agreementIds", "agreement"));
    }
    for (Meeting m : meetings) {
      m.programmeIds()
          .forEach(
              x -> known(programmeIds, x, "meetings[" + m.id() + "].programmeIds", "programme"));
      m.frameworkIds()
          .forEach(
              x -> known(frameworkIds, x, "meetings[" + m.id() + "].frameworkIds", "framework"));
      m.outcomes()
          .forEach(
              o ->
                  o.frameworkId()
                      .ifPresent(
                          x ->
                              known(
                                  frameworkIds,
                                  x,
                                  "meetings[" + m.id() + "].outcomes.frameworkId",
                                  "framework")));
    }
    for (Report r : reports) {
      known(programmeIds, r.programmeId(), "reports[" + r.id() + "].programmeId", "programme");
      r.meetingId()
          .ifPresent(x -> known(meetingIds, x, "reports[" + r.id() + "].meetingId", "meeting"));
    }
    for (CooperationFramework f : frameworks) {
      f.adoptedAt()
          .ifPresent(x -> known(meetingIds, x, "frameworks[" + f.id() + "].adoptedAt", "meeting"));
    }
  }

  /**
   * The ids of a kind, refusing one used twice, also when only the case differs: lookups ignore
   * case, so {@code A1} and {@code a1} would be one id to a reader.
   */
  private static <T> Set<String> unique(List<T> items, Function<T, String> id, String field) {
    Set<String> seen = new HashSet<>();
    Set<String> folded = new HashSet<>();
    for (T item : items) {
      String value = id.apply(item);
      InvalidValueException.check(
          folded.add(value.toUpperCase(java.util.Locale.ROOT)),
          field,
          value,
          seen.contains(value)
              ? "is used twice"
              : "is used twice (ids are compared ignoring case)");
      seen.add(value);
    }
    return seen;
  }

  private static void known(Set<String> ids, String id, String field, String what) {
    InvalidValueException.check(
        ids.contains(id), field, id, "is not a " + what + " of the catalogue");
  }

  /** @return an empty catalogue */
  public static CooperationCatalogue empty() {
    return new CooperationCatalogue(
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * Checks every target area against a gazetteer.
   *
   * @param gazetteer the gazetteer
   * @return this catalogue
   * @throws InvalidValueException naming the programme, the phase and the unknown unit code
   */
  public CooperationCatalogue check(Gazetteer gazetteer) {
    for (Programme p : programmes) {
      for (Phase ph : p.phases()) {
        ph.targets()
            .check(gazetteer, "programmes[" + p.id() + "].phases[" + ph.name() + "].targets");
      }
    }
    return this;
  }

  // ---- lookups ------------------------------------------------------------------------------

  /**
   * An area by code.
   *
   * @param code the code
   * @return the area
   * @throws InvalidValueException when unknown
   */
  public CooperationArea area(String code) {
    return get(areas, CooperationArea::code, code, "area");
  }

  /**
   * An agreement by id.
   *
   * @param id the id
   * @return the agreement
   * @throws InvalidValueException when unknown
   */
  public Agreement agreement(String id) {
    return get(agreements, Agreement::id, id, "agreement");
  }

  /**
   * A programme by id.
   *
   * @param id the id
   * @return the programme
   * @throws InvalidValueException when unknown
   */
  public Programme programme(String id) {
    return get(programmes, Programme::id, id, "programme");
  }

  /**
   * A meeting by id.
   *
   * @param id the id
   * @return the meeting
   * @throws InvalidValueException when unknown
   */
  public Meeting meeting(String id) {
    return get(meetings, Meeting::id, id, "meeting");
  }

  /**
   * A report by id.
   *
   * @param id the id
   * @return the report
   * @throws InvalidValueException when unknown
   */
  public Report report(String id) {
    return get(reports, Report::id, id, "report");
  }

  /**
   * A framework by id.
   *
   * @param id the id
   * @return the framework
   * @throws InvalidValueException when unknown
   */
  public CooperationFramework framework(String id) {
    return get(frameworks, CooperationFramework::id, id, "framework");
  }

  private static <T> T get(List<T> items, Function<T, String> id, String wanted, String what) {
    return items.stream()
        .filter(x -> id.apply(x).equalsIgnoreCase(wanted == null ? "" : wanted.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidValueException(
                    what,
                    wanted,
                    "is not a " + what + " of the catalogue " + items.stream().map(id).toList()));
  }

  /**
   * The reports on a programme, by the start of the period covered, shorter periods first.
   *
   * @param programmeId the programme
   * @return its reports
   */
  public List<Report> reportsOn(String programmeId) {
    return reports.stream()
        .filter(r -> r.programmeId().equals(programmeId))
        .sorted(java.util.Comparator.comparing(Report::covers))
        .toList();
  }

  /**
   * The meetings that name a person, by date, with what the person did: the name is matched after
   * Lao normalisation ({@link io.github.connectlao.lao.LaoText#normalise(String)}), ignoring white
   * space and the titles ທ່ານ, ປອ, ດຣ, ນ. written before it.
   *
   * @param name the name, e.g. {@code ທອງຈັນ ມະນີໄຊ}
   * @return one entry per meeting and participant that matches, oldest meeting first
   */
  public List<Map.Entry<Meeting, MeetingParticipant>> appearancesOf(String name) {
    String wanted = personKey(InvalidValueException.requiredText(name, "name"));
    List<Map.Entry<Meeting, MeetingParticipant>> out = new ArrayList<>();
    meetings.stream()
        .sorted(java.util.Comparator.comparing(Meeting::dates))
        .forEach(
            m ->
                m.people().stream()
                    .filter(p -> personKey(p.name()).equals(wanted))
                    .forEach(p -> out.add(Map.entry(m, p))));
    return List.copyOf(out);
  }

  private static String personKey(String name) {
    String s = name.strip();
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String title : List.of("ທ່ານ", "ປອ.", "ປອ", "ດຣ.", "ດຣ", "ນ.")) {
        if (s.startsWith(title + " ")) {
          s = s.substring(title.length()).strip();
          stripped = true;
        }
      }
    }
    return io.github.connectlao.lao.LaoText.normalise(s).replaceAll("\\s+", "");
  }

  /**
   * The meetings on a programme, by date.
   *
   * @param programmeId the programme
   * @return its meetings
   */
  public List<Meeting> meetingsOn(String programmeId) {
    return meetings.stream()
        .filter(m -> m.programmeIds().contains(programmeId))
        .sorted((a, b) -> a.start().compareTo(b.start()))
        .toList();
  }

  // ---- additions ----------------------------------------------------------------------------

  /**
   * A catalogue with one more area (or the area of the same code replaced).
   *
   * @param area the area
   * @return the new catalogue
   */
  public CooperationCatalogue withArea(CooperationArea area) {
    return new CooperationCatalogue(
        put(areas, area, CooperationArea::code),
        agreements,
        programmes,
        meetings,
        reports,
        frameworks);
  }

  /**
   * A catalogue with one more agreement (or the agreement of the same id replaced).
   *
   * @param agreement the agreement
   * @return the new catalogue
   */
  public CooperationCatalogue withAgreement(Agreement agreement) {
    return new CooperationCatalogue(
        areas,
        put(agreements, agreement, Agreement::id),
        programmes,
        meetings,
        reports,
        frameworks);
  }

  /**
   * A catalogue with one more programme (or the programme of the same id replaced).
   *
   * @param programme the programme
   * @return the new catalogue
   */
  public CooperationCatalogue withProgramme(Programme programme) {
    return new CooperationCatalogue(
        areas,
        agreements,
        put(programmes, programme, Programme::id),
        meetings,
        reports,
        frameworks);
  }

  /**
   * A catalogue with one more meeting (or the meeting of the same id replaced).
   *
   * @param meeting the meeting
   * @return the new catalogue
   */
  public CooperationCatalogue withMeeting(Meeting meeting) {
    return new CooperationCatalogue(
        areas, agreements, programmes, put(meetings, meeting, Meeting::id), reports, frameworks);
  }

  /**
   * A catalogue with one more report (or the report of the same id replaced).
   *
   * @param report the report
   * @return the new catalogue
   */
  public CooperationCatalogue withReport(Report report) {
    return new CooperationCatalogue(
        areas, agreements, programmes, meetings, put(reports, report, Report::id), frameworks);
  }

  /**
   * A catalogue with one more framework (or the framework of the same id replaced).
   *
   * @param framework the framework
   * @return the new catalogue
   */
  public CooperationCatalogue withFramework(CooperationFramework framework) {
    return new CooperationCatalogue(
        areas,
        agreements,
        programmes,
        meetings,
        reports,
        put(frameworks, framework, CooperationFramework::id));
  }

  private static <T> List<T> put(List<T> items, T item, Function<T, String> id) {
    InvalidValueException.required(item, "item");
    Map<String, T> all = new LinkedHashMap<>();
    items.forEach(x -> all.put(id.apply(x), x));
    all.put(id.apply(item), item);
    return new ArrayList<>(all.values());
  }

  // ---- queries ------------------------------------------------------------------------------

  /**
   * The programme phases that cover a unit on a day: phases running that day whose target area
   * holds the unit, lies inside it or contains it. Phases with no named target area or an unknown
   * period never match.
   *
   * @param unit a unit of the gazetteer
   * @param date the day
   * @param gazetteer the gazetteer the target areas resolve against
   * @return the matches, in catalogue order
   * @throws InvalidValueException when a target unit is not in the gazetteer
   */
  public List<PhaseMatch> programmesCovering(AdminUnit unit, LocalDate date, Gazetteer gazetteer) {
    InvalidValueException.required(date, "date");
    gazetteer.index(unit);
    List<PhaseMatch> out = new ArrayList<>();
    for (Programme p : programmes) {
      for (Phase ph : p.phases()) {
        if (!ph.runsOn(date) || !ph.targets().isNamed()) {
          continue;
        }
        relation(unit, ph.targets().resolve(gazetteer), gazetteer)
            .ifPresent(r -> out.add(new PhaseMatch(p, ph, r)));
      }
    }
    return out;
  }

  private static Optional<PhaseMatch.Relation> relation(
      AdminUnit unit, List<AdminUnit> targets, Gazetteer g) {
    PhaseMatch.Relation best = null;
    for (AdminUnit t : targets) {
      if (t.equals(unit)) {
        return Optional.of(PhaseMatch.Relation.TARGETED);
      }
      if (g.contains(t, unit)) {
        best = PhaseMatch.Relation.INSIDE_TARGET;
      } else if (best == null && g.contains(unit, t)) {
        best = PhaseMatch.Relation.CONTAINS_TARGET;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The coverage of a phase: per level (province, district, village) the units planned and the
   * units reached, out of all units of that level in the gazetteer, each known or unknown with the
   * reason. Planned: a unit is planned when it is targeted or holds a targeted unit; a level below a
   * targeted level whose units are not named is unknown. Reached: the counts of the programme's
   * latest {@link Reach} dated within the phase; unknown when none is, or it does not count a level.
   *
   * @param phase a phase, of this catalogue (for the reached counts) or not
   * @param gazetteer the gazetteer
   * @return the coverage
   * @throws InvalidValueException when a target unit is not in the gazetteer
   */
  public Coverage coverage(Phase phase, Gazetteer gazetteer) {
    InvalidValueException.required(phase, "phase");
    List<Reach> published =
        programmes.stream()
            .filter(p -> p.phases().contains(phase))
            .findFirst()
            .map(Programme::reach)
            .orElse(List.of());
    List<AdminLevel> levels = List.of(AdminLevel.PROVINCE, AdminLevel.DISTRICT, AdminLevel.VILLAGE);
    List<AdminUnit> targets = phase.targets().resolve(gazetteer);
    Optional<Reach> reach =
        phase
            .period()
            .flatMap(
                period ->
                    published.stream()
                        .filter(r -> period.contains(r.asOf().earliest()))
                        .max(java.util.Comparator.comparing(Reach::asOf)));
    String why = phase.targets().note().orElse("the source does not name the target units");
    List<LevelCoverage> out = new ArrayList<>();
    for (AdminLevel l : levels) {
      int total = gazetteer.count(l);
      out.add(
          new LevelCoverage(
              l,
              total > 0 ? Optional.of(total) : Optional.empty(),
              planned(phase.targets(), targets, l, gazetteer, why),
              reached(reach, l)));
    }
    return new Coverage(phase.name(), out, phase.targets().note(), reach);
  }

  private static UnitCount planned(
      TargetArea area, List<AdminUnit> targets, AdminLevel l, Gazetteer g, String why) {
    if (!area.isNamed()) {
      return UnitCount.unknown(why);
    }
    if (area.allAt().contains(l)) {
      return UnitCount.known(g.count(l));
    }
    boolean above =
        area.allAt().stream().anyMatch(a -> a.depth() < l.depth())
            || targets.stream().anyMatch(t -> t.level().depth() < l.depth());
    if (above) {
      return UnitCount.unknown(why);
    }
    Set<AdminUnit> planned = new HashSet<>();
    for (AdminUnit t : targets) {
      if (t.level() == l) {
        planned.add(t);
      } else {
        g.ancestorAt(t, l).ifPresent(planned::add);
      }
    }
    return UnitCount.known(planned.size());
  }

  private static UnitCount reached(Optional<Reach> reach, AdminLevel l) {
    if (reach.isEmpty()) {
      return UnitCount.unknown("no count of units reached is published for this phase");
    }
    Reach r = reach.get();
    Optional<Integer> n =
        l == AdminLevel.PROVINCE
            ? r.provincialUnits()
            : l == AdminLevel.DISTRICT ? r.districts() : r.villages();
    return n.map(UnitCount::known)
        .orElseGet(
            () ->
                UnitCount.unknown(
                    "the count of "
                        + r.label()
                        + " does not give the "
                        + l.nameEnglish()
                        + "s reached"));
  }

  /**
   * The timeline of the cooperation between the Ministry of Home Affairs and the Ministry of
   * Health: agreements signed, programme phases begun, reach published, meetings held.
   *
   * @return the events, dated ones in order, undated ones last
   */
  public List<TimelineEvent> timeline() {
    return timeline(Sector.HOME_AFFAIRS, Sector.HEALTH);
  }

  /**
   * The timeline of the cooperation between two sectors: the agreements whose parties, the
   * programmes whose leads and the meetings whose organisers include bodies of both.
   *
   * @param a one sector
   * @param b the other
   * @return the events, dated ones in order, undated ones last
   */
  public List<TimelineEvent> timeline(Sector a, Sector b) {
    String x = a.code();
    String y = b.code();
    List<TimelineEvent> out = new ArrayList<>();
    for (Agreement ag : agreements) {
      if (ag.joins(x, y)) {
        out.add(
            new TimelineEvent(
                ag.signed(),
                TimelineEvent.Kind.AGREEMENT,
                ag.id(),
                ag.level().nameEnglish()
                    + " "
                    + ag.titleEnglish()
                    + ag.signedNote().map(n -> " (" + n + ")").orElse(""),
                ag.source()));
      }
    }
    for (Programme p : programmes) {
      if (!p.ledBy(x, y)) {
        continue;
      }
      for (Phase ph : p.phases()) {
        out.add(
            new TimelineEvent(
                ph.period().map(DateRange::startAsPartialDate),
                TimelineEvent.Kind.PHASE,
                p.id(),
                "phase "
                    + ph.name()
                    + " ("
                    + ph.periodText()
                    + ") of "
                    + p.id()
                    + ", targets "
                    + ph.targets(),
                ph.source()));
      }
      for (Reach r : p.reach()) {
        out.add(
            new TimelineEvent(
                Optional.of(r.asOf()),
                TimelineEvent.Kind.REACH,
                p.id(),
                p.id() + " reached " + r,
                r.source()));
      }
    }
    for (Meeting m : meetings) {
      if (m.organisedBy(x, y)) {
        out.add(
            new TimelineEvent(
                Optional.of(io.github.connectlao.PartialDate.of(m.start())),
                TimelineEvent.Kind.MEETING,
                m.id(),
                m.kind().nameEnglish() + ": " + m.titleEnglish(),
                m.source()));
      }
    }
    Collections.sort(out);
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "CooperationCatalogue["
        + areas.size()
        + " areas, "
        + agreements.size()
        + " agreements, "
        + programmes.size()
        + " programmes, "
        + meetings.size()
        + " meetings, "
        + reports.size()
        + " reports, "
        + frameworks.size()
        + " frameworks]";
  }
}
