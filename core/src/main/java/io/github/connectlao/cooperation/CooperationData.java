package io.github.connectlao.cooperation;

import io.github.connectlao.BilingualName;
import io.github.connectlao.ConnectLaoException;
import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.internal.BundledCsv;
import io.github.connectlao.internal.ReferenceSources;
import io.github.connectlao.state.StateBodies;
import io.github.connectlao.state.StateBody;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the embedded cooperation catalogue from the bundled {@code cooperation_*.csv} files (see
 * {@code SOURCES.md} beside them): one file per kind of record, each row naming its source. Lists
 * inside a cell are separated by {@code ;}. A body {@code SECTOR@*PROVINCE} stands for that sector's
 * body in every province of the gazetteer.
 */
final class CooperationData {
  static final String AREAS = "cooperation_areas.csv";
  static final String AGREEMENTS = "cooperation_agreements.csv";
  static final String PROGRAMMES = "cooperation_programmes.csv";
  static final String PHASES = "cooperation_phases.csv";
  static final String REACH = "cooperation_reach.csv";
  static final String MEETINGS = "cooperation_meetings.csv";
  static final String GROUPS = "cooperation_meeting_groups.csv";
  static final String PEOPLE = "cooperation_meeting_people.csv";
  static final String OUTCOMES = "cooperation_meeting_outcomes.csv";
  static final String REPORTS = "cooperation_reports.csv";
  static final String FRAMEWORKS = "cooperation_frameworks.csv";
  static final String PRIORITY_AREAS = "cooperation_priority_areas.csv";
  static final String ACTIVITIES = "cooperation_framework_activities.csv";

  /** Every bundled file of the catalogue, for the sweep test. */
  static final List<String> FILES =
      List.of(
          AREAS,
          AGREEMENTS,
          PROGRAMMES,
          PHASES,
          REACH,
          MEETINGS,
          GROUPS,
          PEOPLE,
          OUTCOMES,
          REPORTS,
          FRAMEWORKS,
          PRIORITY_AREAS,
          ACTIVITIES);

  private CooperationData() {}

  static CooperationCatalogue load(Gazetteer lao) {
    Map<String, CooperationArea> areas = new LinkedHashMap<>();
    for (BundledCsv.Row r : BundledCsv.read(AREAS)) {
      row(
          r,
          () ->
              areas.put(
                  r.require("code"),
                  CooperationArea.of(
                      r.require("code"),
                      r.require("name_lo"),
                      r.require("name_en"),
                      ReferenceSources.of(r))));
    }
    List<Agreement> agreements = new ArrayList<>();
    for (BundledCsv.Row r : BundledCsv.read(AGREEMENTS)) {
      row(
          r,
          () ->
              agreements.add(
                  new Agreement(
                      r.require("id"),
                      r.require("title_lo"),
                      r.require("title_en"),
                      bodies(r, "parties", lao),
                      Agreement.Level.valueOf(r.require("level")),
                      r.get("signed").map(PartialDate::parse),
                      r.get("signed_note"),
                      refs(r, "areas", areas),
                      Agreement.Status.valueOf(r.require("status")),
                      ReferenceSources.of(r))));
    }
    Map<String, List<Phase>> phases = new LinkedHashMap<>();
    for (BundledCsv.Row r : BundledCsv.read(PHASES)) {
      row(
          r,
          () ->
              phases
                  .computeIfAbsent(r.require("programme"), k -> new ArrayList<>())
                  .add(
                      new Phase(
                          r.require("name"),
                          r.get("period").map(DateRange::parse),
                          targets(r, lao),
                          r.get("supporting_partner"),
                          r.get("note"),
                          ReferenceSources.of(r))));
    }
    Map<String, List<Reach>> reach = new LinkedHashMap<>();
    for (BundledCsv.Row r : BundledCsv.read(REACH)) {
      row(
          r,
          () ->
              reach
                  .computeIfAbsent(r.require("programme"), k -> new ArrayList<>())
                  .add(
                      new Reach(
                          PartialDate.parse(r.require("as_of")),
                          r.require("label"),
                          count(r, "villages"),
                          count(r, "districts"),
                          count(r, "provinces"),
                          yes(r, "plus_capital")
                              ? Reach.Capital.COUNTED_APART
                              : Reach.Capital.NOT_STATED,
                          r.get("note"),
                          ReferenceSources.of(r))));
    }
    List<Programme> programmes = new ArrayList<>();
    for (BundledCsv.Row r : BundledCsv.read(PROGRAMMES)) {
      String id = r.require("id");
      row(
          r,
          () ->
              programmes.add(
                  new Programme(
                      id,
                      names(r),
                      Programme.Kind.valueOf(r.require("kind")),
                      bodies(r, "leads", lao),
                      list(r, "agreements"),
                      refs(r, "areas", areas),
                      phases.getOrDefault(id, List.of()),
                      reach.getOrDefault(id, List.of()),
                      ReferenceSources.of(r))));
    }
    checkUsed(phases.keySet(), programmes, Programme::id, PHASES);
    checkUsed(reach.keySet(), programmes, Programme::id, REACH);
    List<Meeting> meetings = meetings(lao);
    List<Report> reports = new ArrayList<>();
    for (BundledCsv.Row r : BundledCsv.read(REPORTS)) {
      row(
          r,
          () ->
              reports.add(
                  new Report(
                      r.require("id"),
                      Report.Kind.valueOf(r.require("kind")),
                      r.require("title_en"),
                      DateRange.parse(r.require("covers")),
                      r.require("programme"),
                      r.get("meeting"),
                      ReferenceSources.of(r))));
    }
    return new CooperationCatalogue(
            List.copyOf(areas.values()), agreements, programmes, meetings, reports, frameworks())
        .check(lao);
  }

