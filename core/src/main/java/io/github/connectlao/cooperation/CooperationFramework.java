package io.github.connectlao.cooperation;

import io.github.connectlao.BilingualName;
import io.github.connectlao.DateRange;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import java.util.List;
import java.util.Optional;

/**
 * A multilateral cooperation framework, ແຜນງານການຮ່ວມມື, with its priority areas and activities:
 * for example the ACCSM and ACCSM+3 Work Plan 2021–2025 on civil-service matters (12 priority
 * areas, 80 activities, 3 of them proposed by Lao PDR).
 *
 * <p>Example: {@code LaoCooperation.laoPdr().framework("ACCSM-WORKPLAN-2021-2025")
 * .activitiesProposedBy("Lao PDR").size()} is 3.
 *
 * @param id a code unique in a catalogue
 * @param name the Lao and English names
 * @param members the members, e.g. ASEAN member states, China, Republic of Korea, Japan
 * @param period the period of the framework
 * @param priorityAreas its priority areas, numbered from 1
 * @param activityCount how many activities it has in all, if the source says
 * @param activities the activities the sources name
 * @param adoptedAt the meeting that adopted it, if known
 * @param source where it is described
 */
public record CooperationFramework(
    String id,
    BilingualName name,
    List<String> members,
    DateRange period,
    List<PriorityArea> priorityAreas,
    Optional<Integer> activityCount,
    List<FrameworkActivity> activities,
    Optional<String> adoptedAt,
    Source source) {

  /**
   * Validates the framework: areas numbered 1 to n in order; no fewer activities in all than named.
   *
   * @param id the id
   * @param name the Lao and English names
   * @param members the members
   * @param period the period
   * @param priorityAreas the priority areas
   * @param activityCount the number of activities
   * @param activities the named activities
   * @param adoptedAt the adopting meeting
   * @param source provenance
   */
  public CooperationFramework {
    id = InvalidValueException.requiredText(id, "id");
    InvalidValueException.required(name, "name");
    members = List.copyOf(InvalidValueException.required(members, "members"));
    InvalidValueException.required(period, "period");
    priorityAreas = List.copyOf(InvalidValueException.required(priorityAreas, "priorityAreas"));
    for (int i = 0; i < priorityAreas.size(); i++) {
      InvalidValueException.check(
          priorityAreas.get(i).number() == i + 1,
          "priorityAreas",
          priorityAreas.get(i),
          "is numbered " + priorityAreas.get(i).number() + " at position " + (i + 1));
    }
    activityCount = InvalidValueException.required(activityCount, "activityCount");
    activities = List.copyOf(InvalidValueException.required(activities, "activities"));
    int named = activities.size();
    activityCount.ifPresent(
        n ->
            InvalidValueException.check(
                n >= named, "activityCount", n, "is below the " + named + " activities named"));
    adoptedAt = InvalidValueException.required(adoptedAt, "adoptedAt");
    InvalidValueException.required(source, "source");
  }

  /**
   * The activities a member proposed.
   *
   * @param proposer e.g. {@code Lao PDR}
   * @return those activities
   */
  public List<FrameworkActivity> activitiesProposedBy(String proposer) {
    return activities.stream()
        .filter(a -> a.proposer().equalsIgnoreCase(proposer.strip()))
        .toList();
  }

  /** @return the Lao name, {@code name().lao()} */
  public String nameLao() {
    return name.lao();
  }

  /** @return the English name, {@code name().english()} */
  public String nameEnglish() {
    return name.english();
  }

  @Override
  public String toString() {
    return id
        + " "
        + name.english()
        + " "
        + period.toCompactString()
        + ", "
        + (priorityAreas.isEmpty()
            ? "priority areas not named"
            : priorityAreas.size() + " priority areas")
        + activityCount.map(n -> ", " + n + " activities").orElse("");
  }
}
