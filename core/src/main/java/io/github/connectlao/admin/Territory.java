package io.github.connectlao.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The territory on a day: the units that existed then, as a {@link Gazetteer} of their own (counts per
 * level, hierarchy, search), the units whose existence on that day is uncertain, and the later changes
 * that a gazetteer of today cannot undo.
 *
 * <p>Example: {@code Gazetteer.laoPdr().asOf(LocalDate.of(2010, 6, 30))} has 17 provinces, not 18:
 * Xaisomboun (LA18) and its five districts were created in December 2013. It is {@linkplain
 * #isComplete() incomplete}: in 2010 the districts that later formed Xaisomboun belonged to Vientiane
 * province and Xiangkhouang under codes this gazetteer does not hold, which {@link #caveats()} says.
 *
 * @param date the day
 * @param gazetteer the units that certainly existed on the day (its own pre-order numbering)
 * @param uncertain the units created or abolished in a month or year (known only as such) that
 *     contains the day, left out of {@link #gazetteer()}
 * @param laterChanges the recorded changes that may have taken effect after the day
 */
public record Territory(
    LocalDate date,
    Gazetteer gazetteer,
    List<UnitValidity> uncertain,
    List<TerritoryChange> laterChanges) {

  /**
   * Copies the lists.
   *
   * @param date the day
   * @param gazetteer the units of the day
   * @param uncertain the uncertain units
   * @param laterChanges the later changes
   */
  public Territory {
    uncertain = List.copyOf(uncertain);
    laterChanges = List.copyOf(laterChanges);
  }

  /** @return the number of units at each level on the day (uncertain units not counted) */
  public Map<AdminLevel, Integer> counts() {
    return gazetteer.counts();
  }

  /**
   * The number of units at a level on the day.
   *
   * @param level the level
   * @return the count (uncertain units not counted)
   */
  public int count(AdminLevel level) {
    return gazetteer.count(level);
  }

  /**
   * Whether the gazetteer holds the territory of the day as it was: no unit is uncertain and no
   * recorded change after the day moved, created, split, merged or abolished a unit.
   *
   * @return true when the counts and the hierarchy are those of the day
   */
  public boolean isComplete() {
    return uncertain.isEmpty() && laterChanges.stream().allMatch(Territory::keepsUnits);
  }

  /**
   * What the snapshot cannot show, one sentence per uncertain unit or later change; empty when {@link
   * #isComplete()}.
   *
   * @return the caveats
   */
  public List<String> caveats() {
    List<String> out = new ArrayList<>();
    for (UnitValidity v : uncertain) {
      out.add(v.reason() + "; not counted");
    }
    for (TerritoryChange c : laterChanges) {
      if (!keepsUnits(c)) {
        out.add(
            "after "
                + date
                + ": "
                + c.date()
                + " "
                + c.description()
                + " ("
                + c.source().citation()
                + "; "
                + c.source().confidence().name().toLowerCase(java.util.Locale.ROOT)
                + "): units of the day that this change removed or moved are not in this gazetteer");
      }
    }
    return out;
  }

  private static boolean keepsUnits(TerritoryChange c) {
    return c.kind() == TerritoryChange.Kind.STATUS_CHANGED
        || c.kind() == TerritoryChange.Kind.RENAMED;
  }

  @Override
  public String toString() {
    return "Territory["
        + date
        + ": "
        + count(AdminLevel.PROVINCE)
        + " provinces, "
        + count(AdminLevel.DISTRICT)
        + " districts, "
        + count(AdminLevel.VILLAGE)
        + " villages"
        + (uncertain.isEmpty() ? "" : ", " + uncertain.size() + " uncertain")
        + (isComplete() ? "" : ", incomplete")
        + "]";
  }
}