  private static List<Meeting> meetings(Gazetteer lao) {
    Map<String, List<ParticipantGroup>> groups = new LinkedHashMap<>();
    for (BundledCsv.Row r : BundledCsv.read(GROUPS)) {
      row(
          r,
          () ->
              groups
                  .computeIfAbsent(r.require("meeting"), k -> new ArrayList<>())
                  .add(
                      new ParticipantGroup(
                          r.require("label_lo"),
                          r.require("label_en"),
                          r.get("level").map(AdminLevel::valueOf),
                          bodies(r, "bodies", lao).stream().map(StateBody::id).toList(),
                          count(r, "people"),
                          count(r, "women"),
                          r.get("modality").map(Modality::valueOf))));
    }
    Map<String, List<MeetingParticipant>> people = new LinkedHashMap<>();
    for (BundledCsv.Row r : BundledCsv.read(PEOPLE)) {
      row(
          r,
          () ->
              people
                  .computeIfAbsent(r.require("meeting"), k -> new ArrayList<>())
                  .add(
                      new MeetingParticipant(
                          r.require("name_lo"),
                          bilingual(r, "position"),
                          r.get("body").map(CooperationData::body),
                          roles(r),
                          bilingual(r, "activity"),
                          ReferenceSources.of(r))));
    }
    Map<String, List<MeetingOutcome>> outcomes = new LinkedHashMap<>();
    for (BundledCsv.Row r : BundledCsv.read(OUTCOMES)) {
      row(
          r,
          () ->
              outcomes
                  .computeIfAbsent(r.require("meeting"), k -> new ArrayList<>())
                  .add(
                      new MeetingOutcome(
                          MeetingOutcome.Kind.valueOf(r.require("kind")),
                          BilingualName.of(r.require("text_lo"), r.require("text_en")),
                          r.get("framework"),
                          r.get("period").map(DateRange::parse),
                          r.get("party"),
                          ReferenceSources.of(r))));
    }
    List<Meeting> meetings = new ArrayList<>();
    for (BundledCsv.Row r : BundledCsv.read(MEETINGS)) {
      String id = r.require("id");
      row(
          r,
          () ->
              meetings.add(
                  new Meeting(
                      id,
                      Meeting.Kind.valueOf(r.require("kind")),
                      r.require("title_lo"),
                      r.require("title_en"),
                      DateRange.of(
                          LocalDate.parse(r.require("start")), LocalDate.parse(r.require("end"))),
                      bodies(r, "organisers", lao),
                      people.getOrDefault(id, List.of()),
                      r.get("venue_lo"),
                      r.get("venue_en"),
                      Modality.valueOf(r.require("modality")),
                      new Participants(
                          count(r, "total"),
                          count(r, "women"),
                          groups.getOrDefault(id, List.of()),
                          r.get("participants_note")),
                      outcomes.getOrDefault(id, List.of()),
                      list(r, "programmes"),
                      list(r, "frameworks"),
                      ReferenceSources.of(r))));
    }
    checkUsed(groups.keySet(), meetings, Meeting::id, GROUPS);
    checkUsed(people.keySet(), meetings, Meeting::id, PEOPLE);
    checkUsed(outcomes.keySet(), meetings, Meeting::id, OUTCOMES);
    return meetings;
  }

