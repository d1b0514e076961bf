package io.github.connectlao.state;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.admin.AdminLevel;
import io.github.connectlao.admin.AdminUnit;
import io.github.connectlao.admin.Gazetteer;
import io.github.connectlao.csv.ImportResult;
import io.github.connectlao.csv.RowError;
import io.github.connectlao.state.JobPositionDetermination.Stage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, validated set of state bodies over a gazetteer: every id unique, every unit in the
 * gazetteer at the level the body states, every parent present, of a kind the child may sit under,
 * of the same sector, and at a unit that contains the child's unit.
 *
 * <pre>{@code
 * StateBodyDirectory d = StateBodies.laoPdr(Gazetteer.laoPdr());
 * d.forUnit("LA0301", Sector.HEALTH);   // the district health office of Namtha
 * d.children(d.body("HEALTH@LA05"));    // Bokeo's 5 district health offices
 * }</pre>
 */
public final class StateBodyDirectory {

  private final Gazetteer gazetteer;
  private final List<StateBody> bodies;
  private final Map<String, StateBody> byId;
  private final Map<String, List<StateBody>> children;

  private StateBodyDirectory(Gazetteer gazetteer, List<StateBody> bodies) {
    this.gazetteer = gazetteer;
    this.bodies = List.copyOf(bodies);
    this.byId = new LinkedHashMap<>();
    for (StateBody b : this.bodies) {
      InvalidValueException.check(
          byId.putIfAbsent(b.id(), b) == null, "id", b.id(), "is used by more than one body");
    }
    this.children = new HashMap<>();
    for (StateBody b : this.bodies) {
      check(b, byId, gazetteer);
      b.parentId().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(b));
    }
    children.replaceAll((k, v) -> List.copyOf(v));
  }

  private static void check(StateBody b, Map<String, StateBody> byId, Gazetteer gazetteer) {
    AdminUnit unit =
        gazetteer
            .find(b.unitCode())
            .orElseThrow(
                () ->
                    new InvalidValueException(
                        "unitCode", b.unitCode(), "is not in the gazetteer (body " + b.id() + ")"));
    InvalidValueException.check(
        unit.level() == b.level(),
        "level",
        b.level(),
        "differs from the level "
            + unit.level()
            + " of unit "
            + unit.code()
            + " (body "
            + b.id()
            + ")");
    if (b.parentId().isPresent()) {
      StateBody parent = byId.get(b.parentId().get());
      if (parent == null) {
        throw new InvalidValueException(
            "parentId", b.parentId().get(), "is not a body of the directory (body " + b.id() + ")");
      }
      b.checkPlacement(parent);
      AdminUnit parentUnit =
          gazetteer
              .find(parent.unitCode())
              .orElseThrow(
                  () ->
                      new InvalidValueException(
                          "parentId",
                          parent.id(),
                          "belongs to unit "
                              + parent.unitCode()
                              + ", which is not in the gazetteer"));
      InvalidValueException.check(
          gazetteer.contains(parentUnit, unit),
          "parentId",
          parent.id(),
          "belongs to "
              + parentUnit.code()
              + ", which does not contain unit "
              + unit.code()
              + " of body "
              + b.id());
    }
  }

  /**
   * Validates bodies against a gazetteer, keeping the good ones: every refused body is reported
   * with its position (1-based) in {@code bodies}, the field and the reason, and so is every body
   * whose parent was refused.
   *
   * @param gazetteer the units the bodies belong to
   * @param bodies the bodies
   * @return the accepted bodies (a valid directory: {@code of(gazetteer, result.accepted())}) and
   *     the errors
   */
  public static ImportResult<List<StateBody>> lenient(Gazetteer gazetteer, List<StateBody> bodies) {
    Map<String, Integer> position = new HashMap<>();
    Map<String, StateBody> accepted = new LinkedHashMap<>();
    List<RowError> errors = new ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      StateBody b = bodies.get(i);
      if (position.putIfAbsent(b.id(), i + 1) != null) {
        errors.add(new RowError(i + 1, "id", b.id(), "is used by more than one body"));
      } else {
        accepted.put(b.id(), b);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (StateBody b : List.copyOf(accepted.values())) {
        try {
          check(b, accepted, gazetteer);
        } catch (InvalidValueException e) {
          accepted.remove(b.id());
          errors.add(
              new RowError(position.getOrDefault(b.id(), 0), e.field(), e.value(), e.reason()));
          changed = true;
        }
      }
    }
    errors.sort(java.util.Comparator.comparingLong(RowError::line));
    return ImportResult.ofRows(List.copyOf(accepted.values()), errors);
  }

  /**
   * Validates bodies against a gazetteer.
   *
   * @param gazetteer the units the bodies belong to
   * @param bodies the bodies, parents in any order
   * @return the directory
   * @throws InvalidValueException naming the field, the value and the body at the first problem
   */
  public static StateBodyDirectory of(Gazetteer gazetteer, Collection<StateBody> bodies) {
    return new StateBodyDirectory(gazetteer, new ArrayList<>(bodies));
  }

  /**
   * A directory with more bodies (a body with an existing id replaces it).
   *
   * @param added the bodies to add
   * @return the new directory
   */
  public StateBodyDirectory with(Collection<StateBody> added) {
    Map<String, StateBody> all = new LinkedHashMap<>(byId);
    added.forEach(b -> all.put(b.id(), b));
    return new StateBodyDirectory(gazetteer, new ArrayList<>(all.values()));
  }

  /** @return the gazetteer the bodies belong to */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** @return every body, in the order given */
  public List<StateBody> bodies() {
    return bodies;
  }

  /** @return the number of bodies */
  public int size() {
    return bodies.size();
  }

  /**
   * A body by id.
   *
   * @param id the id
   * @return the body, if present
   */
  public Optional<StateBody> find(String id) {
    return Optional.ofNullable(byId.get(InvalidValueException.required(id, "id")));
  }

  /**
   * A body by id.
   *
   * @param id the id
   * @return the body
   * @throws InvalidValueException when no body has that id
   */
  public StateBody body(String id) {
    return find(id)
        .orElseThrow(() -> new InvalidValueException("id", id, "is not a body of the directory"));
  }

  /**
   * The bodies directly under a body.
   *
   * @param body the parent
   * @return its children, in the order given
   */
  public List<StateBody> children(StateBody body) {
    return children.getOrDefault(InvalidValueException.required(body, "body").id(), List.of());
  }

  /**
   * The body a body sits under.
   *
   * @param body the body
   * @return its parent, empty for a top-level body
   */
  public Optional<StateBody> parent(StateBody body) {
    return InvalidValueException.required(body, "body").parentId().map(byId::get);
  }

  /**
   * The chain of parents from the body's parent up to the top.
   *
   * @param body the body
   * @return its ancestors, nearest first
   */
  public List<StateBody> ancestors(StateBody body) {
    List<StateBody> out = new ArrayList<>();
    for (Optional<StateBody> p = parent(body); p.isPresent(); p = parent(p.get())) {
      out.add(p.get());
    }
    return out;
  }

  /**
   * The bodies of a kind.
   *
   * @param kind the kind
   * @return those bodies
   */
  public List<StateBody> bodies(BodyKind kind) {
    InvalidValueException.required(kind, "kind");
    return bodies.stream().filter(b -> b.kind() == kind).toList();
  }

  /**
   * The bodies that belong to a unit.
   *
   * @param unitCode the unit's code
   * @return those bodies
   */
  public List<StateBody> bodiesAt(String unitCode) {
    InvalidValueException.required(unitCode, "unitCode");
    return bodies.stream().filter(b -> b.unitCode().equalsIgnoreCase(unitCode)).toList();
  }

  /**
   * The sector's own body at a unit: the ministry at the centre, the provincial department, the
   * district office.
   *
   * @param unitCode the unit's code
   * @param sector the sector
   * @return that body, if the directory holds one
   */
  public Optional<StateBody> forUnit(String unitCode, Sector sector) {
    InvalidValueException.required(sector, "sector");
    return bodiesAt(unitCode).stream()
        .filter(
            b ->
                b.kind() == BodyKind.MINISTRY
                    || b.kind() == BodyKind.PROVINCIAL_DEPARTMENT
                    || b.kind() == BodyKind.DISTRICT_OFFICE)
        .filter(b -> b.sector().map(s -> s.code().equals(sector.code())).orElse(false))
        .findFirst();
  }

  /**
   * The party (ພາກສ່ວນ) a body reports its job positions through: the province for a local body,
   * the top-level ministry or central organisation for a central body.
   *
   * @param body a body of this directory
   * @return the party's key: a unit code for a province, a body id for the centre
   */
  public String party(StateBody body) {
    if (InvalidValueException.required(body, "body").level() == AdminLevel.NATIONAL) {
      List<StateBody> up = ancestors(body);
      return up.isEmpty() ? body.id() : up.get(up.size() - 1).id();
    }
    AdminUnit unit = gazetteer.unit(body.unitCode());
    return gazetteer.ancestorAt(unit, AdminLevel.PROVINCE).map(AdminUnit::code).orElse(unit.code());
  }

  /**
   * Counts how many bodies (ພາກສ່ວນ) and departments (ກົມກອງ) have reached a stage of job-position
   * determination, as the 2019 consultation did ("20 bodies, 318 departments").
   *
   * @param records one record per body (a body without a record has not started)
   * @param reached the stage to count
   * @return the summary, labelled {@code DERIVED}
   * @throws InvalidValueException when a record names a body not in the directory, or a body twice
   */
  public JobPositionSummary summarise(Collection<JobPositionDetermination> records, Stage reached) {
    Set<String> seen = new HashSet<>();
    Set<String> parties = new HashSet<>();
    int departments = 0;
    for (JobPositionDetermination r : records) {
      StateBody body =
          find(r.bodyId())
              .orElseThrow(
                  () ->
                      new InvalidValueException(
                          "bodyId", r.bodyId(), "is not a body of the directory"));
      InvalidValueException.check(
          seen.add(r.bodyId()), "bodyId", r.bodyId(), "has more than one record");
      if (r.hasReached(reached)) {
        departments++;
        parties.add(party(body));
      }
    }
    return new JobPositionSummary(
        reached,
        parties.size(),
        departments,
        Optional.empty(),
        SourceDocs.derived("computed from " + records.size() + " job-position records"));
  }

  @Override
  public String toString() {
    return "StateBodyDirectory[" + bodies.size() + " bodies over " + gazetteer.description() + "]";
  }
}
