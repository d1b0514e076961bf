package io.github.connectlao.state;

import io.github.connectlao.BilingualName;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.admin.AdminLevel;
import java.util.Optional;

/**
 * A state body, ອົງການລັດ (a ministry, a department, a provincial department, a district office,
 * a desk …): it belongs to an administrative unit and, usually, a sector, and sits under a parent
 * body.
 *
 * <p>Example: {@code StateBodies.forUnit(ConnectLao.unit("LA0301"), Sector.HEALTH)} is {@code
 * HEALTH@LA0301 District Health Office of Namtha (ຫ້ອງການສາທາລະນະສຸກເມືອງຫລວງນ້ຳທາ)}. The record checks
 * what it can alone (the kind exists at the unit's level, a sector where the kind needs one, a
 * parent where the kind needs one); {@link #checkPlacement(StateBody)} checks a parent and {@link
 * StateBodyDirectory} checks the whole tree against a gazetteer.
 *
 * @param id a code unique in its directory, without spaces, e.g. {@code HEALTH@LA05}
 * @param kind the kind of body
 * @param sector the sector, empty for cross-sector bodies (governor's offices)
 * @param unitCode the code of the administrative unit the body belongs to ({@code LA} for the centre)
 * @param level that unit's level
 * @param name the Lao and English names
 * @param parentId the id of the body it sits under, empty for a top-level body
 * @param source where the body is named, or {@link io.github.connectlao.Confidence#DERIVED} for a
 *     standard body generated from the gazetteer
 */
public record StateBody(
    String id,
    BodyKind kind,
    Optional<Sector> sector,
    String unitCode,
    AdminLevel level,
    BilingualName name,
    Optional<String> parentId,
    Source source) {

  /**
   * Validates the body on its own.
   *
   * @param id the id
   * @param kind the kind
   * @param sector the sector
   * @param unitCode the unit's code
   * @param level the unit's level
   * @param name the Lao and English names
   * @param parentId the parent's id
   * @param source the provenance
   */
  public StateBody {
    id = InvalidValueException.requiredText(id, "id");
    InvalidValueException.check(
        id.chars().noneMatch(Character::isWhitespace) && id.length() <= 80,
        "id",
        id,
        "must be at most 80 characters without spaces");
    InvalidValueException.required(kind, "kind");
    sector = InvalidValueException.required(sector, "sector");
    unitCode = InvalidValueException.requiredText(unitCode, "unitCode");
    InvalidValueException.required(level, "level");
    InvalidValueException.check(
        kind.levels().contains(level),
        "level",
        level,
        "is not a level of a " + kind.nameEnglish() + " (" + kind.levels() + ") for body " + id);
    InvalidValueException.check(
        sector.isPresent() || !kind.requiresSector(),
        "sector",
        "",
        "is required for a " + kind.nameEnglish() + " (body " + id + ")");
    if (sector.isPresent() && level != AdminLevel.NATIONAL) {
      InvalidValueException.check(
          sector.get().hasBodyAt(level),
          "sector",
          sector.get().code(),
          "has no bodies at " + level.nameEnglish() + " level (body " + id + ")");
    }
    InvalidValueException.required(name, "name");
    parentId =
        InvalidValueException.required(parentId, "parentId")
            .map(String::strip)
            .filter(p -> !p.isEmpty());
    InvalidValueException.check(
        parentId.isPresent() || kind.mayBeTopLevel(),
        "parentId",
        "",
        "is required for a " + kind.nameEnglish() + " (body " + id + ")");
    InvalidValueException.check(
        !parentId.equals(Optional.of(id)), "parentId", id, "is the body itself");
    InvalidValueException.required(source, "source");
  }

  /**
   * Checks that this body may sit directly under a parent: the kinds, the levels and the sectors
   * agree. (That the parent's unit contains this body's unit needs a gazetteer: {@link
   * StateBodyDirectory} checks it.)
   *
   * @param parent the parent body
   * @throws InvalidValueException naming the field "parentId" and the reason when not
   */
  public void checkPlacement(StateBody parent) {
    InvalidValueException.check(
        parentId.equals(Optional.of(parent.id())),
        "parentId",
        parentId.orElse(""),
        "does not name the parent " + parent.id() + " of body " + id);
    InvalidValueException.check(
        kind.maySitUnder(parent.kind()),
        "parentId",
        parent.id(),
        "is a "
            + parent.kind().nameEnglish()
            + ", under which a "
            + kind.nameEnglish()
            + " may not sit (body "
            + id
            + ")");
    InvalidValueException.check(
        parent.level().depth() <= level.depth(),
        "parentId",
        parent.id(),
        "is at "
            + parent.level().nameEnglish()
            + " level, below body "
            + id
            + " at "
            + level.nameEnglish()
            + " level");
    if (sector.isPresent() && parent.sector().isPresent()) {
      InvalidValueException.check(
          sector.get().code().equals(parent.sector().get().code()),
          "sector",
          sector.get().code(),
          "differs from the sector "
              + parent.sector().get().code()
              + " of the parent "
              + parent.id()
              + " (body "
              + id
              + ")");
    }
  }

  /**
   * A copy with another parent.
   *
   * @param parent the new parent's id
   * @return the copy
   */
  public StateBody withParent(String parent) {
    return new StateBody(
        id,
        kind,
        sector,
        unitCode,
        level,
        name,
        Optional.of(InvalidValueException.requiredText(parent, "parentId")),
        source);
  }

  /**
   * A copy without a parent (refused for kinds that need one).
   *
   * @return the copy
   */
  public StateBody withoutParent() {
    return new StateBody(id, kind, sector, unitCode, level, name, Optional.empty(), source);
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
    return id + " " + name.english() + " (" + name.lao() + ")";
  }
}