  private static List<CooperationFramework> frameworks() {
    Map<String, List<PriorityArea>> areas = new LinkedHashMap<>();
    for (BundledCsv.Row r : BundledCsv.read(PRIORITY_AREAS)) {
      row(
          r,
          () ->
              areas
                  .computeIfAbsent(r.require("framework"), k -> new ArrayList<>())
                  .add(
                      new PriorityArea(
                          Integer.parseInt(r.require("number")),
                          names(r),
                          r.require("name_as_written"))));
    }
    Map<String, List<FrameworkActivity>> activities = new LinkedHashMap<>();
    for (BundledCsv.Row r : BundledCsv.read(ACTIVITIES)) {
      row(
          r,
          () ->
              activities
                  .computeIfAbsent(r.require("framework"), k -> new ArrayList<>())
                  .add(
                      new FrameworkActivity(
                          r.require("proposer"), names(r), r.require("name_as_written"))));
    }
    List<CooperationFramework> out = new ArrayList<>();
    for (BundledCsv.Row r : BundledCsv.read(FRAMEWORKS)) {
      String id = r.require("id");
      row(
          r,
          () ->
              out.add(
                  new CooperationFramework(
                      id,
                      names(r),
                      list(r, "members"),
                      DateRange.parse(r.require("period")),
                      areas.getOrDefault(id, List.of()),
                      count(r, "activity_count"),
                      activities.getOrDefault(id, List.of()),
                      r.get("adopted_at"),
                      ReferenceSources.of(r))));
    }
    checkUsed(areas.keySet(), out, CooperationFramework::id, PRIORITY_AREAS);
    checkUsed(activities.keySet(), out, CooperationFramework::id, ACTIVITIES);
    return out;
  }

  // ---- cells ----------------------------------------------------------------------------------

  /** Runs a row's conversion; any refusal names the file and the line. */
  private static void row(BundledCsv.Row r, Runnable convert) {
    try {
      convert.run();
    } catch (RuntimeException e) {
      throw new ConnectLaoException(r.file() + " line " + r.line() + ": " + e.getMessage(), e);
    }
  }

  static List<String> list(BundledCsv.Row r, String column) {
    return r.get(column)
        .map(s -> Arrays.stream(s.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList())
        .orElse(List.of());
  }

  private static Optional<Integer> count(BundledCsv.Row r, String column) {
    return r.get(column).map(Integer::parseInt);
  }

  private static boolean yes(BundledCsv.Row r, String column) {
    String v = r.require(column).toLowerCase(Locale.ROOT);
    InvalidValueException.check(v.equals("yes") || v.equals("no"), column, v, "must be yes or no");
    return v.equals("yes");
  }

  private static BilingualName names(BundledCsv.Row r) {
    return BilingualName.of(r.require("name_lo"), r.require("name_en"));
  }

  private static Optional<BilingualName> bilingual(BundledCsv.Row r, String prefix) {
    Optional<String> lao = r.get(prefix + "_lo");
    Optional<String> english = r.get(prefix + "_en");
    InvalidValueException.check(
        lao.isPresent() == english.isPresent(),
        prefix + "_lo",
        lao.orElse(""),
        "and " + prefix + "_en must both be given or both be blank");
    return lao.map(l -> BilingualName.of(l, english.get()));
  }

  private static Set<MeetingParticipant.Role> roles(BundledCsv.Row r) {
    Set<MeetingParticipant.Role> roles = EnumSet.noneOf(MeetingParticipant.Role.class);
    list(r, "roles").forEach(x -> roles.add(MeetingParticipant.Role.valueOf(x)));
    return roles;
  }

  private static List<CooperationArea> refs(
      BundledCsv.Row r, String column, Map<String, CooperationArea> areas) {
    return list(r, column).stream()
        .map(
            code -> {
              CooperationArea a = areas.get(code);
              InvalidValueException.check(a != null, column, code, "is not an area of " + AREAS);
              return a;
            })
        .toList();
  }

  private static String body(String id) {
    return StateBodies.centralBody(id).id();
  }

  /** State bodies by id; {@code SECTOR@*PROVINCE} expands to the sector's body in every province. */
  private static List<StateBody> bodies(BundledCsv.Row r, String column, Gazetteer lao) {
    List<String> ids = list(r, column);
    List<StateBody> out = new ArrayList<>();
    List<String> perProvince = ids.stream().filter(x -> x.endsWith("@*PROVINCE")).toList();
    for (String id : ids) {
      if (!id.endsWith("@*PROVINCE")) {
        out.add(StateBodies.centralBody(id));
      }
    }
    if (!perProvince.isEmpty()) {
      for (AdminUnit province : lao.units(AdminLevel.PROVINCE)) {
        for (String p : perProvince) {
          out.add(
              StateBodies.forUnit(province, StateBodies.sector(p.substring(0, p.indexOf('@')))));
        }
      }
    }
    return out;
  }

  private static TargetArea targets(BundledCsv.Row r, Gazetteer lao) {
    List<String> units = list(r, "target_units");
    units.forEach(
        code ->
            InvalidValueException.check(
                lao.find(code).isPresent(), "target_units", code, "is not in the gazetteer"));
    Set<AdminLevel> levels = EnumSet.noneOf(AdminLevel.class);
    list(r, "target_all_at").forEach(l -> levels.add(AdminLevel.valueOf(l)));
    return new TargetArea(units, levels, r.get("target_note"));
  }

  private static <T> void checkUsed(
      Set<String> keys, List<T> owners, Function<T, String> id, String file) {
    for (String key : keys) {
      if (owners.stream().noneMatch(o -> id.apply(o).equals(key))) {
        throw new ConnectLaoException(file + ": '" + key + "' is not a record of the catalogue");
      }
    }
  }
}
