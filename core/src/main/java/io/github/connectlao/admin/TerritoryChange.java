package io.github.connectlao.admin;

import io.github.connectlao.InvalidValueException;
import io.github.connectlao.PartialDate;
import io.github.connectlao.Source;
import java.time.LocalDate;
import java.util.List;

/**
 * One change of the Lao territory: a unit created, abolished, split, merged, moved to another parent,
 * renamed, or given a new status, with the source that reports it.
 *
 * <p>Example: {@code TerritoryHistory.laoPdr().changesOf("LA18")} holds the creation of Xaisomboun
 * province (ແຂວງໄຊສົມບູນ) in December 2013, from parts of Vientiane province and Xiangkhouang.
 *
 * @param id a stable identifier of the change, e.g. {@code H2013-XS}
 * @param date when it took effect, as precisely as the source says
 * @param kind what happened
 * @param unitCodes the codes of today's units it concerns (empty when the unit no longer exists)
 * @param nameEnglish the English name of the unit concerned
 * @param nameLao the Lao name, when the source gives one (may be empty)
 * @param fromUnits the units (codes, or names of units that no longer exist) the change takes from
 * @param toUnits the units the change gives to
 * @param setsValidity whether the embedded gazetteer takes a unit's validity date from this change
 * @param description what happened, in one sentence
 * @param source where the change is reported, how far it is confirmed, and any conflict between
 *     sources
 */
public record TerritoryChange(
    String id,
    PartialDate date,
    Kind kind,
    List<String> unitCodes,
    String nameEnglish,
    String nameLao,
    List<String> fromUnits,
    List<String> toUnits,
    boolean setsValidity,
    String description,
    Source source) {

  /** What a change does to the territory. */
  public enum Kind {
    /** A unit is created (ສ້າງຕັ້ງ). */
    CREATED,
    /** A unit is abolished or dissolved. */
    ABOLISHED,
    /** Part of a unit becomes a new unit. */
    SPLIT,
    /** Two or more units become one. */
    MERGED,
    /** A unit moves to another parent. */
    TRANSFERRED,
    /** A unit changes its name. */
    RENAMED,
    /** A unit changes status at the same level (e.g. a district becomes a city, ນະຄອນ). */
    STATUS_CHANGED
  }

  /**
   * Validates the change: an id, a date, a kind, a description and a source.
   *
   * @param id the id
   * @param date the date
   * @param kind the kind
   * @param unitCodes today's units concerned
   * @param nameEnglish the English name
   * @param nameLao the Lao name
   * @param fromUnits units taken from
   * @param toUnits units given to
   * @param setsValidity whether it sets a validity date
   * @param description the description
   * @param source the source
   */
  public TerritoryChange {
    id = InvalidValueException.requiredText(id, "id");
    InvalidValueException.required(date, "date");
    InvalidValueException.required(kind, "kind");
    unitCodes = List.copyOf(unitCodes);
    nameEnglish = nameEnglish == null ? "" : nameEnglish.strip();
    nameLao = nameLao == null ? "" : nameLao.strip();
    fromUnits = List.copyOf(fromUnits);
    toUnits = List.copyOf(toUnits);
    description = InvalidValueException.requiredText(description, "description");
    InvalidValueException.required(source, "source");
    InvalidValueException.check(
        !setsValidity
            || (unitCodes.size() == 1 && (kind == Kind.CREATED || kind == Kind.ABOLISHED)),
        "setsValidity",
        id,
        "only the creation or abolition of one of today's units can set a validity date");
  }

  /**
   * Whether the change may have happened after a day (it certainly did when its earliest possible day
   * is after it).
   *
   * @param day the day
   * @return true unless the change certainly took effect on or before the day
   */
  public boolean mayBeAfter(LocalDate day) {
    return date.latest().isAfter(day);
  }

  @Override
  public String toString() {
    return date
        + " "
        + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + " "
        + (unitCodes.isEmpty() ? nameEnglish : String.join("|", unitCodes) + " " + nameEnglish)
        + " ["
        + source.confidence().name().toLowerCase(java.util.Locale.ROOT)
        + "]";
  }
}
